# Writes round-5/situations.json and situations.md. Panel round 5 (fresh stories; sources found with the search tool, 2026-12-07).
import json, pathlib
here = pathlib.Path(__file__).parent
S = {
 'jeugdhulp_18plus': 'https://www.stimulansz.nl/verlengde-jeugdhulp/',
 'nji_18': 'https://www.nji.nl/van-jeugd-naar-volwassenheid/welke-wetten-en-regels-zijn-belangrijk',
 'pleegzorg21': 'https://zoek.officielebekendmakingen.nl/behandelddossier/kst-35833-6.html',
 'huurtoeslag_rh': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/huurtoeslag',
 'zelfstandig_jl': 'https://www.juridischloket.nl/wonen-en-buren/huurwoning/onderhuur/',
 'bw_zwartewaterland': 'https://www.zwartewaterland.nl/beschermdwonen',
 'bw_zoetermeer': 'https://www.zoetermeer.nl/inwoners/producten-a-z_45918/product/beschermd-wonen-wmo_883.html',
 'bw_echt': 'https://www.echt-susteren.nl/beschermd-wonen-wmo',
 'wajong_waal': 'https://www.waalwijzer.nl/is/begrippen/wajong',
 'woonaanp_katwijk': 'https://www.katwijk.nl/zorg-en-inkomen/hulp-vanuit-de-wmo/woningaanpassingen',
 'woonaanp_leiderdorp': 'https://gemeentewinkel.leiderdorp.nl/producten/woonvoorzieningen_gehandicapten_en_ouderen',
 'rolstoel_woensdrecht': 'https://www.woensdrecht.nl/rolstoel-aanvragen',
 'vrijlating_utrecht': 'https://www.utrecht.nl/werk-en-inkomen/zoeken-naar-werk/bijstand-en-werk-gevonden/vrijlatingsregeling-alleenstaande-ouders/',
 'kot_tubbergen': 'https://www.tubbergen.nl/aanvullende-bijdrage-kinderopvang',
 'kot_mh': 'http://www.socialezaken-mh.nl/nl/inkomen/bijstandsuitkeringen/kinderopvangtoeslag/',
 'ioaw_wil': 'https://www.wil-lekstroom.nl/uitkering/uitkering-aanvragen/50-plus-en-deels-arbeidsongeschikt',
 'ioaw_dronten': 'https://www.dronten.nl/direct-regelen/gezondheid-en-inkomen/nieuwsbrief-participatie-inkomen/werkloos-na-uw-vijftigste',
 'ovbk_argonaut': 'https://argonaut.nl/doelgroepen/clienten/ov-begeleiderskaart/',
 'ovbk_regeling': 'https://wetten.overheid.nl/BWBR0035366/2014-08-01/0/',
 'valys': 'https://valys.nl/veelgestelde-vragen/60-hoe-weet-ik-of-ik-in-aanmerking-kom-voor-een-valyspas',
 'geldfit_ro': 'https://www.rijksoverheid.nl/actueel/nieuws/2022/11/07/overheid-start-campagne-om-mensen-met-geldzorgen-te-wijzen-op-hulp',
 'kwijtschelding_bghu': 'https://bghu.nl/Alles-over/Kwijtschelding',
 'aio_svb': 'https://www.svb.nl/int/nl/aow/samenwonen_scheiden/uit_elkaar/index.jsp',
 'bbz_middendelfland': 'https://www.middendelfland.nl/bijstand-voor-zelfstandigen',
 'uwv_vrijwillig': 'https://www.uwv.nl/particulieren/verzekeren/welke-verzekering-heb-ik-nodig/detail/voorwaarden-verzekeren-bij-uwv',
 'anw_stopt': 'https://www.svb.nl/int/nl/anw/stopt_anw/wanneer_stopt_de_anw/index.jsp',
 'aow_overlijden_svb_en': 'https://svb.nl/en/aow-pension/if-an-aow-pensioner-dies',
 'aow_weduwe': 'https://www.uitvaart.nl/infotheek/geldzaken-na-overlijden/inkomen-en-overlijden/algemene-ouderdoms-wet-aow',
 'aow_overleden_svb': 'https://www.svb.nl/nl/aow/er-is-iemand-overleden',
 'partnerpensioen_nn': 'https://www.nn.nl/Particulier/Thuis-in-pensioen/Overlijden/Als-uw-partner-overlijdt.htm',
 'noriskpolis_uwv': 'https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/no-riskpolis-en-no-riskverklaring/situaties-waarin-de-no-riskpolis-voor-u-geldt',
 'kgb_nibud': 'https://www.nibud.nl/consumenten/kindgebonden-budget/',
 'stufi_hku': 'https://studentportal.hku.nl/studentzaken/geldzaken/studiefinanciering.htm',
 'studietoeslag_divosa': 'https://www.divosa.nl/handreiking-studietoeslag',
 'toeslag_terug_bd': 'http://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/informatie_over_toeslagen/hoe_werken_toeslagen/toeslag_terugbetalen/',
 'toeslag_terug_jl': 'https://www.juridischloket.nl/uitkeringen-en-toeslagen/toeslagen/toeslag-terugbetalen',
 'uht_vng': 'https://vng.nl/artikelen/routekaart-hersteloperatie-kinderopvangtoeslag',
 'ziek_loondienst_uwv': 'https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/ik-ben-net-ziek/detail/ik-ben-in-loondienst-en-ben-ziek',
 'zieke_wn_arboportaal': 'https://www.arboportaal.nl/onderwerpen/zieke-werknemer',
 'wia_88_poortwachter': 'https://www.poortwachtersloket.nl/Informatie/Re-integratie/Wia_aanvraag',
 'ww_uwv': 'https://www.uwv.nl/particulieren/languages/dutch/ww-uitkering/detail/wat-u-moet-weten-over-een-ww-uitkering',
 'ww_jl': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
 'iow_zoetermeer': 'https://www.zoetermeerwijzer.nl/is/werk-en-inkomen/uitkeringen/iow',
 'kinderbijslag_ro': 'https://www.rijksoverheid.nl/onderwerpen/buitenlandse-werknemers/vraag-en-antwoord/hoe-vraag-ik-kinderbijslag-aan',
 'geboorteverlof_aabo': 'https://www.aabo-rijssen.nl/nieuws/geboorteverlof-voor-partners',
 'compensatie_tv_tln': 'https://www.tln.nl/actueel/hoe-vraag-ik-compensatie-van-de-transitievergoeding-aan-bij-langdurige-arbeidsongeschiktheid',
 'wlz_ciz': 'https://www.ciz.nl/zorgprofessional/veelgestelde-vragen-zorgprofessional/wet-langdurige-zorg',
 'mantelzorg_ro': 'https://www.rijksoverheid.nl/onderwerpen/mantelzorg',
 'lz_113': 'https://www.113.nl/schoolopdracht',
 'zez_uitgesloten': 'https://nonprofitsupport.nl/aanvullend-geboorteverlof/',
}
# Question patterns (as walk.mjs matches them against the legend text; longest match wins).
def A(q, a, why=None):
    d = {'q': q, 'a': a}
    if why: d['why'] = why
    return d
