import json
S = {
 'zt_ng': 'https://www.zorgtoeslagberekenen.net/voorwaarden-zorgtoeslag',
 'ht_woning': 'https://belastingdienst.nl/wps/wcm/connect/nl/huurtoeslag/content/voor-welke-woningen-huurtoeslag',
 'ww_jl': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
 'ww_uwv': 'https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/hoelang-kan-ik-een-ww-uitkering-krijgen/hoe-berekenen-we-de-duur-van-uw-ww',
 'aio': 'https://www.svb.nl/nl/aio/kijk-of-u-een-aio-aanvulling-krijgt',
 'aio_ro': 'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/aanvullende-inkomensvoorziening-ouderen-aio',
 'kb_ng': 'https://www.frontlijnwerken.nl/rechten-plichten-kinderbijslag/',
 'kgb_ng': 'https://www.nibud.nl/consumenten/kindgebonden-budget/',
 'jeugd_ng': 'https://www.nji.nl/transformatie-jeugdhulp/veelgestelde-vragen-jeugdsector',
 'jeugd_gm': 'https://www.woensdrecht.nl/jeugdhulp',
 'bbz': 'https://www.bergen.nl/bijstand-voor-zelfstandigen-bbz',
 'shv': 'https://www.juridischloket.nl/schulden-en-incasso/schulden-oplossen/schuldhulpverlening-gemeente/',
 'wlz': 'https://ciz.nl/client',
 'wlz24': 'https://www.ciz.nl/client/veelgestelde-vragen-clienten/wet-langdurige-zorg/wat-is-24-uurszorg',
 'zorgverlof_cbs': 'https://www.cbs.nl/nl-nl/nieuws/2008/45/werkende-mantelzorgers-nemen-iets-vaker-verlof-op/kortdurend-en-langdurend-zorgverlof',
 'zorgverlof_ng': 'https://www.sazas.nl/kennisbank/wettelijk/verlof-regelingen-en-subsidies/kortdurend-en-langdurend-zorgverlof-wat-is-belangrijk-om-als-werkgever-te-weten',
 'mz': 'https://www.leiderdorp.nl/producten/mantelzorgers-begeleiding',
 'hh': 'https://www.aalten.nl/hulp-bij-het-huishouden',
 'traplift': 'https://www.boxmeer.nl/inwoners/onderwerpen-a-z_41397/product/woonvoorziening-woningaanpassing_471.html',
 'rolstoel': 'https://www.woensdrecht.nl/rolstoel-aanvragen',
 'dagb': 'https://www.regelhulp.nl/onderwerpen/opvang-en-tijdelijk-verblijf/dagbesteding-volwassenen/financiering',
 'lks': 'https://loket.digitaal.utrecht.nl/nl/products/loonkosten-subsidie-aanvragen',
 'norisk': 'https://www.samenvoordeklant.nl/werkgeversdienstverlening/toolbox/no-risk-polis-banenafspraak',
 'agv': 'https://www.uwv.nl/particulieren/overige-onderwerpen/aanvullend-geboorteverlof-voor-partners/aanvullend-geboorteverlof-aanvragen-voor-uw-werknemer/index.aspx',
 'gv_ng': 'https://www.cumela.nl/nieuws/achtergrond/aanvullend-geboorteverlof-1-juli-2020',
 'zwanger': 'https://www.rijksoverheid.nl/onderwerpen/ouderschapsverlof/vraag-en-antwoord/aanvragen-zwangerschapsverlof-en-zwangerschapsuitkering',
 'lkv_end': 'https://hofvantwente.nl/direct-regelen/ondernemen/geldzaken/loonkostenvoordeel-56-jaar-en-ouder',
 'zzv': 'https://www.iza.nl/vergoedingen/zittend-ziekenvervoer',
 'vt': 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
 'bijst_jong': 'https://www.rijksoverheid.nl/onderwerpen/bijstand/vraag-en-antwoord/welke-regels-gelden-er-voor-de-bijstand-voor-jongeren',
 'bijst_stud': 'https://www.laborijn.nl/aanvraagprocedure-jongeren',
}
# title patterns (case-insensitive, on the result item's title)
T = {
 'zorgtoeslag': r'^Zorgtoeslag\b',
 'huurtoeslag': r'^Huurtoeslag\b',
 'ww': r'(^|[^A-Za-z])WW([^A-Za-z]|$)|Werkloosheidsuitkering|Werkloosheidswet',
 'aio': r'\bAIO\b|Aanvullende inkomensvoorziening ouderen',
 'kinderbijslag': r'^Kinderbijslag$|^Kinderbijslag \(',
 'kgb': r'Kindgebonden budget',
 'jeugdhulp': r'^Jeugdhulp\b',
 'bbz': r'\bBbz\b|bijstand voor zelfstandigen|Besluit bijstandverlening zelfstandigen',
 'shv': r'schuldhulp',
 'bijstand': r'^(Algemene )?bijstand(suitkering)?(?!.*(zelfstandig|bijzonder|ouderen))',
 'wlz': r'\bWlz\b|Wet langdurige zorg|langdurige zorg',
 'kzv': r'Kortdurend zorgverlof',
 'lzv': r'Langdurend zorgverlof',
 'zorgverlof': r'zorgverlof',
 'mz': r'^(?!.*(waardering|compliment|blijk)).*(mantelzorg|respijt)',
 'hh': r'huishoud',
 'trap': r'traplift|woningaanpassing|woonvoorziening',
 'rolstoel': r'rolstoel',
 'dagb': r'dagbesteding',
 'lks': r'^Loonkostensubsidie',
 'norisk': r'no-?risk',
 'gv': r'^Geboorteverlof(?!.*aanvullend)',
 'agv': r'Aanvullend geboorteverlof',
 'zwanger': r'Zwangerschap',
 'lkv56': r'oudere werknemer|56 jaar|56\+',
 'zzv': r'ziekenvervoer',
 'vt': r'Veilig Thuis',
}
def ms(label, src, key=None, text=None):
    d = {'label': label, 'src': S[src]}
    if key: d['title'] = T[key]
    if text: d['text'] = text
    return d
