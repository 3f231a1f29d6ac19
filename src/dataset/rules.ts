/**
 * The rule catalogue: every check the validator makes, once, by its stable id, with its level
 * (`fout` stops the data, `waarschuwing` is printed) and its words: the message in Dutch and
 * English and how to fix it, from the facts of one case. Every problem is made here (`found`);
 * the checks decide only where and with which facts. What each rule checks, for the README's
 * rule list, is in rule-docs.ts (the compiler holds the two to the same ids), so that text stays
 * out of the widget. Loaded for URL data and by the tools, never with the embedded dataset.
 */

/** `fout` stops the data from being used; `waarschuwing` is printed and does not. */
export type Level = 'fout' | 'waarschuwing';

export interface Words {
  message: string;
  en: string;
  fix?: { nl: string; en: string };
}

interface Rule<A> {
  level: Level;
  words: (a: A) => Words;
}

const fout = <A = void>(words: (a: A) => Words): Rule<A> => ({ level: 'fout', words });
const waarschuwing = <A = void>(words: (a: A) => Words): Rule<A> => ({ level: 'waarschuwing', words });

const fix = (nl: string, en: string) => ({ nl, en });
const oneOf = (values: readonly string[]) => fix(`Kies een van: ${values.join(', ')}.`, `Choose one of: ${values.join(', ')}.`);
const FIGURE_ID = fix('Kies het id van een cijfer uit cijfers.json.', 'Choose the id of a figure in cijfers.json.');
const COUNTER_ID = fix('Kies het id van een loket uit loketten.json.', 'Choose the id of a counter in loketten.json.');
const QUESTION_ID = fix('Kies het id van een vraag uit vragen.json.', 'Choose the id of a question in vragen.json.');
const nlNumber = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);
const enNumber = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n);
const LINE = (id: string) => ({ nl: `"${id}" is een landelijke crisislijn`, en: `"${id}" is a national crisis line` });

/** A record kind, in both languages: `['feit', 'fact']`. */
type Kind = readonly [nl: string, en: string];
/** Nl and en of one thing (a question type, an operator list, a unit's complaint). */
type Both = { nl: string; en: string };

