# Generates situations.json and situations.md for panel round 2 (2026-12-07).
# Every expected item cites an official page (rijksoverheid, svb, uwv, duo, ciz, regelhulp, juridischloket,
# overheid.nl/officielebekendmakingen, tweedekamer, a gemeente), found with the search tool (corpus "pages").
import json, pathlib
here = pathlib.Path(__file__).parent

SRC = {
 'coouder_svb': 'https://puc.overheid.nl/svb/doc/PUC_1096_20/11/',
 'kinderbijslag': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/kinderbijslag',
 'dubbele_kb_ciz': 'https://ciz.nl/client/dubbele-kinderbijslag',
 'dubbele_kb_svb': 'https://www.svb.nl/int/nl/kinderbijslag/tweemaal_kinderbijslag/tweemaal_kinderbijslag_intensieve_zorg/',
 'huurtoeslag': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/huurtoeslag',
 'aio_koop': 'https://www.svb.nl/nl/aio/hoeveel-aio-aanvulling-krijgt-u/u-heeft-een-koopwoning',
 'aio_vermogen': 'https://www.svb.nl/int/nl/aio/hoeveel_bijstand/hoeveel_eigen_vermogen/',
 'duo_omzetting': 'https://duo.nl/particulier/studievertraging/omzetting-van-de-prestatiebeurs.jsp',
 'wmo_rolstoel': 'https://www.zoetermeer.nl/rolstoelvoorzieningen-wmo',
 'wia_steps': 'https://uwv.nl/en/employers/sickness/a-step-by-step-guide-to-employee-sickness',
 'mantelzorg_ro': 'https://www.rijksoverheid.nl/onderwerpen/mantelzorg',
 'jonge_mz_gemeente': 'https://www.heeze-leende.nl/ondersteuning-voor-mantelzorgers',
 'mantelzorg_utrecht': 'https://www.mantelzorgutrecht.nl/over-mantelzorg-utrecht/veelgestelde-vragen/',
 'zorgverlof': 'https://ondernemersplein.kvk.nl/tools-arbeid-en-zorg-voor-werkgevers/',
 'bbz': 'https://www.westerkwartier.nl/bijstand-voor-zelfstandigen',
 'bijstand_gemeente': 'https://www.oegstgeest.nl/inwoners/werk-bijstand-en-geldzaken/werk-en-inkomen-participatie/bijstandsuitkering-participatiewet',
 'bijstand_medemblik': 'https://www.medemblik.nl/zorg-werk-en-inkomen/bijstandsuitkering-aanvragen',
 'zzp_vrijwillig': 'https://zoek.officielebekendmakingen.nl/ah-tk-20142015-1581.html',
 'zez_uwv': 'https://www.uwv.nl/particulieren/zwanger-adoptie-pleegzorg/zwanger-en-zelfstandige/zwanger-en-zelfstandige-zez/detail/zez-uitkering-aanvragen',
 'zez_uwv2': 'https://www.uwv.nl/particulieren/eigen-bedrijf-starten/starten-vanuit-ww-uitkering/tijdens-start-eigen-bedrijf/detail/verzekeren-van-inkomen/uitkering-voor-zelfstandigen-bij-zwangerschap',
 'anw_svb': 'https://www.svb.nl/int/nl/vv/nabestaandenuitkering_anw/wanneer_krijgt_u_anw/',
 'anw_ro': 'https://www.rijksoverheid.nl/onderwerpen/algemene-nabestaandenwet-anw/vraag-en-antwoord/wanneer-heb-ik-recht-op-een-nabestaandenuitkering-anw-uitkering',
 'inburgering_mvt': 'https://www.tweedekamer.nl/kamerstukken/detail?did=2020D22004&id=2020Z10150',
 'schuldhulp_wgs': 'https://lokaleregelgeving.overheid.nl/CVDR743404/1',
 'loonbeslag': 'https://www.juridischloket.nl/schulden-en-incasso/deurwaarder-en-beslaglegging/loonbeslag/',
 'detentie_terugkeer': 'https://www.rijksoverheid.nl/onderwerpen/straffen-en-maatregelen/terugkeer-naar-de-samenleving-van-gedetineerden',
 'detentie_zvw': 'https://www.rijksoverheid.nl/onderwerpen/zorgverzekering/vraag-en-antwoord/wat-gebeurt-er-met-mijn-zorgverzekering-als-ik-in-de-gevangenis-zit',
 'id_detentie': 'https://www.rvig.nl/actueel/nieuws/2022/03/29/nieuwe-regeling-identiteitsbewijzen-voor-ex-gedetineerden',
 'kwijtschelding_koop': 'https://www.cuijk.nl/kwijtschelding-gemeentelijke-belastingen',
 'kwijtschelding_koop2': 'https://www.geldrop-mierlo.nl/belastingen-en-heffingen-kwijtschelding',
 'cruks': 'https://kansspelautoriteit.nl/veilig-spelen/gokproblemen/inschrijven-in-cruks/',
 'ww_jl': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
}