# common answer regexes
def A(q, a, why=None):
    d = {'q': q, 'a': a}
    if why: d['why'] = why
    return d
TOPIC = r'Waar zoekt (u|uw pati[eë]nt) hulp bij'
sits = []
def add(**kw): sits.append(kw)

add(id='r8-01-zestien-somber-thuis', who='resident', perspective='zelf', page='gemeente',
 title='Lena (16), woont bij haar vader, somber en spijbelt',
 story='Lena is 16. Ze woont bij haar vader en haar broertje in een huurhuis; haar ouders zijn gescheiden. Ze voelt zich al maanden somber, slaapt slecht en gaat vaak niet naar school (havo 4). Ze heeft nooit jeugdhulp gehad. Ze is jarig in maart. Haar vader werkt fulltime. Ze zoekt zelf iemand om mee te praten.',
 answers=[A(r'maand bent u jarig', '3'), A(r'jeugdhulp, of kreeg', 'nee'), A(r'huurcontract', 'nee'), A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['zorg']), A(r'^Hoe oud bent u\??$', 16), A(r'^Hoe woont u', 'bij-ouders'),
  A(r'moeite mee', ['psychisch']), A(r'Werk en inkomen', ['studie']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'dag en nacht', 'nee'), A(r'zwanger', 'nee'), A(r'geldzorgen', ['geen']), A(r'netto', 'weet'), A(r'spaargeld', 'weet'), A(r'bruto', 'weet'), A(r'Wlz-indicatie', 'nee')],
 mustShow=[ms('Jeugdhulp via het jeugd- of buurtteam (tot 18 jaar)', 'jeugd_gm', 'jeugdhulp')],
 mustNot=[ms('Zorgtoeslag: pas vanaf 18 jaar', 'zt_ng', 'zorgtoeslag')],
 counter={'label': 'Buurtteam / jeugdteam van de gemeente', 're': r'jeugd|buurtteam|wijkteam|CJG|Jong'},
 notes='Zorgtoeslag 18+: only a non-government page found (zorgtoeslagberekenen.net); jeugdhulp source is a gemeente page (Woensdrecht) explaining the Jeugdwet 0-18.')

