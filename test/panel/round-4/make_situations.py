# Generates situations.json and situations.md for panel round 4 (2026-12-07).
# Kinds earlier rounds under-covered: separation, a death in the family (Anw), debts with a bailiff (loonbeslag),
# a zzp'er with falling income (Bbz), a student with a chronic illness, a 17-year-old at home, a statushouder family,
# dementia and the partner (Wlz), a chronically ill worker in year 1 of sickness, an employer hiring from the
# doelgroepregister, an employee becoming a parent, GP: a lonely 80-year-old, a homeless young adult,
# a pensioner with only AOW renting privately, a parent of a child with autism, domestic violence now (crisis).
# Every expected item cites an official page found with the search tool (corpus "pages"); exceptions are noted.
import json, pathlib
here = pathlib.Path(__file__).parent

SRC = {
 'anw_svb': 'https://www.svb.nl/int/nl/vv/nabestaandenuitkering_anw/wanneer_krijgt_u_anw/',
 'anw_regelhulp': 'https://texel-kompas.nl/regelingen/nabestaandenuitkering-anw',
 'scheiden_toeslagen': 'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/wijzigingen_doorgeven/welke_wijzigingen_moet_ik_doorgeven/gezin_en_huishouden/ik_ga_scheiden_of_wij_gaan_uit_elkaar/wat_zijn_de_gevolgen_voor_mijn_toeslagen',
 'scheiden_kgb': 'https://www.belastingdienst.nl/wps/wcm/connect/nl/scheiden/content/scheiden-wijzigen-kindgebonden-budget',
 'beslag_gemeente': 'https://waalre.antwoordop.nl/bijstand/begrippen/460024-beslag',
 'schuldhulp_jl': 'https://www.juridischloket.nl/schulden-en-incasso/schulden-oplossen/schuldhulpverlening-gemeente/',
 'bbz_gemeente': 'https://www.westerkwartier.nl/bijstand-voor-zelfstandigen',
 'bbz_gemeente2': 'https://www.waddinxveen.nl/direct-regelen/werk-en-inkomen/geldzorgen-en-uitkering/bijstand-voor-zelfstandigen/',
 'ww_jl': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
 'sf_handicap_ro': 'https://www.rijksoverheid.nl/onderwerpen/middelbaar-beroepsonderwijs/vraag-en-antwoord/studiefinanciering-handicap',
 'sf_regelhulp': 'https://www.regelhulp.nl/onderwerpen/onderwijs-en-zorg/studeren-met-ondersteuning/studiefinanciering',
 'huurtoeslag': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/huurtoeslag',
 'jeugdhulp_toegang': 'https://www.regelhulp.nl/onderwerpen/jeugdhulp-toegang',
 'bijstand_jongeren': 'https://www.zoetermeer.nl/bijstand-voor-jongeren',
 'inburgering_tk': 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2023D50730&id=2023Z20680',
 'kinderbijslag_ro': 'https://www.rijksoverheid.nl/documenten/videos/2023/07/04/kinderbijslag-ngt',
 'wlz_ciz': 'https://www.ciz.nl/zorgprofessional/veelgestelde-vragen-zorgprofessional/wet-langdurige-zorg',
 'wlz_24u': 'https://www.ciz.nl/client/veelgestelde-vragen-clienten/wet-langdurige-zorg/wat-is-24-uurszorg',
 'mantelzorg_ro': 'https://www.rijksoverheid.nl/onderwerpen/mantelzorg',
 'wia_steps': 'https://uwv.nl/en/employers/sickness/a-step-by-step-guide-to-employee-sickness',
 'wia_uwv_lt': 'https://www.uwv.nl/en/employers/sickness/long-term-illness-and-occupational-disability',
 'noriskpolis': 'https://www.isdbol.nl/indicatie-banenafspraak',
 'zwangerschapsverlof_ro': 'https://www.rijksoverheid.nl/onderwerpen/ouderschapsverlof/vraag-en-antwoord/aanvragen-zwangerschapsverlof-en-zwangerschapsuitkering',
 'ouderschapsverlof_uwv': 'https://www.uwv.nl/werkgevers/overige-onderwerpen/betaald-ouderschapsverlof/detail/de-uitkering-betaald-ouderschapsverlof-aanvragen-voor-mijn-werknemer/een-uitkering-betaald-ouderschapsverlof-voor-minder-dan-een-hele-werkweek',
 'zez_uwv': 'https://www.uwv.nl/particulieren/zwanger-adoptie-pleegzorg/zwanger-en-zelfstandige/zwanger-en-zelfstandige-zez/detail/zez-uitkering-aanvragen',
 'eenzaamheid_vng': 'https://vng.nl/artikelen/lokale-coalities-tegen-eenzaamheid-omkijken-naar-elkaar',
 'aio_svb': 'https://www.svb.nl/nl/aio/kijk-of-u-een-aio-aanvulling-krijgt',
 'briefadres': 'https://www.programmasociaaldomein.nl/actueel/nieuws/2022/01/16/een-briefadres-voor-iedereen',
 'dubbele_kb_svb': 'https://www.svb.nl/int/nl/kinderbijslag/tweemaal_kinderbijslag/tweemaal_kinderbijslag_intensieve_zorg/',
 'huiselijk_geweld_ro': 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
 'kot_geregistreerd': 'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/kan-ik-kinderopvangtoeslag-krijgen/geregistreerde-kinderopvang/voor-welke-opvang-kinderopvangtoeslag',
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

AIO = r'AIO|Aanvullende inkomensvoorziening'
BIJSTAND = r'^Bijstand$|^Bijstand \(|^Bijstandsuitkering|Participatiewet|[Bb]ijstand voor jongeren|[Ll]evensonderhoud'
WW = r'^WW|Werkloosheidswet|WW-uitkering'
KB = r'^Kinderbijslag|[Kk]inderbijslag \('
HT = r'^Huurtoeslag'
WIA = r'^WIA|WIA-uitkering|[Aa]rbeidsongeschiktheidsuitkering'
WAJONG = r'Wajong'
KOT = r'[Kk]inderopvangtoeslag'
ANW = r'Anw|[Nn]abestaanden'
BASE = [A('moeite mee', ['geen'])]

sit(id='r4-01-sanne-scheiding', who='resident', perspective='zelf', page='gemeente',
  title='Sanne, 38, net uit elkaar, twee kinderen wonen bij haar',
  story='Sanne (38) en haar vriend zijn uit elkaar. Hij is vorige maand verhuisd. De kinderen (6 en 9) wonen bij Sanne, in het huurhuis (720 euro huur). Sanne werkt 24 uur in loondienst (1.700 euro netto). Ze heeft 2.000 euro spaargeld. Ze wil weten of ze nu meer toeslag krijgt.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 38), *BASE, A('Hoe woon', 'alleen-met-kinderen'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['loondienst']), A('netto', 1700), A('spaargeld', 2000), A('bruto', 26000), A('Waar woont', 'huur-zelfstandig'),
    A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 2), A('kinderopvang|opvang', 'nee'),
    A('zorgen over een kind', ['geen']), A('zwanger', 'nee'), A('jeugdhulp', 'nee'), A('voltijdopleiding|studiefinanciering', 'nee'),
    A('26 van de laatste 36 weken', 'ja')],
  mustShow=[ms('Huurtoeslag (huur is nu op haar inkomen alleen; de Belastingdienst rekent opnieuw zonder het inkomen van de ex)', title=HT, src='scheiden_toeslagen'),
            ms('Kindgebonden budget (als alleenstaande ouder; verandert na de scheiding)', title=r'[Kk]indgebonden budget', src='scheiden_kgb'),
            ms('Kinderbijslag (de ouder bij wie de kinderen wonen)', title=KB, src='kinderbijslag_ro')],
  mustNot=[ms('Kinderopvangtoeslag (geen opvang)', title=KOT, src='kot_geregistreerd'),
           ms('WW (zij werkt en houdt haar baan)', title=WW, src='ww_jl')],
  counter=dict(label='Belastingdienst/Toeslagen (wijziging doorgeven)', re=r'Belastingdienst|Toeslagen'))