def ms(label, title=None, text=None, src=None, note=None):
    d = {'label': label, 'src': SRC.get(src, src)}
    if title: d['title'] = title
    if text: d['text'] = text
    if note: d['note'] = note
    return d

def A(q, a, why=None):
    d = {'q': q, 'a': a}
    if why: d['why'] = why
    return d

S = []
def sit(**k): S.append(k)

# Shared patterns for items the panel expects under some name.
AIO = r'AIO|Aanvullende inkomensvoorziening'
# Algemene bijstand (levensonderhoud), not 'Bijzondere bijstand' (a separate, cost-based item) and not Bbz.
BIJSTAND = r'^Bijstand$|^Bijstand \(|^Bijstandsuitkering|Participatiewet'
WW = r'^WW|Werkloosheidswet|WW-uitkering'

sit(id='r2-01-mark-co-ouder', who='resident', perspective='zelf', page='denhaag',
  title='Mark, 41, net gescheiden, co-ouderschap, Den Haag',
  story='Mark (41) is een half jaar gescheiden. Zijn kinderen (6 en 9) wonen de helft van de week bij hem, de andere helft bij hun moeder; ze staan bij haar ingeschreven. Ze hebben niet afgesproken wie de kinderbijslag krijgt. Mark werkt 32 uur in loondienst, 1.900 euro netto. Hij huurt een flat in Den Haag.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 41), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen', 'kinderen de helft van de week bij hem'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('netto', 1900), A('spaargeld', 3000), A('bruto', 28000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 2),
           A('zorgen over een kind', ['geen']), A('kinderopvang|opvang', 'nee', 'geen opvang genoemd'), A('zwanger', 'nee')],
  mustShow=[ms('Kinderbijslag (SVB): bij co-ouderschap zonder aanwijzing krijgt elke ouder de helft', title=r'[Kk]inderbijslag', src='coouder_svb'),
            ms('Huurtoeslag (alleenstaande, 28.000 bruto, huurt zelfstandig)', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('Bijstand (hij werkt en verdient boven de bijstandsnorm)', title=BIJSTAND, src='bijstand_gemeente'),
           ms('AIO-aanvulling (geen AOW-leeftijd)', title=AIO, src='aio_vermogen'),
           ms('Nabestaandenuitkering Anw (niemand overleden)', title=r'Anw|[Nn]abestaanden', src='anw_svb')],
  counter=dict(label='SVB (kinderbijslag) en Dienst Toeslagen', re=r'SVB|Sociale Verzekeringsbank|Toeslagen'))

sit(id='r2-02-wim-ria-aow-koophuis', who='resident', perspective='zelf', page='rijk',
  title='Wim (73) en Ria (71), AOW en klein pensioen, afbetaald koophuis',
  story='Wim (73) en Ria (71) hebben allebei AOW en samen 450 euro pensioen. Ze wonen in hun eigen huis; de hypotheek is afgelost. Het huis is 320.000 euro waard (WOZ). Ze hebben 15.000 euro spaargeld. Samen komt er 2.250 euro netto per maand binnen. Ze vragen zich af of ze iets mislopen.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 73), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['aow']), A('netto', 2250), A('spaargeld', 15000), A('bruto', 34000), A('Waar woont', 'koop'),
           A('onvolledig|volledige AOW|AOW.*niet.*hele|jaren.*Nederland', 'nee', 'allebei hun hele leven in Nederland'),
           A('Werkt of studeert uw partner', 'nee'), A('kinderen die bij|eigen kinderen', ['geen'])],
  mustShow=[],
  mustNot=[ms('Huurtoeslag (eigen huis)', title=r'^Huurtoeslag', src='huurtoeslag'),
           ms('AIO-aanvulling (inkomen boven het AIO-minimum; overwaarde huis boven de vrijlating, dan hooguit een lening)', title=AIO, src='aio_koop'),
           ms('Bijstand (AOW-leeftijd: geen Participatiewet)', title=BIJSTAND, src='aio_vermogen'),
           ms('Kinderbijslag (geen kinderen)', title=r'[Kk]inderbijslag', src='kinderbijslag'),
           ms('Kwijtschelding van gemeentelijke belastingen (eigen huis zonder hypotheek: de overwaarde is vermogen, dan geen kwijtschelding)', title=r'[Kk]wijtschelding', src='kwijtschelding_koop', note='added after the first walk (it showed as misschien on income alone); geldrop-mierlo.nl states the same rule')],
  counter=dict(label='n.v.t. (not scored: the panel found no stored official zorgtoeslag page to cite; the counter is counted as reached)', re=r'.*'))