add(id='r8-02-achttien-mbo-bij-moeder', who='resident', perspective='zelf', page='gemeente',
 title='Daan (18), mbo-student, woont bij zijn moeder',
 story='Daan is net 18. Hij woont bij zijn moeder en volgt mbo niveau 4 met studiefinanciering. Hij heeft een bijbaan in de supermarkt: ongeveer 450 euro netto per maand, bruto zo 6.000 euro per jaar. Hij heeft 800 euro spaargeld en heeft nooit jeugdhulp gehad. Hij wil weten of hij ergens recht op heeft nu hij 18 is, want hij moet nu zelf zijn zorgverzekering betalen.',
 answers=[A(r'jeugdhulp, of kreeg', 'nee'), A(r'huurcontract', 'nee'), A(r'voltijdopleiding', 'mbo'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['geld']), A(r'^Hoe oud bent u\??$', 18), A(r'^Hoe woont u', 'bij-ouders'),
  A(r'Werk en inkomen', ['studie','loondienst']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-zelfstandig', 'woont in het huurhuis van zijn moeder'),
  A(r'netto', 450), A(r'spaargeld', 800), A(r'bruto', 6000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('Zorgtoeslag (18 jaar, laag inkomen)', 'zt_ng', 'zorgtoeslag')],
 mustNot=[ms('Bijstand: wie onderwijs met studiefinanciering kan volgen, heeft geen recht op bijstand', 'bijst_stud', 'bijstand'),
          ms('Huurtoeslag: hij huurt zelf niets, hij woont bij zijn moeder', 'ht_woning', 'huurtoeslag')],
 counter={'label': 'Belastingdienst/Toeslagen', 're': r'Toeslagen|Belastingdienst'},
 notes='Zorgtoeslag age rule from a non-government page (zorgtoeslagberekenen.net); bijstand/studiefinanciering rule from Laborijn (a municipal social service).')

add(id='r8-03-21-huisgenoten-contract-op', who='resident', perspective='zelf', page='gemeente',
 title='Sem (21), kamer in een huis met huisgenoten, contract niet verlengd',
 story='Sem is 21 en huurt een kamer in een huis met twee huisgenoten; keuken en douche delen ze. Hij werkte 10 maanden 32 uur per week in een magazijn; zijn tijdelijk contract is niet verlengd. Hij verdiende ongeveer 1.900 euro netto, 27.000 euro bruto per jaar. Hij heeft 1.500 euro spaargeld. Het huurcontract van zijn kamer staat op zijn naam; het is gewoon een studentenhuis, geen begeleid wonen. Hij kreeg nooit jeugdhulp.',
 answers=[A(r'jeugdhulp, of kreeg', 'nee'), A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'begeleid wonen', 'nee'), A(r'26 van de laatste 36', 'ja'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['geld','werk']), A(r'^Hoe oud bent u\??$', 21), A(r'^Hoe woont u', 'met-anderen'),
  A(r'Werk en inkomen', ['baan-kwijt']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-kamer'),
  A(r'netto', 1900), A(r'spaargeld', 1500), A(r'bruto', 27000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('WW-uitkering (26 van de 36 weken gewerkt)', 'ww_uwv', 'ww'), ms('Zorgtoeslag', 'zt_ng', 'zorgtoeslag')],
 mustNot=[ms('Huurtoeslag: alleen voor een zelfstandige woning, niet voor een kamer met gedeelde keuken en douche', 'ht_woning', 'huurtoeslag')],
 counter={'label': 'UWV', 're': r'UWV'},
 notes='Zorgtoeslag conditions from a non-government page.')

add(id='r8-04-coouder-scheiding-ontslag', who='resident', perspective='zelf', page='gemeente',
 title='Mirjam (38), net gescheiden, co-ouder, verliest volgende maand haar baan',
 story='Mirjam is 38 en sinds twee maanden gescheiden. Haar kinderen van 6 en 9 wonen de helft van de week bij haar, de kinderbijslag staat op haar naam. De kinderen gaan twee middagen per week naar de bso; de school is om de hoek. Ze huurt een appartement. Haar werkgever heeft haar na 12 jaar ontslagen wegens een reorganisatie; volgende maand is haar laatste werkdag. Ze verdient nu 2.300 euro netto (36.000 bruto per jaar) en heeft 4.000 euro spaargeld.',
 answers=[A(r'kinderopvang', 'ja'), A(r'school van uw kind zo ver', 'nee'), A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'26 van de laatste 36', 'ja'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["4-11"]), A(TOPIC, ['geld','werk','kinderen']), A(r'^Hoe oud bent u\??$', 38), A(r'^Hoe woont u', 'alleen-met-kinderen'),
  A(r'Werk en inkomen', ['loondienst','baan-kwijt']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'netto', 2300), A(r'spaargeld', 4000), A(r'bruto', 36000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('WW-uitkering na ontslag', 'ww_jl', 'ww'), ms('Kindgebonden budget met het extra bedrag voor een alleenstaande ouder', 'kgb_ng', 'kgb')],
 mustNot=[],
 counter={'label': 'UWV', 're': r'UWV'},
 notes='Kindgebonden budget/alleenstaande ouderkop from Nibud (not a government page).')

add(id='r8-05-66-ww-loopt-af', who='resident', perspective='zelf', page='gemeente',
 title='Henk (66), weduwnaar, WW, nog geen AOW',
 story='Henk is 66 en woont alleen in een huurflat (huur 780 euro). Zijn vrouw is drie jaar geleden overleden. Hij is jarig in augustus. Hij heeft WW, ongeveer 1.500 euro netto per maand (21.000 bruto per jaar); hij krijgt AOW als hij 67 is. Hij heeft 12.000 euro spaargeld en vraagt zich af of hij ergens hulp bij de huur kan krijgen.',
 answers=[A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['geld']), A(r'^Hoe oud bent u\??$', 66), A(r'maand bent u jarig', '8'), A(r'^Hoe woont u', 'alleen'),
  A(r'Werk en inkomen', ['uwv-uitkering']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'netto', 1500), A(r'spaargeld', 12000), A(r'bruto', 21000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('Huurtoeslag', 'ht_woning', 'huurtoeslag'), ms('Zorgtoeslag', 'zt_ng', 'zorgtoeslag')],
 mustNot=[ms('AIO-aanvulling: alleen vanaf de AOW-leeftijd', 'aio', 'aio')],
 counter={'label': 'Belastingdienst/Toeslagen', 're': r'Toeslagen|Belastingdienst'},
 notes='Huurtoeslag source is the Belastingdienst page on which homes qualify; zorgtoeslag from a non-government page.')

add(id='r8-06-oma-67-voedt-kleinzoon-op', who='resident', perspective='zelf', page='gemeente',
 title='Ingrid (67), AOW, voedt haar kleinzoon (10) op',
 story='Ingrid is 67 en heeft AOW, maar geen volledige: ze woonde 15 jaar in Suriname. Sinds haar dochter vorig jaar overleed, woont haar kleinzoon van 10 bij haar; ze voedt hem op als haar eigen kind. Zijn school is vlakbij, hij gaat niet naar opvang. Ze huurt een sociale huurwoning. Ze krijgt 1.150 euro netto per maand (15.000 bruto per jaar), heeft geen pensioen en 3.000 euro spaargeld.',
 answers=[A(r'volledige AOW', 'nee'), A(r'school van uw kind zo ver', 'nee'), A(r'kinderopvang', 'nee'), A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["4-11"]), A(TOPIC, ['geld','kinderen']), A(r'^Hoe oud bent u\??$', 67), A(r'^Hoe woont u', 'alleen-met-kinderen'),
  A(r'Werk en inkomen', ['aow']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'netto', 1150), A(r'spaargeld', 3000), A(r'bruto', 15000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('AIO-aanvulling op een onvolledige AOW', 'aio', 'aio'),
           ms('Kinderbijslag voor een kind dat zij opvoedt als haar eigen kind', 'kb_ng', 'kinderbijslag'),
           ms('Huurtoeslag', 'ht_woning', 'huurtoeslag')],
 mustNot=[],
 counter={'label': 'SVB', 're': r'SVB|Sociale Verzekeringsbank'},
 notes='Kinderbijslag for a child raised as one\'s own: only a non-government page found (frontlijnwerken.nl).')

add(id='r8-07-ouders-zoon-16-autisme', who='resident', perspective='zelf', page='gemeente',
 title='Rob (47), vader van een zoon (16) met autisme die niet meer naar school gaat',
 story='Rob is 47 en woont met zijn vrouw, zoon (16) en dochter (12) in hun koophuis. Zijn zoon heeft autisme, zit al drie maanden thuis en raakt in paniek als hij naar school moet. Beide ouders werken; samen verdienen ze 95.000 euro bruto per jaar. Ze zoeken hulp voor hun zoon en het gezin.',
 answers=[A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['gedrag','school','beperking']), A(r'Werkt of studeert uw partner', 'ja'), A(r'Hoe oud zijn .*kinderen', ["12-17"]), A(TOPIC, ['kinderen']), A(r'^Hoe oud bent u\??$', 47), A(r'^Hoe woont u', 'met-partner-en-kinderen'),
  A(r'Werk en inkomen', ['loondienst']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'koop'),
  A(r'netto', 5600), A(r'spaargeld', 'weet'), A(r'bruto', 95000), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('Jeugdhulp voor de zoon (tot 18 jaar)', 'jeugd_gm', 'jeugdhulp')],
 mustNot=[ms('Zorgtoeslag: inkomen te hoog', 'zt_ng', 'zorgtoeslag'), ms('Huurtoeslag: koophuis', 'ht_woning', 'huurtoeslag')],
 counter={'label': 'Buurtteam / jeugdteam', 're': r'jeugd|buurtteam|wijkteam|CJG'},
 notes='Zorgtoeslag income limit from a non-government page.')

add(id='r8-08-zzp-schulden-beslag', who='resident', perspective='zelf', page='gemeente',
 title='Yusuf (41), zzp-klusser, gezin met 3 kinderen, belastingschuld en beslag',
 story='Yusuf is 41 en heeft al 8 jaar een eigen klusbedrijf. Sinds een grote klant failliet ging, verdient hij bijna niets. Hij woont met zijn vrouw (werkt 16 uur, 900 euro netto) en drie kinderen (4, 8 en 11) in een huurhuis. De kinderen gaan naar een school dichtbij en niet naar opvang. Hij heeft een belastingschuld en de deurwaarder heeft beslag gelegd op zijn bankrekening. Het huurcontract staat op zijn naam. Ze hebben geen spaargeld.',
 answers=[A(r'kinderopvang', 'nee'), A(r'school van uw kind zo ver', 'nee'), A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['geen']), A(r'Werkt of studeert uw partner', 'ja'), A(r'Hoe oud zijn .*kinderen', ["4-11"]), A(TOPIC, ['geld','schulden','werk']), A(r'^Hoe oud bent u\??$', 41), A(r'^Hoe woont u', 'met-partner-en-kinderen'),
  A(r'Werk en inkomen', ['zelfstandig']), A(r'geldzorgen', ['schulden','beslag']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'netto', 1100), A(r'spaargeld', 0), A(r'bruto', 'weet'), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen'])],
 mustShow=[ms('Bijstand voor zelfstandigen (Bbz)', 'bbz', 'bbz'), ms('Schuldhulpverlening van de gemeente', 'shv', 'shv')],
 mustNot=[ms('WW: een zelfstandige is niet verzekerd voor de WW', 'ww_jl', 'ww')],
 counter={'label': 'Gemeente: werk en inkomen / schuldhulp', 're': r'gemeente|Utrecht|schuld|Werk en Inkomen|Werkplein|geld'},
 notes='Bbz source is a gemeente page (Bergen).')

add(id='r8-09-statushouder-ziek-kind', who='resident', perspective='zelf', page='gemeente',
 title='Ahmad (32), statushouder met vrouw en dochter (4) met astma, bijstand',
 story='Ahmad is 32 en kwam uit Syrië. Hij heeft een verblijfsvergunning en moet inburgeren. Sinds drie maanden woont hij met zijn vrouw en dochter van 4 in een huurhuis. Zijn dochter heeft astma en is vaak ziek. Ze gaat naar de basisschool in de buurt, niet naar opvang. Het gezin heeft bijstand, ongeveer 1.950 euro netto per maand; ze hebben geen spaargeld. Zijn vrouw volgt ook een inburgeringstraject.',
 answers=[A(r'kinderopvang', 'nee'), A(r'school van uw kind zo ver', 'nee'), A(r'huurcontract', 'ja'), A(r'voltijdopleiding', 'nee'), A(r'zorgen over een kind', ['beperking']), A(r'Werkt of studeert uw partner', 'ja'), A(r'Hoe oud zijn .*kinderen', ["4-11"]), A(TOPIC, ['geld','zorg','kinderen','werk']), A(r'^Hoe oud bent u\??$', 32), A(r'^Hoe woont u', 'met-partner-en-kinderen'),
  A(r'Werk en inkomen', ['bijstand','inburgering']), A(r'geldzorgen', ['geen']), A(r'Waar woont u', 'huur-zelfstandig'),
  A(r'netto', 1950), A(r'spaargeld', 0), A(r'bruto', 'weet'), A(r'zwanger', 'nee'), A(r'dag en nacht', 'nee'), A(r'moeite mee', ['geen']), A(r'Wlz-indicatie', 'nee')],
 mustShow=[ms('Kinderbijslag', 'kb_ng', 'kinderbijslag'), ms('Zorgtoeslag', 'zt_ng', 'zorgtoeslag'), ms('Huurtoeslag', 'ht_woning', 'huurtoeslag')],
 mustNot=[],
 counter={'label': 'Belastingdienst/Toeslagen of SVB', 're': r'Toeslagen|Belastingdienst|SVB'},
 notes='Kinderbijslag and zorgtoeslag conditions from non-government pages.')

add(id='r8-10-dochter-ver-weg-moeder-dementie', who='carer', perspective='mantelzorger', page='gemeente',
 title='Karin (52), werkt fulltime, moeder (84) met dementie woont 180 km verderop',
 story='Karin is 52, werkt fulltime in loondienst en woont in Utrecht. Haar moeder van 84 woont alleen in haar koophuis in Groningen en heeft dementie. Ze vergeet te eten, kan zich niet meer goed wassen en loopt \'s nachts soms de straat op; er moet eigenlijk dag en nacht iemand in de buurt zijn. Er is nog geen Wlz-indicatie. Moeder heeft AOW en een klein pensioen. Karin rijdt elk weekend heen en weer en houdt het niet meer vol.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['thuis','zorg']), A(r'Hoe oud is degene', 84), A(r'moeite mee', ['geheugen','huishouden','zelfzorg']),
  A(r'Hoe woont degene', 'alleen'), A(r'Werk en inkomen', ['aow']), A(r'Waar woont degene', 'koop'), A(r'geldzorgen', ['geen']),
  A(r'dag en nacht', 'ja'), A(r'netto', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'Werkt u naast', 'loondienst'), A(r'spaargeld', 'weet'),
  A(r'vóór zijn of haar 18e', 'nee'), A(r'bruto', 'weet'), A(r'zorg soms te veel', 'ja'), A(r'Hoe oud bent u zelf', 52),
  A(r'de trap op', 'nee'), A(r'nierdialyse', 'nee'), A(r'zwanger', 'nee')],
 mustShow=[ms('Wlz-indicatie aanvragen bij het CIZ (blijvend 24 uur zorg in de buurt)', 'wlz', 'wlz'),
           ms('Ondersteuning voor de mantelzorger (steunpunt, respijtzorg)', 'mz', 'mz'),
           ms('Zorgverlof (kortdurend/langdurend) voor de werkende mantelzorger', 'zorgverlof_cbs', 'zorgverlof')],
 mustNot=[ms('Huurtoeslag: moeder woont in een koophuis', 'ht_woning', 'huurtoeslag')],
 counter={'label': 'CIZ', 're': r'CIZ'},
 notes='Zorgverlof source is CBS (government statistics office) with the WAZO rules; mantelzorg support source is a gemeente page (Leiderdorp).')

add(id='r8-11-jonge-mantelzorger-moeder-ms', who='carer', perspective='mantelzorger', page='gemeente',
 title='Noor (16), zorgt voor haar moeder (44) met MS en haar broertje',
 story='Noor is 16. Ze woont met haar moeder van 44 en haar broertje van 10. Haar moeder heeft MS, loopt slecht, is snel moe en heeft een WIA-uitkering. Noor doet de was, kookt en maakt schoon, en komt niet meer aan haar huiswerk toe. Ze huren een eengezinswoning; de slaapkamers zijn boven.',
 answers=[A(r'zorgen over een kind', ['geen'], 'Noor vraagt hulp voor haar moeder; haar eigen overbelasting staat in de mantelzorgvraag'), A(r'Hoe oud zijn .*kinderen', ["4-11","12-17"]), A(TOPIC, ['thuis']), A(r'Hoe oud is degene', 44), A(r'moeite mee', ['huishouden','lopen','ziekte']),
  A(r'Hoe woont degene', 'alleen-met-kinderen'), A(r'Werk en inkomen', ['arbeidsongeschikt']), A(r'Waar woont degene', 'huur-zelfstandig'), A(r'geldzorgen', ['geen']),
  A(r'dag en nacht', 'nee'), A(r'netto', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'Werkt u naast', 'geen'), A(r'spaargeld', 'weet'),
  A(r'vóór zijn of haar 18e', 'nee'), A(r'bruto', 'weet'), A(r'zorg soms te veel', 'ja'), A(r'Hoe oud bent u zelf', 16),
  A(r'de trap op', 'ja'), A(r'nierdialyse', 'nee'), A(r'zwanger', 'nee')],
 mustShow=[ms('Hulp bij het huishouden (Wmo) voor moeder', 'hh', 'hh'), ms('Steun voor (jonge) mantelzorgers', 'mz', 'mz')],
 mustNot=[],
 counter={'label': 'Wmo-loket / buurtteam', 're': r'Wmo|buurtteam|wijkteam|gemeente|Utrecht'},
 notes='Both sources are gemeente pages (Aalten, Leiderdorp).')

add(id='r8-12-man-62-vrouw-beroerte', who='carer', perspective='mantelzorger', page='gemeente',
 title='Peter (62), werkt parttime, zorgt voor zijn vrouw (63) na een beroerte',
 story='Peter is 62 en werkt 24 uur per week in loondienst. Zijn vrouw (63) had drie maanden geleden een beroerte. Ze kan niet meer traplopen, buiten heeft ze een rolstoel nodig en ze heeft hulp nodig bij wassen en aankleden. Hun slaapkamer en badkamer zijn boven in hun koophuis. Zij werkte niet meer.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['thuis']), A(r'Hoe oud is degene', 63), A(r'moeite mee', ['lopen','zelfzorg','ziekte']),
  A(r'Hoe woont degene', 'met-partner'), A(r'Werk en inkomen', ['geen']), A(r'Waar woont degene', 'koop'), A(r'geldzorgen', ['geen']),
  A(r'dag en nacht', 'nee'), A(r'netto', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'Werkt u naast', 'loondienst'), A(r'spaargeld', 'weet'),
  A(r'vóór zijn of haar 18e', 'nee'), A(r'bruto', 'weet'), A(r'zorg soms te veel', 'weet'), A(r'Hoe oud bent u zelf', 62),
  A(r'de trap op', 'ja'), A(r'nierdialyse', 'nee'), A(r'zwanger', 'nee')],
 mustShow=[ms('Traplift of woningaanpassing (Wmo)', 'traplift', 'trap'), ms('Rolstoel (Wmo)', 'rolstoel', 'rolstoel')],
 mustNot=[ms('Huurtoeslag: koophuis', 'ht_woning', 'huurtoeslag')],
 counter={'label': 'Wmo-loket', 're': r'Wmo|buurtteam|wijkteam|gemeente|Utrecht'},
 notes='Sources are gemeente pages (Boxmeer, Woensdrecht).')

