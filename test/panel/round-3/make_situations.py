# Generates situations.json and situations.md for panel round 3 (2026-12-07).
# Kinds round 1 and 2 did not cover: turning 18 (mbo), care leaver at 19, dyslexia, grandparent raising a grandchild,
# new father (geboorteverlof), employer with a pregnant employee, employer asked for zorgverlof, GP: COPD and transport,
# mantelzorger of an adult son with a severe intellectual disability (Wlz), 79-year-old after hip surgery (household help),
# GP: suspected financial abuse of an older patient (crisis), student single mother, a 16-year-old who stopped going to school,
# a single mother whose energy supplier threatens to cut her off.
# Every expected item cites an official page (rijksoverheid, belastingdienst, duo, svb, uwv, ciz, regelhulp, gemeenten,
# Veilig Thuis) found with the search tool (corpus "pages"). Exceptions are marked in the item's note.
import json, pathlib
here = pathlib.Path(__file__).parent

SRC = {
 'studiefinanciering_ro': 'https://www.rijksoverheid.nl/onderwerpen/studiefinanciering',
 'basisbeurs_duo': 'https://duo.nl/particulier/studiefinanciering/basisbeurs.jsp',
 'kinderbijslag_ro': 'https://www.rijksoverheid.nl/documenten/videos/2023/07/04/kinderbijslag-ngt',
 'huurtoeslag': 'https://www.regelhulp.nl/onderwerpen/kortingen-en-toeslagen/huurtoeslag',
 'bijstand_student': 'https://www.gemeentemaashorst.nl/inwoners/werk-en-inkomen/bijstandsuitkering/27-jaar-of-jonger/',
 'bijstand_jongeren': 'https://www.zoetermeer.nl/bijstand-voor-jongeren',
 'bijstand_jongeren2': 'https://gemeente.groningen.nl/bijstandsuitkering-voor-jongeren-tot-27-jaar-aanvragen',
 'ww_jl': 'https://www.juridischloket.nl/werk-en-inkomen/werkloosheid-en-bijstand/wanneer-ww-uitkering/',
 'aio_vermogen': 'https://www.svb.nl/int/nl/aio/hoeveel_bijstand/hoeveel_eigen_vermogen/',
 'dyslexie_gemeente': 'https://alblasserdam.nl/Inwoners/Alle_onderwerpen/Zorg_en_welzijn/Dyslexiezorg',
 'kot_opleiding': 'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/kan-ik-kinderopvangtoeslag-krijgen-als-ik-niet-werk/ik-volg-een-opleiding',
 'jeugdhulp_toegang': 'https://www.regelhulp.nl/onderwerpen/jeugdhulp-toegang',
 'geboorteverlof_ro': 'https://www.rijksoverheid.nl/actueel/nieuws/2018/06/14/meer-verlof-voor-partner',
 'geboorteverlof_ro2': 'https://www.rijksoverheid.nl/actueel/nieuws/2019/01/03/koolmees-feliciteert-kersverse-vader-met-extra-dagen-vrij',
 'zez_uwv': 'https://www.uwv.nl/particulieren/zwanger-adoptie-pleegzorg/zwanger-en-zelfstandige/zwanger-en-zelfstandige-zez/detail/zez-uitkering-aanvragen',
 'zwangerschapsverlof_ro': 'https://www.rijksoverheid.nl/onderwerpen/ouderschapsverlof/vraag-en-antwoord/aanvragen-zwangerschapsverlof-en-zwangerschapsuitkering',
 'wia_steps': 'https://uwv.nl/en/employers/sickness/a-step-by-step-guide-to-employee-sickness',
 'zorgverlof': 'https://ondernemersplein.kvk.nl/tools-arbeid-en-zorg-voor-werkgevers/',
 'mantelzorg_ro': 'https://www.rijksoverheid.nl/onderwerpen/mantelzorg',
 'wmo_vervoer': 'https://www.westerkwartier.nl/vervoersvoorzieningen',
 'wmo_vervoer2': 'https://zorgvraag.heerde.nl/Zorg_en_welzijn/Vervoer/Verplaatsen_met_een_vervoermiddel',
 'valys': 'https://valys.nl/veelgestelde-vragen/60-hoe-weet-ik-of-ik-in-aanmerking-kom-voor-een-valyspas',
 'wlz_ciz': 'https://www.ciz.nl/zorgprofessional/veelgestelde-vragen-zorgprofessional/wet-langdurige-zorg',
 'hh_tijdelijk': 'https://www.middendelfland.nl/tijdelijke-hulp-in-het-huishouden',
 'hh_wmo': 'https://www.katwijk.nl/zorg-en-inkomen/hulp-vanuit-de-wmo/hulp-bij-het-huishouden',
 'veilig_thuis_fin': 'https://www.veiligthuisutrecht.nl/expertise/financieel-misbruik/',
 'huiselijk_geweld_ro': 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
 'eenoudertoeslag_duo': 'https://duo.nl/particulier/alleenstaande-ouder.jsp',
 'leerplicht_gemeente': 'https://www.ede.nl/ondersteuning-werk-inkomen/leerplicht-kwalificatieplicht-en-rmc/',
 'leerplicht_gemeente2': 'https://gemeente.emmen.nl/ondersteuning-inkomen-en-werk/jeugd/leer-en-kwalificatieplicht',
 'energie_afsluiting_jl': 'https://www.juridischloket.nl/schulden-en-incasso/incasso-en-betalingsachterstand/afsluiting-energie-water/',
 'traplift': 'https://www.hofvantwente.nl/inwoners/zorg-wmo-en-jeugd/wmo-en-zorg/hulp-in-huis/woon-aanpassing',
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
BIJSTAND = r'^Bijstand$|^Bijstand \(|^Bijstandsuitkering|Participatiewet|[Bb]ijstand voor jongeren'
WW = r'^WW|Werkloosheidswet|WW-uitkering'
KB = r'^Kinderbijslag|[Kk]inderbijslag \('
HT = r'^Huurtoeslag'

sit(id='r3-01-milan-18-mbo', who='resident', perspective='zelf', page='gemeente',
  title='Milan, net 18, mbo-4 voltijd, woont bij zijn moeder',
  story='Milan is vorige maand 18 geworden. Hij volgt voltijd mbo-4 (bol) en woont bij zijn moeder in haar huurhuis. Hij heeft een bijbaan in de supermarkt van 300 euro per maand. Hij wil weten wat er verandert nu hij 18 is en waar hij recht op heeft.',
  answers=[A('Waar zoekt', ['geld']), A('Hoe oud', 18), A('moeite mee', ['geen']), A('Hoe woon', 'bij-ouders'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['studie', 'loondienst']), A('netto', 'weet', 'huishouden = ook zijn moeder; haar inkomen kent hij niet'), A('spaargeld', 800), A('bruto', 'weet'),
           A('Waar woont', 'huur-zelfstandig', 'het huurhuis van zijn moeder'), A('voltijdopleiding|studiefinanciering', 'mbo'), A('27 jaar of ouder', 'ja', 'zijn moeder (geen partner)'),
           A('kinderen die bij|eigen kinderen', ['geen']), A('zwanger', 'nee'), A('jeugdhulp', 'nee'), A('26 van de laatste 36 weken', 'weet')],
  mustShow=[ms('Studiefinanciering van DUO (mbo bol, vanaf 18: basisbeurs, aanvullende beurs, studentenreisproduct)', title=r'[Ss]tudiefinanciering|DUO|[Bb]asisbeurs|[Aa]anvullende beurs', src='studiefinanciering_ro')],
  mustNot=[ms('Kinderbijslag (stopt als het kind 18 wordt)', title=KB, src='kinderbijslag_ro'),
           ms('Bijstand (wie een opleiding met studiefinanciering kan volgen, krijgt geen bijstand)', title=BIJSTAND, src='bijstand_student'),
           ms('Huurtoeslag (hij is geen huurder; zijn moeder huurt)', title=HT, src='huurtoeslag')],
  counter=dict(label='DUO', re=r'DUO'),
  notes='Zorgtoeslag vanaf 18 would also fit; the panel found no stored official page to cite, so it is not scored.')

sit(id='r3-02-jamie-19-na-jeugdzorg', who='resident', perspective='zelf', page='gemeente',
  title='Jamie, 19, woonde in een jeugdzorggroep, nu alleen in een studio, geen inkomen',
  story='Jamie (19) woonde tot vorig jaar in een groep van de jeugdzorg. Sinds twee maanden huurt Jamie een studio in Utrecht (480 euro huur). Jamie stopte met het mbo, heeft geen werk en geen inkomen, en nooit lang gewerkt. Jamie zoekt werk en geld om van te leven.',
  answers=[A('Waar zoekt', ['geld', 'werk']), A('Hoe oud', 19), A('moeite mee', ['geen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['werkzoekend']), A('netto', 0), A('spaargeld', 200), A('bruto', 0), A('Waar woont', 'huur-zelfstandig'),
           A('voltijdopleiding|studiefinanciering', 'nee'), A('jeugdhulp', 'ja', 'jeugdzorg tot 18'), A('kinderen die bij|eigen kinderen', ['geen']),
           A('zwanger', 'nee'), A('26 van de laatste 36 weken', 'nee'), A('vóór uw 18e|vóór de 18e', 'nee')],
  mustShow=[ms('Bijstand voor jongeren onder 27 bij de gemeente (eerst 4 weken zoekperiode naar werk of school)', title=BIJSTAND, src='bijstand_jongeren'),
            ms('Huurtoeslag (zelfstandige studio, geen inkomen)', title=HT, src='huurtoeslag')],
  mustNot=[ms('WW (nooit 26 van de 36 weken gewerkt)', title=WW, src='ww_jl'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='Gemeente Utrecht, Werk en Inkomen (jongerenloket)', re=r'Utrecht|[Gg]emeente|[Ww]erk en [Ii]nkomen'))

sit(id='r3-03-ouder-kind-dyslexie', who='resident', perspective='zelf', page='gemeente',
  title='Petra, 40, zoon van 8 leest heel slecht; school denkt aan ernstige dyslexie',
  story='Petra (40) en haar man werken allebei. Hun zoon (8) zit in groep 5. Hij kan heel slecht lezen en spellen, ook na een jaar extra hulp op school. De school denkt aan ernstige dyslexie. Ze wonen in een koophuis in Utrecht. Er is geen kinderopvang.',
  answers=[A('zorgen over een kind', ['leren']), A('Waar zoekt', ['kinderen']), A('Hoe oud', 40), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('Werkt of studeert uw partner', 'ja'), A('netto', 5200), A('spaargeld', 25000), A('bruto', 85000),
           A('Waar woont', 'koop'), A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 1), A('kinderopvang|opvang', 'nee'),
           A('zwanger', 'nee'), A('school van uw kind zo ver', 'nee')],
  mustShow=[ms('Dyslexiezorg via de gemeente (Jeugdwet): onderzoek en behandeling van ernstige dyslexie, aanvraag via school', title=r'[Dd]yslexie', text=r'[Dd]yslexie', src='dyslexie_gemeente'),
            ms('Kinderbijslag (SVB)', title=KB, src='kinderbijslag_ro')],
  mustNot=[ms('Kinderopvangtoeslag (geen opvang)', title=r'[Kk]inderopvangtoeslag', src='kot_opleiding'),
           ms('Huurtoeslag (koophuis)', title=HT, src='huurtoeslag'),
           ms('Bijstand (beiden werken)', title=BIJSTAND, src='bijstand_student')],
  counter=dict(label='Gemeente Utrecht / buurtteam jeugd (dyslexiezorg)', re=r'Utrecht|[Bb]uurtteam|[Gg]emeente|[Ww]ijkteam'))

sit(id='r3-04-marja-63-kleinzoon', who='resident', perspective='zelf', page='gemeente',
  title='Marja, 63, voedt haar kleinzoon (7) op',
  story='Marja (63) is alleenstaand. Haar dochter is verslaafd en kan niet voor haar zoon zorgen. Daarom woont kleinzoon Lucas (7) al een jaar bij Marja; hij staat bij haar ingeschreven en zij betaalt alles. Marja werkt 20 uur (1.500 euro netto) en huurt een flat. Ze heeft vragen over opvoeden.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 63), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen', 'zij en haar kleinzoon'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('netto', 1500), A('spaargeld', 3000), A('bruto', 24000), A('Waar woont', 'huur-zelfstandig'),
           A('kinderen die bij|kinderen in het huishouden', ['4-11'], 'kleinzoon die zij opvoedt als eigen kind'), A('Hoeveel kinderen', 1),
           A('zorgen over een kind', ['opvoeden']), A('kinderopvang|opvang', 'nee'), A('zwanger', 'nee'), A('onvolledig|volledige AOW', 'weet'), A('school van uw kind zo ver', 'nee', 'gewone basisschool in de buurt; geen vervoersprobleem genoemd')],
  mustShow=[ms('Kinderbijslag: ook voor een kind dat u opvoedt alsof het uw eigen kind is (SVB)', title=KB, src='kinderbijslag_ro'),
            ms('Huurtoeslag (alleen met kind, 24.000 bruto, huurt)', title=HT, src='huurtoeslag'),
            ms('Opvoedvragen: wijkteam / jeugdhulp via de gemeente', title=r'[Oo]pvoed|[Jj]eugdhulp|[Bb]uurtteam|[Ww]ijkteam|CJG|[Jj]eugd en [Gg]ezin', src='jeugdhulp_toegang')],
  mustNot=[ms('AIO-aanvulling (zij heeft de AOW-leeftijd nog niet)', title=AIO, src='aio_vermogen'),
           ms('WW (zij werkt)', title=WW, src='ww_jl')],
  counter=dict(label='SVB (kinderbijslag) en buurtteam', re=r'SVB|Sociale Verzekeringsbank|[Bb]uurtteam|Toeslagen'))

sit(id='r3-05-bram-vader-geboorte', who='resident', perspective='zelf', page='rijk',
  title='Bram, 33, werknemer, zijn vriendin is net bevallen',
  story='Brams vriendin is twee weken geleden bevallen van hun eerste kind. Bram (33) werkt fulltime in loondienst, zijn vriendin ook. Ze wonen samen in een koophuis. Bram wil weten hoeveel verlof hij krijgt en wat ze verder moeten regelen.',
  answers=[A('Waar zoekt', ['werk', 'kinderen', 'geld']), A('Hoe oud', 33), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['loondienst']), A('Werkt of studeert uw partner', 'ja'), A('netto', 5500), A('spaargeld', 15000), A('bruto', 90000), A('Waar woont', 'koop'),
           A('kinderen die bij|kinderen in het huishouden', ['0-3']), A('Hoeveel kinderen', 1), A('zwanger', 'ja', 'baby jonger dan 1 jaar'),
           A('kinderopvang|opvang', 'nee', 'nog niet geregeld'), A('zorgen over een kind', ['geen']), A('26 van de laatste 36 weken', 'ja')],
  mustShow=[ms('Geboorteverlof (1 week, werkgever betaalt) en aanvullend geboorteverlof (tot 5 weken, uitkering van UWV)', title=r'[Gg]eboorteverlof|[Pp]artnerverlof|[Vv]aderschapsverlof', text=r'[Gg]eboorteverlof', src='geboorteverlof_ro'),
            ms('Kinderbijslag (SVB)', title=KB, src='kinderbijslag_ro')],
  mustNot=[ms('ZEZ-uitkering (geen zelfstandige)', title=r'ZEZ|[Zz]elfstandige en [Zz]wanger', src='zez_uwv'),
           ms('Huurtoeslag (koophuis)', title=HT, src='huurtoeslag'),
           ms('Bijstand', title=BIJSTAND, src='bijstand_student')],
  counter=dict(label='Werkgever / UWV (verlof) en SVB', re=r'[Ww]erkgever|UWV|SVB'))

sit(id='r3-06-werkgever-zwangere-werknemer', who='employer', perspective='werkgever', page='gemeente',
  title='Werkgever: een werkneemster (29) is zwanger; wat moet het bedrijf regelen?',
  story='Een kapsalon met 6 werknemers. Een kapster (29, vast contract) is 20 weken zwanger. De eigenaar wil weten wat hij moet regelen voor haar verlof en wie haar loon betaalt. Ze is niet ziek en heeft geen beperking.',
  answers=[A('Werk en inkomen', ['loondienst']), A('doelgroepregister', 'nee'), A('Wat wilt u doen', 'behouden', 'geen optie voor zwangerschap/verlof; "in dienst houden" komt het dichtst bij'),
           A('ziekte of beperking', 'nee'), A('loonwaarde', 'weet'), A('diploma', 'weet'), A('Hoe oud', 29), A('leeftijd', 29),
           A('88 weken', 'nee'), A('weken ziek|hoe lang ziek', 'nee'), A('vóór uw 18e|vóór de 18e|vóór zijn 18e', 'nee'), A('56', 'nee')],
  mustShow=[ms('Zwangerschaps- en bevallingsverlof (WAZO, 16 weken): de werkgever vraagt de uitkering aan bij UWV en betaalt het loon door', title=r'[Zz]wangerschap|WAZO|[Bb]evalling', text=r'[Zz]wangerschapsverlof|WAZO', src='zwangerschapsverlof_ro')],
  mustNot=[ms('WIA (niet ziek)', title=r'^WIA|WIA-uitkering', src='wia_steps'),
           ms('Compensatie transitievergoeding (geen ontslag na ziekte)', title=r'[Tt]ransitievergoeding', src='wia_steps'),
           ms('Loonkostensubsidie / LKV (geen doelgroep, geen beperking)', title=r'[Ll]oonkosten|LKV', src='wia_steps', note='source: UWV employer pages; LKV needs a target group the story rules out')],
  counter=dict(label='UWV (WAZO-aanvraag via werkgeversportaal)', re=r'UWV'))

sit(id='r3-07-werkgever-zorgverlof', who='employer', perspective='werkgever', page='gemeente',
  title='Werkgever: een werknemer (50) wil minder werken om voor zijn zieke vrouw te zorgen',
  story='Een installatiebedrijf (40 werknemers). Een monteur (50) vertelt dat zijn vrouw kanker heeft en thuis veel zorg nodig heeft. Hij vraagt om een paar maanden minder te werken. Hij is zelf niet ziek. De HR-adviseur wil weten welk verlof er is en wat het bedrijf kan doen.',
  answers=[A('Werk en inkomen', ['loondienst']), A('doelgroepregister', 'nee'), A('Wat wilt u doen', 'behouden', 'geen optie voor verlof/mantelzorg; "in dienst houden" komt het dichtst bij'),
           A('ziekte of beperking', 'nee'), A('loonwaarde', 'weet'), A('diploma', 'weet'), A('Hoe oud', 50), A('leeftijd', 50),
           A('88 weken', 'nee'), A('weken ziek|hoe lang ziek', 'nee'), A('vóór uw 18e|vóór de 18e|vóór zijn 18e', 'nee'), A('56', 'nee')],
  mustShow=[ms('Kortdurend en langdurend zorgverlof (Wet arbeid en zorg); calamiteitenverlof', title=r'[Zz]orgverlof|[Aa]rbeid en [Zz]org|[Vv]erlof', text=r'[Zz]orgverlof', src='zorgverlof'),
            ms('Mantelzorgondersteuning via de gemeente (voor de werknemer als mantelzorger)', title=r'[Mm]antelzorg|[Rr]espijt', text=r'[Mm]antelzorg', src='mantelzorg_ro')],
  mustNot=[ms('WIA (niet ziek)', title=r'^WIA|WIA-uitkering', src='wia_steps'),
           ms('Compensatie transitievergoeding', title=r'[Tt]ransitievergoeding', src='wia_steps')],
  counter=dict(label='Werkgever zelf (Wet arbeid en zorg); gemeente voor mantelzorgondersteuning', re=r'[Ww]erkgever|Ondernemersplein|KVK|[Mm]antelzorg|[Gg]emeente'))

sit(id='r3-08-gp-copd-vervoer', who='gp', perspective='professional', page='gemeente',
  title='Huisarts: patiënt (68) met ernstige COPD kan niet meer met de bus',
  story='Meneer Bakker (68) heeft ernstige COPD. Hij kan ongeveer 100 meter lopen en dan moet hij rusten. Met de bus of trein gaan lukt niet meer. Hij wil naar de markt en naar zijn dochter in Zwolle. Hij woont alleen in een huurflat met lift in Utrecht en heeft AOW en pensioen.',
  answers=[A('Waar zoekt', ['thuis']), A('Hoe oud', 68), A('moeite mee', ['reizen', 'lopen', 'ziekte']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['aow']), A('netto', 1800), A('spaargeld', 'weet'), A('bruto', 'weet'), A('Waar woont', 'huur-zelfstandig'),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zelfstandig te wonen', 'ja'), A('trap op', 'nee', 'flat met lift'), A('dialyse', 'nee'),
           A('kinderen die bij|eigen kinderen', ['geen'], 'dochter woont in Zwolle'), A('onvolledig|volledige AOW', 'nee')],
  mustShow=[ms('Wmo-vervoersvoorziening van de gemeente: collectief vervoer (regiotaxi), scootmobiel', title=r'[Vv]ervoer|[Rr]egiotaxi|[Ss]cootmobiel|[Dd]eeltaxi', src='wmo_vervoer'),
            ms('Valys: vervoer buiten de eigen regio (voor bezoek aan zijn dochter in Zwolle)', title=r'Valys', text=r'Valys', src='valys', note='valys.nl is the service the Rijk contracts; not on the list of official domains, the panel found no rijksoverheid page on Valys')],
  mustNot=[ms('Bijstand (AOW-leeftijd)', title=BIJSTAND, src='aio_vermogen'),
           ms('WIA', title=r'^WIA|WIA-uitkering', src='wia_steps'),
           ms('Traplift of woningaanpassing (flat met lift, geen trap)', title=r'[Tt]raplift|[Ww]oningaanpassing|[Ww]oonvoorziening', src='traplift')],
  counter=dict(label='Gemeente Utrecht (Wmo) / buurtteam', re=r'Utrecht|Wmo|[Bb]uurtteam|[Gg]emeente'))

sit(id='r3-09-ouder-zoon-16-thuiszitter', who='resident', perspective='zelf', page='gemeente',
  title='Ingrid, 45, zoon van 16 gaat al weken niet naar school en zit somber op zijn kamer',
  story='Ingrids zoon (16) zit in havo 4. Hij gaat al 6 weken niet naar school. Hij zit de hele dag op zijn kamer en is somber. Ingrid (45) en haar man werken allebei en huren een huis in Utrecht. Ze weten niet meer wat ze moeten doen.',
  answers=[A('zorgen over een kind', ['gedrag']), A('Waar zoekt', ['kinderen']), A('Hoe oud', 45), A('moeite mee', ['geen']), A('Hoe woon', 'met-partner-en-kinderen'),
           A('geldzorgen', 'geen'), A('Werk en inkomen', ['loondienst']), A('Werkt of studeert uw partner', 'ja'), A('netto', 4000), A('spaargeld', 8000), A('bruto', 60000),
           A('Waar woont', 'huur-zelfstandig'), A('kinderen die bij|kinderen in het huishouden', ['12-17']), A('Hoeveel kinderen', 1), A('kinderopvang|opvang', 'nee'),
           A('zwanger', 'nee'), A('school van uw kind zo ver', 'nee'), A('jeugdhulp', 'nee')],
  mustShow=[ms('Jeugdhulp via het buurtteam of de huisarts (somberheid, thuiszitten)', title=r'[Jj]eugdhulp|[Bb]uurtteam|[Ww]ijkteam|[Jj]eugd-? ?(ggz|en gezin)|[Oo]pvoed', src='jeugdhulp_toegang'),
            ms('Leerplichtambtenaar van de gemeente: helpt bij schoolverzuim tot 18 (leer- en kwalificatieplicht)', title=r'[Ll]eerplicht|[Ss]choolverzuim|[Tt]huiszit', text=r'[Ll]eerplicht', src='leerplicht_gemeente')],
  mustNot=[ms('Kinderopvangtoeslag (geen opvang, kind is 16)', title=r'[Kk]inderopvangtoeslag', src='kot_opleiding'),
           ms('Bijstand (beiden werken)', title=BIJSTAND, src='bijstand_student'),
           ms('Dyslexiezorg (niet genoemd; alleen voor kinderen op de basisschool)', title=r'[Dd]yslexie', src='dyslexie_gemeente')],
  counter=dict(label='Buurtteam jeugd Utrecht / leerplicht gemeente Utrecht', re=r'[Bb]uurtteam|Utrecht|[Ll]eerplicht|[Gg]emeente'))

sit(id='r3-14-nadia-energie-afsluiting', who='resident', perspective='zelf', page='gemeente',
  title='Nadia, 36, alleenstaande moeder, energieleverancier dreigt af te sluiten',
  story='Nadia (36) woont met haar kinderen van 5 en 9 in een huurhuis in Utrecht. Ze werkt 24 uur (1.400 euro netto). Ze heeft 900 euro achterstand bij haar energieleverancier en kreeg een brief dat de levering stopt. Ze heeft ook 3.000 euro andere schulden. Er is geen deurwaarder.',
  answers=[A('Waar zoekt', ['schulden', 'geld']), A('Hoe oud', 36), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen'),
           A('geldzorgen', ['achterstand-vaste-lasten', 'schulden', 'uitzetting'], 'energie dreigt afgesloten te worden'),
           A('Werk en inkomen', ['loondienst']), A('netto', 1400), A('spaargeld', 0), A('bruto', 20000), A('Waar woont', 'huur-zelfstandig'),
           A('kinderen die bij|kinderen in het huishouden', ['4-11']), A('Hoeveel kinderen', 2), A('kinderopvang|opvang', 'nee'), A('zorgen over een kind', ['geen']),
           A('zwanger', 'nee'), A('beslag|deurwaarder', 'nee'), A('school van uw kind zo ver', 'nee')],
  mustShow=[ms('Schuldhulpverlening van de gemeente: bij dreigende afsluiting van energie; tijdens schuldhulp mag de leverancier niet afsluiten', title=r'[Ss]chuld', src='energie_afsluiting_jl'),
            ms('Huurtoeslag (alleen met kinderen, 20.000 bruto)', title=HT, src='huurtoeslag'),
            ms('Kinderbijslag (SVB)', title=KB, src='kinderbijslag_ro')],
  mustNot=[ms('AIO-aanvulling', title=AIO, src='aio_vermogen'),
           ms('WW (zij werkt)', title=WW, src='ww_jl')],
  counter=dict(label='Gemeente Utrecht schuldhulp / buurtteam', re=r'[Ss]chuld|[Bb]uurtteam|Utrecht'))

sit(id='r3-10-anja-zoon-ernstig-vb', who='mantelzorger', perspective='mantelzorger', page='gemeente',
  title='Anja (54) zorgt thuis voor haar zoon (24) met een ernstige verstandelijke beperking',
  story='Thomas (24) heeft een ernstige verstandelijke beperking vanaf zijn geboorte. Hij woont bij zijn ouders in hun koophuis in Utrecht. Hij kan niet alleen blijven: er moet dag en nacht iemand in de buurt zijn. Hij heeft Wajong. Zijn moeder Anja (54) werkt 16 uur en is uitgeput. Een Wlz-indicatie is nooit aangevraagd.',
  answers=[A('Waar zoekt', ['zorg', 'thuis']), A('moeite mee', ['zelfzorg', 'regelen', 'reizen']), A('Hoe oud is degene', 24), A('dag en nacht', 'ja'),
           A('Wlz-indicatie', 'nee'), A('Werkt u naast de zorg', 'loondienst'), A('Hoe woont degene', 'bij-ouders'), A('te veel', 'ja'),
           A('Hoe oud bent u zelf', 54), A('Waar woont degene', 'koop'), A('trap op', 'nee'), A('dialyse', 'nee'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['wajong']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'), A('eigen kinderen die bij|kinderen die bij', ['geen']),
           A('zelfstandig te wonen', 'nee'), A('vóór uw 18e|vóór de 18e|vóór zijn 18e', 'ja'), A('jeugdhulp', 'weet'), A('zwanger', 'nee')],
  mustShow=[ms('Wlz-indicatie aanvragen bij het CIZ (blijvend 24 uur zorg in de nabijheid); daarna zorg thuis (pgb/zorg in natura) of wonen in een instelling', title=r'Wlz|[Ll]angdurige zorg|CIZ', src='wlz_ciz'),
            ms('Mantelzorgondersteuning en respijtzorg (logeeropvang) voor Anja', title=r'[Mm]antelzorg|[Rr]espijt|[Ll]ogeer', src='mantelzorg_ro')],
  mustNot=[ms('Jeugdhulp (hij is 24)', title=r'^[Jj]eugdhulp', src='jeugdhulp_toegang'),
           ms('Kinderbijslag (hij is ouder dan 18)', title=KB, src='kinderbijslag_ro')],
  counter=dict(label='CIZ (Wlz) en mantelzorgondersteuning Utrecht', re=r'CIZ|[Mm]antelzorg|Utrecht'))

sit(id='r3-11-gerrit-79-heup', who='resident', perspective='zelf', page='gemeente',
  title='Gerrit, 79, alleen, na een nieuwe heup maandenlang geen huishouden',
  story='Gerrit (79) kreeg vorige week een nieuwe heup. Hij woont alleen in een huurhuis zonder trap in Utrecht. Hij mag maanden niet bukken en niet zwaar tillen, dus schoonmaken en de was lukken niet. Zijn kinderen wonen ver weg. Hij heeft volledige AOW, pensioen en 30.000 euro spaargeld.',
  answers=[A('Waar zoekt', ['thuis']), A('Hoe oud', 79), A('moeite mee', ['huishouden', 'lopen']), A('Hoe woon', 'alleen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['aow']), A('netto', 1900), A('spaargeld', 30000), A('bruto', 28000), A('Waar woont', 'huur-zelfstandig'),
           A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zelfstandig te wonen', 'ja'), A('trap op', 'nee'), A('dialyse', 'nee'),
           A('kinderen die bij|eigen kinderen', ['geen']), A('onvolledig|volledige AOW', 'nee')],
  mustShow=[ms('Hulp bij het huishouden via de Wmo (gemeente); ook tijdelijk na een operatie', title=r'[Hh]uishoud', src='hh_wmo')],
  mustNot=[ms('AIO-aanvulling (volledige AOW, pensioen)', title=AIO, src='aio_vermogen'),
           ms('Bijstand (AOW-leeftijd)', title=BIJSTAND, src='aio_vermogen'),
           ms('Traplift (geen trap)', title=r'[Tt]raplift', src='traplift')],
  counter=dict(label='Gemeente Utrecht (Wmo) / buurtteam', re=r'Utrecht|Wmo|[Bb]uurtteam|[Gg]emeente'))

sit(id='r3-12-gp-financieel-misbruik', who='gp', perspective='professional', page='gemeente',
  title='Huisarts: mevrouw (84) met beginnende dementie; zoon beheert haar bankpas, zij heeft geen geld voor eten (crisis)',
  story='Mevrouw Jansen (84) woont alleen in een huurflat in Utrecht. Ze heeft beginnende dementie. Haar zoon heeft haar bankpas. Ze vertelt de huisarts dat ze geen geld meer heeft voor boodschappen, terwijl haar AOW en pensioen binnenkomen. Haar koelkast is leeg. De huisarts vermoedt financieel misbruik.',
  answers=[A('Waar zoekt', ['geweld']), A('Hoe oud', 84), A('Hoe woon', 'alleen'), A('kinderen die bij|eigen kinderen|kinderen in het huishouden', ['geen']),
           A('moeite mee', ['geheugen', 'regelen']), A('geldzorgen', 'weet'), A('Werk en inkomen', ['aow']), A('netto', 'weet'), A('spaargeld', 'weet'), A('bruto', 'weet'),
           A('Waar woont', 'huur-zelfstandig'), A('dag en nacht', 'nee'), A('Wlz-indicatie', 'nee'), A('zelfstandig te wonen', 'weet'), A('trap op', 'nee'), A('dialyse', 'nee'),
           A('onvolledig|volledige AOW', 'weet')],
  mustShow=[ms('Veilig Thuis 0800-2000: advies en melding, ook bij financieel misbruik van ouderen (meldcode)', title=r'Veilig Thuis', text=r'Veilig Thuis|0800.?2000', src='veilig_thuis_fin')],
  mustNot=[ms('Kinderbijslag', title=KB, src='kinderbijslag_ro'),
           ms('Traplift (geen trap genoemd)', title=r'[Tt]raplift', src='traplift')],
  counter=dict(label='Veilig Thuis', re=r'Veilig Thuis'))

sit(id='r3-13-yara-studerende-moeder', who='resident', perspective='zelf', page='rijk',
  title='Yara, 23, hbo-student en alleenstaande moeder van een dochter van 2',
  story='Yara (23) studeert voltijd aan de hbo en heeft studiefinanciering. Ze is alleenstaande moeder van een dochter van 2. Haar dochter gaat 3 dagen per week naar een geregistreerd kinderdagverblijf. Ze huurt een kleine eengezinswoning. Ze heeft weinig geld.',
  answers=[A('Waar zoekt', ['geld', 'kinderen']), A('Hoe oud', 23), A('moeite mee', ['geen']), A('Hoe woon', 'alleen-met-kinderen'), A('geldzorgen', 'geen'),
           A('Werk en inkomen', ['studie']), A('netto', 1600), A('spaargeld', 1000), A('bruto', 3000), A('Waar woont', 'huur-zelfstandig'),
           A('voltijdopleiding|studiefinanciering', 'hbo-wo'), A('kinderen die bij|kinderen in het huishouden', ['0-3']), A('Hoeveel kinderen', 1),
           A('kinderopvang|opvang', 'ja'), A('zwanger', 'nee'), A('zorgen over een kind', ['geen']), A('27 jaar of ouder', 'nee'), A('jeugdhulp', 'nee'),
           A('26 van de laatste 36 weken', 'nee')],
  mustShow=[ms('Eenoudertoeslag van DUO (bij de studiefinanciering)', title=r'[Ee]enoudertoeslag|DUO|[Ss]tudiefinanciering', text=r'[Ee]enoudertoeslag', src='eenoudertoeslag_duo'),
            ms('Kinderopvangtoeslag (studenten met een erkende opleiding)', title=r'[Kk]inderopvangtoeslag', src='kot_opleiding'),
            ms('Kinderbijslag (SVB)', title=KB, src='kinderbijslag_ro'),
            ms('Huurtoeslag', title=HT, src='huurtoeslag')],
  mustNot=[ms('Bijstand (voltijdstudent met studiefinanciering)', title=BIJSTAND, src='bijstand_student'),
           ms('AIO-aanvulling', title=AIO, src='aio_vermogen')],
  counter=dict(label='DUO en Dienst Toeslagen', re=r'DUO|Toeslagen'))

S.sort(key=lambda x: x['id'])

doc = {'round': 3, 'made': '2026-12-07', 'note': 'Independent panel, round 3: life situations of kinds rounds 1 and 2 did not cover (turning 18, care leaver, dyslexia, grandparent raising a grandchild, new father, employer with pregnant employee, employer asked for zorgverlof, GP COPD transport, mantelzorger of an adult son needing Wlz, household help after hip surgery, GP suspected financial abuse (crisis), student single mother, 16-year-old who stopped going to school, energy cut-off threat). Every expected item cites an official page found with the search tool; exceptions are noted per item.', 'sources': SRC, 'situations': S}
(here / 'situations.json').write_text(json.dumps(doc, ensure_ascii=False, indent=1))
print(len(S), 'situations')

md = [f"# Panel round {doc['round']}: situations ({doc['made']})\n", doc['note'] + '\n',
      'Each situation: the story, the answers the person gives in the widget, what MUST show (as fitting or "misschien"),',
      'what must NOT show as fitting, and the counter the person should end up at. Walk + score: `node test/panel/walk.mjs --round round-3`.',
      'Some sources are pages of one gemeente (Maashorst, Zoetermeer, Alblasserdam, Westerkwartier, Katwijk, Midden-Delfland, Ede) or one Veilig Thuis region (Utrecht): they are cited for a national rule (Participatiewet, Jeugdwet, Wmo, Leerplichtwet, meldcode) that the page states, not for that gemeente.\n']
for s in S:
    md.append(f"## {s['id']}: {s['title']}\n")
    md.append(f"- Who / perspective: {s['who']} / {s['perspective']} (demo page {s.get('page', 'gemeente')}.html)")
    md.append(f"- Story: {s['story']}")
    md.append('- Answers: ' + '; '.join(f"\"{a['q']}\" → {a['a']}" + (f" ({a['why']})" if a.get('why') else '') for a in s['answers']))
    for m in s['mustShow']:
        md.append(f"- MUST show: {m['label']} ([bron]({m['src']}))" + (f" — {m['note']}" if m.get('note') else ''))
    for m in s['mustNot']:
        md.append(f"- Must NOT show as fitting: {m['label']} ([bron]({m['src']}))" + (f" — {m['note']}" if m.get('note') else ''))
    md.append(f"- Counter: {s['counter']['label']}")
    if s.get('notes'): md.append(f"- Note: {s['notes']}")
    md.append('')
(here / 'situations.md').write_text('\n'.join(md))