export const RULES = {
  // ---------------------------------------------------------------- reading a file or URL (npm run validate, the preview page)
  bestand: fout<{ reason: Both }>(({ reason }) => ({
    message: reason.nl,
    en: reason.en,
    fix: fix(
      'Controleer het pad. Een link naar buiten de map, of iets wat geen gewoon bestand is, wordt niet gelezen.',
      'Check the path. A link out of the folder, or anything that is not a regular file, is not read.',
    ),
  })),
  bereikbaar: fout<{ reason: string }>(({ reason }) => ({
    message: `niet bereikbaar (${reason})`,
    en: `unreachable (${reason})`,
    fix: fix('Controleer het adres, en of de server het bestand geeft.', 'Check the address, and whether the server serves the file.'),
  })),
  cors: waarschuwing(() => ({
    message:
      'de server stuurt geen Access-Control-Allow-Origin mee: de wijzer kan dit bestand alleen laden op een pagina van hetzelfde domein',
    en: 'the server sends no Access-Control-Allow-Origin header: the widget can load this file only on a page of the same origin',
    fix: fix(
      'Laat de webbeheerder "Access-Control-Allow-Origin" instellen voor dit bestand, of host het op het domein van de pagina.',
      'Have the web team set "Access-Control-Allow-Origin" for this file, or host it on the page\'s origin.',
    ),
  })),
  json: fout<{ reason: string }>(({ reason }) => ({
    message: `geen geldige JSON: ${reason}`,
    en: `not valid JSON: ${reason}`,
    fix: fix("Controleer komma's, aanhalingstekens en haakjes rond deze plek.", 'Check commas, quotes and brackets around this place.'),
  })),
  'te-groot': fout<{ chars: number; max: number }>(({ chars, max }) => ({
    message: `te groot: ${chars} tekens, meer dan ${max}`,
    en: `too large: ${chars} characters, more than ${max}`,
    fix: fix('Splits het bestand of haal weg wat niet nodig is.', 'Split the file or remove what is not needed.'),
  })),
  /** `expected`: the kinds this tool reads; without it, a part of a dataset folder on its own. */
  soort: fout<{ expected?: Both }>(({ expected }) =>
    expected
      ? {
          message: `onbekend soort bestand: verwacht ${expected.nl}`,
          en: `unknown kind of file: expected ${expected.en}`,
          fix: fix('Kies het goede bestand.', 'Choose the right file.'),
        }
      : {
          message: 'een deel van een dataset, maar vragen.json staat er niet naast',
          en: 'part of a dataset, but vragen.json is not beside it',
          fix: fix('Controleer het bestand met zijn hele map.', 'Check the file with its whole folder.'),
        },
  ),

  // ---------------------------------------------------------------- schema (raw JSON and zod)
  'te-diep': fout<{ depth: number }>(({ depth }) => ({
    message: `te diep genest: meer dan ${depth} niveaus`,
    en: `nested too deeply: more than ${depth} levels`,
    fix: fix(
      'Maak de voorwaarde platter: zet gelijke delen samen in één "alle" of "een-van".',
      'Flatten the condition: put like parts together in one "alle" or "een-van".',
    ),
  })),
  'te-veel': fout<{ count: number; max: number }>(({ count, max }) => ({
    message: `te veel onderdelen: ${count}, hoogstens ${max}`,
    en: `too many parts: ${count}, at most ${max}`,
    fix: fix(
      'Verdeel de regelingen over meer bestanden, of haal weg wat niet nodig is.',
      'Spread the regelingen over more files, or remove what is not needed.',
    ),
  })),
  gestopt: fout<{ errors: number }>(({ errors }) => ({
    message: `gestopt na ${errors} fouten; de rest is niet gecontroleerd`,
    en: `stopped after ${errors} errors; the rest was not checked`,
    fix: fix('Herstel eerst deze fouten.', 'Fix these errors first.'),
  })),
  richtingsteken: fout<{ code: string }>(({ code }) => ({
    message: `onzichtbaar richtingsteken ${code} in de tekst; dat kan op het scherm "0800 2000" omdraaien tot "0002 0080"`,
    en: `invisible direction character ${code} in the text; on screen it can turn "0800 2000" into "0002 0080"`,
    fix: fix(
      'Typ de tekst opnieuw in plaats van hem te kopiëren, of haal het teken weg.',
      'Type the text again instead of copying it, or remove the character.',
    ),
  })),
  ontbreekt: fout<{ expected: string }>(({ expected }) => ({
    message: `ontbreekt; verwacht ${expected}`,
    en: `missing; expected ${expected}`,
    fix: fix('Vul dit veld in.', 'Fill in this field.'),
  })),
  type: fout<{ expected: string; found: string }>((a) => ({
    message: `verwacht ${a.expected}, gevonden ${a.found}`,
    en: `expected ${a.expected}, found ${a.found}`,
    fix:
      a.expected === 'number' && a.found === 'string'
        ? fix('Schrijf het getal zonder aanhalingstekens.', 'Write the number without quotes.')
        : fix(`Geef een ${a.expected}.`, `Give a ${a.expected}.`),
  })),
  'onbekend-veld': fout<{ keys: string[] }>(({ keys }) => ({
    message: `onbekend veld ${keys.map((k) => `"${k}"`).join(', ')}`,
    en: `unknown field ${keys.map((k) => `"${k}"`).join(', ')}`,
    fix: fix('Controleer de spelling of haal het weg.', 'Check the spelling or remove it.'),
  })),
  waarde: fout<{ values: string; found: string }>(({ values, found }) => ({
    message: `verwacht een van: ${values}; gevonden ${found}`,
    en: `expected one of: ${values}; found ${found}`,
  })),
  datum: fout<{ found: string }>(({ found }) => ({
    message: `verwacht een bestaande datum als JJJJ-MM-DD, gevonden ${found}`,
    en: `expected a real date as YYYY-MM-DD, found ${found}`,
    fix: fix('Controleer dag en maand.', 'Check the day and the month.'),
  })),
  url: fout<{ found: string }>(({ found }) => ({
    message: `verwacht een https-adres, gevonden ${found}`,
    en: `expected an https address, found ${found}`,
    fix: fix('Begin het adres met https://.', 'Start the address with https://.'),
  })),
  vorm: fout<{ expected: Both; found: string }>(({ expected, found }) => ({
    message: `${expected.nl}, gevonden ${found}`,
    en: `${expected.en}, found ${found}`,
  })),
  'te-weinig': fout<{ minimum: string }>(({ minimum }) => ({
    message: `verwacht minstens ${minimum} item(s)`,
    en: `expected at least ${minimum} item(s)`,
  })),
  'te-klein': fout<Both>((a) => ({ message: a.nl, en: a.en })),
  ongeldig: fout<{ code: string }>(({ code }) => ({
    message: `ongeldige waarde (${code})`,
    en: `invalid value (${code})`,
  })),

  // ---------------------------------------------------------------- references between records and files
  'dubbel-id': fout<{ kind: Kind; id: string }>((a) => ({
    message: `${a.kind[0]} "${a.id}" komt twee keer voor`,
    en: `${a.kind[1]} "${a.id}" occurs twice`,
    fix: fix('Geef elk een eigen id.', 'Give each its own id.'),
  })),
  'opties-ontbreken': fout<{ type: Both }>(({ type }) => ({
    message: `een ${type.nl} heeft opties nodig, gevonden: geen`,
    en: `a ${type.en} needs options, found none`,
    fix: fix('Voeg minstens twee opties toe.', 'Add at least two options.'),
  })),
  'dubbele-optie': fout<{ value: string; question: string }>((a) => ({
    message: `optie "${a.value}" komt twee keer voor in vraag "${a.question}"`,
    en: `option "${a.value}" occurs twice in question "${a.question}"`,
    fix: fix('Geef elke optie een eigen waarde.', 'Give each option its own value.'),
  })),
  'min-boven-max': fout<{ min: number; max: number }>(({ min, max }) => ({
    message: `min is ${min}, hoger dan max ${max}: geen enkel antwoord is dan goed`,
    en: `min is ${min}, above max ${max}: no answer can be valid`,
    fix: fix('Maak min kleiner dan of gelijk aan max.', 'Make min at most max.'),
  })),
  geboortemaand: fout<{ month: string }>(({ month }) => ({
    message: `"${month}" moet een keuzevraag over dezelfde persoon zijn met de opties "1" tot en met "12", bij een getalvraag in jaren`,
    en: `"${month}" must be a choice question about the same person with options "1" to "12", on a number question in years`,
    fix: fix(
      'Noem een bestaande geboortemaandvraag, op een leeftijdsvraag met "eenheid": "jaar".',
      'Name an existing birth-month question, on an age question with "eenheid": "jaar".',
    ),
  })),
  'hulpvraag-alles': fout<{ question: string; all: string; exclusive?: boolean }>((a) =>
    a.exclusive
      ? {
          message: `"${a.all}" is exclusief en wist dan een gekozen crisis`,
          en: `"${a.all}" is exclusive and would clear a chosen crisis`,
          fix: fix('Haal "exclusief" weg bij deze optie.', 'Remove "exclusief" from this option.'),
        }
      : {
          message: `de hulpvraag "${a.question}" heeft geen optie "${a.all}"`,
          en: `the help question "${a.question}" has no option "${a.all}"`,
          fix: fix(`Voeg de optie "${a.all}" toe.`, `Add the option "${a.all}".`),
        },
  ),
  'hulpvraag-vooraan': fout<{ question: string }>(({ question }) => ({
    message: `de hulpvraag "${question}" komt niet als eerste`,
    en: `the help question "${question}" is not asked first`,
    fix: fix('Zet "vooraan": true.', 'Set "vooraan": true.'),
  })),
  'onbekend-feit': fout<{ id: string; question?: boolean }>(({ id, question }) =>
    question
      ? { message: `vraag "${id}" bestaat niet`, en: `question "${id}" does not exist`, fix: QUESTION_ID }
      : {
          message: `feit "${id}" bestaat niet`,
          en: `fact "${id}" does not exist`,
          fix: fix(
            'Voeg een vraag toe in vragen.json of kies een bestaand feit.',
            'Add a question to vragen.json or choose an existing fact.',
          ),
        },
  ),
  'onbekend-cijfer': fout<{ id: string }>(({ id }) => ({
    message: `cijfer "${id}" bestaat niet in cijfers.json`,
    en: `figure "${id}" does not exist in cijfers.json`,
    fix: FIGURE_ID,
  })),
  'onbekend-loket': fout<{ id: string }>(({ id }) => ({
    message: `loket "${id}" bestaat niet in loketten.json`,
    en: `counter "${id}" does not exist in loketten.json`,
    fix: COUNTER_ID,
  })),
  'onbekende-regeling': fout<{ id: string; national?: boolean }>(({ id, national }) =>
    national
      ? {
          message: `regeling "${id}" bestaat niet in de landelijke dataset`,
          en: `regeling "${id}" does not exist in the national dataset`,
          fix: fix('Controleer de spelling van het id.', 'Check the spelling of the id.'),
        }
      : {
          message: `regeling "${id}" bestaat niet`,
          en: `regeling "${id}" does not exist`,
          fix: fix('Kies het id van een bestaande regeling.', 'Choose the id of an existing regeling.'),
        },
  ),
  'voorrang-kring': fout<{ id: string; other: string }>((a) => ({
    message: `"${a.id}" en "${a.other}" gaan elkaar voor`,
    en: `"${a.id}" and "${a.other}" go before each other`,
    fix: fix('Laat één van beide voorgaan.', 'Let one of the two go first.'),
  })),
  'onbekend-onderwerp': fout<{ topic: string; question?: string; topics: string[] }>((a) => ({
    message: `onderwerp "${a.topic}" is geen optie van de hulpvraag${a.question ? ` "${a.question}"` : ''}`,
    en: `topic "${a.topic}" is not an option of the help question${a.question ? ` "${a.question}"` : ''}`,
    fix: oneOf(a.topics),
  })),
  'onbekende-rol': fout<{ role: string; roles: string[] }>((a) => ({
    message: `"${a.role}" is geen gemeentelijke rol in loketten.json`,
    en: `"${a.role}" is not a municipal role in loketten.json`,
    fix: oneOf(a.roles),
  })),
  'rol-algemeen': fout(() => ({
    message: 'een gemeentelijke rol heeft een algemene tekst nodig voor gemeenten zonder overlay',
    en: 'a municipal role needs general wording for municipalities without an overlay',
    fix: fix('Voeg "algemeen" toe, bijv. "Neem contact op met uw gemeente".', 'Add "algemeen", e.g. "Contact your municipality".'),
  })),
  'datum-volgorde': fout<{ from: string; to: string }>(({ from, to }) => ({
    message: `geldigTot ${to} ligt voor geldigVanaf ${from}`,
    en: `geldigTot ${to} is before geldigVanaf ${from}`,
    fix: fix('Verwissel de data of verbeter er een.', 'Swap the dates or correct one.'),
  })),
  'bereik-omgekeerd': fout<{ van: number; tot: number }>(({ van, tot }) => ({
    message: `van ${van} is hoger dan tot ${tot}`,
    en: `van ${van} is above tot ${tot}`,
    fix: fix('Verwissel van en tot.', 'Swap van and tot.'),
  })),

  // ---------------------------------------------------------------- conditions that do not fit their question
  'operator-past-niet': fout<{ op: string; fact: string; type: Both; fits: Both }>((a) => ({
    message: `"${a.op}" past niet bij een ${a.type.nl} ("${a.fact}"); verwacht ${a.fits.nl}`,
    en: `"${a.op}" does not fit a ${a.type.en} ("${a.fact}"); expected ${a.fits.en}`,
    fix: fix(`Gebruik ${a.fits.nl}.`, `Use ${a.fits.en}.`),
  })),
  'waarde-past-niet': fout<{ found: string; option?: string }>(({ found, option }) =>
    option === undefined
      ? {
          message: `verwacht true of false bij een ja-neevraag, gevonden ${found}`,
          en: `expected true or false for a yes/no question, found ${found}`,
          fix: fix('Schrijf true of false, zonder aanhalingstekens.', 'Write true or false, without quotes.'),
        }
      : {
          message: `verwacht een optie van "${option}", gevonden ${found}`,
          en: `expected an option of "${option}", found ${found}`,
          fix: fix('Schrijf de waarde van een optie, tussen aanhalingstekens.', 'Write the value of an option, in quotes.'),
        },
  ),
  'onbekende-optie': fout<{ question: string; value: string; options: string[] }>((a) => ({
    message: `vraag "${a.question}" heeft geen optie "${a.value}"`,
    en: `question "${a.question}" has no option "${a.value}"`,
    fix: oneOf(a.options),
  })),
  'crisis-een-antwoord': fout<{ question: string; fact: string }>((a) => ({
    message: `een crisislijn mag alleen van "${a.question}" afhangen, gevonden "${a.fact}"`,
    en: `a crisis line may only depend on "${a.question}", found "${a.fact}"`,
    fix: fix(
      `Laat de voorwaarde alleen naar "${a.question}" kijken: dan is één antwoord genoeg.`,
      `Make the condition ask only "${a.question}": one answer is then enough.`,
    ),
  })),

  // ---------------------------------------------------------------- amounts
  'bedrag-feit': fout<{ fact: string }>(({ fact }) => ({
    message: `"${fact}" is geen getal- of bedragvraag of afgeleid feit`,
    en: `"${fact}" is not a number or amount question or a derived fact`,
    fix: fix('Reken alleen met getallen en bedragen.', 'Calculate with numbers and amounts only.'),
  })),
  'bedrag-schatting': fout<{ estimate: string }>(({ estimate }) => ({
    message: `de schatting "${estimate}" komt niet voor in de formule`,
    en: `the estimate "${estimate}" does not occur in the formula`,
    fix: fix('Noem het antwoord dat in de formule geschat wordt.', 'Name the answer the formula uses as an estimate.'),
  })),

  // ---------------------------------------------------------------- cycles
  kring: fout<{ ring: string }>(({ ring }) => ({
    message: `kring: ${ring}; de wijzer zou eindeloos blijven rekenen`,
    en: `cycle: ${ring}; the wizard would compute for ever`,
    fix: fix(
      'Laat een cijfer niet (via een afgeleid feit) van zichzelf afhangen.',
      'Do not let a figure depend on itself (through a derived fact).',
    ),
  })),

  // ---------------------------------------------------------------- editorial lint
  'uitleg-lengte': waarschuwing<{ length: number }>(({ length }) => ({
    message: `uitleg is ${length} tekens, verwacht 40 tot 600`,
    en: `explanation is ${length} characters, expected 40 to 600`,
    fix: fix('Leg in twee of drie korte zinnen uit wat het is.', 'Explain what it is in two or three short sentences.'),
  })),
  'naam-lengte': waarschuwing<{ length: number }>(({ length }) => ({
    message: `naam is ${length} tekens, verwacht hoogstens 90`,
    en: `name is ${length} characters, expected at most 90`,
    fix: fix('Kort de naam in; de uitleg zegt de rest.', 'Shorten the name; the explanation says the rest.'),
  })),
  'wet-url': waarschuwing<{ url: string }>(({ url }) => ({
    message: `wet.url is ${url}, verwacht een adres op wetten.overheid.nl, lokaleregelgeving.overheid.nl of zoek.officielebekendmakingen.nl`,
    en: `wet.url is ${url}, expected an address on wetten.overheid.nl, lokaleregelgeving.overheid.nl or zoek.officielebekendmakingen.nl`,
    fix: fix('Link naar de officiële wettekst.', 'Link to the official text of the law.'),
  })),
  'cijfer-einddatum': waarschuwing<{ from: string }>(({ from }) => ({
    message: `de waarde vanaf ${from} heeft geen geldigTot`,
    en: `the value from ${from} has no geldigTot`,
    fix: fix(
      'Zet er een einddatum op: tot wanneer de bron het bedrag noemt.',
      'Give it an end date: until when the source gives the amount.',
    ),
  })),
  'cijfer-gat': waarschuwing<{ end: string; start: string; expected: string }>((a) => ({
    message: `na ${a.end} begint de volgende waarde op ${a.start}, verwacht ${a.expected}`,
    en: `after ${a.end} the next value starts on ${a.start}, expected ${a.expected}`,
    fix: fix(
      'Laat de perioden op elkaar aansluiten, zonder gat of overlap.',
      'Make the periods follow each other, without gap or overlap.',
    ),
  })),
  'bedrag-in-tekst': waarschuwing(() => ({
    message: 'een bedrag in de tekst van een regeling zonder einddatum veroudert ongemerkt',
    en: 'an amount in the text of a regeling without an end date goes out of date unnoticed',
    fix: fix(
      'Zet het bedrag in cijfers.json, met zijn data, of haal het weg.',
      'Put the amount in cijfers.json, with its dates, or remove it.',
    ),
  })),
  'dubbele-vraag': waarschuwing<{ id: string; other: string; text: string }>((a) => ({
    message: `"${a.id}" en "${a.other}" hebben dezelfde vraag: "${a.text}"`,
    en: `"${a.id}" and "${a.other}" ask the same: "${a.text}"`,
    fix: fix('Maak het verschil tussen de vragen duidelijk.', 'Make the difference between the questions clear.'),
  })),
  'geen-onderwerpen': waarschuwing(() => ({
    message: 'een regeling voor burgers zonder onderwerpen telt bij elke hulpvraag mee',
    en: 'a regeling for residents without topics counts for every help question',
    fix: fix('Geef onderwerpen op.', 'Give topics.'),
  })),
  'werkgever-doel': waarschuwing<{ fact: string }>(({ fact }) => ({
    message: `een regeling voor werkgevers die niet naar het doel van de werkgever kijkt ("${fact}") past ook bij wie iets anders wil, zoals afscheid nemen of verlof regelen`,
    en: `an employer regeling that does not check the employer's goal ("${fact}") also fits an employer who wants something else, such as parting or arranging leave`,
    fix: fix(
      `Voeg een voorwaarde toe op "${fact}" met de doelen waarvoor de regeling is (volgens de eigen bron).`,
      `Add a condition on "${fact}" with the goals the regeling serves (from its own source).`,
    ),
  })),
  'huisarts-professional': waarschuwing<{ missing: 'perspectief' | 'tekst' }>(({ missing }) =>
    missing === 'perspectief'
      ? {
          message: 'de tekst stuurt de persoon naar de huisarts, maar de huisarts zelf (perspectief professional) ziet deze regeling niet',
          en: 'the text sends the person to the GP, but the GP (the professional perspective) does not see this regeling',
          fix: fix(
            'Neem "professional" op in perspectieven en geef uitlegPerspectief.professional: waar de huisarts naar verwijst.',
            'Add "professional" to perspectieven and give uitlegPerspectief.professional: where the GP refers to.',
          ),
        }
      : {
          message:
            'de tekst stuurt de persoon naar de huisarts; de huisarts leest dan "ga naar uw huisarts" in plaats van waar hij of zij naar verwijst',
          en: 'the text sends the person to the GP; the GP then reads "go to your GP" instead of where to refer',
          fix: fix(
            'Geef uitlegPerspectief.professional: wat de huisarts zelf doet of waar hij of zij naar verwijst.',
            'Give uitlegPerspectief.professional: what the GP does or where the GP refers to.',
          ),
        },
  ),
  'loket-lezer': waarschuwing<{ counter: string; perspective: string; words: string }>(({ counter, perspective: p, words }) => ({
    message: `in het perspectief ${p} noemt het loket "${counter}" de lezer in een andere rol ("${words}"): ${p === 'werkgever' ? 'de werkgever is hier zelf de lezer' : 'een huisarts of hulpverlener leest "uw werkgever" als de eigen werkgever'}`,
    en: `in the ${p} perspective the counter "${counter}" addresses the reader in another role ("${words}"): ${p === 'werkgever' ? 'here the employer is the reader' : 'a GP or social worker reads "your employer" as their own'}`,
    fix: fix(
      'Kies een loket dat de lezer in dit perspectief helpt (voor een werkgever: de regels op Ondernemersplein of rijksoverheid.nl, UWV, de eigen cao), noem het loket zonder "uw" ("Eigen werkgever"), of zet perspectieven op de regeling.',
      'Choose a counter that helps the reader in this perspective (for an employer: the rules on Ondernemersplein or rijksoverheid.nl, UWV, their own cao), name it without "your" ("Own employer"), or set perspectieven on the regeling.',
    ),
  })),
  'vraag-perspectief': fout<{ fact: string; perspective: string }>(({ fact, perspective: p }) => ({
    message: `hangt af van "${fact}", maar die vraag heeft geen tekst voor ${p}`,
    en: `depends on "${fact}", but that question has no wording for ${p}`,
    fix: fix(
      `Voeg vraag.${p} toe aan "${fact}" of zet perspectieven op de regeling.`,
      `Add vraag.${p} to "${fact}" or set perspectieven on the regeling.`,
    ),
  })),
  'tekst-breder': waarschuwing<{ word: string; question: string; missing: string[] }>((a) => ({
    message: `de tekst zegt "${a.word}", maar de voorwaarde toetst niet alle opties die daaronder vallen (vraag "${a.question}" mist: ${a.missing.join(', ')}); wie alleen die koos, leest een onware ✗`,
    en: `the text says "${a.word}", but the condition does not check every option it covers (question "${a.question}" misses: ${a.missing.join(', ')}); whoever ticked only those reads an untrue ✗`,
    fix: fix(
      `Toets ook ${a.missing.join(', ')}, of laat de tekst alleen noemen wat de voorwaarde toetst (bijvoorbeeld met de woorden van de opties).`,
      `Check ${a.missing.join(', ')} too, or make the text name only what the condition checks (for instance in the words of the options).`,
    ),
  })),
  'tekst-cijfer': waarschuwing<{ stated: string; id: string; values: string }>((a) => ({
    message: `de tekst noemt ${a.stated}%, maar het cijfer "${a.id}" is ${a.values}%`,
    en: `the text says ${a.stated}%, but the figure "${a.id}" is ${a.values}%`,
    fix: fix(
      'Laat de tekst het getal van het cijfer noemen, of noem geen getal.',
      'Make the text name the number of the figure, or name no number.',
    ),
  })),

  // ---------------------------------------------------------------- figures: plausible values
  'cijfer-eenheid': fout<{ n: number; unit: string; wrong: Both }>((a) => ({
    message: `${nlNumber(a.n)} past niet bij de eenheid ${a.unit}: ${a.wrong.nl}`,
    en: `${enNumber(a.n)} does not fit the unit ${a.unit}: ${a.wrong.en}`,
    fix: fix('Controleer het getal en de eenheid tegen de bron.', 'Check the number and the unit against the source.'),
  })),
  'cijfer-grootte': fout<{ now: number; before: number; from: string; prevFrom: string; meant?: number }>((a) => ({
    message: `${nlNumber(a.now)} vanaf ${a.from}, terwijl de periode ervoor ${nlNumber(a.before)} was (vanaf ${a.prevFrom}): dat is een andere grootte${a.meant !== undefined ? `. JSON leest de punt in ${nlNumber(a.meant)} als komma: dat is ${nlNumber(a.now)}` : ''}`,
    en: `${enNumber(a.now)} from ${a.from}, while the period before was ${enNumber(a.before)} (from ${a.prevFrom}): a different order of magnitude${a.meant !== undefined ? `. JSON reads the dot in ${nlNumber(a.meant)} as a decimal point: that is ${enNumber(a.now)}` : ''}`,
    fix:
      a.meant !== undefined
        ? fix(
            `Schrijf het getal zonder punt als duizendtal-teken: ${a.meant}.`,
            `Write the number without a dot as thousands separator: ${a.meant}.`,
          )
        : fix('Controleer het getal tegen de bron.', 'Check the number against the source.'),
  })),
  'cijfer-sprong': waarschuwing<{ now: number; before: number; from: string; pct: number; limit: number }>((a) => ({
    message: `${nlNumber(a.now)} vanaf ${a.from} is ${a.pct > 0 ? '+' : ''}${a.pct}% tegen ${nlNumber(a.before)} in de periode ervoor (meer dan ${a.limit}%)`,
    en: `${enNumber(a.now)} from ${a.from} is ${a.pct > 0 ? '+' : ''}${a.pct}% against ${enNumber(a.before)} the period before (more than ${a.limit}%)`,
    fix: fix(
      'Controleer het getal tegen de bron; klopt het, dan kan het zo blijven.',
      'Check the number against the source; if it is right, leave it.',
    ),
  })),
  'cijfer-loopt-af': waarschuwing<{ name: Both; last: string; left: number; datum: string; users: string[]; amounts: string[] }>((a) => {
    const effect = [
      a.users.length
        ? `${a.users.join(', ')} ${a.users.length === 1 ? 'wordt' : 'worden'} dan "misschien" (nooit "past" of "past niet" op een oud bedrag), met de melding dat de bedragen in de wijzer gelden tot ${a.last}`
        : '',
      a.amounts.length ? `bij ${a.amounts.join(', ')} toont de wijzer dan geen bedrag meer` : '',
    ].filter(Boolean);
    const effectEn = [
      a.users.length
        ? `${a.users.join(', ')} then ${a.users.length === 1 ? 'shows' : 'show'} "misschien" (never "past" or "past niet" on an old amount), with the notice that the amounts in the widget hold until ${a.last}`
        : '',
      a.amounts.length ? `${a.amounts.join(', ')} then ${a.amounts.length === 1 ? 'shows' : 'show'} no amount` : '',
    ].filter(Boolean);
    return {
      message: `${a.name.nl} geldt tot en met ${a.last} (${a.left >= 0 ? `nog ${a.left} dagen na ${a.datum}` : `${-a.left} dagen vóór ${a.datum} verlopen`}) en heeft geen waarde daarna. Na ${a.last} gebruikt de wijzer dit cijfer niet meer: ${effect.length ? effect.join('; ') : 'geen voorwaarde of bedrag gebruikt het'}`,
      en: `${a.name.en} holds up to and including ${a.last} (${a.left >= 0 ? `${a.left} days after ${a.datum}` : `expired ${-a.left} days before ${a.datum}`}) and has no value after it. After ${a.last} the widget no longer uses this figure: ${effectEn.length ? effectEn.join('; ') : 'no condition or amount uses it'}`,
      fix: fix(
        'Voeg de waarde voor de nieuwe periode toe zodra een officiële bron die noemt, met geldigVanaf de dag erna en de bron (README, "Adding a year").',
        'Add the value for the new period once an official source gives it, starting the day after, with its source (README, "Adding a year").',
      ),
    };
  }),

  // ---------------------------------------------------------------- the national crisis lines (crisis.ts, without text)
  'crisis-loket': fout<{ id: string; counter?: string; local?: boolean }>(({ id, counter, local }) =>
    counter !== undefined
      ? {
          message: `een crisislijn moet naar een crisisloket verwijzen, gevonden "${counter}"`,
          en: `a crisis line must point to a crisis counter, found "${counter}"`,
          fix: fix('Kies een loket met "crisis": true.', 'Choose a counter with "crisis": true.'),
        }
      : local
        ? {
            message: `"${id}" is het loket van een landelijke crisislijn; een lokale regeling kan daar niet naartoe verwijzen`,
            en: `"${id}" is the counter of a national crisis line; a local regeling cannot point to it`,
            fix: fix('Kies een gemeentelijk loket (soort "rol").', 'Choose a municipal counter (soort "rol").'),
          }
        : {
            message: `"${id}" is het loket van een landelijke crisislijn; een gemeente kan het contact niet vervangen`,
            en: `"${id}" is the counter of a national crisis line; a municipality cannot replace its contact`,
            fix: fix(`Haal "${id}" uit loketten.`, `Remove "${id}" from loketten.`),
          },
  ),
  'crisis-vervalt': fout<{ id: string }>(({ id }) => ({
    message: `${LINE(id).nl}; een gemeente kan die niet laten vervallen`,
    en: `${LINE(id).en}; a municipality cannot drop it`,
    fix: fix(`Haal "${id}" uit vervalt.`, `Remove "${id}" from vervalt.`),
  })),
  'crisis-vervangen': fout<{ id: string }>(({ id }) => ({
    message: `${LINE(id).nl}; een gemeente kan die niet vervangen`,
    en: `${LINE(id).en}; a municipality cannot replace it`,
    fix: fix('Geef de lokale regeling een eigen id.', 'Give the local regeling an id of its own.'),
  })),
  'crisis-overlay': fout(() => ({
    message: 'een lokale regeling kan geen crisislijn zijn: de landelijke crisislijnen gaan altijd voor',
    en: 'a local regeling cannot be a crisis line: the national crisis lines always come first',
    fix: fix('Haal "crisis" weg; zet dringende hulp in urgentAls.', 'Remove "crisis"; use urgentAls for urgent help.'),
  })),
  'crisis-ontbreekt': fout<{ id: string; tel: string }>(({ id, tel }) => ({
    message: `${LINE(id).nl}; een dataset kan die niet weglaten (loket "${id}" met crisis: true en een crisisregeling ervoor)`,
    en: `${LINE(id).en}; a dataset cannot leave it out (counter "${id}" with crisis: true and a crisis regeling for it)`,
    fix: fix(
      `Zet de crisislijn "${id}" terug zoals in de landelijke dataset, met telefoon ${tel}.`,
      `Put the crisis line "${id}" back as in the national dataset, with telefoon ${tel}.`,
    ),
  })),
  'crisis-nummer': fout<{ id: string; tel: string }>(({ id, tel }) => ({
    message: `${LINE(id).nl} met telefoon ${tel}; een dataset kan het nummer niet veranderen`,
    en: `${LINE(id).en} with telefoon ${tel}; a dataset cannot change its number`,
    fix: fix(`Zet telefoon op "${tel}".`, `Set telefoon to "${tel}".`),
  })),
  'crisis-datum': fout<{ id: string }>(({ id }) => ({
    message: `${LINE(id).nl}; een dataset kan die niet zo dateren dat hij vandaag niet geldt`,
    en: `${LINE(id).en}; a dataset cannot date it so that it does not hold today`,
    fix: fix('Zet geldigVanaf en geldigTot zoals in de landelijke dataset.', 'Set geldigVanaf and geldigTot as in the national dataset.'),
  })),

  // ---------------------------------------------------------------- a municipal overlay
  'andere-gemeente': fout<{ overlay: string; page: string }>(({ overlay, page }) => ({
    message: `deze overlay is voor ${overlay}, maar de pagina is voor ${page}`,
    en: `this overlay is for ${overlay}, but the page is for ${page}`,
    fix: fix(
      `Gebruik de overlay van ${page}, of zet gemeente="${overlay}" op de pagina.`,
      `Use the overlay of ${page}, or set gemeente="${overlay}" on the page.`,
    ),
  })),
  sjabloon: waarschuwing(() => ({
    message: 'er staan nog voorbeeldwaarden uit het sjabloon in (GM9999 of gemeente.example)',
    en: "the template's example values are still there (GM9999 or gemeente.example)",
    fix: fix('Vul de eigen gemeentecode en de echte adressen in.', 'Fill in your own municipality code and the real addresses.'),
  })),
  'overlay-niveau': fout<{ niveau: string }>(({ niveau }) => ({
    message: `een overlay voegt alleen gemeentelijke regelingen toe, gevonden niveau "${niveau}"`,
    en: `an overlay adds only municipal regelingen, found level "${niveau}"`,
    fix: fix(
      'Zet niveau op "gemeentelijk", of voeg de regeling toe aan de landelijke dataset.',
      'Set niveau to "gemeentelijk", or add the regeling to the national dataset.',
    ),
  })),

  // ---------------------------------------------------------------- a scenario
  'onbekend-id': fout<{ kind: Kind; id: string; fix: Both }>((a) => ({
    message: `${a.kind[0]} "${a.id}" bestaat niet in de dataset`,
    en: `${a.kind[1]} "${a.id}" does not exist in the dataset`,
    fix: fix(a.fix.nl, a.fix.en),
  })),
  antwoord: fout<{ expected: Both; found: string }>((a) => ({
    message: `${a.expected.nl}; gevonden ${a.found}`,
    en: `${a.expected.en}; found ${a.found}`,
  })),
  scenario: fout<{ failure: Both }>(({ failure }) => ({
    message: `het scenario klopt niet: ${failure.nl}`,
    en: `the scenario does not hold: ${failure.en}`,
    fix: fix(
      'Zoek uit of de dataset of het scenario fout is, en verbeter dat (npm run overview toont de uitkomsten).',
      'Find out whether the dataset or the scenario is wrong, and correct it (npm run overview shows the outcomes).',
    ),
  })),
} as const satisfies Record<string, Rule<never>>;

export type RuleId = keyof typeof RULES;
export type ArgsOf<R extends RuleId> = Parameters<(typeof RULES)[R]['words']>[0];
/** A rule's verdict on one case: its id, level and words (the place is added by the check). */
export type Verdict = Words & { rule: RuleId; level: Level };

/** The words of `rule` for one case, with its id and level: what every problem is made from. */
export function found<R extends RuleId>(rule: R, ...args: ArgsOf<R> extends void ? [] : [ArgsOf<R>]): Verdict {
  const r = RULES[rule] as Rule<unknown>;
  return { rule, level: r.level, ...r.words(args[0]) };
}