add(id='r8-13-ouders-zoon-24-verstandelijk', who='carer', perspective='mantelzorger', page='gemeente',
 title='Els (55), zoon (24) met een verstandelijke beperking thuis, zonder dagbesteding',
 story='Els is 55. Haar zoon van 24 heeft een licht verstandelijke beperking sinds zijn geboorte en woont thuis bij haar en haar man. Hij heeft Wajong. Sinds zijn school stopte, zit hij de hele dag thuis; hij kan zijn post en geld niet zelf regelen. Els werkt niet en is erg moe.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['thuis','werk']), A(r'Hoe oud is degene', 24), A(r'moeite mee', ['regelen']),
  A(r'Hoe woont degene', 'bij-ouders'), A(r'Werk en inkomen', ['wajong']), A(r'Waar woont degene', 'koop'), A(r'geldzorgen', ['geen']),
  A(r'dag en nacht', 'nee'), A(r'netto', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'Werkt u naast', 'geen'), A(r'spaargeld', 'weet'),
  A(r'vóór zijn of haar 18e', 'ja'), A(r'bruto', 'weet'), A(r'zorg soms te veel', 'ja'), A(r'Hoe oud bent u zelf', 55),
  A(r'de trap op', 'nee'), A(r'nierdialyse', 'nee'), A(r'zwanger', 'nee')],
 mustShow=[ms('Dagbesteding (Wmo, 18+)', 'dagb', 'dagb'), ms('Steun voor de mantelzorger (respijtzorg)', 'mz', 'mz')],
 mustNot=[],
 counter={'label': 'Wmo-loket / buurtteam', 're': r'Wmo|buurtteam|wijkteam|gemeente|Utrecht'},
 notes='Dagbesteding source is regelhulp.nl (government).')