def M(label, src, title=None, text=None):
    d = {'label': label, 'src': src}
    if title: d['title'] = title
    if text: d['text'] = text
    return d
sit = []
sit.append({
 'id': 'r5-01-kevin-18-leefgroep', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Kevin, net 18, woont in een leefgroep van de jeugdzorg en moet over 2 maanden weg',
 'story': 'Kevin werd op 1 december 18. Hij woont sinds zijn 15e in een leefgroep van de jeugdzorg. Over 2 maanden stopt dat; hij krijgt een studio met eigen voordeur. Hij gaat niet naar school en zoekt werk. Hij heeft geen inkomen en 300 euro spaargeld. Zijn mentor zegt dat hij na zijn 18e nog begeleiding nodig heeft.',
 'answers': [A('Waar zoekt', ['zorg', 'wonen', 'geld']), A('Hoe oud', 18), A('moeite mee', ['regelen']),
   A('Hoe woon', 'met-anderen', 'leefgroep: huisgenoten, geen partner'), A('Werk en inkomen', ['werkzoekend']),
   A('geldzorgen', ['geen']), A('Waar woont', 'instelling', 'groep van de jeugdzorg (nu)'), A('netto', 0),
   A('spaargeld', 300), A('bruto', 0), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('jeugdhulp', 'ja'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']), A('voltijdopleiding|studiefinanciering', 'nee'),
   A('27 jaar of ouder', 'weet'), A('zelfstandig te wonen', 'nee', 'hij moet dat nog leren'),
   A('26 van de laatste 36 weken', 'nee'), A('jarig', '12', 'jarig op 1 december')],
 'mustShow': [
   M('Verlengde jeugdhulp na 18 (Jeugdwet: tot 23 jaar als hij voor zijn 18e al jeugdhulp had en voortzetting nodig is)', S['jeugdhulp_18plus'], title='[Vv]erlengde jeugdhulp|[Jj]eugdhulp na uw 18e|Bijna 18 met jeugdhulp'),
 ],
 'mustNot': [
   M('Pleegzorg of gezinshuis tot 21 jaar (geldt voor pleegzorg/gezinshuis; Kevin woont in een leefgroep)', S['pleegzorg21'], title='[Pp]leegzorg'),
 ],
 'counter': {'label': 'Buurtteam / gemeente (jeugd)', 're': 'Buurtteam|Gemeente Utrecht|jeugd'},
 'notes': 'Zorgtoeslag, huurtoeslag (vanaf de studio) and bijstand for 18-20-year-olds may also fit after he moves; not scored: at the moment of the walk he still lives in the group, and the panel found no stored official page for zorgtoeslag at 18. The verlengde-jeugdhulp source is Stimulansz (a knowledge centre for municipalities), no rijksoverheid page was found in the stored copies; NJi confirms the 18-23 rule.',
})
sit.append({
 'id': 'r5-02-ilse-psychose-wijkteam', 'who': 'professional', 'perspective': 'professional', 'page': 'gemeente',
 'title': 'Wijkteam: Ilse (34), schizofrenie, lukt niet meer alleen te wonen na een opname',
 'story': 'Een wijkteamadviseur zoekt hulp voor Ilse, 34. Zij kreeg op haar 29e schizofrenie. Na een opname woont ze weer alleen in haar huurflat. Dat gaat niet goed: ze eet slecht, opent geen post en is bang. Ze heeft bijstand. Haar GGZ-behandelaar vindt begeleiding nodig, misschien beschermd wonen. Ze is niet 24 uur per dag afhankelijk van zorg.',
 'answers': [A('Waar zoekt', ['zorg', 'wonen']), A('moeite', ['psychisch', 'regelen']), A('Hoe oud', 34),
   A('Werk en inkomen', ['bijstand']), A('blijvend dag en nacht|dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'),
   A('Hoe woont', 'alleen'), A('vóór (de|uw) 18e', 'nee', 'ziekte begon op haar 29e, niet tijdens een studie'),
   A('Waar woont', 'huur-zelfstandig'), A('88 weken', 'nee'), A('zwanger', 'nee'), A('netto', 'weet'),
   A('spaargeld', 'weet'), A('zelfstandig te wonen', 'nee'), A('geldzorgen', ['geen']), A('bruto', 'weet'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen'])],
 'mustShow': [
   M('Beschermd wonen (Wmo, voor volwassenen met psychische problemen die tijdelijk niet zelfstandig kunnen wonen)', S['bw_zwartewaterland'], title='Beschermd wonen'),
   M('Begeleiding (Wmo) via het wijkteam', S['bw_zoetermeer'], title='^Begeleiding'),
 ],
 'mustNot': [
   M('Wajong (alleen bij ziekte vóór 18 of tijdens studie vóór 30; Ilse werd ziek op haar 29e zonder studie)', S['wajong_waal'], title='Wajong'),
 ],
 'counter': {'label': 'Buurtteam / Wmo-loket', 're': 'Buurtteam|Wmo|wijkteam|Gemeente Utrecht'},
 'notes': 'Zoetermeer lists begeleiding as part of beschermd wonen; the Wmo begeleiding itself is asked for at the same counter.',
})
sit.append({
 'id': 'r5-03-henk-ria-trap-rolstoel', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Henk (81) en Ria (79), koophuis met trap; hij kan de trap niet meer op, zij heeft buiten een rolstoel nodig',
 'story': 'Henk is 81 en heeft artrose. De trap naar de slaapkamer lukt niet meer. Ria is 79; ze kan binnen lopen, buiten maar 50 meter. Ze wonen samen in hun eigen koophuis. Ze hebben AOW en een klein pensioen. Ze willen thuis blijven wonen.',
 'answers': [A('Waar zoekt', ['thuis']), A('Hoe oud', 81), A('moeite mee', ['lopen']), A('Hoe woon', 'met-partner'),
   A('Werk en inkomen', ['aow']), A('geldzorgen', ['geen']), A('Waar woont', 'koop'), A('netto', 'weet'),
   A('dag en nacht', 'nee'), A('spaargeld', 'weet'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'), A('bruto', 'weet'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']), A('zelfstandig te wonen', 'ja')],
 'mustShow': [
   M('Woningaanpassing via de Wmo (gemeente)', S['woonaanp_katwijk'], title='Aanpassing van uw woning|[Ww]oningaanpassing'),
   M('Traplift (een woonvoorziening via de gemeente)', S['woonaanp_leiderdorp'], title='Traplift'),
   M('Rolstoel via de Wmo (voor wie zich niet zelfstandig kan verplaatsen)', S['rolstoel_woensdrecht'], title='Rolstoel'),
 ],
 'mustNot': [
   M('Huurtoeslag (alleen voor wie huurt; zij hebben een koophuis)', S['huurtoeslag_rh'], title='^Huurtoeslag'),
 ],
 'counter': {'label': 'Buurtteam / Wmo-loket', 're': 'Buurtteam|Wmo|Gemeente Utrecht'},
 'notes': 'Asked for Henk (81); Ria\'s rolstoel is a second person: the widget can only take one person per walk, so the rolstoel is expected for the household as the story\'s question "moeite met lopen" applies to both.',
})
sit.append({
 'id': 'r5-04-samira-bijstand-parttime', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Samira (31), alleen met 2 kinderen (4 en 7), bijstand, begint 16 uur per week als doktersassistente',
 'story': 'Samira is 31 en woont alleen met haar kinderen van 4 en 7 in een huurhuis. Ze heeft bijstand. Er komt nu ongeveer 1.650 euro per maand binnen en ze heeft 400 euro spaargeld. Volgende maand begint ze 16 uur per week als doktersassistente. Haar jongste gaat dan 2 dagen naar de kinderopvang. Ze wil weten wat er met haar geld gebeurt.',
 'answers': [A('Waar zoekt', ['geld', 'kinderen', 'werk']), A('Hoe oud', 31), A('moeite mee', ['geen']),
   A('Hoe woon', 'alleen-met-kinderen'), A('Werk en inkomen', ['bijstand', 'loondienst']), A('geldzorgen', ['geen']),
   A('Waar woont', 'huur-zelfstandig'), A('netto', 1650), A('spaargeld', 400), A('bruto', 'weet'),
   A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['4-11']), A('kinderopvang', 'ja'),
   A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'nee'), A('jarig', '12', 'jarig op 1 december')],
 'mustShow': [
   M('Bijstand blijft als aanvulling; alleenstaande ouder met kind < 12 houdt een deel van het loon (vrijlating)', S['vrijlating_utrecht'], title='^Bijstand'),
   M('Kinderopvangtoeslag (zij gaat werken, kind naar geregistreerde opvang)', S['kot_tubbergen'], title='Kinderopvangtoeslag'),
   M('Kindgebonden budget met het extra bedrag voor alleenstaande ouders (laag inkomen)', S['kgb_nibud'], title='Kindgebonden budget'),
 ],
 'mustNot': [
   M('IOAW (alleen voor wie vóór 1965 geboren is en na het 50e werkloos werd)', S['ioaw_wil'], title='IOAW'),
 ],
 'counter': {'label': 'Gemeente Utrecht, Werk en Inkomen', 're': 'Werk en Inkomen|Gemeente Utrecht'},
 'notes': 'Kindgebonden budget source is Nibud (not a government page). Huurtoeslag may also fit; not scored (rent not given).',
})
sit.append({
 'id': 'r5-05-joost-slechtziend-reizen', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Joost (52), bijna blind door een oogziekte, kan niet meer alleen met trein en bus reizen',
 'story': 'Joost is 52 en werkt in loondienst. Sinds zijn 45e gaat zijn zicht hard achteruit; nu ziet hij bijna niets. Alleen met trein of bus reizen lukt niet meer. Hij wil zijn dochter in Groningen bezoeken. Hij woont met zijn vrouw in een huurhuis.',
 'answers': [A('Waar zoekt', ['thuis']), A('Hoe oud', 52), A('moeite mee', ['reizen']), A('Hoe woon', 'met-partner'),
   A('Werk en inkomen', ['loondienst']), A('geldzorgen', ['geen']), A('Waar woont', 'huur-zelfstandig'),
   A('netto', 'weet'), A('dag en nacht', 'nee'), A('spaargeld', 'weet'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('bruto', 'weet'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']), A('vóór (de|uw) 18e', 'nee'),
   A('zelfstandig te wonen', 'ja')],
 'mustShow': [
   M('OV-begeleiderskaart (wie door een beperking niet zelfstandig met het ov kan reizen; 1 begeleider reist gratis mee)', S['ovbk_argonaut'], title='OV-begeleiderskaart'),
   M('Valys (reizen buiten de regio; pas met o.a. een OV-begeleiderskaart of Wmo-vervoer)', S['valys'], title='Valys'),
 ],
 'mustNot': [
   M('Wajong (zijn ziekte begon op zijn 45e)', S['wajong_waal'], title='Wajong'),
 ],
 'counter': {'label': 'OV-begeleiderskaart (Argonaut) / Valys / Wmo-loket', 're': 'OV-begeleiderskaart|Argonaut|Valys|Buurtteam|Wmo'},
 'notes': 'Regiotaxi (Wmo-vervoer) may also fit; not scored because the story is about travel far from home.',
})
sit.append({
 'id': 'r5-06-devries-energie', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Familie De Vries: 2 ouders, 3 kinderen, laag loon, energierekening 280 euro per maand en 600 euro achterstand',
 'story': 'Marco (44) werkt voltijd in een magazijn voor een laag loon. Anouk (41) zorgt voor de 3 kinderen (6, 9 en 13). Ze huren een oud huis. De energie kost 280 euro per maand. Ze hebben 600 euro achterstand bij de energieleverancier. Er komt samen 2.300 euro netto per maand binnen. Spaargeld hebben ze niet.',
 'answers': [A('Waar zoekt', ['geld', 'schulden']), A('Hoe oud', 44), A('moeite mee', ['geen']),
   A('Hoe woon', 'met-partner-en-kinderen'), A('Werk en inkomen', ['loondienst']),
   A('geldzorgen', ['achterstand-vaste-lasten']), A('Waar woont', 'huur-zelfstandig'), A('netto', 2300),
   A('spaargeld', 0), A('bruto', 'weet'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['4-11', '12-17']), A('kinderopvang', 'nee'), A('jeugdhulp', 'nee'),
   A('26 van de laatste 36 weken', 'ja')],
 'mustShow': [
   M('Geldfit: gratis hulp bij geldzorgen (ook bij een hoge energierekening)', S['geldfit_ro'], title='Geldfit'),
   M('Kwijtschelding gemeentelijke belastingen (laag inkomen, geen vermogen; BghU voor de regio Utrecht)', S['kwijtschelding_bghu'], title='Kwijtschelding'),
   M('Schuldhulp van de gemeente (achterstand)', S['geldfit_ro'], title='^Schuldhulp'),
 ],
 'mustNot': [
   M('AIO-aanvulling (alleen naast een AOW)', S['aio_svb'], title='AIO'),
 ],
 'counter': {'label': 'Buurtteam / gemeente schuldhulp / Geldfit', 're': 'Buurtteam|schuldhulp|Geldfit|Gemeente Utrecht'},
 'notes': 'An energietoeslag of the municipality in 2026 could not be verified; not expected. Huurtoeslag and kindgebonden budget may fit with this income; not scored (no page checked for 2026 limits).',
})
sit.append({
 'id': 'r5-07-ahmed-zzp-hernia', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Ahmed (46), zzp-schilder, al 4 maanden ziek (hernia), geen arbeidsongeschiktheidsverzekering',
 'story': 'Ahmed is 46 en al 9 jaar zelfstandig schilder. Door een hernia kan hij al 4 maanden niet werken. Hij heeft geen arbeidsongeschiktheidsverzekering, ook niet bij UWV. Zijn vrouw werkt 20 uur; dat geeft 1.400 euro netto per maand. Ze huren een huis en hebben 2 kinderen (10 en 14). Er is nog 2.000 euro spaargeld.',
 'answers': [A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 46), A('moeite mee', ['ziekte']),
   A('Hoe woon', 'met-partner-en-kinderen'), A('Werk en inkomen', ['zelfstandig', 'ziek']), A('geldzorgen', ['geen']),
   A('Waar woont', 'huur-zelfstandig'), A('netto', 1400), A('spaargeld', 2000), A('bruto', 'weet'),
   A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'), A('vóór (de|uw) 18e', 'nee'),
   A('88 weken', 'nee'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['4-11', '12-17']), A('kinderopvang', 'nee'),
   A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'nee', 'geen loondienst')],
 'mustShow': [
   M('Bijstand voor zelfstandigen (Bbz): tijdelijk geld voor levensonderhoud als het bedrijf tijdelijk te weinig oplevert', S['bbz_middendelfland'], title='Bbz|[Zz]elfstandigen'),
 ],
 'mustNot': [
   M('Ziektewet-uitkering (een zelfstandige is alleen verzekerd met een vrijwillige verzekering bij UWV; hij heeft die niet)', S['uwv_vrijwillig'], title='Ziektewet'),
   M('WIA-uitkering (werknemersverzekering; zonder vrijwillige verzekering niet voor een zzp\'er)', S['uwv_vrijwillig'], title='WIA'),
 ],
 'counter': {'label': 'Gemeente Utrecht (Bbz / Werk en Inkomen)', 're': 'Gemeente Utrecht|Werk en Inkomen|Bbz|zelfstandig|ondernem'},
 'notes': 'Whether Bbz is granted depends on the viability of the business; "misschien" is a fair answer.',
})
sit.append({
 'id': 'r5-08-truus-weduwe-aow', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Truus (74), haar man is 3 weken geleden overleden; beiden hadden AOW',
 'story': 'Truus is 74. Haar man Wim is 3 weken geleden overleden. Ze hadden allebei AOW en Wim had een pensioen van zijn werk. Truus woont nu alleen in hun huurhuis. Ze weet niet wat er met haar geld gebeurt.',
 'answers': [A('Waar zoekt', ['geld']), A('Hoe oud', 74), A('moeite mee', ['regelen']), A('Hoe woon', 'alleen'),
   A('Werk en inkomen', ['aow', 'nabestaande']), A('geldzorgen', ['geen']), A('Waar woont', 'huur-zelfstandig'),
   A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'),
   A('zwanger', 'nee'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']), A('zelfstandig te wonen', 'ja'),
   A('volledige AOW|AOW-opbouw|altijd in Nederland', 'weet')],
 'mustShow': [
   M('AOW wordt het hogere bedrag voor iemand die alleen woont (SVB: "Heeft u zelf ook AOW? Dan krijgt u vanaf de maand van overlijden een hoger bedrag")', S['aow_overleden_svb'], title='AOW-pensioen'),
   M('Nabestaandenpensioen / partnerpensioen: vraag de pensioenuitvoerder van haar overleden man', S['partnerpensioen_nn'], title='[Nn]abestaandenpensioen'),
 ],
 'mustNot': [
   M('Nabestaandenuitkering Anw (stopt bij / niet na de AOW-leeftijd)', S['anw_stopt'], title='Anw'),
 ],
 'counter': {'label': 'SVB', 're': 'SVB|Sociale Verzekeringsbank'},
 'notes': 'SVB page "Er is iemand overleden" states both the higher single AOW and that the Anw is only for a partner below AOW age. The partnerpensioen source is a pension provider (Nationale-Nederlanden) explaining the steps.',
})
sit.append({
 'id': 'r5-09-lotte-student-studio', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Lotte (20), hbo-student, woont alleen in een studio met eigen voordeur, keuken en wc',
 'story': 'Lotte is 20 en doet het 2e jaar van een hbo-opleiding in Utrecht. Ze huurt een studio met eigen voordeur, keuken en wc. Ze krijgt studiefinanciering en werkt 10 uur per week in een café voor ongeveer 400 euro. Ze heeft 500 euro spaargeld. Ze heeft geen ziekte of beperking.',
 'answers': [A('Waar zoekt', ['geld']), A('Hoe oud', 20), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'),
   A('Werk en inkomen', ['studie', 'loondienst']), A('geldzorgen', ['geen']), A('Waar woont', 'huur-zelfstandig'),
   A('netto', 'weet', 'studiefinanciering + loon; ze weet het precieze bedrag niet'), A('spaargeld', 500),
   A('bruto', 'weet'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('voltijdopleiding|studiefinanciering', 'hbo-wo'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']),
   A('27 jaar of ouder', 'nee'), A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'weet'),
   A('beperking|ziekte', 'nee')],
 'mustShow': [
   M('Studiefinanciering (DUO)', S['stufi_hku'], title='[Ss]tudiefinanciering'),
   M('Huurtoeslag (zelfstandige woonruimte: eigen voordeur, keuken en wc)', S['huurtoeslag_rh'], title='^Huurtoeslag'),
 ],
 'mustNot': [
   M('Individuele studietoeslag (alleen voor studenten die door een medische beperking niet kunnen bijverdienen)', S['studietoeslag_divosa'], title='[Ss]tudietoeslag'),
 ],
 'counter': {'label': 'DUO / Dienst Toeslagen', 're': 'DUO|Toeslagen'},
 'notes': 'Zorgtoeslag also fits; not scored (no stored official page found in this round). Studiefinanciering source is a hogeschool student portal; a stored DUO page was not found.',
})
sit.append({
 'id': 'r5-10-naima-toeslagschuld', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Naima (38), alleen met 2 kinderen, moet 3.400 euro toeslag terugbetalen en kan de 140 euro per maand niet opbrengen',
 'story': 'Naima is 38 en woont alleen met haar kinderen van 5 en 9 in een huurhuis. Ze werkt 24 uur per week; er komt 2.100 euro netto per maand binnen en ze heeft 200 euro spaargeld. Haar inkomen was vorig jaar hoger dan ze had opgegeven. Nu moet ze 3.400 euro huurtoeslag en kinderopvangtoeslag terugbetalen. De regeling van 140 euro per maand lukt niet. Ze is geen gedupeerde van de kinderopvangtoeslagaffaire.',
 'answers': [A('Waar zoekt', ['schulden', 'geld']), A('Hoe oud', 38), A('moeite mee', ['geen']),
   A('Hoe woon', 'alleen-met-kinderen'), A('Werk en inkomen', ['loondienst']), A('geldzorgen', ['schulden']),
   A('Waar woont', 'huur-zelfstandig'), A('netto', 2100), A('spaargeld', 200), A('bruto', 'weet'),
   A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['4-11']), A('kinderopvang', 'ja'),
   A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'ja'),
   A('toeslag terug|terugbetalen|terugvordering', 'ja')],
 'mustShow': [
   M('Betalingsregeling / persoonlijke betalingsregeling bij Dienst Toeslagen (als het standaardbedrag niet lukt)', S['toeslag_terug_bd'], title='[Bb]etalingsregeling'),
   M('Schuldhulp van de gemeente', S['geldfit_ro'], title='^Schuldhulp'),
 ],
 'mustNot': [],
 'counter': {'label': 'Dienst Toeslagen / gemeente schuldhulp', 're': 'Toeslagen|Belastingdienst|schuldhulp|Buurtteam|Geldfit'},
 'notes': 'Herstel (UHT) is not expected: she is not a gedupeerde and registering for herstel was possible until 1 January 2024 (VNG routekaart).',
})
sit.append({
 'id': 'r5-11-huisarts-burnout-werknemer', 'who': 'gp', 'perspective': 'professional', 'page': 'gemeente',
 'title': 'Huisarts: Mark (41), vast contract, 6 weken thuis met een burn-out',
 'story': 'Een huisarts ziet Mark, 41. Hij heeft een vast contract als projectleider en zit 6 weken thuis met een burn-out. Hij is ziek gemeld. Hij woont met zijn partner en 2 kinderen (6 en 9) in een koophuis. Hij vraagt of hij zijn loon houdt en wie hem helpt met weer aan het werk gaan.',
 'answers': [A('Waar zoekt', ['werk', 'zorg']), A('moeite', ['psychisch']), A('Hoe oud', 41),
   A('Werk en inkomen', ['loondienst', 'ziek']), A('blijvend dag en nacht|dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'),
   A('Hoe woont', 'met-partner-en-kinderen'), A('vóór (de|uw) 18e', 'nee'), A('Waar woont', 'koop'), A('88 weken', 'nee'),
   A('zwanger', 'nee'), A('netto', 'weet'), A('spaargeld', 'weet'), A('zelfstandig te wonen', 'ja'),
   A('geldzorgen', ['geen']), A('bruto', 'weet'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['4-11']),
   A('kinderopvang', 'nee'), A('jeugdhulp', 'nee')],
 'mustShow': [
   M('Werkgever betaalt het loon door (max. 2 jaar); de bedrijfsarts/arbodienst begeleidt de re-integratie', S['ziek_loondienst_uwv'], title='[Bb]edrijfsarts|[Ll]oon doorbetalen|[Zz]iek.*werkgever|[Aa]rbo', text='bedrijfsarts|arbodienst'),
 ],
 'mustNot': [
   M('WIA-uitkering (pas na 2 jaar ziekte; de aanvraagbrief komt rond week 88)', S['wia_88_poortwachter'], title='WIA'),
   M('Ziektewet-uitkering als u ziek bent zonder werkgever (hij heeft een werkgever die het loon doorbetaalt)', S['ziek_loondienst_uwv'], title='Ziektewet'),
   M('Wajong (burn-out op zijn 41e)', S['wajong_waal'], title='Wajong'),
 ],
 'counter': {'label': 'Werkgever / bedrijfsarts', 're': 'werkgever|bedrijfsarts|arbo'},
 'notes': 'POH-GGZ within the practice is care, not a regeling; not scored. Walked on the gemeente demo page with the professional perspective: walk.mjs picks the perspective on the first screen, which the huisarts page does not show.',
})
sit.append({
 'id': 'r5-12-peter-58-ontslag', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Peter (58, geboren 1968), na 30 jaar ontslagen bij een reorganisatie',
 'story': 'Peter is 58 en geboren in 1968. Na 30 jaar bij dezelfde werkgever is hij ontslagen door een reorganisatie; UWV gaf toestemming. Volgende maand is zijn laatste werkdag. Zijn vrouw werkt. Ze hebben een koophuis en 30.000 euro spaargeld.',
 'answers': [A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 58), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner'),
   A('Werk en inkomen', ['baan-kwijt']), A('geldzorgen', ['geen']), A('Waar woont', 'koop'), A('netto', 'weet'),
   A('spaargeld', 30000), A('bruto', 'weet'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'nee'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']), A('26 van de laatste 36 weken', 'ja'),
   A('eigen schuld|verwijtbaar', 'nee')],
 'mustShow': [
   M('WW-uitkering (UWV): 26 van de 36 weken gewerkt, niet door eigen schuld werkloos', S['ww_uwv'], title='WW-uitkering'),
 ],
 'mustNot': [
   M('IOW (alleen als je 60 of ouder was toen je werkloos werd)', S['iow_zoetermeer'], title='IOW'),
   M('IOAW (alleen voor wie vóór 1 januari 1965 geboren is)', S['ioaw_dronten'], title='IOAW'),
 ],
 'counter': {'label': 'UWV', 're': 'UWV'},
 'notes': 'The transitievergoeding is paid by the employer; it is a right in the dismissal, not a loket; not scored.',
})
sit.append({
 'id': 'r5-13-sanne-tom-baby', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Sanne (32) en Tom (34), eerste baby 2 weken geleden geboren, allebei in loondienst',
 'story': 'Sanne en Tom kregen 2 weken geleden hun eerste kind. Ze werken allebei in loondienst en huren een appartement. Sanne heeft zwangerschapsverlof. Tom wil weten hoeveel verlof hij krijgt. Ze willen weten welk geld er voor de baby is.',
 'answers': [A('Waar zoekt', ['kinderen', 'geld']), A('Hoe oud', 32), A('moeite mee', ['geen']),
   A('Hoe woon', 'met-partner-en-kinderen'), A('Werk en inkomen', ['loondienst']), A('geldzorgen', ['geen']),
   A('Waar woont', 'huur-zelfstandig'), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
   A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zwanger', 'ja', 'baby jonger dan 1 jaar'),
   A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['0-3']), A('kinderopvang', 'weet'),
   A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'ja')],
 'mustShow': [
   M('Kinderbijslag (SVB stuurt 2-4 weken na de aangifte een brief; dan aanvragen)', S['kinderbijslag_ro'], title='^Kinderbijslag'),
   M('Geboorteverlof en aanvullend geboorteverlof voor Tom (werkgever; aanvullend via UWV)', S['geboorteverlof_aabo'], title='[Gg]eboorteverlof|[Pp]artnerverlof'),
 ],
 'mustNot': [
   M('Zwangerschapsuitkering voor zelfstandigen (ZEZ): zij zijn geen zelfstandigen', S['zez_uitgesloten'], title='ZEZ|zelfstandigen'),
 ],
 'counter': {'label': 'SVB', 're': 'SVB|Sociale Verzekeringsbank'},
 'notes': 'The geboorteverlof source is a payroll office\'s news page (no stored rijksoverheid/UWV page found); facts match the Wet invoering extra geboorteverlof.',
})
sit.append({
 'id': 'r5-14-werkgever-bijna-2-jaar-ziek', 'who': 'employer', 'perspective': 'werkgever', 'page': 'gemeente',
 'title': 'Werkgever: bakkerij, medewerker Karin 86 weken ziek, terugkeer niet in zicht',
 'story': 'Een bakkerij met 12 mensen. Verkoopster Karin is al 86 weken ziek na een zware operatie. Ze kan haar werk niet meer doen; ander werk is er niet. De eigenaar wil weten wat er de komende maanden moet gebeuren en of hij het contract daarna mag beëindigen.',
 'answers': [A('Werk en inkomen', ['loondienst', 'ziek']), A('doelgroepregister', 'nee'),
   A('Wat wilt u doen', 'ontslag-ziekte', 'de eigenaar denkt na over afscheid na 2 jaar'),
   A('ziekte of beperking', 'ja'), A('88 weken', 'nee', '86 weken'), A('loonwaarde', 'weet'), A('diploma', 'weet')],
 'mustShow': [
   M('Zieke werknemer: loon doorbetalen en re-integratie (Wet verbetering poortwachter; WIA-aanvraag vanaf week 88, uiterlijk week 93)', S['wia_88_poortwachter'], title='[Pp]oortwachter|[Zz]ieke werknemer'),
   M('Compensatie transitievergoeding bij ontslag na 2 jaar ziekte (UWV)', S['compensatie_tv_tln'], title='[Cc]ompensatie transitievergoeding'),
 ],
 'mustNot': [
   M('No-riskpolis (geldt voor werknemers met WIA/WAO/WAZ, (ooit) Wajong, WSW-indicatie of in het doelgroepregister; Karin heeft geen van deze)', S['noriskpolis_uwv'], title='No-risk'),
 ],
 'counter': {'label': 'UWV', 're': 'UWV'},
 'notes': 'Walked on the gemeente demo page with the werkgever perspective (walk.mjs picks the perspective on the first screen; the werkgever page has it fixed). Poortwachtersloket and TLN (a sector organisation) are not government pages; no stored UWV page on the procedure or the compensation was found. The WIA application is the employee\'s; the employer prepares the re-integratieverslag.',
})
sit.append({
 'id': 'r5-15-marian-zoon-daan-24', 'who': 'carer', 'perspective': 'mantelzorger', 'page': 'gemeente',
 'title': 'Marian (56) zorgt voor haar zoon Daan (24) met een ernstige verstandelijke beperking en epilepsie',
 'story': 'Daan is 24. Hij heeft een ernstige verstandelijke beperking en epilepsie en woont thuis, in het koophuis van zijn ouders. Er moet dag en nacht iemand in de buurt zijn. Hij heeft nog geen Wlz-indicatie. Zijn moeder Marian is 56 en werkt 24 uur per week. Ze is uitgeput.',
 'answers': [A('Waar zoekt', ['zorg', 'thuis']), A('moeite', ['zelfzorg', 'regelen']), A('Hoe oud', 24),
   A('dag en nacht', 'ja'), A('Wlz-indicatie', 'nee'), A('Werkt u naast de zorg', 'loondienst'), A('kinderen die bij|eigen kinderen|kinderen van uw patiënt', ['geen']),
   A('Hoe woont', 'bij-ouders'), A('Waar woont', 'koop'), A('te veel voor u', 'ja'), A('Hoe oud bent u zelf', 56)],
 'mustShow': [
   M('Wlz-indicatie aanvragen bij het CIZ (blijvend 24 uur per dag zorg in de nabijheid)', S['wlz_ciz'], title='Wlz-indicatie|CIZ'),
   M('Respijtzorg: tijdelijke overname van de zorg (gemeente)', S['mantelzorg_ro'], title='[Rr]espijtzorg'),
   M('Mantelzorgwaardering / steun voor mantelzorgers (gemeente)', S['mantelzorg_ro'], title='[Mm]antelzorg'),
 ],
 'mustNot': [],
 'counter': {'label': 'CIZ / Steunpunt mantelzorg', 're': 'CIZ|Centrum indicatiestelling|mantelzorg'},
 'notes': 'Langdurend zorgverlof may fit (she works); no stored official page found this round; not scored.',
})
sit.append({
 'id': 'r5-16-jesse-zelfdoding', 'who': 'resident', 'perspective': 'zelf', 'page': 'gemeente',
 'title': 'Jesse (23) denkt er vannacht aan een einde aan zijn leven te maken (crisis)',
 'story': 'Jesse is 23 en woont alleen. Hij zit al weken slecht in zijn vel. Vanavond denkt hij erover een einde aan zijn leven te maken. Hij opent de wijzer op de site van de gemeente.',
 'answers': [A('Waar zoekt', ['zelfdoding']), A('Hoe oud', 23), A('Hoe woon', 'alleen')],
 'mustShow': [
   M('113 Zelfmoordpreventie: gratis en anoniem bellen (113 of 0800-0113) of chatten op 113.nl, 24/7', S['lz_113'], title='113', text='113'),
 ],
 'mustNot': [],
 'counter': {'label': '113 Zelfmoordpreventie', 're': '113'},
 'notes': 'In acute danger: 112. The 113.nl stored page shows "Bel gratis 113".',
})
COMMON = [A('vóór (de|uw) 18e', 'nee'), A('nierdialyse', 'nee'), A('zorgen over een kind', 'geen'), A('school van uw kind', 'nee')]
PARTNER = {'r5-06': 'nee', 'r5-07': 'ja', 'r5-11': 'weet', 'r5-12': 'ja', 'r5-13': 'ja', 'r5-03': 'nee', 'r5-05': 'weet'}
for x in sit:
    have = {a['q'] for a in x['answers']}
    x['answers'] += [c for c in COMMON if c['q'] not in have]
    k = x['id'][:5]
    if k in PARTNER: x['answers'].append(A('Werkt of studeert uw partner', PARTNER[k]))
    if k == 'r5-03': x['answers'].append(A('trap op', 'ja', 'slaapkamer boven'))
