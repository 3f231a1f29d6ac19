# Generates situations.json and situations.md for panel round 1.
# Sources are pages found with the search tool (corpus "pages"); see each item.
import json, pathlib
here = pathlib.Path(__file__).parent

SRC = {
 'zorgtoeslag18': 'https://www.toeslag.net/zorgtoeslagen/',
 'huurtoeslag18': 'http://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/huurtoeslag/huurtoeslag-2017/voorwaarden-2017/ik-woon-niet-alleen/jonger-dan-18',
 'huurtoeslag': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/huurtoeslag',
 'jeugdhulp': 'https://www.regelhulp.nl/onderwerpen/jeugdhulp-toegang',
 'jeugdhulp2': 'https://www.regelhulp.nl/onderwerpen/jeugdwet/jeugdhulp-regelen',
 'veiligthuis': 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
 '113': 'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
 '113site': 'https://www.113.nl/schoolopdracht',
 'aio': 'https://www.svb.nl/nl/aio/kijk-of-u-een-aio-aanvulling-krijgt',
 'aio_ro': 'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/aanvullende-inkomensvoorziening-ouderen-aio',
 'iow': 'https://www.zoetermeerwijzer.nl/is/werk-en-inkomen/uitkeringen/iow',
 'iow_uwv': 'https://www.uwv.nl/overuwv/magazines/uwv-magazine/2021-04/onderzoek/index.aspx',
 'ww': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
 'bbz': 'https://www.westerkwartier.nl/bijstand-voor-zelfstandigen',
 'bbz2': 'https://www.gemeentewestland.nl/ondernemen/besluit-bijstandverlening-zelfstandigen.html',
 'wia': 'http://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/bijna-2-jaar-ziek-wia/',
 'lkv': 'https://www.ao-metalektro.nl/vergoedingen/loonkostenvoordeel-doelgroep-banenafspraak-en-scholingsbelemmerden/',
 'lkv_all': 'https://oaz.nl/loonkostenvoordelen/loonkostenvoordeel/',
 'lkv_ouder': 'https://www.rendement.nl/lkv-en-jeugd-liv/verdiepingsartikel/de-loonkostenvoordelen-voorwaarden-en-bedragen.html',
 'lkv_ouder_weg': 'https://business.gov.nl/amendments/labour-costs-compensation-for-older-persons-ends',
 'noriskpolis': 'https://www.isdbol.nl/indicatie-banenafspraak',
 'noriskpolis2': 'https://subadvies.nl/subadvies-wiki/no-riskpolis/',
 'transitie': 'https://www.tln.nl/actueel/hoe-vraag-ik-compensatie-van-de-transitievergoeding-aan-bij-langdurige-arbeidsongeschiktheid',
 'zorgverlof': 'https://ondernemersplein.kvk.nl/tools-arbeid-en-zorg-voor-werkgevers/',
 'anw': 'https://texel-kompas.nl/regelingen/nabestaandenuitkering-anw',
 'anw2': 'https://hoogeveenhelpt.nl/i/locaties/locatie/sociale-verzekering-bank-svb',
 'inburgering': 'https://www.aandeslaginzeeland.nl/actueel/in-2022-van-start-met-de-nieuwe-wet-inburgering.html',
 'opvang': 'https://www.regelhulp.nl/onderwerpen/opvang-en-tijdelijk-verblijf/opvang-daklozen',
 'opvang2': 'https://www.informatielangdurigezorg.nl/onderwerpen/o/opvang-en-tijdelijk-verblijf/opvang-daklozen',
 'schuldhulp': 'https://www.lokalepolitiekepartijen.nl/dossier/schuldhulpverlening/',
 'schuldhulp_beleid': 'https://lokaleregelgeving.overheid.nl/CVDR743404/1',
 'ziekenvervoer': 'https://www.iza.nl/vergoedingen/zittend-ziekenvervoer',
 'ziekenvervoer2': 'https://www.skgz.nl/vergoeding-van-zorg/ziekenvervoer-wat-wordt-vergoed-en-waar-moet-je-op-letten',
 'kinderregelingen': 'https://www.vaals.nl/inwoners/wijvaals/ondersteuningregelingen/regelingen-voor-kinderen-tot-en-met-18-jaar',
 'kgb_alo': 'https://www.ugids.nl/financien/toeslagen/kindgebonden-budget/?lees-verder',
 'kot': 'https://snelsamenscheiden.nl/wanneer-krijg-je-kinderopvangtoeslag/',
 'respijt': 'https://www.moerdijk.nl/web/Maatschappelijke-ondersteuning/Ik-heb-ondersteuning-zorg-nodig/Tijdelijke-overname-van-mantelzorg.html',
 'wlz': 'https://www.ciz.nl/zorgprofessional/veelgestelde-vragen-zorgprofessional/wet-langdurige-zorg',
 'wlz_kompas': 'https://www.texel-kompas.nl/regelingen/wlz-zorg/centrum-indicatiestelling-zorg',
 'woningaanpassing': 'https://www.hofvantwente.nl/inwoners/zorg-wmo-en-jeugd/wmo-en-zorg/hulp-in-huis/woon-aanpassing',
 'woningaanpassing2': 'https://mantelzorg.nl/pagina/voor-mantelzorgers/thema-s/mantelzorg-en-wonen/vergoeding-woningaanpassing-wmo',
 'wijchen_wlz_instelling': 'https://simsite.wijchen.nl/simloket/pdc_43631/product/woonvoorzieningen_52.html',
 'ziektewet_ww_zzp': 'https://www.juridischadvies.nl/werk/ontslag/ww-uitkering/',
}