add(id='r8-14-bakkerij-doelgroepregister', who='employer', perspective='werkgever', page='gemeente',
 title='Bakkerij met 6 medewerkers wil een jongen (23) uit het doelgroepregister aannemen',
 story='Marco heeft een bakkerij in Utrecht met 6 medewerkers. Hij wil een jongen van 23 aannemen voor 24 uur per week. De jongen staat in het doelgroepregister, heeft een lichte verstandelijke beperking en geen diploma. Een jobcoach schat zijn loonwaarde op 60% van het minimumloon.',
 answers=[A(r'Wat wilt u doen', 'nieuw'), A(r'Werk en inkomen', ['werkzoekend']), A(r'doelgroepregister', 'ja'),
  A(r'ziekte of beperking', 'ja'), A(r'loonwaarde', 60), A(r'diploma', 'nee'), A(r'uur per week', 24)],
 mustShow=[ms('Loonkostensubsidie van de gemeente', 'lks', 'lks'), ms('No-riskpolis (UWV) voor de banenafspraak', 'norisk', 'norisk')],
 mustNot=[],
 counter={'label': 'Werkgeversservicepunt / gemeente Utrecht', 're': r'Werkgeversservicepunt|WSP|Werkgevers|gemeente|Utrecht'},
 notes='No-riskpolis source is samenvoordeklant.nl (programme of UWV, gemeenten and Divosa), not a single government page.')