sit(id='r4-02-ahmed-weduwnaar', who='resident', perspective='zelf', page='gemeente',
  title='Ahmed, 47, zijn vrouw is overleden; dochter van 12 thuis',
  story='De vrouw van Ahmed (47) is drie weken geleden overleden. Ze waren getrouwd. Hun dochter (12) woont bij hem. Ahmed werkt 32 uur in loondienst (2.100 euro netto). Ze wonen in een koophuis. Hij vraagt wat er nu geregeld moet worden en of er een uitkering is.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 47), *BASE, A('Hoe woon', 'alleen-met-kinderen'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['loondienst', 'nabestaande']), A('netto', 2100), A('spaargeld', 'weet'), A('bruto', 34000), A('Waar woont', 'koop'),
    A('kinderen die bij|kinderen in het huishouden', ['12-17']), A('Hoeveel kinderen', 1), A('kinderopvang|opvang', 'nee'),
    A('zorgen over een kind', ['geen']), A('zwanger', 'nee'), A('jeugdhulp', 'nee'), A('voltijdopleiding|studiefinanciering', 'nee'),
    A('overleden', 'ja'), A('26 van de laatste 36 weken', 'ja')],
  mustShow=[ms('Nabestaandenuitkering Anw (SVB): partner overleden, hij zorgt voor een kind jonger dan 18; ander inkomen gaat er deels af', title=ANW, src='anw_svb')],
  mustNot=[ms('Huurtoeslag (koophuis)', title=HT, src='huurtoeslag'),
           ms('AIO-aanvulling (geen AOW-leeftijd)', title=AIO, src='aio_svb')],
  counter=dict(label='SVB (Anw)', re=r'SVB|Sociale Verzekeringsbank'),
  notes='Whether the Anw is paid out depends on his wage (SVB deducts part of other income); "misschien" is a fair status. Kinderbijslag he already gets; not scored. The widget may not ask about a death at all: then the Anw can only show if it is offered by age/children.')