def ms(label, title=None, text=None, src=None, note=None):
    d = {'label': label, 'src': SRC.get(src, src)}
    if title: d['title'] = title
    if text: d['text'] = text
    if note: d['note'] = note
    return d

S = []
def sit(**k): S.append(k)

# Common answer snippets
def A(q, a, why=None):
    d = {'q': q, 'a': a}
    if why: d['why'] = why
    return d

sit(id='s01-noor-17-somber', who='resident', perspective='zelf', page='gemeente',
  title='Noor, 17, somber, woont bij haar moeder',
  story='Noor is 17 en zit in havo 5. Ze is al maanden somber en slaapt slecht. Ze woont met haar moeder in een huurhuis. Ze zoekt zelf hulp.',
  answers=[A('Waar zoekt', ['zorg']), A('Hoe oud', 17), A('moeite mee', ['psychisch']), A('Hoe woon', 'bij-ouders'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['studie']), A('Waar woont', 'huur-zelfstandig'),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('jeugdhulp', 'nee')],
  mustShow=[ms('Jeugdhulp via de gemeente (wijkteam), of via verwijzing van de huisarts', title=r'jeugdhulp|jeugd-ggz|hulp voor jongeren', src='jeugdhulp', note='Jeugdhulp is voor kinderen tot 18 jaar; toegang via wijkteam of huisarts')],
  mustNot=[ms('Zorgtoeslag (pas vanaf 18)', title=r'^Zorgtoeslag', src='zorgtoeslag18'),
           ms('Huurtoeslag (pas vanaf 18; zij huurt niet zelf)', title=r'^Huurtoeslag', src='huurtoeslag18'),
           ms('Wmo-hulp voor volwassenen, zoals begeleiding, huishoudelijke hulp of een pgb Wmo (onder 18 is het jeugdhulp)', title=r'^Begeleiding|Huishoudelijke hulp|pgb\) Wmo', src='jeugdhulp2', note='pattern widened after the walk to the label\'s intent: it first only named begeleiding and huishoudelijke hulp')],
  counter=dict(label='Buurtteam/wijkteam Utrecht (jeugd) of huisarts', re=r'Buurtteam|wijkteam|huisarts'))

sit(id='s02-sanne-geweld', who='resident', perspective='zelf', page='gemeente',
  title='Sanne, 34, partner slaat haar (crisis)',
  story='Sanne (34) woont met haar partner en twee kinderen (4 en 7). Haar partner slaat haar. Gisteren was het erg. Ze weet niet waar ze heen moet.',
  answers=[A('Waar zoekt', ['geweld']), A('Hoe oud', 34), A('Hoe woon', 'met-partner-en-kinderen'), A('kinderen die bij|kinderen in het huishouden', ['4-11'])],
  mustShow=[ms('Veilig Thuis 0800-2000 (gratis, dag en nacht)', text=r'0800[ -]?2000', src='veiligthuis'),
            ms('112 bij direct gevaar', text=r'\b112\b', src='veiligthuis')],
  mustNot=[ms('AIO-aanvulling (alleen vanaf AOW-leeftijd)', title=r'AIO', src='aio'),
           ms('Traplift (niets over trap of lopen gezegd)', title=r'Traplift', src='woningaanpassing')],
  counter=dict(label='Veilig Thuis', re=r'Veilig Thuis'))

sit(id='s03-daan-113', who='resident', perspective='zelf', page='rijk',
  title='Daan, 24, denkt aan zelfdoding (crisis)',
  story='Daan (24) studeert en woont op kamers. Hij denkt de laatste weken steeds vaker aan zelfdoding. Hij zoekt iemand om mee te praten.',
  answers=[A('Waar zoekt', ['zelfdoding']), A('Hoe oud', 24), A('Hoe woon', 'met-anderen')],
  mustShow=[ms('113 Zelfmoordpreventie: bel 113 of 0800-0113, of chat op 113.nl', text=r'0800[ -]?0113|\b113\b', src='113')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio')],
  counter=dict(label='113 Zelfmoordpreventie', re=r'113'))

sit(id='s04-henk-64-ww', who='resident', perspective='zelf', page='gemeente',
  title='Henk, 64, ontslagen, WW loopt, AOW over ruim 3 jaar',
  story='Henk (64) werd vorig jaar op zijn 63e ontslagen na 30 jaar bij een drukkerij. Hij heeft nu WW van UWV. De WW stopt over een paar maanden. Hij woont met zijn vrouw in een koophuis. Zij werkt niet.',
  answers=[A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 64), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['baan-kwijt', 'uwv-uitkering', 'werkzoekend']), A('netto', 1900),
           A('spaargeld', 40000), A('bruto', 30000), A('Waar woont', 'koop')],
  mustShow=[ms('IOW-uitkering van UWV na de WW (werkloos geworden na zijn 60e)', title=r'\bIOW\b', src='iow', note='IOW (UWV) is not IOAW (gemeente); regex made strict after the walk showed an IOAW item'),
            ms('UWV / WW als huidige uitkering (werk zoeken via UWV)', title=r'\bWW\b|werkloosheid|werk zoeken|UWV', src='ww')],
  mustNot=[ms('AIO-aanvulling (hij heeft de AOW-leeftijd nog niet)', title=r'AIO', src='aio'),
           ms('Huurtoeslag (koophuis)', title=r'^Huurtoeslag', src='huurtoeslag'),
           ms('Kinderbijslag (geen kinderen)', title=r'Kinderbijslag', src='kinderregelingen')],
  counter=dict(label='UWV', re=r'UWV'))