add(id='r8-15-partner-werknemer-bevalt', who='employer', perspective='werkgever', page='gemeente',
 title='Installatiebedrijf (12 man): de vriendin van een monteur krijgt een baby',
 story='Sandra runt een installatiebedrijf met 12 werknemers. De vriendin van een monteur (ze wonen samen) is volgende maand uitgerekend. De monteur wil weten hoeveel verlof hij krijgt en wie dat betaalt.',
 answers=[A(r'Wat wilt u doen', 'verlof'), A(r'Om welk verlof', 'geboorte')],
 mustShow=[ms('Geboorteverlof (1 week, werkgever betaalt)', 'gv_ng', 'gv'), ms('Aanvullend geboorteverlof (tot 5 weken, uitkering van UWV)', 'agv', 'agv')],
 mustNot=[ms('Zwangerschaps- en bevallingsverlof: dat is voor de werkneemster die zelf zwanger is', 'zwanger', 'zwanger')],
 counter={'label': 'UWV (aanvraag aanvullend geboorteverlof)', 're': r'UWV'},
 notes='Geboorteverlof (one week paid by employer) from a sector organisation page (Cumela), the UWV page covers the aanvullend verlof.')

add(id='r8-16-werknemer-vader-terminaal', who='employer', perspective='werkgever', page='gemeente',
 title='Klein accountantskantoor: werknemer wil zorgen voor haar vader die terminaal ziek is',
 story='Johan heeft een accountantskantoor met 4 medewerkers. Een medewerkster (32 uur) vertelt dat haar vader terminaal ziek is; ze wil de komende maanden een deel van de week voor hem zorgen.',
 answers=[A(r'Wat wilt u doen', 'verlof'), A(r'Om welk verlof', 'zorg')],
 mustShow=[ms('Kortdurend zorgverlof (2x de wekelijkse arbeidsduur, minstens 70% loon)', 'zorgverlof_cbs', 'kzv'),
           ms('Langdurend zorgverlof (6x de wekelijkse arbeidsduur, onbetaald)', 'zorgverlof_cbs', 'lzv')],
 mustNot=[ms('Loonkostensubsidie: niet voor verlof', 'lks', 'lks')],
 counter={'label': 'Geen uitkeringsinstantie: de werkgever regelt het (informatie Rijksoverheid)', 're': r'Rijksoverheid|werkgever|Ondernemersplein|UWV'},
 notes='Zorgverlof rules from CBS (government) and Sazas (not government).')