sit(id='r4-03-kevin-loonbeslag', who='resident', perspective='zelf', page='gemeente',
  title='Kevin, 31, deurwaarder legt beslag op zijn loon',
  story='Kevin (31) woont alleen in een huurflat (650 euro). Hij werkt fulltime (1.900 euro netto). Hij heeft schulden bij een webwinkel en de zorgverzekeraar, samen 9.000 euro. Een deurwaarder heeft beslag gelegd op zijn loon. Hij houdt te weinig over voor huur en eten.',
  answers=[A('Waar zoekt', ['schulden', 'geld']), A('Hoe oud', 31), *BASE, A('Hoe woon', 'alleen'),
    A('geldzorgen', ['schulden', 'achterstand-vaste-lasten']), A('beslag|deurwaarder', 'ja'),
    A('Werk en inkomen', ['loondienst']), A('netto', 1900), A('spaargeld', 0), A('bruto', 30000), A('Waar woont', 'huur-zelfstandig'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('zwanger', 'nee'), A('voltijdopleiding|studiefinanciering', 'nee'),
    A('26 van de laatste 36 weken', 'ja')],
  mustShow=[ms('Schuldhulpverlening van de gemeente (aanmelden; eerste gesprek binnen 4 weken, bij spoed sneller)', title=r'[Ss]chuld', src='schuldhulp_jl'),
            ms('Beslagvrije voet laten controleren: de deurwaarder mag niet alles inhouden', title=r'[Bb]eslag', text=r'[Bb]eslagvrije voet', src='beslag_gemeente')],
  mustNot=[ms('Bijstand (hij heeft een baan met inkomen boven bijstandsniveau)', title=BIJSTAND, src='bijstand_jongeren'),
           ms('WW (hij heeft werk)', title=WW, src='ww_jl')],
  counter=dict(label='Gemeente Utrecht, schuldhulp / buurtteam', re=r'[Ss]chuld|Utrecht|[Bb]uurtteam|[Gg]emeente|Geldzaken'))

sit(id='r4-04-petra-zzp', who='resident', perspective='zelf', page='gemeente',
  title='Petra, 52, zzp\'er (grafisch ontwerper), omzet sterk gedaald',
  story='Petra (52) is al 15 jaar zelfstandig grafisch ontwerper. Haar opdrachten zijn dit jaar bijna gehalveerd. Ze houdt nu ongeveer 900 euro per maand over. Ze woont alleen in een huurhuis (800 euro). Ze heeft 4.000 euro spaargeld. Ze wil haar bedrijf houden.',
  answers=[A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 52), *BASE, A('Hoe woon', 'alleen'), A('geldzorgen', 'geen', 'nog geen achterstanden'),
    A('Werk en inkomen', ['zelfstandig']), A('netto', 900), A('spaargeld', 4000), A('bruto', 11000), A('Waar woont', 'huur-zelfstandig'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('zwanger', 'nee'), A('voltijdopleiding|studiefinanciering', 'nee'),
    A('26 van de laatste 36 weken', 'nee', 'zelfstandige, geen loondienst'), A('uren|urencriterium|1225', 'ja')],
  mustShow=[ms('Bbz: bijstand voor zelfstandigen (gemeente); aanvulling tot bijstandsniveau of lening bij tijdelijke problemen', title=r'Bbz|[Zz]elfstandig', src='bbz_gemeente'),
            ms('Huurtoeslag (laag inkomen, zelfstandige huurwoning)', title=HT, src='huurtoeslag')],
  mustNot=[ms('WW (zelfstandigen zijn niet verzekerd voor WW; niet 26 van 36 weken in loondienst)', title=WW, src='ww_jl')],
  counter=dict(label='Gemeente Utrecht, Bbz / ondernemersloket', re=r'Bbz|[Zz]elfstandig|[Oo]ndernemer|Utrecht|[Gg]emeente'))

sit(id='r4-05-lisa-student-crohn', who='resident', perspective='zelf', page='rijk',
  title='Lisa, 20, hbo-student met de ziekte van Crohn, loopt studievertraging op',
  story='Lisa (20) studeert voltijd aan het hbo. Ze heeft de ziekte van Crohn en lag dit jaar twee keer in het ziekenhuis. Ze loopt een half jaar vertraging op. Ze woont op kamers (huur 450 euro, gedeelde keuken) en krijgt studiefinanciering. Naast haar studie werken lukt niet.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 20), A('moeite mee', ['ziekte']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['studie']), A('netto', 'weet', 'studiefinanciering; geen loon'), A('spaargeld', 500), A('bruto', 0),
    A('Waar woont', 'huur-kamer', 'kamer met gedeelde keuken'), A('voltijdopleiding|studiefinanciering', 'hbo-wo'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('zwanger', 'nee'),
    A('vóór uw 18e|vóór de 18e', 'nee', 'Crohn begon op haar 19e'), A('26 van de laatste 36 weken', 'nee'), A('jeugdhulp', 'nee')],
  mustShow=[ms('Studiefinanciering: een jaar extra (verlenging prestatiebeurs / aanvullende beurs) bij vertraging door ziekte, via DUO en de studentendecaan', title=r'[Ss]tudiefinanciering|DUO|[Ss]tuderen met|[Pp]restatiebeurs', src='sf_handicap_ro'),
            ms('Studietoeslag van de gemeente (kan studeren, maar niet werken naast de studie door ziekte)', title=r'[Ss]tudietoeslag', src='sf_handicap_ro')],
  mustNot=[ms('Wajong (ziekte begon na haar 18e, niet tijdens de studie vóór 18; zij kan studeren)', title=WAJONG, src='sf_handicap_ro'),
           ms('Huurtoeslag (kamer met gedeelde keuken is geen zelfstandige woning)', title=HT, src='huurtoeslag')],
  counter=dict(label='DUO / studentendecaan; gemeente voor studietoeslag', re=r'DUO|[Gg]emeente|[Dd]ecaan'))

sit(id='r4-06-noor-17', who='resident', perspective='zelf', page='gemeente',
  title='Noor, 17, havo 5, woont bij haar moeder, veel ruzie thuis en somber',
  story='Noor (17) zit in havo 5 en woont bij haar moeder. Er is veel ruzie thuis sinds de nieuwe vriend van haar moeder er woont. Noor slaapt slecht en is somber. Ze wil met iemand praten en weten of ze hulp kan krijgen. Ze heeft een bijbaantje (200 euro per maand).',
  answers=[A('Waar zoekt', ['zorg']), A('Hoe oud', 17), A('moeite mee', ['psychisch'], 'somber, slaapt slecht'), A('Hoe woon', 'bij-ouders'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['studie', 'loondienst']), A('netto', 'weet'), A('spaargeld', 300), A('bruto', 'weet'), A('Waar woont', 'huur-zelfstandig', 'het huurhuis van haar moeder'),
    A('voltijdopleiding|studiefinanciering', 'nee', 'havo is geen opleiding met studiefinanciering'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']),
    A('zwanger', 'nee'), A('jeugdhulp', 'nee'), A('geweld|veilig', 'nee', 'ruzie, geen geweld'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('26 van de laatste 36 weken', 'nee')],
  mustShow=[ms('Jeugdhulp via de gemeente / het buurtteam (tot 18 jaar; ook zonder verwijzing)', title=r'[Jj]eugdhulp|[Bb]uurtteam|[Ww]ijkteam|[Jj]eugd', src='jeugdhulp_toegang')],
  mustNot=[ms('Huurtoeslag (zij is geen huurder en is jonger dan 18)', title=HT, src='huurtoeslag'),
           ms('Bijstand (jonger dan 18)', title=BIJSTAND, src='bijstand_jongeren')],
  counter=dict(label='Buurtteam Utrecht (jeugd)', re=r'[Bb]uurtteam|[Ww]ijkteam|[Jj]eugd|Utrecht|[Gg]emeente'))

sit(id='r4-07-familie-haddad-statushouder', who='resident', perspective='zelf', page='gemeente',
  title='Familie Haddad: statushouders, net in een huurhuis, twee kinderen, geen werk',
  story='Rami (35) en Lina (33) kregen een verblijfsvergunning asiel. Sinds een maand wonen ze met hun kinderen (3 en 7) in een huurhuis in Utrecht (690 euro). Ze hebben geen werk en geen inkomen. Ze moeten Nederlands leren (inburgeren). Ze hebben geen spaargeld.',
  answers=[A('Waar zoekt', ['geld', 'werk', 'kinderen']), A('Hoe oud', 35), *BASE, A('Hoe woon', 'met-partner-en-kinderen'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['werkzoekend', 'inburgering']), A('netto', 0), A('spaargeld', 0), A('bruto', 0), A('Waar woont', 'huur-zelfstandig'),
    A('kinderen die bij|kinderen in het huishouden', ['0-3', '4-11']), A('Hoeveel kinderen', 2), A('kinderopvang|opvang', 'nee'),
    A('Werkt of studeert uw partner', 'nee'), A('zorgen over een kind', ['geen']), A('zwanger', 'nee'), A('jeugdhulp', 'nee'),
    A('voltijdopleiding|studiefinanciering', 'nee'), A('26 van de laatste 36 weken', 'nee'), A('27 jaar of ouder', 'ja'),
    A('verblijfsvergunning|nationaliteit', 'ja'), A('inburger', 'ja')],
  mustShow=[ms('Bijstand (Participatiewet) van de gemeente: geen inkomen', title=BIJSTAND, src='bijstand_jongeren', note='cited for the national rule (bijstand when no income), not for Zoetermeer'),
            ms('Huurtoeslag (zelfstandige huurwoning, verblijfsvergunning, geen inkomen)', title=HT, src='huurtoeslag'),
            ms('Kinderbijslag (SVB) voor kinderen tot 18', title=KB, src='kinderbijslag_ro'),
            ms('Inburgering: de gemeente regelt en begeleidt (Wet inburgering 2021)', title=r'[Ii]nburger', src='inburgering_tk')],
  mustNot=[ms('WW (nooit in Nederland gewerkt)', title=WW, src='ww_jl'),
           ms('Kinderopvangtoeslag (geen opvang, geen werk)', title=KOT, src='kot_geregistreerd')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen / statushouders', re=r'Utrecht|[Gg]emeente|[Ww]erk en [Ii]nkomen'))

sit(id='r4-08-gerard-dementie-partner', who='carer', perspective='mantelzorger', page='gemeente',
  title='Ria, 76, zorgt voor haar man Gerard (79) met dementie die niet meer alleen kan zijn',
  story='Gerard (79) heeft alzheimer. Hij raakt de weg kwijt, laat het gas aan staan en wordt \'s nachts onrustig wakker. Hij kan geen moment alleen zijn. Zijn vrouw Ria (76) zorgt dag en nacht voor hem en is uitgeput. Ze wonen samen in een koophuis in Utrecht. Ze hebben AOW en pensioen.',
  answers=[A('Waar zoekt', ['zorg', 'thuis']), A('Hoe oud is degene', 79), A('Hoe oud bent u zelf', 76), A('Hoe oud', 79),
    A('moeite mee', ['geheugen', 'regelen', 'zelfzorg']), A('Hoe woont degene', 'met-partner'), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['aow']), A('Werkt u naast de zorg', 'geen', 'zij heeft AOW en pensioen; geen van de opties'), A('te veel', 'ja'), A('Waar woont degene', 'koop'), A('Waar woont', 'koop'),
    A('dag en nacht', 'ja'), A('Wlz-indicatie', 'nee'), A('zelfstandig te wonen', 'nee'), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
    A('onvolledig|volledige AOW', 'nee'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('trap op', 'weet'), A('dialyse', 'nee'),
    A('vóór uw 18e|vóór de 18e|vóór zijn 18e', 'nee')],
  mustShow=[ms('Wet langdurige zorg (Wlz) via het CIZ: blijvend 24 uur per dag toezicht nodig (dementie)', title=r'Wlz|[Ll]angdurige zorg|CIZ', src='wlz_24u'),
            ms('Mantelzorgondersteuning / respijtzorg van de gemeente voor Ria (overbelast)', title=r'[Mm]antelzorg|[Rr]espijt', src='mantelzorg_ro')],
  mustNot=[ms('AIO-aanvulling (volledige AOW, allebei AOW)', title=AIO, src='aio_svb'),
           ms('Huurtoeslag (koophuis)', title=HT, src='huurtoeslag')],
  counter=dict(label='CIZ (Wlz-aanvraag)', re=r'CIZ'))

sit(id='r4-09-mark-ziek-jaar1', who='resident', perspective='zelf', page='rijk',
  title='Mark, 50, magazijnmedewerker, sinds 5 maanden ziek (hernia)',
  story='Mark (50) werkt fulltime in een magazijn, met een vast contract. Hij is sinds 5 maanden ziek door een hernia en kan nog niet tillen. Zijn werkgever betaalt zijn loon door. Hij wil weten wat er gaat gebeuren met zijn werk en zijn inkomen. Hij woont met zijn vrouw in een koophuis; zij werkt ook.',
  answers=[A('Waar zoekt', ['werk', 'geld']), A('Hoe oud', 50), A('moeite mee', ['ziekte', 'lopen']), A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['loondienst', 'ziek']), A('weken ziek|hoe lang ziek', 'nee', 'ziek sinds 5 maanden, minder dan 88/104 weken'), A('88 weken', 'nee'),
    A('netto', 4200), A('spaargeld', 'weet'), A('bruto', 65000), A('Waar woont', 'koop'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('Werkt of studeert uw partner', 'ja'), A('zwanger', 'nee'),
    A('voltijdopleiding|studiefinanciering', 'nee'), A('26 van de laatste 36 weken', 'ja'), A('vóór uw 18e|vóór de 18e', 'nee'), A('56', 'nee')],
  mustShow=[ms('Loondoorbetaling bij ziekte (werkgever, tot 104 weken) en re-integratie met de bedrijfsarts', title=r'[Ll]oondoorbetaling|[Bb]edrijfsarts|[Rr]e-?integratie|[Zz]iek in loondienst|[Zz]iekmelding', src='wia_uwv_lt', note='title pattern deliberately excludes "WIA-uitkering bij langdurige ziekte" and "Ziektewet-uitkering als u ziek bent zonder werkgever": neither tells a sick employee what happens in year 1')],
  mustNot=[ms('WIA-uitkering (pas na 2 jaar ziekte; UWV stuurt rond week 88 een brief over de aanvraag)', title=WIA, src='wia_uwv_lt'),
           ms('WW (hij heeft nog een baan)', title=WW, src='ww_jl')],
  counter=dict(label='Werkgever en bedrijfsarts (UWV pas later voor WIA)', re=r'[Ww]erkgever|[Bb]edrijfsarts|[Aa]rbodienst|UWV'))

sit(id='r4-10-werkgever-doelgroepregister', who='employer', perspective='werkgever', page='gemeente',
  title='Werkgever: een bakkerij wil een jongen (22) uit het doelgroepregister aannemen',
  story='Een bakkerij met 12 werknemers wil Daan (22) aannemen als inpakker. Daan komt van het praktijkonderwijs en staat in het doelgroepregister (banenafspraak). Hij kan niet het volle minimumloon verdienen. De eigenaar wil weten welke steun er is en wat er gebeurt als Daan ziek wordt.',
  answers=[A('Werk en inkomen', ['loondienst']), A('doelgroepregister', 'ja'), A('Wat wilt u doen', 'nieuw'), A('ziekte of beperking', 'ja'),
    A('loonwaarde', 'weet', 'hij kan niet het volle minimumloon verdienen; het percentage is nog niet bepaald'), A('diploma', 'nee'), A('leeftijd', 22), A('Hoe oud', 22),
    A('Wajong', 'nee'), A('uitkering', 'weet')],
  mustShow=[ms('No-riskpolis: UWV betaalt een Ziektewet-uitkering als de werknemer uit het doelgroepregister ziek wordt', title=r'[Nn]o-?risk', src='noriskpolis'),
            ms('Loonkostensubsidie van de gemeente (werknemer kan niet het minimumloon verdienen)', title=r'[Ll]oonkostensubsidie', src='noriskpolis', note='the ISD page names loonkostensubsidie for the Participatiewet group in the register; the panel found no uwv.nl page in the store')],
  mustNot=[ms('WIA (niemand is ziek)', title=WIA, src='wia_steps')],
  counter=dict(label='Werkgeversservicepunt / gemeente (loonkostensubsidie) en UWV', re=r'[Ww]erkgeversservicepunt|WSP|UWV|[Gg]emeente'))

sit(id='r4-11-fatima-zwanger-werknemer', who='resident', perspective='zelf', page='rijk',
  title='Fatima, 30, werknemer, 24 weken zwanger van haar eerste kind',
  story='Fatima (30) werkt 36 uur in loondienst bij een verzekeraar. Ze is 24 weken zwanger van haar eerste kind. Ze woont met haar man in een huurhuis (1.300 euro, vrije sector). Hij werkt ook. Ze willen weten welk verlof ze krijgen en wat ze moeten regelen.',
  answers=[A('Waar zoekt', ['werk', 'kinderen', 'geld']), A('Hoe oud', 30), *BASE, A('Hoe woon', 'met-partner'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['loondienst']), A('netto', 5500), A('spaargeld', 15000), A('bruto', 90000), A('Waar woont', 'huur-zelfstandig'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('zwanger', 'ja'), A('Werkt of studeert uw partner', 'ja'),
    A('voltijdopleiding|studiefinanciering', 'nee'), A('26 van de laatste 36 weken', 'ja'), A('kinderopvang|opvang', 'weet')],
  mustShow=[ms('Zwangerschaps- en bevallingsverlof (minstens 16 weken; uitkering via de werkgever en UWV)', title=r'[Zz]wangerschapsverlof|[Bb]evallingsverlof|WAZO|[Zz]wangerschaps- en bevallings', text=r'[Zz]wangerschapsverlof|[Bb]evallingsverlof', src='zwangerschapsverlof_ro'),
            ms('Betaald ouderschapsverlof (9 weken met UWV-uitkering in het eerste jaar)', title=r'[Oo]uderschapsverlof', text=r'[Oo]uderschapsverlof', src='ouderschapsverlof_uwv')],
  mustNot=[ms('ZEZ-uitkering (zij is geen zelfstandige)', title=r'ZEZ|[Zz]elfstandige en [Zz]wanger', src='zez_uwv'),
           ms('Huurtoeslag (inkomen te hoog, huur in de vrije sector)', title=HT, src='huurtoeslag')],
  counter=dict(label='Werkgever / UWV', re=r'[Ww]erkgever|UWV'))

sit(id='r4-12-gp-eenzame-80', who='gp', perspective='professional', page='gemeente',
  title='Huisarts: mevrouw De Wit (80) komt vaak met vage klachten; ze is eenzaam sinds haar man overleed',
  story='Mevrouw De Wit (80) komt elke maand met vage klachten. Medisch vindt de huisarts niets ernstigs. Sinds haar man vorig jaar overleed, ziet ze bijna niemand. Ze woont alleen in een huurflat met lift in Utrecht, heeft AOW en een klein pensioen. Ze kan zichzelf nog goed redden.',
  answers=[A('Waar zoekt', ['eenzaam', 'thuis']), A('Hoe oud', 80), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
    A('Werk en inkomen', ['aow']), A('netto', 1600), A('spaargeld', 'weet'), A('bruto', 'weet'), A('Waar woont', 'huur-zelfstandig'),
    A('onvolledig|volledige AOW', 'nee'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('dag en nacht', 'nee'),
    A('zelfstandig te wonen', 'ja'), A('trap op', 'nee')],
  mustShow=[ms('Buurtteam / welzijn van de gemeente (Wmo): tegengaan van eenzaamheid, ontmoeting, bezoek', title=r'[Ee]enzaam|[Bb]uurtteam|[Ww]ijkteam|[Ww]elzijn|[Oo]ntmoet|[Mm]eedoen|[Ss]ociaal', src='eenzaamheid_vng', note='VNG page: gemeenten zijn op grond van de Wmo 2015 verantwoordelijk voor het tegengaan van eenzaamheid')],
  mustNot=[ms('Wlz (zij kan zich nog goed redden; geen 24-uurstoezicht)', title=r'Wlz|[Ll]angdurige zorg', src='wlz_ciz'),
           ms('AIO-aanvulling (volledige AOW plus pensioen)', title=AIO, src='aio_svb')],
  counter=dict(label='Buurtteam Utrecht / welzijnsorganisatie', re=r'[Bb]uurtteam|[Ww]ijkteam|[Ww]elzijn|Utrecht|[Gg]emeente'))

sit(id='r4-13-jay-dakloos-21', who='resident', perspective='zelf', page='gemeente',
  title='Jay, 21, dakloos: slaapt bij vrienden op de bank, geen adres, geen inkomen',
  story='Jay (21) moest na ruzie weg bij zijn vader. Hij slaapt al twee maanden steeds bij andere vrienden op de bank. Hij staat nergens ingeschreven. Hij heeft geen werk, geen inkomen en geen spaargeld. Hij wil een adres, geld om van te leven en later werk.',
  answers=[A('Waar zoekt', ['geen-slaapplek', 'geld', 'werk']), A('Hoe oud', 21), *BASE, A('Hoe woon', 'alleen', 'geen eigen woning; slaapt bij steeds andere vrienden'),
    A('geldzorgen', ['geen'], 'geen schulden genoemd'), A('Werk en inkomen', ['werkzoekend']), A('netto', 0), A('spaargeld', 0), A('bruto', 0),
    A('Waar woont', 'geen-vaste-woonplek'), A('voltijdopleiding|studiefinanciering', 'nee'), A('jeugdhulp', 'nee'),
    A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('zwanger', 'nee'), A('26 van de laatste 36 weken', 'nee'),
    A('vóór uw 18e|vóór de 18e', 'nee'), A('beslag|deurwaarder', 'nee')],
  mustShow=[ms('Briefadres bij de gemeente (verplicht voor wie geen woonadres heeft; nodig voor uitkering en zorgverzekering)', title=r'[Bb]riefadres', text=r'[Bb]riefadres', src='briefadres'),
            ms('Bijstand voor jongeren onder 27 (eerst 4 weken zoeken naar werk of school)', title=BIJSTAND, src='bijstand_jongeren'),
            ms('Maatschappelijke opvang / daklozenloket van de (centrum)gemeente', title=r'[Oo]pvang|[Dd]akloos|[Dd]ak- en thuis|[Nn]achtopvang', text=r'[Dd]aklozenloket|[Mm]aatschappelijke opvang|[Nn]achtopvang', src='briefadres')],
  mustNot=[ms('Huurtoeslag (hij huurt niets)', title=HT, src='huurtoeslag'),
           ms('WW (nooit 26 van 36 weken gewerkt)', title=WW, src='ww_jl')],
  counter=dict(label='Gemeente Utrecht (briefadres, bijstand) / daklozenloket', re=r'Utrecht|[Gg]emeente|[Dd]ak|[Oo]pvang|[Bb]uurtteam'))

sit(id='r4-14-henk-aow-particulier', who='resident', perspective='zelf', page='gemeente',
  title='Henk, 72, alleen AOW, huurt bij een particuliere verhuurder',
  story='Henk (72) woont alleen. Hij heeft alleen een volledige AOW, geen pensioen (ongeveer 1.500 euro netto). Hij huurt een appartement bij een particuliere verhuurder voor 850 euro per maand. Hij heeft 3.000 euro spaargeld. Hij houdt aan het eind van de maand bijna niets over.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 72), *BASE, A('Hoe woon', 'alleen'), A('geldzorgen', 'geen', 'krap, maar geen achterstanden'),
    A('Werk en inkomen', ['aow']), A('netto', 1500), A('spaargeld', 3000), A('bruto', 20000), A('Waar woont', 'huur-zelfstandig'),
    A('onvolledig|volledige AOW', 'nee'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']), A('huur', 850)],
  mustShow=[ms('Huurtoeslag (zelfstandige huurwoning, laag inkomen; ook bij een particuliere verhuurder)', title=HT, src='huurtoeslag')],
  mustNot=[ms('AIO-aanvulling (hij heeft een volledige AOW en geen partner)', title=AIO, src='aio_svb'),
           ms('Bijstand (AOW-leeftijd)', title=BIJSTAND, src='aio_svb')],
  counter=dict(label='Belastingdienst/Toeslagen', re=r'Belastingdienst|Toeslagen'),
  notes='Zorgtoeslag would also fit; no official stored page found for the 2026 income limit, so not scored. Huurtoeslag depends on the 2026 rent limit; 850 euro is below the limits the panel knows of, but the widget may show "misschien".')

sit(id='r4-15-ouder-kind-autisme', who='resident', perspective='zelf', page='gemeente',
  title='Eva, 41, zoon (8) met autisme heeft veel begeleiding nodig',
  story='Eva (41) en haar man hebben een zoon van 8 met autisme. Hij heeft veel begeleiding nodig: driftbuien, hij kan niet alleen naar buiten, en hij zit op speciaal onderwijs. Eva werkt minder om voor hem te zorgen. Ze wonen in een koophuis in Utrecht en werken allebei.',
  answers=[A('zorgen over een kind', ['gedrag', 'beperking']), A('Waar zoekt', ['kinderen', 'zorg']), A('Hoe oud', 41), *BASE, A('Hoe woon', 'met-partner-en-kinderen'),
    A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('netto', 4000), A('spaargeld', 'weet'), A('bruto', 60000), A('Waar woont', 'koop'),
    A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 1), A('kinderopvang|opvang', 'nee'), A('Werkt of studeert uw partner', 'ja'),
    A('zwanger', 'nee'), A('jeugdhulp', 'ja', 'hij krijgt al wat hulp via school'), A('school van uw kind zo ver', 'weet'),
    A('voltijdopleiding|studiefinanciering', 'nee'), A('intensieve zorg|veel zorg', 'ja')],
  mustShow=[ms('Jeugdhulp via de gemeente (begeleiding, ook voor ouders)', title=r'[Jj]eugdhulp|[Bb]uurtteam|[Ww]ijkteam|[Bb]egeleiding', src='jeugdhulp_toegang'),
            ms('Dubbele kinderbijslag bij intensieve zorg (SVB, na advies van het CIZ; kind 3 tot 18, woont thuis)', title=r'[Dd]ubbele kinderbijslag|[Tt]weemaal kinderbijslag|[Ii]ntensieve zorg', src='dubbele_kb_svb')],
  mustNot=[ms('Kinderopvangtoeslag (geen opvang)', title=KOT, src='kot_geregistreerd'),
           ms('Huurtoeslag (koophuis)', title=HT, src='huurtoeslag')],
  counter=dict(label='Buurtteam Utrecht (jeugdhulp) en SVB', re=r'[Bb]uurtteam|[Ww]ijkteam|SVB|Utrecht|[Gg]emeente'))

sit(id='r4-16-crisis-huiselijk-geweld', who='resident', perspective='zelf', page='gemeente',
  title='Crisis: Yasmin, 29, haar partner slaat haar; vannacht dreigde hij haar te doden',
  story='Yasmin (29) woont met haar partner en hun dochter (2) in een huurhuis. Haar partner slaat haar al maanden. Vannacht dreigde hij haar te vermoorden. Ze is nu met haar dochter bij een buurvrouw en durft niet terug. Ze weet niet waar ze heen moet.',
  answers=[A('Waar zoekt', ['geweld']), A('Hoe oud', 29), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'), A('geldzorgen', 'weet'),
    A('gevaar|nu veilig|direct', 'ja'), A('Werk en inkomen', ['loondienst']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
    A('Waar woont', 'huur-zelfstandig'), A('kinderen die bij|kinderen in het huishouden', ['0-3']), A('Hoeveel kinderen', 1)],
  mustShow=[ms('Bij direct gevaar: bel 112', title=r'112|[Aa]cuut|[Nn]ood', text=r'112', src='huiselijk_geweld_ro'),
            ms('Veilig Thuis (0800-2000, gratis, dag en nacht): advies en hulp, ook opvang', title=r'Veilig Thuis', text=r'Veilig Thuis', src='huiselijk_geweld_ro')],
  mustNot=[ms('Kinderopvangtoeslag (not what she asked; she needs safety now)', title=KOT, src='kot_geregistreerd')],
  counter=dict(label='Veilig Thuis (en 112 bij direct gevaar)', re=r'Veilig Thuis|112'))

doc = {'round': 4, 'made': '2026-12-07',
       'note': 'Independent panel, round 4: separation, a death (Anw), a bailiff (loonbeslag), a zzp\'er with falling income (Bbz), a student with Crohn\'s disease, a 17-year-old at home, a statushouder family, dementia and the partner, a worker in year 1 of sickness, an employer hiring from the doelgroepregister, an employee expecting a child, GP: a lonely 80-year-old, a homeless 21-year-old, a pensioner with only AOW renting privately, a parent of a child with autism, domestic violence now (crisis). Every expected item cites an official page found with the search tool; exceptions are noted per item.',
       'sources': SRC, 'situations': S}
(here / 'situations.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')

md = [f"# Panel round 4: situations ({doc['made']})\n", doc['note'] + '\n',
      'Each situation: the story, the answers the person gives in the widget, what MUST show (as fitting or "misschien"),',
      'what must NOT show as fitting, and the counter the person should end up at. Walk + score: `node test/panel/walk.mjs --round round-4`.',
      'Some sources are pages of one gemeente (Westerkwartier, Waalre, Zoetermeer) or one sociale dienst (ISD Bollenstreek): they are cited for a national rule (Bbz, beslagvrije voet, Participatiewet, no-riskpolis) that the page states, not for that gemeente.',
      'Answers marked with a reason in brackets were not settled by the story; the walk log (walks/*.json) shows every question the widget asked and what was answered.\n']
for s in S:
    md.append(f"## {s['id']}: {s['title']}\n")
    md.append(f"- Who / perspective: {s['who']} / {s['perspective']} (demo page {s['page']}.html)")
    md.append(f"- Story: {s['story']}")
    md.append('- Answers: ' + '; '.join(f'"{a["q"]}" → {a["a"]}' + (f' ({a["why"]})' if a.get('why') else '') for a in s['answers']))
    for m in s['mustShow']:
        md.append(f"- MUST show: {m['label']} ([bron]({m['src']}))" + (f" — note: {m['note']}" if m.get('note') else ''))
    for m in s['mustNot']:
        md.append(f"- Must NOT show as fitting: {m['label']} ([bron]({m['src']}))")
    md.append(f"- Counter: {s['counter']['label']}")
    if s.get('notes'): md.append(f"- Note: {s['notes']}")
    md.append('')
(here / 'situations.md').write_text('\n'.join(md))
print(len(S), 'situations')