sit(id='s05-fatima-74-aio', who='resident', perspective='zelf', page='gemeente',
  title='Fatima, 74, weduwe, onvolledige AOW',
  story='Fatima (74) kwam op haar 37e naar Nederland. Haar AOW is daardoor veel lager. Haar man is vorig jaar overleden. Ze woont alleen in een huurflat. Ze heeft 1.150 euro netto per maand en 4.000 euro spaargeld.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 74), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['aow', 'nabestaande']), A('netto', 1150), A('spaargeld', 4000), A('bruto', 15000),
           A('Waar woont', 'huur-zelfstandig'), A('onvolledig|volledige AOW|AOW.*niet.*hele|jaren.*Nederland', 'ja')],
  mustShow=[ms('AIO-aanvulling van de SVB', title=r'AIO', src='aio'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag'),
            ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18')],
  mustNot=[ms('Nabestaandenuitkering Anw (zij heeft de AOW-leeftijd al)', title=r'Anw|[Nn]abestaanden', src='anw'),
           ms('Algemene bijstand van de gemeente (boven AOW-leeftijd: AIO via SVB)', title=r'^(Algemene )?[Bb]ijstand(suitkering)?\b(?! voor)|Bijstand van de gemeente', src='aio_ro')],
  counter=dict(label='SVB', re=r'SVB|Sociale Verzekeringsbank'))

sit(id='s06-lisa-alleenstaande-moeder', who='resident', perspective='zelf', page='gemeente',
  title='Lisa, 31, alleenstaande moeder, werkt 24 uur',
  story='Lisa (31) is alleenstaande moeder van twee kinderen van 3 en 8. Ze werkt 24 uur per week als doktersassistente. Haar kinderen gaan naar de opvang en de bso. Ze huurt een huis. Ze heeft 2.100 euro netto per maand.',
  answers=[A('zorgen over een kind', ['geen'], 'story: no worries about the children'), A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 31), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('netto', 2100), A('spaargeld', 2000), A('bruto', 30000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderopvang|opvang', 'ja'), A('kinderen die bij|kinderen in het huishouden', ['0-3', '4-11']),
           A('Hoeveel kinderen', 2)],
  mustShow=[ms('Kinderbijslag (SVB)', title=r'Kinderbijslag', src='kinderregelingen'),
            ms('Kindgebonden budget met alleenstaande-ouderkop', title=r'Kindgebonden budget', src='kgb_alo'),
            ms('Kinderopvangtoeslag (zij werkt, kinderen naar geregistreerde opvang)', title=r'Kinderopvangtoeslag', src='kot'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag'),
            ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'),
           ms('WW (zij heeft werk)', title=r'^WW|WW-uitkering', src='ww')],
  counter=dict(label='Dienst Toeslagen en SVB', re=r'Dienst Toeslagen'))

sit(id='s07-karim-zzp', who='resident', perspective='zelf', page='gemeente',
  title='Karim, 45, zzp-schilder, opdrachten weg, gezin met 3 kinderen',
  story='Karim (45) is al 12 jaar zelfstandig schilder. Zijn grootste opdrachtgever ging failliet. Hij verdient nu bijna niets. Hij woont met zijn vrouw en drie kinderen (6, 10, 13) in een huurhuis. Zijn vrouw werkt niet.',
  answers=[A('zorgen over een kind', ['geen'], 'story: no worries about the children'), A('Werkt of studeert uw partner', 'nee'), A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 45), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['zelfstandig']), A('netto', 900), A('spaargeld', 3000), A('bruto', 14000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderopvang', 'nee'), A('kinderen die bij|kinderen in het huishouden', ['4-11', '12-17']), A('Hoeveel kinderen', 3)],
  mustShow=[ms('Bijstand voor zelfstandigen (Bbz) bij de gemeente', title=r'Bbz|zelfstandig|ondernemer', src='bbz'),
            ms('Kindgebonden budget', title=r'Kindgebonden budget', src='kinderregelingen'),
            ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18')],
  mustNot=[ms('WW (als zelfstandige niet verzekerd voor WW)', title=r'^WW|WW-uitkering', src='ww'),
           ms('Kinderopvangtoeslag (partner werkt niet en zit niet in traject)', title=r'Kinderopvangtoeslag', src='kot')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen (Bbz)', re=r'Werk en Inkomen|Gemeente Utrecht'))

sit(id='s08-jesse-student', who='resident', perspective='zelf', page='rijk',
  title='Jesse, 20, hbo-student op een kamer',
  story='Jesse (20) studeert voltijd aan de hbo. Hij huurt een kamer met gedeelde keuken. Hij heeft studiefinanciering en een bijbaan van 400 euro per maand. Hij wil weten of hij iets kan krijgen.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 20), A('moeite mee', ['geen']), A('Hoe woon', 'met-anderen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['studie', 'loondienst']), A('netto', 900), A('spaargeld', 1500), A('bruto', 6000),
           A('Waar woont', 'huur-kamer'), A('studiefinanciering|DUO|voltijd|mbo|hbo', 'ja')],
  mustShow=[ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'),
           ms('Kinderbijslag (geen kinderen)', title=r'Kinderbijslag', src='kinderregelingen'),
           ms('Kinderopvangtoeslag (geen kinderen)', title=r'Kinderopvangtoeslag', src='kot')],
  counter=dict(label='Dienst Toeslagen', re=r'Dienst Toeslagen'))

sit(id='s09-amanuel-statushouder', who='resident', perspective='zelf', page='gemeente',
  title='Amanuel, 29, statushouder, net een huis in Utrecht',
  story='Amanuel (29) kwam uit Eritrea en heeft een verblijfsvergunning asiel. Hij kreeg net een huurwoning in Utrecht. Hij woont alleen. Hij heeft nog geen werk en moet inburgeren.',
  answers=[A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 29), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['werkzoekend', 'inburgering'], 'verhaal: moet inburgeren (optie kwam er op 2026-12-07 bij)'), A('netto', 0), A('spaargeld', 0), A('bruto', 0), A('Waar woont', 'huur-zelfstandig'),
           A('verblijfsvergunning|nationaliteit|Nederlander', 'ja'), A('inburger', 'ja')],
  mustShow=[ms('Bijstand (Participatiewet) bij de gemeente', title=r'[Bb]ijstand(?!.*zelfstandig)(?!.*[Bb]ijzondere)', src='inburgering'),
            ms('Inburgering: brede intake en plan (PIP) via de gemeente', title=r'[Ii]nburger', src='inburgering'),
            ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'),
           ms('Bbz (hij is geen zelfstandige)', title=r'Bbz|zelfstandigen', src='bbz')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen', re=r'Werk en Inkomen'))

sit(id='s10-marieke-bijna-2-jaar-ziek', who='resident', perspective='zelf', page='gemeente',
  title='Marieke, 52, bijna 2 jaar ziek, in loondienst',
  story='Marieke (52) werkt in loondienst bij een school. Ze is al 90 weken ziek door long covid. Haar werkgever betaalt nog loon door. Ze kan haar werk niet meer doen. Ze woont met haar partner.',
  answers=[A('Waar zoekt', ['werk', 'geld']), A('Hoe oud', 52), A('moeite mee', ['ziekte']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['loondienst', 'ziek']), A('netto', 3800), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('Waar woont', 'koop'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('trap op', 'nee'), A('dialyse', 'nee'),
           A('weken ziek|hoe lang ziek|bijna 2 jaar|2 jaar ziek', 'ja')],
  mustShow=[ms('WIA-uitkering aanvragen bij UWV (uiterlijk week 93)', title=r'WIA', src='wia')],
  mustNot=[ms('Bbz (geen zelfstandige)', title=r'Bbz|zelfstandigen', src='bbz'),
           ms('WW (zij is ziek, niet werkloos)', title=r'^WW|WW-uitkering', src='ww'),
           ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen')],
  counter=dict(label='UWV', re=r'UWV'))

sit(id='s11-bakkerij-doelgroepregister', who='employer', perspective='werkgever', page='gemeente',
  title='Bakkerij wil Tim (23, Wajong, doelgroepregister) aannemen',
  story='Een bakkerij wil Tim (23) aannemen. Tim heeft Wajong en staat in het doelgroepregister. Hij haalt ongeveer 60% van het minimumloon. Hij heeft geen startkwalificatie.',
  answers=[A('Werk en inkomen', ['wajong', 'werkzoekend']), A('doelgroepregister', 'ja'), A('Wat wilt u doen', 'nieuw'),
           A('ziekte of beperking', 'ja'), A('loonwaarde', 60), A('diploma', 'nee'), A('Hoe oud', 23), A('leeftijd', 23)],
  mustShow=[ms('Loonkostenvoordeel (LKV) banenafspraak', title=r'[Ll]oonkostenvoordeel|LKV', src='lkv'),
            ms('No-riskpolis (Ziektewet-uitkering bij ziekte)', title=r'[Nn]o-?risk', src='noriskpolis'),
            ms('Loondispensatie (Wajong) of loonkostensubsidie: compensatie voor lagere loonwaarde', title=r'[Ll]oondispensatie|[Ll]oonkostensubsidie', src='noriskpolis', note='source lists Wajong and doelgroepregister; the exact instrument per group is for UWV/gemeente')],
  mustNot=[ms('LKV oudere werknemer (Tim is 23)', title=r'oudere werknemer|56', src='lkv_ouder'),
           ms('Compensatie transitievergoeding (geen ontslag)', title=r'[Tt]ransitievergoeding', src='transitie')],
  counter=dict(label='UWV werkgeversservicepunt / Werkgeversservicepunt regio', re=r'UWV|[Ww]erkgevers'))

sit(id='s12-installateur-56plus', who='employer', perspective='werkgever', page='rijk',
  title='Installatiebedrijf wil Ahmed (58, WW) aannemen',
  story='Een installatiebedrijf wil Ahmed (58) aannemen. Hij heeft nu een WW-uitkering. Hij staat niet in het doelgroepregister. Hij heeft een mbo-4 diploma en geen beperking.',
  answers=[A('Werk en inkomen', ['uwv-uitkering', 'werkzoekend']), A('doelgroepregister', 'nee'), A('Wat wilt u doen', 'nieuw'),
           A('ziekte of beperking', 'nee'), A('loonwaarde', 100), A('diploma', 'ja'), A('Hoe oud', 58), A('leeftijd', 58), A('56', 'ja')],
  # Corrected after the first scoring: the LKV oudere werknemer ended for hires from 1 January 2026
  # (Wet tegemoetkomingen loondomein, kst-36458-5; business.gov.nl). The widget was right not to show it.
  mustShow=[],
  mustNot=[ms('LKV oudere werknemer (afgeschaft voor wie vanaf 2026 in dienst komt)', title=r'oudere werknemer|56', src='lkv_ouder_weg'),
           ms('LKV banenafspraak / doelgroepregister (niet in register)', title=r'banenafspraak|doelgroepregister', src='lkv'),
           ms('No-riskpolis (geen beperking, geen Wajong/WIA)', title=r'[Nn]o-?risk', src='noriskpolis2'),
           ms('Compensatie transitievergoeding', title=r'[Tt]ransitievergoeding', src='transitie')],
  counter=dict(label='Werkgeversservicepunt (werven uit de WW) of UWV', re=r'Werkgeversservicepunt|UWV'))

sit(id='s13-werkgever-2jaar-ziek', who='employer', perspective='werkgever', page='gemeente',
  title='Werkgever neemt afscheid van werknemer die 2 jaar ziek is',
  story='Een schoonmaakbedrijf heeft een werknemer (49) die 104 weken ziek is. Terugkeer lukt niet. De werkgever wil het contract beëindigen en betaalt de transitievergoeding.',
  answers=[A('Werk en inkomen', ['loondienst', 'ziek']), A('doelgroepregister', 'nee'), A('Wat wilt u doen', 'ontslag-ziekte'),
           A('ziekte of beperking', 'ja'), A('diploma', 'weet'), A('Hoe oud', 49), A('leeftijd', 49), A('transitievergoeding|betaald', 'ja'),
           A('104|2 jaar', 'ja')],
  mustShow=[ms('Compensatie transitievergoeding van UWV', title=r'[Tt]ransitievergoeding', src='transitie')],
  mustNot=[ms('LKV (geen nieuwe indiensttreding)', title=r'[Ll]oonkostenvoordeel|LKV', src='lkv_all'),
           ms('No-riskpolis', title=r'[Nn]o-?risk', src='noriskpolis2')],
  counter=dict(label='UWV', re=r'UWV'))

sit(id='s14-ingrid-moeder-dementie', who='mantelzorger', perspective='mantelzorger', page='gemeente',
  title='Ingrid (55) zorgt voor haar moeder (84) met dementie',
  story='Ingrid (55) werkt 32 uur in loondienst. Haar moeder (84) heeft beginnende dementie en woont alleen in een huurflat. Ingrid doet de boodschappen, de post en het huishouden. Ze raakt overbelast. Moeder heeft nog geen Wlz-indicatie.',
  answers=[A('Waar zoekt', ['thuis', 'zorg']), A('Hoe oud', 84), A('moeite mee', ['geheugen', 'huishouden', 'regelen']),
           A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'), A('Werk en inkomen', ['aow']), A('dag en nacht', 'weet'),
           A('netto', 1700), A('Wlz-indicatie', 'nee'), A('Waar woont', 'huur-zelfstandig'), A('Werkt u naast', ['loondienst']),
           A('spaargeld', 'weet'), A('bruto', 'weet'), A('trap op', 'nee'), A('dialyse', 'nee'), A('overbelast|zwaar|te veel', 'ja')],
  mustShow=[ms('Huishoudelijke hulp / begeleiding via Wmo (buurtteam)', title=r'Huishoudelijke hulp|Begeleiding', src='woningaanpassing2'),
            ms('Respijtzorg: zorg tijdelijk overnemen zodat de mantelzorger rust krijgt', title=r'[Rr]espijt|[Ll]ogeer|[Dd]agbesteding|[Oo]ntlast', src='respijt'),
            ms('Gratis cliëntondersteuning', title=r'[Cc]liëntondersteun', src='wlz_kompas'),
            ms('Zorgverlof voor Ingrid bij haar werkgever', title=r'[Zz]orgverlof|verlof', src='zorgverlof'),
            ms('Wlz via het CIZ (als 24 uur toezicht nodig wordt)', title=r'Wlz|langdurige zorg', src='wlz')],
  mustNot=[ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen'),
           ms('WW', title=r'^WW|WW-uitkering', src='ww')],
  counter=dict(label='Buurtteam Sociaal (Wmo)', re=r'Buurtteam'))

sit(id='s15-tom-partner-chemo', who='mantelzorger', perspective='mantelzorger', page='rijk',
  title='Tom (40) zorgt voor zijn partner (41) met kanker die chemo krijgt',
  story='Tom (40) werkt fulltime in loondienst. Zijn partner Eva (41) heeft borstkanker en krijgt chemotherapie in het ziekenhuis. Ze kan niet zelf rijden. Ze wonen met hun dochter (9) in een koophuis.',
  answers=[A('zorgen over een kind', ['geen'], 'story: no worries about the child'), A('Waar zoekt', ['zorg', 'thuis']), A('Hoe oud', 41), A('moeite mee', ['ziekte']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst', 'ziek']), A('dag en nacht', 'nee'), A('netto', 4500),
           A('Wlz-indicatie', 'nee'), A('Waar woont', 'koop'), A('Werkt u naast', ['loondienst']), A('spaargeld', 'weet'),
           A('bruto', 'weet'), A('trap op', 'nee'), A('dialyse|chemo', 'ja'), A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('te veel|overbelast', 'weet')],
  mustShow=[ms('Zittend ziekenvervoer via de zorgverzekeraar (chemotherapie)', title=r'[Zz]iekenvervoer|[Vv]ervoer naar het ziekenhuis', src='ziekenvervoer'),
            ms('Zorgverlof (kortdurend/langdurend) voor Tom bij zijn werkgever', title=r'[Zz]orgverlof|verlof', src='zorgverlof')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'),
           ms('Huurtoeslag (koophuis)', title=r'^Huurtoeslag', src='huurtoeslag')],
  counter=dict(label='Zorgverzekeraar (vervoer) en eigen werkgever (verlof)', re=r'[Zz]orgverzekeraar'))

sit(id='s16-gp-schulden-burnout', who='professional', perspective='professional', page='gemeente',
  title='Huisarts: patiënt (38) met burn-out, huurachterstand en schulden',
  story='Een man van 38 komt bij de huisarts met burn-out klachten. Hij woont alleen in een huurhuis. Hij heeft drie maanden huurachterstand en andere schulden. Hij werkt in loondienst maar is nu ziek gemeld.',
  answers=[A('Waar zoekt', ['schulden', 'geld', 'zorg']), A('Hoe oud', 38), A('moeite mee', ['psychisch', 'regelen']), A('Hoe woon', 'alleen'),
           A('geldzorgen', ['achterstand-huur', 'schulden']), A('Werk en inkomen', ['loondienst', 'ziek']), A('netto', 2000),
           A('spaargeld', 0), A('bruto', 32000), A('Waar woont', 'huur-zelfstandig'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'),
           A('trap op', 'nee'), A('dialyse', 'nee'), A('zelfstandig te wonen', 'ja')],
  mustShow=[ms('Schuldhulpverlening van de gemeente', title=r'[Ss]chuld', src='schuldhulp_beleid'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'),
           ms('WIA (nog lang geen 2 jaar ziek)', title=r'WIA', src='wia')],
  counter=dict(label='Buurtteam / schuldhulp gemeente Utrecht', re=r'Buurtteam|[Ss]chuld|Gemeente Utrecht'))

sit(id='s17-gp-dialyse', who='professional', perspective='professional', page='rijk',
  title='Huisarts: patiënt (67) moet 3x per week naar de dialyse',
  story='Een man van 67 moet drie keer per week naar het ziekenhuis voor nierdialyse. Hij woont met zijn vrouw in een huurhuis. Hij kan niet zelf rijden na de dialyse.',
  answers=[A('Waar zoekt', ['zorg', 'thuis']), A('Hoe oud', 67), A('moeite mee', ['ziekte']), A('Hoe woon', 'met-partner'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['aow']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('Waar woont', 'huur-zelfstandig'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('trap op', 'nee'), A('dialyse', 'ja')],
  mustShow=[ms('Zittend ziekenvervoer via de zorgverzekeraar', title=r'[Zz]iekenvervoer|[Vv]ervoer naar het ziekenhuis', src='ziekenvervoer')],
  mustNot=[ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen'),
           ms('WIA (hij heeft AOW)', title=r'WIA', src='wia')],
  counter=dict(label='Zorgverzekeraar', re=r'[Zz]orgverzekeraar'))

sit(id='s18-gp-oudere-valt', who='professional', perspective='professional', page='gemeente',
  title='Huisarts: patiënte (81) valt vaak, slaapkamer boven, eenzaam',
  story='Een vrouw van 81 woont alleen in een huurhuis met de slaapkamer en badkamer boven. Ze is twee keer gevallen. Traplopen gaat slecht. Ze ziet bijna niemand meer.',
  answers=[A('Waar zoekt', ['thuis', 'eenzaam']), A('Hoe oud', 81), A('moeite mee', ['lopen', 'eenzaam']), A('Hoe woon', 'alleen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['aow']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('Waar woont', 'huur-zelfstandig'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('trap op', 'ja'), A('dialyse', 'nee'),
           A('vallen|gevallen', 'ja')],
  mustShow=[ms('Woningaanpassing of traplift via de Wmo', title=r'Traplift|[Aa]anpassing van uw woning', src='woningaanpassing'),
            ms('Hulp zonder aanvraag in de wijk / ouderenadviseur (eenzaamheid)', title=r'zonder aanvraag|[Oo]uderenadviseur|[Ee]enzaam|[Oo]ntmoet', src='woningaanpassing2', note='source is for the Wmo route via wijkteam; the eenzaamheid offer is local')],
  mustNot=[ms('WIA', title=r'WIA', src='wia'), ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen')],
  counter=dict(label='Buurtteam Sociaal (Wmo)', re=r'Buurtteam'))

sit(id='s19-samira-bij-ouders-met-baby', who='resident', perspective='zelf', page='gemeente',
  title='Samira, 22, woont met haar baby bij haar ouders',
  story='Samira (22) heeft een baby van 5 maanden. Ze heeft geen partner. Ze woont met haar kind bij haar ouders in hun huurhuis. Ze heeft geen werk en geen inkomen.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 22), A('moeite mee', ['geen']), A('Hoe woon', 'bij-ouders'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['geen']), A('netto', 0), A('spaargeld', 500), A('bruto', 0),
           A('Waar woont', 'huur-zelfstandig'), A('kinderopvang', 'nee'), A('kinderen die bij|kinderen in het huishouden', ['0-3']), A('Hoeveel kinderen', 1), A('jeugdhulp', 'nee'),
           A('eigen kind|kinderen.*(van u|zelf)|heeft u kinderen', 'ja')],
  mustShow=[ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen'),
            ms('Kindgebonden budget (met alleenstaande-ouderkop)', title=r'Kindgebonden budget', src='kgb_alo'),
            ms('Zorgtoeslag', title=r'^Zorgtoeslag', src='zorgtoeslag18'),
            ms('Bijstand bij de gemeente (met kostendelersnorm)', title=r'[Bb]ijstand(?!.*zelfstandig)(?!.*[Bb]ijzondere)', src='bbz2')],
  mustNot=[ms('Kinderopvangtoeslag (werkt en studeert niet)', title=r'Kinderopvangtoeslag', src='kot'),
           ms('AIO-aanvulling', title=r'AIO', src='aio')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen + SVB/Dienst Toeslagen', re=r'Werk en Inkomen|SVB'))

sit(id='s20-rob-dakloos', who='resident', perspective='zelf', page='gemeente',
  title='Rob, 50, slaapt sinds een week in zijn auto',
  story='Rob (50) moest na een scheiding het huis uit. Hij slaapt nu een week in zijn auto. Hij heeft geen adres en zijn uitkering dreigt te stoppen.',
  answers=[A('Waar zoekt', ['geen-slaapplek']), A('Hoe oud', 50), A('Hoe woon', 'alleen'), A('Waar woont', 'geen-vaste-woonplek')],
  mustShow=[ms('Maatschappelijke opvang (nachtopvang) via de gemeente', title=r'[Oo]pvang|slaapplek|[Nn]achtopvang', text=r'[Mm]aatschappelijke opvang|[Nn]achtopvang', src='opvang'),
            ms('Briefadres / postadres regelen', title=r'[Bb]riefadres|[Pp]ostadres', text=r'[Bb]riefadres|[Pp]ostadres', src='opvang')],
  mustNot=[ms('Traplift', title=r'Traplift', src='woningaanpassing'), ms('AIO-aanvulling', title=r'AIO', src='aio')],
  counter=dict(label='Gemeente Utrecht / maatschappelijke opvang', re=r'[Oo]pvang|Gemeente Utrecht'))

sit(id='s21-els-weduwe-kinderen', who='resident', perspective='zelf', page='rijk',
  title='Els, 48, partner overleden, twee kinderen thuis',
  story='De partner van Els (48) is drie weken geleden overleden. Ze woonden samen, niet getrouwd. Els zorgt voor hun kinderen van 12 en 15. Ze werkt 16 uur in loondienst en huurt een huis.',
  answers=[A('zorgen over een kind', ['geen'], 'story does not settle it; most likely answer nee'), A('Waar zoekt', ['geld']), A('Hoe oud', 48), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['loondienst', 'nabestaande']), A('netto', 1400), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('Waar woont', 'huur-zelfstandig'), A('kinderopvang', 'nee'), A('kinderen die bij|kinderen in het huishouden', ['12-17']), A('Hoeveel kinderen', 2)],
  mustShow=[ms('Nabestaandenuitkering Anw van de SVB (kind onder 18)', title=r'Anw|[Nn]abestaanden', src='anw'),
            ms('Kinderbijslag', title=r'Kinderbijslag', src='kinderregelingen'),
            ms('Kindgebonden budget (alleenstaande-ouderkop)', title=r'Kindgebonden budget', src='kgb_alo'),
            ms('Huurtoeslag', title=r'^Huurtoeslag', src='huurtoeslag')],
  mustNot=[ms('AIO-aanvulling', title=r'AIO', src='aio'), ms('Kinderopvangtoeslag (kinderen 12 en 15, geen opvang)', title=r'Kinderopvangtoeslag', src='kot')],
  counter=dict(label='SVB', re=r'SVB|Sociale Verzekeringsbank'))

sit(id='s22-youssef-rolstoel-koophuis', who='resident', perspective='zelf', page='gemeente',
  title='Youssef, 35, sinds ongeluk in een rolstoel, koophuis',
  story='Youssef (35) zit na een auto-ongeluk in een rolstoel. Hij woont met zijn vriendin in een koophuis met de badkamer boven. Hij werkt weer 24 uur in loondienst.',
  answers=[A('Waar zoekt', ['thuis']), A('Hoe oud', 35), A('moeite mee', ['lopen']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['loondienst']), A('netto', 3500), A('spaargeld', 'weet'), A('bruto', 'weet'), A('Waar woont', 'koop'),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('trap op', 'ja'), A('dialyse', 'nee')],
  mustShow=[ms('Woningaanpassing (Wmo)', title=r'[Aa]anpassing van uw woning|Traplift', src='woningaanpassing'),
            ms('Rolstoel via de Wmo', title=r'[Rr]olstoel', src='woningaanpassing2', note='Wmo route via wijkteam; rolstoel is a Wmo voorziening'),
            ms('Gehandicaptenparkeerkaart', title=r'[Pp]arkeerkaart', src='woningaanpassing2', note='source only shows the Wmo route; parkeerkaart is a municipal product')],
  mustNot=[ms('Huurtoeslag (koophuis)', title=r'^Huurtoeslag', src='huurtoeslag'), ms('AIO-aanvulling', title=r'AIO', src='aio')],
  counter=dict(label='Buurtteam Sociaal (Wmo)', re=r'Buurtteam'))

sit(id='s23-oma-verpleeghuis-wlz', who='mantelzorger', perspective='mantelzorger', page='gemeente',
  title='Kees (60) regelt zaken voor zijn moeder (91) in het verpleeghuis',
  story='De moeder van Kees woont in een verpleeghuis. Ze heeft een Wlz-indicatie. Kees wil weten of er nog iets te regelen is.',
  answers=[A('Waar zoekt', ['thuis', 'zorg']), A('Hoe oud', 91), A('moeite mee', ['geheugen', 'lopen', 'zelfzorg']), A('Hoe woon', 'met-anderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['aow']), A('dag en nacht', 'ja'), A('netto', 'weet'), A('Wlz-indicatie', 'ja'),
           A('Waar woont', 'instelling'), A('Werkt u naast', ['geen']), A('spaargeld', 'weet'), A('bruto', 'weet'), A('trap op', 'nee'), A('dialyse', 'nee')],
  mustShow=[ms('Zorg uit de Wlz via het zorgkantoor', title=r'Wlz|langdurige zorg', src='wlz_kompas')],
  mustNot=[ms('Woningaanpassing / traplift (woont in Wlz-instelling: de instelling zorgt)', title=r'Traplift|[Aa]anpassing van uw woning', src='wijchen_wlz_instelling'),
           ms('Huishoudelijke hulp Wmo (woont in instelling met Wlz)', title=r'Huishoudelijke hulp', src='wlz_kompas')],
  counter=dict(label='Zorgkantoor', re=r'[Zz]orgkantoor'))

# Answers to questions main added after the first walk (2026-12-07 11:00): the person answers them from the story.
LATER = {
 's03-daan-113': [A('kinderen die bij|eigen kinderen', ['geen'], 'woont met huisgenoten, geen eigen kinderen')],
 's08-jesse-student': [A('kinderen die bij|eigen kinderen', ['geen'], 'student op een kamer, geen kinderen')],
 's23-oma-verpleeghuis-wlz': [A('kinderen die bij|eigen kinderen', ['geen'], 'moeder (91) in het verpleeghuis, geen thuiswonende kinderen'),
                              A('Hoe oud bent u zelf', 60, 'Kees zelf is 60; "Hoe oud" gaat over zijn moeder')],
 's14-ingrid-moeder-dementie': [A('Hoe oud bent u zelf', 55, 'Ingrid zelf is 55; "Hoe oud" gaat over haar moeder')],
 's04-henk-64-ww': [A('26 van de laatste 36 weken', 'ja', '30 jaar bij de drukkerij tot zijn ontslag')],
 's07-karim-zzp': [A('zwanger', 'nee', 'verhaal zegt niets over een zwangerschap of baby; kinderen zijn 4-17')],
 's10-marieke-bijna-2-jaar-ziek': [A('88 weken', 'ja', 'bijna 2 jaar ziek'), A('vóór uw 18e|vóór de 18e', 'nee', 'ziek geworden als werknemer van 50'),
                                   A('zwanger', 'nee', 'verhaal: geen kinderen, 52 jaar')],
 's16-gp-schulden-burnout': [A('88 weken', 'nee', 'pas kort ziek gemeld met burn-out'), A('vóór uw 18e|vóór de 18e', 'nee', 'burn-out als volwassene')],
 's19-samira-bij-ouders-met-baby': [A('zorgen over een kind', 'geen', 'geen zorgen genoemd'), A('zwanger', 'ja', 'baby van 5 maanden')],
}
for s_ in S:
    s_['answers'] += LATER.get(s_['id'], [])

doc = {'round': 1, 'made': '2026-12-07', 'note': 'Independent panel. Written from official and municipal pages found with the search tool; answers as the person would give them.', 'sources': SRC, 'situations': S}
(here / 'situations.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1))
print(len(S), 'situations')

# The readable twin of situations.json.
md = [f"# Panel round {doc['round']}: situations ({doc['made']})\n", doc['note'] + '\n',
      'Each situation: the story, the answers the person gives in the widget, what MUST show (as fitting or "misschien"),',
      'what must NOT show as fitting, and the counter the person should end up at. Walk + score: `node test/panel/walk.mjs --round round-1`.\n']
for s in S:
    md.append(f"## {s['id']}: {s['title']}\n")
    md.append(f"- Who / perspective: {s['who']} / {s['perspective']} (demo page {s.get('page', 'gemeente')}.html)")
    md.append(f"- Story: {s['story']}")
    md.append('- Answers: ' + '; '.join(f"\"{a['q']}\" → {a['a']}" + (f" ({a['why']})" if a.get('why') else '') for a in s['answers']))
    for m in s['mustShow']:
        md.append(f"- MUST show: {m['label']} ([bron]({m['src']}))" + (f" — {m['note']}" if m.get('note') else ''))
    for m in s['mustNot']:
        md.append(f"- Must NOT show as fitting: {m['label']} ([bron]({m['src']}))")
    md.append(f"- Counter: {s['counter']['label']}\n")
(here / 'situations.md').write_text('\n'.join(md))