add(id='r8-17-werkgever-58-uit-bijstand', who='employer', perspective='werkgever', page='gemeente',
 title='Tuincentrum wil een man van 58 uit de bijstand aannemen (december 2026)',
 story='Fatma heeft een tuincentrum met 15 medewerkers. Ze wil in december 2026 een man van 58 aannemen die al twee jaar bijstand heeft. Hij is gezond, staat niet in het doelgroepregister en heeft een mbo-2-diploma. Hij komt 32 uur per week werken. Ze heeft gehoord dat er een "loonkostenvoordeel voor ouderen" is.',
 answers=[A(r'Wat wilt u doen', 'nieuw'), A(r'Werk en inkomen', ['bijstand']), A(r'doelgroepregister', 'nee'),
  A(r'ziekte of beperking', 'nee'), A(r'loonwaarde', 100), A(r'diploma', 'ja'), A(r'uur per week', 32)],
 mustShow=[],
 mustNot=[ms('Loonkostenvoordeel oudere werknemer (56+): bestaat sinds 1 januari 2026 niet meer', 'lkv_end', 'lkv56'),
          ms('Loonkostensubsidie: hij kan het minimumloon zelf verdienen en staat niet in het doelgroepregister', 'lks', 'lks')],
 counter={'label': 'Werkgeversservicepunt', 're': r'Werkgeversservicepunt|WSP|Werkgevers'},
 notes='The end of LKV oudere werknemer per 1-1-2026 is stated on a gemeente page (Hof van Twente).')

add(id='r8-18-huisarts-kind-9-coouderschap', who='gp', perspective='professional', page='gemeente',
 title='Huisarts: jongen (9) met ADHD en boze buien sinds de scheiding, co-ouderschap',
 story='Een huisarts ziet een jongen van 9 met ADHD. Sinds zijn ouders vorig jaar uit elkaar gingen, heeft hij driftbuien en slaapt hij slecht; hij woont de ene week bij zijn moeder en de andere bij zijn vader. School maakt zich zorgen. De huisarts zoekt passende hulp voor kind en ouders.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['kinderen','zorg']), A(r'Hoe oud is uw pati', 9), A(r'Hoe woont uw pati', 'bij-ouders'),
  A(r'moeite mee', ['psychisch']), A(r'Werk en inkomen', ['studie']), A(r'Waar woont uw pati', 'huur-zelfstandig'), A(r'geldzorgen', ['geen']),
  A(r'netto', 'weet'), A(r'dag en nacht', 'nee'), A(r'spaargeld', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'zwanger', 'nee'), A(r'bruto', 'weet')],
 mustShow=[ms('Jeugdhulp via het jeugd- of buurtteam (huisarts mag ook verwijzen)', 'jeugd_gm', 'jeugdhulp')],
 mustNot=[ms('Wlz: geen blijvende 24-uurszorg nodig', 'wlz', 'wlz')],
 counter={'label': 'Buurtteam / jeugdteam', 're': r'jeugd|buurtteam|wijkteam|CJG'},
 notes='Jeugdhulp source is a gemeente page (Woensdrecht) naming the huisarts as a partner.')

add(id='r8-19-huisarts-84-valt-alleen', who='gp', perspective='professional', page='gemeente',
 title='Huisarts: vrouw (84) woont alleen, valt, kan niet meer schoonmaken',
 story='Een huisarts ziet een vrouw van 84 die alleen in een huurflat woont. Ze is twee keer gevallen, kan niet meer schoonmaken en vergeet soms afspraken. Ze is eenzaam sinds haar man overleed. Ze heeft AOW en een klein pensioen (1.650 euro netto) en 30.000 euro spaargeld. Dag en nacht toezicht is niet nodig.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['thuis','eenzaam']), A(r'Hoe oud is uw pati', 84), A(r'Hoe woont uw pati', 'alleen'),
  A(r'moeite mee', ['huishouden','lopen','geheugen','eenzaam']), A(r'Werk en inkomen', ['aow']), A(r'Waar woont uw pati', 'huur-zelfstandig'), A(r'geldzorgen', ['geen']),
  A(r'netto', 1650), A(r'dag en nacht', 'nee'), A(r'spaargeld', 30000), A(r'Wlz-indicatie', 'nee'), A(r'zwanger', 'nee'), A(r'bruto', 'weet'),
  A(r'de trap op', 'nee'), A(r'nierdialyse', 'nee')],
 mustShow=[ms('Hulp bij het huishouden (Wmo)', 'hh', 'hh')],
 mustNot=[ms('Wlz-indicatie: dag en nacht toezicht is niet nodig', 'wlz24', 'wlz')],
 counter={'label': 'Wmo-loket / buurtteam', 're': r'Wmo|buurtteam|wijkteam|gemeente|Utrecht'},
 notes='Huishoudelijke hulp source is a gemeente page (Aalten).')

