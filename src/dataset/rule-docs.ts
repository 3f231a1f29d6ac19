/**
 * What each rule of the catalogue (rules.ts) checks, in one English line, and the part of the
 * validator that makes it: the README's rule list is written from this (`npm run rules`) and
 * test/dataset/rules.test.ts checks that it is. For the tools and the tests only; the widget
 * never loads it. `satisfies Record<RuleId, …>`: a rule without a line here does not compile.
 */
import { RULES, type RuleId } from './rules.js';

/** The module of src/dataset/ that makes a rule. */
export type Part =
  | 'file'
  | 'schema'
  | 'references'
  | 'condition-fit'
  | 'amounts'
  | 'cycles'
  | 'lint'
  | 'figures'
  | 'crisis'
  | 'overlay'
  | 'scenario';

export const RULE_DOCS = {
  bestand: [
    'file',
    'A local file that cannot be read: missing, unreadable, a link out of its folder or in a loop, not a regular file, too large.',
  ],
  bereikbaar: ['file', 'A URL that does not answer, or answers with an HTTP error.'],
  cors: ['file', 'A URL whose server sends no Access-Control-Allow-Origin: the widget can load it only on a page of the same origin.'],
  json: ['file', 'A text that is not valid JSON (with the place of the syntax error).'],
  'te-groot': ['file', 'A text longer than the limit (refused before it is read).'],
  soort: ['file', 'A file that is no overlay, dataset or scenario, or a part of a dataset without vragen.json beside it.'],
  'te-diep': ['schema', 'A value nested deeper than the limit (refused before it is read).'],
  'te-veel': ['schema', 'A list or object with more parts than the limit (refused before it is read).'],
  gestopt: ['schema', 'The validator stopped after the error limit; the rest of the file was not checked.'],
  richtingsteken: ['schema', 'An invisible direction character in any text or key ("0800 2000" could show as "0002 0080").'],
  ontbreekt: ['schema', 'A required field is missing.'],
  type: ['schema', 'A value of the wrong JSON type (a number in quotes, ...).'],
  'onbekend-veld': ['schema', 'A field the model does not know (often a typo).'],
  waarde: ['schema', 'A value outside a closed list.'],
  datum: ['schema', 'A date that is not a real day as YYYY-MM-DD.'],
  url: ['schema', 'An address that is not https.'],
  vorm: ['schema', 'A value of the wrong form (an id, a CBS code, a phone number; a condition that matches no allowed shape).'],
  'te-weinig': ['schema', 'A list with too few items.'],
  'te-klein': ['schema', 'A value below its minimum (an empty text).'],
  ongeldig: ['schema', 'Any other schema error.'],
  'dubbel-id': ['references', 'Two facts, figures, counters or regelingen with one id.'],
  'opties-ontbreken': ['references', 'A choice question without options.'],
  'dubbele-optie': ['references', 'Two options of one question with one value.'],
  'min-boven-max': ['references', 'A question whose min is above its max.'],
  geboortemaand: ['references', 'An age question whose birth-month question is not a "1" to "12" choice about the same person.'],
  'hulpvraag-alles': ['references', 'The help question lacks the option "alles", or makes it exclusive (it would clear a chosen crisis).'],
  'hulpvraag-vooraan': ['references', 'The help question is not asked first.'],
  'onbekend-feit': ['references', 'A condition or derived fact names a fact (question) that does not exist.'],
  'onbekend-cijfer': ['references', 'A figure that does not exist in cijfers.json.'],
  'onbekend-loket': ['references', 'A counter that does not exist in loketten.json.'],
  'onbekende-regeling': ['references', "A regeling named in voorrang (or an overlay's vervalt) that does not exist."],
  'voorrang-kring': ['references', 'Two regelingen that go before each other.'],
  'onbekend-onderwerp': ['references', 'A topic that is no option of the help question.'],
  'onbekende-rol': ['references', "An overlay's counter for a role that is no municipal role in loketten.json."],
  'rol-algemeen': ['references', 'A municipal role without general wording for municipalities without an overlay.'],
  'datum-volgorde': ['references', 'A geldigTot before its geldigVanaf.'],
  'bereik-omgekeerd': ['references', 'A range whose van is above its tot.'],
  'operator-past-niet': ['condition-fit', 'An operator that does not fit the question type (is on a number, minstens on a choice).'],
  'waarde-past-niet': ['condition-fit', 'A value of the wrong kind for its question (a string for yes/no, a number for a choice).'],
  'onbekende-optie': ['condition-fit', 'A condition (or a term of its question, `begrippen`) names an option its question does not have.'],
  'crisis-een-antwoord': ['condition-fit', 'A crisis line that depends on anything but the help question (one answer must be enough).'],
  'bedrag-feit': ['amounts', 'An amount formula calculates with a fact that is no number, amount or derived fact.'],
  'bedrag-schatting': ['amounts', "An amount's estimate that does not occur in its formula."],
  kring: ['cycles', 'A figure that depends on itself, through derived facts or other figures.'],
  'uitleg-lengte': ['lint', 'An explanation shorter than 40 or longer than 600 characters.'],
  'naam-lengte': ['lint', 'A name longer than 90 characters.'],
  'wet-url': ['lint', 'A legal basis not on wetten.overheid.nl, lokaleregelgeving.overheid.nl or zoek.officielebekendmakingen.nl.'],
  'cijfer-einddatum': ['lint', "A figure's value without geldigTot."],
  'cijfer-gat': ['lint', "A figure's next period that does not start the day after the previous one ends (a gap or an overlap)."],
  'bedrag-in-tekst': ['lint', 'An amount in the text of a regeling without an end date (it goes out of date unnoticed).'],
  'dubbele-vraag': ['lint', 'Two questions with the same wording.'],
  'geen-onderwerpen': ['lint', "A residents' regeling without topics (it counts for every help question)."],
  'werkgever-doel': ['lint', "An employer regeling that does not check the employer's goal (hire, keep, re-place, leave, part)."],
  'huisarts-professional': [
    'lint',
    'A regeling whose text sends the person to the GP, without the professional perspective or without its own text for the GP (where to refer).',
  ],
  'loket-lezer': [
    'lint',
    'A regeling shown in a perspective whose counter (or costs counter) addresses the reader in another role: "Uw werkgever" for an employer.',
  ],
  'vraag-perspectief': ['lint', 'A regeling that depends on a question with no wording for one of its perspectives.'],
  'tekst-breder': [
    'lint',
    'A condition\'s wording that uses a broad word of its question (`begrippen`: "ziekte", "beperking") while it checks only some of the options that word covers.',
  ],
  'tekst-cijfer': ['lint', "A condition's wording that names another percentage than the figure it tests."],
  'cijfer-eenheid': [
    'figures',
    'A value that does not fit its unit (a negative amount, fractions of a cent, an age not in whole months, a percentage above 1000).',
  ],
  'cijfer-grootte': [
    'figures',
    'A value ten times smaller or larger than the previous period, or a yearly amount below 1.000 after one of 1.000 or more (write 40900, never 40.900).',
  ],
  'cijfer-sprong': ['figures', 'A step of more than 15 % against the previous period (check it against the source).'],
  'cijfer-loopt-af': [
    'figures',
    'A figure whose last period ends within 60 days of the check date with no next period (validate and the overview only).',
  ],
  'crisis-loket': [
    'crisis',
    'A crisis line that points to no crisis counter; a local regeling sent to a crisis counter, or a local contact that replaces one.',
  ],
  'crisis-vervalt': ['crisis', 'An overlay drops a national crisis line (vervalt).'],
  'crisis-vervangen': ['crisis', 'A local regeling with the id of a national crisis line.'],
  'crisis-overlay': ['crisis', 'A local regeling marked crisis (the national crisis lines always come first).'],
  'crisis-ontbreekt': ['crisis', 'A full dataset without a national crisis line (its crisis counter and a crisis regeling for it).'],
  'crisis-nummer': ['crisis', 'A full dataset that changes the number of a national crisis line.'],
  'crisis-datum': ['crisis', 'A full dataset that dates a national crisis line so that it does not hold today.'],
  'andere-gemeente': ['overlay', "An overlay for another municipality than the page's."],
  sjabloon: ['overlay', "The template's example values are still there (GM9999, gemeente.example)."],
  'overlay-niveau': ['overlay', 'An overlay that adds a regeling that is not municipal.'],
  'onbekend-id': ['scenario', 'A scenario names a question, regeling or counter that does not exist.'],
  antwoord: ['scenario', "A scenario's answer that does not fit its question."],
  scenario: ['scenario', 'A scenario whose outcome does not hold: a regeling it must show is not shown, one it must not show is.'],
} as const satisfies Record<RuleId, readonly [Part, string]>;

/** The README's rule list: one row per rule, in catalogue order. */
export function ruleTable(): string {
  const rows = (Object.keys(RULES) as RuleId[]).map((id) => {
    const [part, checks] = RULE_DOCS[id];
    return `| \`${id}\` | ${RULES[id].level} | ${part} | ${checks} |`;
  });
  return ['| rule | level | part | what it checks |', '|---|---|---|---|', ...rows].join('\n');
}