doc = {'round': 5, 'made': '2026-12-07',
  'note': 'Independent panel, round 5: fresh life situations (care leaver from a leefgroep, psychiatric illness / beschermd wonen, older couple home adaptation and wheelchair, bijstand parent starting part-time work, visual impairment and travel, low income with high energy bills, ill zzp\'er, widow at AOW age, student in a studio, toeslagen debt, GP with an employee in burn-out, 58-year-old made redundant, newborn, employer with an employee ill for 86 weeks, mantelzorger of an adult son needing Wlz, suicidal thoughts). Every expected item cites a page found with the search tool; where no official page was stored, the source is a municipal, knowledge-centre or consumer page and that is noted per situation. Expectations were written and committed before the walk.',
  'sources': S, 'situations': sit}
(here / 'situations.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
md = ['# Panel round 5: situations\n', doc['note'] + '\n']
for s in sit:
    md.append(f"## {s['id']}: {s['title']}\n")
    md.append(f"Perspective: `{s['perspective']}` on demo page `{s['page']}`.\n")
    md.append(s['story'] + '\n')
    md.append('Answers: ' + '; '.join(f"\"{a['q']}\" → {a['a']}" + (f" ({a['why']})" if a.get('why') else '') for a in s['answers']) + '\n')
    md.append('Must show:')
    md += [f"- {m['label']} ([bron]({m['src']}))" for m in s['mustShow']]
    md.append('\nMust not show as fitting:' if s['mustNot'] else '\nMust not show as fitting: (none)')
    md += [f"- {m['label']} ([bron]({m['src']}))" for m in s['mustNot']]
    md.append(f"\nCounter: {s['counter']['label']}\n")
    if s.get('notes'): md.append('Notes: ' + s['notes'] + '\n')
(here / 'situations.md').write_text('\n'.join(md) + '\n')
print(len(sit), 'situations')