add(id='r8-20-huisarts-burnout-schulden', who='gp', perspective='professional', page='gemeente',
 title='Huisarts: man (38) met burn-out, ziek thuis van zijn werk, huurachterstand en beslag',
 story='Een huisarts ziet een man van 38 met een burn-out. Hij is sinds twee maanden ziek gemeld bij zijn werkgever (hij heeft een vast contract) en krijgt zijn loon door. Hij woont alleen in een huurhuis, heeft drie maanden huurachterstand en de deurwaarder legt beslag op zijn loon. Hij verdient 2.400 euro netto, heeft geen spaargeld.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['schulden','geld','zorg']), A(r'Hoe oud is uw pati', 38), A(r'Hoe woont uw pati', 'alleen'),
  A(r'moeite mee', ['psychisch','regelen']), A(r'Werk en inkomen', ['loondienst','ziek']), A(r'Waar woont uw pati', 'huur-zelfstandig'),
  A(r'geldzorgen', ['achterstand-huur','beslag']), A(r'netto', 2400), A(r'dag en nacht', 'nee'), A(r'spaargeld', 0), A(r'Wlz-indicatie', 'nee'),
  A(r'zwanger', 'nee'), A(r'bruto', 38000), A(r'zelfstandig te wonen', 'ja'), A(r'88 weken', 'nee', 'ziek sinds twee maanden'), A(r'vóór (zijn of haar|de) 18e', 'nee')],
 mustShow=[ms('Schuldhulpverlening van de gemeente (bij huurachterstand snel)', 'shv', 'shv')],
 mustNot=[ms('WW: hij is niet werkloos, hij is ziek en krijgt loon', 'ww_jl', 'ww')],
 counter={'label': 'Gemeente: schuldhulp', 're': r'schuld|gemeente|Utrecht|geld'},
 notes='Schuldhulp and WW sources are juridischloket.nl (government-funded legal aid).')

add(id='r8-21-huisarts-70-chemo-vervoer', who='gp', perspective='professional', page='gemeente',
 title='Huisarts: man (70) krijgt chemotherapie, kan niet zelf rijden',
 story='Een huisarts ziet een man van 70 met darmkanker. Hij krijgt de komende maanden drie keer per week chemotherapie in het ziekenhuis. Hij woont met zijn vrouw in een koophuis; zij heeft geen rijbewijs. Hij is te moe om zelf te rijden of met de bus te gaan.',
 answers=[A(r'Hoe oud zijn .*kinderen', ["geen"]), A(TOPIC, ['thuis','zorg']), A(r'Hoe oud is uw pati', 70), A(r'Hoe woont uw pati', 'met-partner'),
  A(r'moeite mee', ['reizen','ziekte']), A(r'Werk en inkomen', ['aow']), A(r'Waar woont uw pati', 'koop'), A(r'geldzorgen', ['geen']),
  A(r'netto', 'weet'), A(r'dag en nacht', 'nee'), A(r'spaargeld', 'weet'), A(r'Wlz-indicatie', 'nee'), A(r'zwanger', 'nee'), A(r'bruto', 'weet'),
  A(r'de trap op', 'nee'), A(r'nierdialyse', 'ja')],
 mustShow=[ms('Zittend ziekenvervoer (zorgverzekeraar, bij chemotherapie)', 'zzv', 'zzv')],
 mustNot=[ms('Wlz: geen blijvende 24-uurszorg', 'wlz', 'wlz')],
 counter={'label': 'Zorgverzekeraar', 're': r'zorgverzekeraar'},
 notes='Zittend ziekenvervoer source is an insurer page (IZA) listing the Zvw rule; not a government page.')

add(id='r8-22-crisis-partner-dreigt-vannacht', who='resident', perspective='zelf', page='gemeente',
 title='Sanne (34), partner slaat haar en dreigt vannacht terug te komen, kinderen 3 en 7',
 story='Sanne is 34 en woont met haar kinderen van 3 en 7 in een huurhuis. Haar partner heeft haar vanavond geslagen en is weggegaan; hij dreigt vannacht terug te komen. Ze is bang voor zichzelf en de kinderen.',
 answers=[A(r'huurcontract', 'ja'), A(r'zorgen over een kind', ['geen']), A(r'Hoe oud zijn .*kinderen', ["0-3","4-11"]), A(TOPIC, ['geweld']), A(r'^Hoe oud bent u\??$', 34), A(r'seksueel geweld', 'nee'), A(r'^Hoe woont u', 'met-partner-en-kinderen')],
 mustShow=[ms('Veilig Thuis (0800-2000), bij direct gevaar 112', 'vt', 'vt', r'Veilig Thuis|0800-2000'), ms('112 bij direct gevaar', 'vt', None, r'\b112\b')],
 mustNot=[],
 counter={'label': 'Veilig Thuis / 112', 're': r'Veilig Thuis|112'},
 notes='')

doc = {'round': 8, 'made': '2026-12-07',
 'note': 'Final panel (round 8). Fresh-reader situations: combined events, unusual households (co-parenting, grandparent raising a grandchild, housemates, young adult at home), edge ages (16, 18, 21, 66, 67), small employers, GP consults with a child and older patients, a working carer far away, a young carer. Answers fixed before any result was seen; a dry run printed questions and options only.',
 'sources': S, 'situations': sits}
json.dump(doc, open('/work/wt/panel8/test/panel/round-8/situations.json','w'), ensure_ascii=False, indent=1)
print(len(sits))