sit(id='r2-03-sara-student-reuma', who='resident', perspective='zelf', page='gemeente',
  title='Sara, 21, hbo-student met reuma, loopt studievertraging op',
  story='Sara (21) studeert in Utrecht aan de hbo. Ze heeft sinds haar 19e ernstige reuma. Ze kan niet ver lopen en gebruikt buiten een rolstoel die ze leent. Door haar ziekte loopt ze een jaar studievertraging op. Ze huurt een studentenkamer en heeft studiefinanciering.',
  answers=[A('Waar zoekt', ['zorg', 'geld']), A('Hoe oud', 21), A('moeite mee', ['lopen', 'ziekte']), A('Hoe woon', 'met-anderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['studie']), A('netto', 1100), A('spaargeld', 1000), A('bruto', 3000),
           A('Waar woont', 'huur-kamer'), A('voltijdopleiding|studiefinanciering', 'hbo-wo'), A('27 jaar of ouder', 'weet', 'huisgenoten: leeftijd niet in het verhaal'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'),
           A('trap op', 'nee', 'kamer op de begane grond niet genoemd; story: geen trap genoemd'), A('dialyse', 'nee'),
           A('vóór uw 18e|vóór de 18e', 'ja', 'ziek geworden op haar 19e tijdens haar studie (vraag noemt vóór 30e tijdens studie)'),
           A('88 weken', 'weet'), A('kinderen die bij|eigen kinderen', ['geen']), A('zwanger', 'nee'), A('jeugdhulp', 'nee')],
  mustShow=[ms('DUO: bij een chronische ziekte of blijvende functiebeperking verlenging diplomatermijn of omzetting prestatiebeurs (via de studentendecaan)', title=r'prestatiebeurs|functiebeperking|diplomatermijn|studievertraging', text=r'diplomatermijn|studievertraging|omzetting van de prestatiebeurs', src='duo_omzetting', note='pattern made strict before scoring: the general item Studiefinanciering does not say what a student with a chronic illness can ask DUO'),
            ms('Rolstoel of vervoersvoorziening via de Wmo (gemeente)', title=r'[Rr]olstoel|[Vv]ervoer|hulpmiddel|Wmo', src='wmo_rolstoel')],
  mustNot=[ms('WIA (nooit 2 jaar ziek als werknemer)', title=r'^WIA|WIA-uitkering', src='wia_steps'),
           ms('Kinderbijslag (geen kinderen)', title=r'[Kk]inderbijslag', src='kinderbijslag'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='Studentendecaan/DUO en gemeente Utrecht (Wmo, buurtteam)', re=r'DUO|decaan|Utrecht|[Bb]uurtteam|Wmo'))

sit(id='r2-04-sem-17-jonge-mantelzorger', who='mantelzorger', perspective='mantelzorger', page='gemeente',
  title='Sem, 17, zorgt voor zijn moeder met MS (jonge mantelzorger, Utrecht)',
  story='Sem (17) zit op het mbo. Zijn moeder (45) heeft MS en loopt slecht. Hij woont alleen met haar in een huurhuis in Utrecht. Hij doet de boodschappen, het huishouden en helpt haar met aankleden. Hij is vaak moe en haalt zijn school niet meer.',
  answers=[A('Waar zoekt', ['zorg', 'thuis']), A('moeite mee', ['lopen', 'huishouden', 'zelfzorg', 'ziekte']), A('Hoe oud is degene', 45),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('Werkt u naast de zorg', 'geen', 'scholier'), A('Hoe woont degene', 'alleen-met-kinderen'),
           A('te veel', 'ja'), A('Hoe oud bent u zelf', 17), A('eigen kinderen die bij', ['12-17']), A('zorgen over een kind', ['geen']),
           A('Waar woont degene', 'huur-zelfstandig'), A('trap op', 'nee'), A('dialyse', 'nee'), A('geldzorgen', 'weet'), A('Werk en inkomen', ['arbeidsongeschikt']),
           A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'), A('Hoe oud zijn', ['12-17'])],
  mustShow=[ms('Steun voor (jonge) mantelzorgers via de gemeente: mantelzorgondersteuning, respijtzorg', title=r'[Mm]antelzorg|[Rr]espijt', src='mantelzorg_ro', note='heeze-leende.nl and mantelzorgutrecht.nl describe the help for jonge mantelzorgers'),
            ms('Huishoudelijke hulp voor zijn moeder via de Wmo', title=r'[Hh]uishoudelijke hulp|[Hh]ulp bij het huishouden', src='mantelzorg_ro')],
  mustNot=[ms('Zorgverlof van de werkgever (Sem is scholier, geen werknemer)', title=r'[Zz]orgverlof|[Cc]alamiteitenverlof', src='zorgverlof'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='Buurtteam Utrecht / Mantelzorg Utrecht', re=r'[Bb]uurtteam|[Mm]antelzorg|Utrecht'))

sit(id='r2-05-peter-zzp-ziek', who='resident', perspective='zelf', page='gemeente',
  title='Peter, 50, zzp-loodgieter, hernia, maanden uit de running, geen AOV',
  story='Peter (50) is 15 jaar zelfstandig loodgieter in Utrecht. Hij heeft een zware hernia en kan maanden niet werken. Hij heeft geen arbeidsongeschiktheidsverzekering. Hij woont met zijn vriendin in een huurhuis; zij werkt parttime en verdient 1.300 euro netto. Ze hebben 8.000 euro spaargeld.',
  answers=[A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 50), A('moeite mee', ['ziekte']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['zelfstandig', 'ziek']), A('netto', 1300), A('spaargeld', 8000), A('bruto', 20000), A('Waar woont', 'huur-zelfstandig'),
           A('Werkt of studeert uw partner', 'ja'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('trap op', 'nee'), A('dialyse', 'nee'),
           A('88 weken', 'nee', 'een paar maanden ziek'), A('vóór uw 18e|vóór de 18e', 'nee'), A('kinderen die bij|eigen kinderen', ['geen']),
           A('26 van de laatste 36 weken', 'nee', 'zelfstandige, geen loondienst'), A('zwanger', 'nee')],
  mustShow=[ms('Bijstand voor zelfstandigen (Bbz) of algemene bijstand via de gemeente', title=r'Bbz|[Bb]ijstand', src='bbz'),
            ms('Huurtoeslag (huishoudinkomen laag, huurt)', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('Ziektewet-uitkering van UWV (zzp is niet verzekerd, tenzij vrijwillig bij UWV)', title=r'Ziektewet', src='zzp_vrijwillig'),
           ms('WW (geen werknemer)', title=WW, src='ww_jl'),
           ms('WIA (geen werknemer, niet 2 jaar ziek)', title=r'^WIA|WIA-uitkering', src='wia_steps')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen (Bbz/bijstand)', re=r'Utrecht|[Gg]emeente|Werk en Inkomen'))

sit(id='r2-06-fatma-kind-diabetes', who='resident', perspective='zelf', page='rijk',
  title='Fatma, 38, zoon (10) met diabetes type 1 en veel zorg thuis',
  story='Fatma (38) en haar man wonen met hun twee kinderen (4 en 10) in een huurhuis in Rotterdam. Hun zoon van 10 heeft diabetes type 1. Hij moet dag en nacht gecontroleerd worden; Fatma werkt daarom minder. Haar man werkt fulltime. Samen 3.100 euro netto.',
  answers=[A('Waar zoekt', ['geld', 'kinderen', 'zorg']), A('Hoe oud', 38), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('netto', 3100), A('spaargeld', 5000), A('bruto', 48000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 2),
           A('zorgen over een kind', ['beperking'], 'chronisch ziek kind met veel zorg'), A('Werkt of studeert uw partner', 'ja'),
           A('kinderopvang|opvang', 'nee'), A('zwanger', 'nee'), A('school van uw kind zo ver', 'nee'), A('dag en nacht', 'ja', 'het kind heeft dag en nacht toezicht nodig'),
           A('Wlz-indicatie', 'nee'), A('jeugdhulp', 'nee')],
  mustShow=[ms('Dubbele kinderbijslag voor een thuiswonend kind (3-17) met intensieve zorg (SVB, CIZ-advies)', title=r'[Dd]ubbele kinderbijslag|intensieve zorg', src='dubbele_kb_svb'),
            ms('Kinderbijslag (SVB)', title=r'^Kinderbijslag', src='kinderbijslag')],
  mustNot=[ms('AIO-aanvulling', title=AIO, src='aio_vermogen'),
           ms('Bijstand (inkomen boven de norm)', title=BIJSTAND, src='bijstand_gemeente')],
  counter=dict(label='SVB', re=r'SVB|Sociale Verzekeringsbank'))

sit(id='r2-07-yonas-statushouders-gezin', who='resident', perspective='zelf', page='denhaag',
  title='Yonas (35) en Selam (32), statushouders met drie kinderen, net een huis in Den Haag',
  story='Yonas (35) en Selam (32) komen uit Eritrea en hebben een verblijfsvergunning asiel. Ze kregen net een huurwoning in Den Haag met hun kinderen van 2, 7 en 12. Ze hebben nog geen werk en moeten allebei inburgeren. Ze hebben geen inkomen en geen spaargeld.',
  answers=[A('Waar zoekt', ['geld', 'werk', 'kinderen']), A('Hoe oud', 35), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['werkzoekend', 'inburgering']), A('netto', 0), A('spaargeld', 0), A('bruto', 0),
           A('Waar woont', 'huur-zelfstandig'), A('verblijfsvergunning|nationaliteit|Nederlander', 'ja'), A('inburger', 'ja'),
           A('kinderen die bij|kinderen in het huishouden', ['0-3', '4-11', '12-17']), A('Hoeveel kinderen', 3), A('zorgen over een kind', ['geen']),
           A('Werkt of studeert uw partner', 'ja', 'partner volgt ook inburgering (vraag noemt traject naar inburgering)'),
           A('kinderopvang|opvang', 'nee'), A('zwanger', 'nee'), A('26 van de laatste 36 weken', 'nee'), A('school van uw kind zo ver', 'nee')],
  mustShow=[ms('Bijstand (Participatiewet) bij de gemeente Den Haag', title=r'[Bb]ijstand|Participatiewet', src='bijstand_gemeente'),
            ms('Inburgering: brede intake en PIP via de gemeente', title=r'[Ii]nburger', src='inburgering_mvt'),
            ms('Kinderbijslag (SVB)', title=r'^Kinderbijslag', src='kinderbijslag'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('AIO-aanvulling', title=AIO, src='aio_vermogen'),
           ms('Bbz (geen zelfstandigen)', title=r'Bbz|zelfstandigen', src='bbz'),
           ms('WW (nooit in loondienst in NL)', title=WW, src='ww_jl')],
  counter=dict(label='Gemeente Den Haag (Werk en Inkomen, inburgering)', re=r'Den Haag|[Gg]emeente'))

sit(id='r2-08-kevin-deurwaarder', who='resident', perspective='zelf', page='gemeente',
  title='Kevin, 39, schulden en loonbeslag door de deurwaarder',
  story='Kevin (39) woont alleen in een huurhuis in Utrecht en werkt in loondienst. Hij heeft 14.000 euro schulden. De deurwaarder heeft beslag gelegd op zijn loon. Hij heeft ook twee maanden huurachterstand. Hij verdient 1.900 euro netto.',
  answers=[A('Waar zoekt', ['schulden', 'geld']), A('Hoe oud', 39), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'),
           A('geldzorgen', ['schulden', 'achterstand-huur']), A('Werk en inkomen', ['loondienst']), A('netto', 1900), A('spaargeld', 0), A('bruto', 30000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderen die bij|eigen kinderen', ['geen']), A('zwanger', 'nee'), A('beslag|deurwaarder', 'ja')],
  mustShow=[ms('Schuldhulpverlening van de gemeente (Wgs): hulp bij problematische schulden', title=r'[Ss]chuld', src='schuldhulp_wgs'),
            ms('Beslagvrije voet: bij loonbeslag moet een deel van het loon overblijven; laten controleren (Juridisch Loket)', title=r'[Bb]eslagvrije voet', text=r'beslagvrije voet', src='loonbeslag')],
  mustNot=[ms('Bijstand (hij werkt, 1.900 netto boven de norm)', title=BIJSTAND, src='bijstand_gemeente'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='Gemeente Utrecht schuldhulp / Buurtteam', re=r'Utrecht|[Bb]uurtteam|[Ss]chuld'))

sit(id='r2-09-anneke-weduwe-58', who='resident', perspective='zelf', page='gemeente',
  title='Anneke, 58, weduwe sinds 3 maanden, geen kinderen, werkt 20 uur',
  story='Annekes man overleed drie maanden geleden. Zij is 58, heeft geen kinderen en is niet arbeidsongeschikt. Ze werkt 20 uur als administratief medewerker en verdient 1.400 euro netto. Ze huurt een appartement in Utrecht. Ze heeft 20.000 euro spaargeld.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 58), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['loondienst', 'nabestaande']), A('netto', 1400), A('spaargeld', 20000), A('bruto', 21000), A('Waar woont', 'huur-zelfstandig'),
           A('kinderen die bij|eigen kinderen', ['geen']), A('zwanger', 'nee'), A('45%|arbeidsongeschikt', 'nee'), A('kind jonger dan 18', 'nee')],
  mustShow=[ms('Huurtoeslag (alleen, 21.000 bruto, huurt)', title=r'^Huurtoeslag', src='huurtoeslag'),
            ms('Nabestaandenpensioen via het pensioenfonds van haar man (navragen)', title=r'[Nn]abestaandenpensioen|pensioenfonds', text=r'nabestaandenpensioen', src='anw_ro')],
  mustNot=[ms('Nabestaandenuitkering Anw (geen kind < 18, niet 45% arbeidsongeschikt)', title=r'Anw|[Nn]abestaandenuitkering', src='anw_svb'),
           ms('Bijstand (werkt, vermogen boven de grens)', title=BIJSTAND, src='bijstand_gemeente')],
  counter=dict(label='Dienst Toeslagen; pensioenfonds', re=r'Toeslagen|pensioen'))

sit(id='r2-10-werkgever-jaar-ziek', who='employer', perspective='werkgever', page='gemeente',
  title='Werkgever: magazijnmedewerker (44) is een jaar ziek, zoekt aangepast werk',
  story='Een logistiek bedrijf (80 werknemers) heeft een magazijnmedewerker van 44 met rugklachten. Hij is nu 52 weken ziek. Het bedrijf wil hem houden en zoekt aangepast werk. Hij staat niet in het doelgroepregister en heeft geen Wajong of WIA.',
  answers=[A('Werk en inkomen', ['loondienst', 'ziek']), A('doelgroepregister', 'nee'), A('Wat wilt u doen', 'herplaatsen', 'eigen zieke werknemer, zoekt aangepast werk: "Een eigen zieke werknemer ander werk geven" past beter dan "een werknemer met een beperking in dienst houden"'), A('ziekte of beperking', 'ja'),
           A('loonwaarde', 'weet'), A('diploma', 'weet'), A('Hoe oud', 44), A('leeftijd', 44), A('88 weken', 'nee', '52 weken ziek'), A('weken ziek|hoe lang ziek', 'nee'),
           A('vóór uw 18e|vóór de 18e|vóór zijn 18e', 'nee'), A('56', 'nee')],
  mustShow=[ms('Loondoorbetaling en re-integratie volgens de Wet verbetering poortwachter: eerstejaarsevaluatie na 52 weken, plan van aanpak, bedrijfsarts', title=r'[Pp]oortwachter|[Rr]e-integratie|[Ll]oon doorbetalen|[Ll]oondoorbetaling|[Zz]iekteverzuim|[Bb]edrijfsarts|[Aa]rbodienst|eerstejaars', src='wia_steps'),
            ms('Werkplekaanpassing / voorzieningen voor de zieke werknemer (UWV/werkgever)', title=r'[Ww]erkplek|[Aa]anpass|[Vv]oorziening', src='wia_steps', note='expected as part of finding adapted work; UWV step guide describes the return-to-work plan')],
  mustNot=[ms('Compensatie transitievergoeding (geen ontslag)', title=r'[Tt]ransitievergoeding', src='wia_steps'),
           ms('WIA-aanvraag nu (pas rond week 93)', title=r'^WIA|WIA-uitkering|WIA aanvragen', src='wia_steps')],
  counter=dict(label='Bedrijfsarts/arbodienst en UWV', re=r'UWV|[Bb]edrijfsarts|[Aa]rbodienst'))

sit(id='r2-11-gp-eenzaam-80', who='gp', perspective='professional', page='gemeente',
  title='Huisarts: meneer (80), weduwnaar, eenzaam, verder redelijk gezond',
  story='Meneer De Vries (80) komt vaak op het spreekuur met vage klachten. Zijn vrouw overleed vorig jaar. Hij woont alleen in een huurflat met lift in Utrecht en kan alles nog zelf. Hij zegt dat hij zich erg alleen voelt en dagen niemand spreekt.',
  answers=[A('Waar zoekt', ['eenzaam']), A('Hoe oud', 80), A('moeite mee', ['eenzaam']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['aow', 'nabestaande']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'), A('Waar woont', 'huur-zelfstandig'),
           A('dag en nacht', 'nee'), A('zelfstandig te wonen', 'ja'), A('trap op', 'nee'), A('dialyse', 'nee'), A('kinderen die bij|eigen kinderen', ['geen']),
           A('onvolledig|volledige AOW|AOW.*niet.*hele|jaren.*Nederland', 'weet')],
  mustShow=[ms('Welzijn/buurtteam of ouderenwerk tegen eenzaamheid (gemeente; welzijn op recept)', title=r'[Ee]enzaam|[Ww]elzijn|[Bb]uurtteam|[Oo]ntmoet|contact', src='mantelzorg_ro', note='the Rijksoverheid programma Eén tegen eenzaamheid is run with gemeenten; official page for the gemeente role: rijksoverheid mantelzorg/Wmo. Weak source: panel found no stored rijksoverheid eenzaamheid page')],
  mustNot=[ms('WIA', title=r'^WIA|WIA-uitkering', src='wia_steps'),
           ms('Kinderbijslag', title=r'[Kk]inderbijslag', src='kinderbijslag'),
           ms('Rolstoel of woningaanpassing (geen beperking genoemd)', title=r'[Rr]olstoel|[Ww]oning|[Tt]raplift', src='wmo_rolstoel'),
           ms('Bijstand (AOW-leeftijd)', title=BIJSTAND, src='aio_vermogen')],
  counter=dict(label='Buurtteam Utrecht / welzijn (of De Luisterlijn)', re=r'[Bb]uurtteam|[Ww]elzijn|Luisterlijn|Utrecht'))

sit(id='r2-12-jeroen-uit-detentie', who='resident', perspective='zelf', page='gemeente',
  title='Jeroen, 30, vorige week vrijgekomen na 8 maanden, slaapt bij zijn zus',
  story='Jeroen (30) kwam vorige week uit de gevangenis na 8 maanden. Zijn huurhuis is hij kwijt. Hij slaapt tijdelijk op de bank bij zijn zus in Utrecht. Hij heeft geen inkomen, 6.000 euro schulden en zijn ID-kaart is verlopen. Zijn zorgverzekering stond stil tijdens de detentie.',
  answers=[A('Waar zoekt', ['geld', 'wonen', 'schulden', 'werk']), A('Hoe oud', 30), A('moeite mee', ['geen']), A('Hoe woon', 'met-anderen', 'tijdelijk bij zijn zus'),
           A('geldzorgen', ['schulden']), A('Werk en inkomen', ['werkzoekend']), A('netto', 0), A('spaargeld', 0), A('bruto', 0),
           A('Waar woont', 'geen-vaste-woonplek'), A('kinderen die bij|eigen kinderen', ['geen']), A('zwanger', 'nee'),
           A('26 van de laatste 36 weken', 'nee'), A('slaap|slapen|nacht.*plek', 'ja', 'bank bij zijn zus'), A('detentie|gevangenis', 'ja')],
  mustShow=[ms('Bijstand aanvragen bij de gemeente (na detentie)', title=r'[Bb]ijstand|Participatiewet', src='bijstand_medemblik', note='gedetineerden are excluded only during detention'),
            ms('Schuldhulpverlening van de gemeente', title=r'[Ss]chuld', src='schuldhulp_wgs'),
            ms('Onderdak/woonruimte of opvang via de gemeente (een van de 5 basisvoorwaarden na detentie)', title=r'[Oo]pvang|[Ww]oonruimte|[Ii]nschrijving|[Bb]riefadres|[Hh]ousing|[Ww]oning', src='detentie_terugkeer'),
            ms('Zorgtoeslag opnieuw aanvragen na detentie', title=r'^Zorgtoeslag', src='detentie_zvw'),
            ms('Geldig identiteitsbewijs aanvragen bij de gemeente (ID-kaart verlopen; nodig voor uitkering, huur, zorg)', title=r'[Ii]dentiteit|ID-kaart|[Pp]aspoort', src='id_detentie', note='title only: the result text does say "Neem mee: een geldig identiteitsbewijs", which is what he lacks, not help to get one; one of the 5 basisvoorwaarden (detentie_terugkeer); added after the first walk: the story names it, the panel had left it out'),
            ms('Zorgverzekering weer laten ingaan: einde detentie melden bij de zorgverzekeraar', title=r'[Dd]etentie|[Gg]evangenis', text=r'detentie|gevangenis', src='detentie_zvw', note='added after the first walk, from the story')],
  mustNot=[ms('WW (geen loondienst vlak voor de detentie genoemd)', title=WW, src='ww_jl'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='Gemeente Utrecht (Werk en Inkomen, buurtteam, nazorg ex-gedetineerden)', re=r'Utrecht|[Gg]emeente|[Bb]uurtteam'))

sit(id='r2-13-sandra-mantelzorg-fulltime', who='mantelzorger', perspective='mantelzorger', page='denhaag',
  title='Sandra, 49, werkt fulltime en zorgt voor haar vader (82) met Parkinson in Den Haag',
  story='Sandra (49) werkt 38 uur als teamleider. Haar vader (82) heeft Parkinson en woont alleen in een huurflat in Den Haag. Ze helpt hem 12 uur per week: boodschappen, medicijnen, administratie. Ze is op en merkt dat haar werk eronder lijdt.',
  answers=[A('Waar zoekt', ['zorg', 'thuis']), A('moeite mee', ['lopen', 'huishouden', 'regelen', 'ziekte']), A('Hoe oud is degene', 82),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('Werkt u naast de zorg', 'loondienst'), A('Hoe woont degene', 'alleen'),
           A('te veel', 'ja'), A('Hoe oud bent u zelf', 49), A('Waar woont degene', 'huur-zelfstandig'), A('trap op', 'nee', 'flat met lift'), A('dialyse', 'nee'),
           A('geldzorgen', 'weet'), A('Werk en inkomen', ['aow']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('eigen kinderen die bij|kinderen die bij', ['geen']), A('zelfstandig te wonen', 'ja'), A('onvolledig|volledige AOW', 'weet')],
  mustShow=[ms('Kortdurend en langdurend zorgverlof (Wet arbeid en zorg); calamiteitenverlof', title=r'[Zz]orgverlof|[Vv]erlof', src='zorgverlof'),
            ms('Mantelzorgondersteuning en respijtzorg via de gemeente', title=r'[Mm]antelzorg|[Rr]espijt', src='mantelzorg_ro'),
            ms('Huishoudelijke hulp voor haar vader via de Wmo', title=r'[Hh]uishoudelijke hulp|[Hh]ulp bij het huishouden', src='mantelzorg_ro')],
  mustNot=[ms('Kinderbijslag', title=r'[Kk]inderbijslag', src='kinderbijslag'),
           ms('Bijstand (AOW-leeftijd vader; Sandra werkt)', title=BIJSTAND, src='aio_vermogen')],
  counter=dict(label='Gemeente Den Haag (Wmo/mantelzorgondersteuning); werkgever voor verlof', re=r'Den Haag|[Gg]emeente|[Mm]antelzorg|[Ww]erkgever'))

sit(id='r2-14-lotte-zwanger-zzp', who='resident', perspective='zelf', page='rijk',
  title='Lotte, 32, zzp-ontwerper, 26 weken zwanger',
  story='Lotte (32) is al 5 jaar zelfstandig grafisch ontwerper en werkt ruim 1.300 uur per jaar. Ze is 26 weken zwanger van haar eerste kind. Ze woont met haar partner (in loondienst) in een koophuis. Ze wil weten wat ze krijgt rond de bevalling.',
  answers=[A('Waar zoekt', ['geld', 'werk', 'kinderen']), A('Hoe oud', 32), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['zelfstandig']), A('netto', 4200), A('spaargeld', 20000), A('bruto', 75000), A('Waar woont', 'koop'),
           A('Werkt of studeert uw partner', 'ja'), A('zwanger', 'ja'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']),
           A('kinderopvang|opvang', 'nee'), A('26 van de laatste 36 weken', 'nee')],
  mustShow=[ms('ZEZ-uitkering (Zelfstandige en Zwanger) van UWV, aanvragen vanaf 24 weken zwangerschap', title=r'ZEZ|[Zz]wangerschap|[Zz]elfstandige en [Zz]wanger', src='zez_uwv')],
  mustNot=[ms('Huurtoeslag (koophuis)', title=r'^Huurtoeslag', src='huurtoeslag'),
           ms('WW (zelfstandige)', title=WW, src='ww_jl'),
           ms('Bijstand', title=BIJSTAND, src='bijstand_gemeente')],
  counter=dict(label='UWV', re=r'UWV'))

sit(id='r2-15-gp-gokken-schulden', who='gp', perspective='professional', page='gemeente',
  title='Huisarts: patiënt (29) gokt online, 9.000 euro schulden, slaapt slecht',
  story='Een patiënt van 29 komt bij de huisarts met slapeloosheid. Hij vertelt dat hij sinds een jaar elke avond online gokt en 9.000 euro schuld heeft. Hij werkt in loondienst (2.100 euro netto) en woont alleen in een huurhuis in Utrecht. Hij wil stoppen.',
  answers=[A('Waar zoekt', ['schulden', 'zorg']), A('Hoe oud', 29), A('moeite mee', ['verslaving', 'psychisch'], 'gokverslaving, slaapt slecht van de stress'), A('Hoe woon', 'alleen'),
           A('geldzorgen', ['schulden']), A('Werk en inkomen', ['loondienst']), A('netto', 2100), A('spaargeld', 0), A('bruto', 33000), A('Waar woont', 'huur-zelfstandig'),
           A('dag en nacht', 'nee'), A('zelfstandig te wonen', 'ja'), A('trap op', 'nee'), A('dialyse', 'nee'), A('kinderen die bij|eigen kinderen', ['geen']),
           A('88 weken', 'nee'), A('vóór uw 18e|vóór de 18e', 'nee'), A('zwanger', 'nee'), A('jeugdhulp', 'nee'), A('Wlz-indicatie', 'nee'), A('gokken', 'ja', 'gokt online')],
  mustShow=[ms('Speelpauze via Cruks (Kansspelautoriteit): zichzelf minstens 6 maanden laten uitsluiten van gokken', title=r'Cruks|[Ss]peelpauze|gokstop', src='cruks'),
            ms('Schuldhulpverlening van de gemeente', title=r'[Ss]chuld', src='schuldhulp_wgs')],
  mustNot=[ms('Bijstand (hij werkt, inkomen boven de norm)', title=BIJSTAND, src='bijstand_gemeente'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen'),
           ms('WIA (niet 2 jaar ziek)', title=r'^WIA|WIA-uitkering', src='wia_steps')],
  counter=dict(label='Kansspelautoriteit (Cruks) en schuldhulp Utrecht / Buurtteam', re=r'Kansspel|Cruks|[Ss]chuld|[Bb]uurtteam'))

doc = {'round': 2, 'made': '2026-12-07', 'note': 'Independent panel, round 2: life situations of kinds round 1 did not cover. Every expected item cites an official page (rijksoverheid, svb, uwv, duo, ciz, regelhulp, juridischloket, overheid.nl, tweedekamer, gemeenten) found with the search tool; answers as the person would give them.', 'sources': SRC, 'situations': S}
(here / 'situations.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1))
print(len(S), 'situations')

md = [f"# Panel round {doc['round']}: situations ({doc['made']})\n", doc['note'] + '\n',
      'Each situation: the story, the answers the person gives in the widget, what MUST show (as fitting or "misschien"),',
      'what must NOT show as fitting, and the counter the person should end up at. Walk + score: `node test/panel/walk.mjs --round round-2`.',
      'Some sources are pages of one gemeente (Oegstgeest, Medemblik, Zoetermeer, Westerkwartier, Cuijk, Heeze-Leende): they are cited for a national rule (Participatiewet, Wmo, Bbz, Invorderingswet) that the page states, not for that gemeente. Items marked "added after the first walk" were needs in the story the panel had first left out; they are marked so.\n']
for s in S:
    md.append(f"## {s['id']}: {s['title']}\n")
    md.append(f"- Who / perspective: {s['who']} / {s['perspective']} (demo page {s.get('page', 'gemeente')}.html)")
    md.append(f"- Story: {s['story']}")
    md.append('- Answers: ' + '; '.join(f"\"{a['q']}\" → {a['a']}" + (f" ({a['why']})" if a.get('why') else '') for a in s['answers']))
    for m in s['mustShow']:
        md.append(f"- MUST show: {m['label']} ([bron]({m['src']}))" + (f" — {m['note']}" if m.get('note') else ''))
    for m in s['mustNot']:
        md.append(f"- Must NOT show as fitting: {m['label']} ([bron]({m['src']}))" + (f" — {m['note']}" if m.get('note') else ''))
    md.append(f"- Counter: {s['counter']['label']}\n")
(here / 'situations.md').write_text('\n'.join(md))
