/**
 * The data model of regelingen/, owned by zod: every schema carries the description an editor
 * shows while typing (the JSON Schemas in regelingen/schema/ are generated from these, `npm run
 * schema`), and every type is inferred from its schema. Import the types from here with
 * `import type` (erased: the widget pulls in no zod); the closed lists of values live in
 * constants.ts, plain constants usable without zod (model.ts re-exports them).
 */
import * as z from './zod.js';
import {
  AMOUNT_PERIODS,
  COUNTER_KINDS,
  DOMAINS,
  LEVELS,
  PERSPECTIVES,
  PRECEDENCE_KINDS,
  QUESTION_TYPES,
  SUBJECTS,
  UNITS,
  type Language,
} from './constants.js';

export type { Domain, Language, Perspective, QuestionType, Subject } from './constants.js';

/** `schema.check(z.describe(text))`: one Dutch and English text for editors and the JSON Schema. */
const d = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text)) as T;
/** The same without cloning, for a new object whose getters must not run before the schema exists. */
const described = <T extends z.ZodMiniType>(schema: T, text: string): T => {
  z.globalRegistry.add(schema, { description: text });
  return schema;
};

// ---------------------------------------------------------------- small shared pieces

const nonEmpty = z.string().check(z.minLength(1, 'mag niet leeg zijn'));
export const TextSchema = d(
  z.strictObject({
    nl: d(nonEmpty, 'Nederlands, op B1-niveau. / Dutch, plain language (B1).'),
    en: d(nonEmpty, 'Engels. / English.'),
  }),
  'Tekst in het Nederlands en het Engels. / Text in Dutch and English.',
);
/** A text in every supported language. */
export type Text = Record<Language, string>;

const isoDate = (text: string) =>
  d(z.iso.date(), `${text} Datum als JJJJ-MM-DD (een echte kalenderdag). / Date as YYYY-MM-DD (a real calendar day).`);
const url = (text: string) => d(z.url({ protocol: /^https$/ }), `${text} Een https-adres. / An https address.`);
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'verwacht kleine letters, cijfers, punt of streepje'));
const idOf = (text: string) => d(id, `${text} Kleine letters, cijfers, punt of streepje. / Lower case letters, digits, dot or dash.`);
const bron = () => url('Bron: de pagina waar dit staat. / Source: the page that says this.');
const peildatum = () => isoDate('Peildatum: de dag waarop de bron is nagekeken. / The day the source was checked.');

// ---------------------------------------------------------------- conditions

export const AmountSchema = d(
  z.union([
    z.number(),
    z.strictObject({
      cijfer: idOf('Id van een cijfer uit cijfers.json, geldig op de peildatum van de vragenlijst. / Id of a figure in cijfers.json.'),
    }),
  ]),
  'Een getal, of een cijfer uit cijfers.json: {"cijfer": "bijstandsnorm"}. / A number, or a figure from cijfers.json.',
);
/** A number, or a reference to a figure in cijfers.json (resolved for the check date). */
export type Amount = z.infer<typeof AmountSchema>;

const tekst = () =>
  z.optional(
    d(
      TextSchema,
      'Eigen uitleg van deze voorwaarde, in plaats van de gemaakte tekst ("Leeftijd 67 of ouder"). / Own wording of this condition.',
    ),
  );
const feit = () => idOf('Id van een vraag of afgeleid feit uit vragen.json. / Id of a question or derived fact in vragen.json.');

/**
 * A condition. One key names its kind: `alle`, `een-van`, `niet`, or, for a fact, one of
 * `is`, `in`, `bevat`, `minstens`, `hoogstens`, `onder`, `boven`, `vanaf`, `voor`.
 * `tekst` optionally overrides the generated explanation of a leaf ("Leeftijd 67 of ouder").
 * (Written out: a recursive type cannot be inferred.)
 */
export type Condition =
  | { alle: Condition[] }
  | { 'een-van': Condition[] }
  | { niet: Condition; tekst?: Text }
  | { feit: string; is: boolean | string | number; tekst?: Text }
  | { feit: string; in: string[]; tekst?: Text }
  | { feit: string; bevat: string | string[]; tekst?: Text }
  | { feit: string; minstens: Amount; tekst?: Text }
  | { feit: string; hoogstens: Amount; tekst?: Text }
  | { feit: string; onder: Amount; tekst?: Text }
  | { feit: string; boven: Amount; tekst?: Text }
  | { feit: string; vanaf: string; tekst?: Text }
  | { feit: string; voor: string; tekst?: Text };

const leaf = <K extends string, S extends z.ZodMiniType>(key: K, value: S, text: string) =>
  d(
    z.strictObject({ feit: feit(), [key]: d(value, text), tekst: tekst() } as { feit: typeof id; tekst: ReturnType<typeof tekst> } & Record<
      K,
      S
    >),
    text,
  );

export const ConditionSchema: z.ZodMiniType<Condition> = d(
  z.union([
    described(
      z.strictObject({
        get alle() {
          return d(z.array(ConditionSchema).check(z.minLength(1)), 'Alle voorwaarden moeten kloppen. / All conditions must hold.');
        },
      }),
      'Alle voorwaarden moeten kloppen. / All must hold.',
    ),
    described(
      z.strictObject({
        get 'een-van'() {
          return d(z.array(ConditionSchema).check(z.minLength(1)), 'Minstens één voorwaarde moet kloppen. / At least one must hold.');
        },
      }),
      'Minstens één moet kloppen. / At least one must hold.',
    ),
    described(
      z.strictObject({
        get niet() {
          return d(ConditionSchema, 'Deze voorwaarde mag niet kloppen. / This condition must not hold.');
        },
        tekst: z.optional(
          d(
            TextSchema,
            'Eigen uitleg van het omgekeerde, in plaats van "niet ..." ("Krijgt nog geen AOW"). / Own wording of the negation.',
          ),
        ),
      }),
      'Het omgekeerde. / The opposite.',
    ),
    leaf(
      'is',
      z.union([z.boolean(), z.string(), z.number()]),
      'Het antwoord is precies dit: true/false bij een ja-neevraag, een optie bij een keuzevraag. / The answer is exactly this (yes/no or an option).',
    ),
    leaf(
      'in',
      z.array(z.string()).check(z.minLength(1)),
      'Het antwoord is een van deze opties (keuzevraag). / The answer is one of these options.',
    ),
    leaf(
      'bevat',
      z.union([z.string(), z.array(z.string()).check(z.minLength(1))]),
      'Bij een meerkeuzevraag is (een van) deze opties aangevinkt. / A multiple-choice answer includes (one of) these options.',
    ),
    leaf('minstens', AmountSchema, 'Het getal is minstens dit (≥). / The number is at least this.'),
    leaf('hoogstens', AmountSchema, 'Het getal is hoogstens dit (≤). / The number is at most this.'),
    leaf('onder', AmountSchema, 'Het getal is lager dan dit (<). / The number is below this.'),
    leaf('boven', AmountSchema, 'Het getal is hoger dan dit (>). / The number is above this.'),
    leaf('vanaf', isoDate('De datum is op of na deze dag.'), 'De datum is op of na deze dag. / The date is on or after this day.'),
    leaf('voor', isoDate('De datum is voor deze dag.'), 'De datum is voor deze dag. / The date is before this day.'),
  ]),
  'Een voorwaarde: {"alle": [...]}, {"een-van": [...]}, {"niet": ...} of een feit met is, in, bevat, minstens, hoogstens, onder, boven, vanaf of voor. / A condition.',
) as z.ZodMiniType<Condition>;

// ---------------------------------------------------------------- questions (facts that are asked)

export const OptionSchema = d(
  z.strictObject({
    waarde: idOf('De waarde die voorwaarden gebruiken; uniek binnen de vraag. / The value conditions use; unique within the question.'),
    tekst: d(TextSchema, 'Wat de persoon ziet. / What the person sees.'),
    hint: z.optional(d(TextSchema, 'Korte uitleg onder de optie. / A short hint below the option.')),
    exclusief: z.optional(
      d(z.boolean(), 'Wie deze kiest, wist de andere keuzes (zoals "geen van deze"). / Choosing it clears the others.'),
    ),
    geenAdvies: z.optional(
      d(
        z.boolean(),
        '"Dit past wel als" stelt deze keuze nooit voor: niemand kiest ervoor om iets te krijgen (bijstand, ziek, baan kwijt). / "Dit past wel als" never suggests this choice: nobody picks it to get something (social assistance, ill, job lost).',
      ),
    ),
  }),
  'Een antwoordmogelijkheid. / An answer option.',
);
export type Option = z.infer<typeof OptionSchema>;

const perspectiveText = (text: string) =>
  d(
    z.strictObject({
      standaard: d(
        TextSchema,
        'De tekst waar geen eigen tekst voor het perspectief is. / The wording where a perspective has none of its own.',
      ),
      zelf: z.optional(d(TextSchema, 'Voor de persoon zelf. / For the person themselves.')),
      mantelzorger: z.optional(
        d(TextSchema, 'Voor een mantelzorger, over de persoon voor wie die zorgt. / For a carer, about the person cared for.'),
      ),
      werkgever: z.optional(d(TextSchema, 'Voor een werkgever. / For an employer.')),
      professional: z.optional(
        d(TextSchema, 'Voor een huisarts of andere professional, over de patiënt. / For a GP or other professional, about the patient.'),
      ),
    }),
    text,
  );
export const PerspectiveTextSchema = perspectiveText('Tekst per perspectief. / Wording per perspective.');
/** Wording per perspective; `standaard` is used where a perspective has no own wording. */
export type PerspectiveText = z.infer<typeof PerspectiveTextSchema>;

/** A broad word for several options of a question, for the lint rule tekst-breder. */
export const TermSchema = d(
  z.strictObject({
    woorden: d(
      z.strictObject({
        nl: d(
          z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
          'De woorden in het Nederlands, klein geschreven. / The words in Dutch, lower case.',
        ),
        en: d(
          z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
          'De woorden in het Engels, klein geschreven. / The words in English, lower case.',
        ),
      }),
      'Woorden die het begrip noemen; een tekst noemt het als een woord er als heel woord in staat. / Words that name the term, matched as whole words.',
    ),
    opties: d(
      z.array(id).check(z.minLength(2)),
      'De opties die onder het begrip vallen: wie er een koos, heeft wat het woord zegt. / The options the term covers: whoever ticked one has what the word says.',
    ),
  }),
  'Een breed begrip over meer opties. / A broad term over several options.',
);
export type Term = z.infer<typeof TermSchema>;

export const QuestionSchema = d(
  z.strictObject({
    id: idOf('Id van de vraag; voorwaarden noemen het als "feit". / Id of the question; conditions name it as "feit".'),
    onderwerp: d(z.enum(SUBJECTS), 'Over wie de vraag gaat. / Whom the question is about.'),
    type: d(z.enum(QUESTION_TYPES), 'Soort antwoord: ja-nee, keuze (één optie), meerkeuze, getal, bedrag of datum. / Kind of answer.'),
    vraag: perspectiveText('De vraag, per perspectief. / The question, per perspective.'),
    hint: z.optional(perspectiveText('Uitleg onder de vraag. / A hint below the question.')),
    label: d(TextSchema, 'Korte naam in uitleg en overzicht ("Leeftijd"). / Short noun phrase used in explanations and the summary.'),
    opties: z.optional(
      d(
        z.array(OptionSchema).check(z.minLength(2)),
        'De opties van een keuze- of meerkeuzevraag (minstens twee, elke waarde één keer). / The options (at least two, each value once).',
      ),
    ),
    min: z.optional(d(z.number(), 'Kleinste toegestane getal (niet groter dan max). / Smallest number allowed (not above max).')),
    max: z.optional(d(z.number(), 'Grootste toegestane getal. / Largest number allowed.')),
    eenheid: z.optional(
      d(
        z.enum(['procent', 'jaar', 'uur']),
        'De eenheid van een getalvraag, getoond naast het veld (procent: %). / The unit of a number question, shown beside the field.',
      ),
    ),
    per: z.optional(
      d(
        z.enum(['maand', 'jaar']),
        'De periode van een bedragvraag; de wizard toont het bedrag terug als "€ 1.500 per maand". / The period of an amount question, shown back with the amount.',
      ),
    ),
    geboortemaand: z.optional(
      idOf(
        'Bij een leeftijd in hele jaren: de keuzevraag naar de geboortemaand (opties "1" tot en met "12"). De wijzer stelt die alleen als hij een uitkomst beslist (AOW-leeftijd 67 jaar en 3 maanden), en noemt dan de maand waarin een regeling begint. / For an age in whole years: the choice question for the birth month (options "1" to "12").',
      ),
    ),
    vast: z.optional(
      d(
        z.boolean(),
        'Een feit dat de persoon niet kan of hoort te veranderen (leeftijd, iets wat al gebeurd is, een zorg of beperking, hoeveel zorg iemand nodig heeft, een besluit of diploma dat er al is, en hoe en met wie iemand woont: een partner, huisgenoten, de woning): "Dit past wel als" noemt het nooit, want de vorm van een huishouden of een zorgbehoefte is geen advies. / A fact the person cannot or should not change (age, a past event, a worry or disability, how much care someone needs, a decision or diploma already there, and how and with whom someone lives: a partner, housemates, the home): "Dit past wel als" never names it, as household form or a need for care is not advice.',
      ),
    ),
    weetNiet: z.optional(
      d(z.boolean(), '"Weet ik niet" wordt aangeboden (geeft onbekend, nooit nee). / "Don\'t know" is offered (unknown, never no).'),
    ),
    vooraan: z.optional(d(z.boolean(), 'Eerst vragen, voor de rangschikking op nut. / Asked before the ranking by usefulness.')),
    hulpvraag: z.optional(
      d(
        z.boolean(),
        'Deze vraag vraagt waar iemand hulp bij zoekt; de optiewaarden zijn de onderwerpen van regelingen, "alles" toont alles. / This question asks what someone needs help with; its option values are the topics.',
      ),
    ),
    perspectieven: z.optional(
      d(
        z.array(z.enum(PERSPECTIVES)),
        'Alleen in deze perspectieven (standaard: elk perspectief waar het onderwerp bij hoort). / Only in these perspectives.',
      ),
    ),
    begrippen: z.optional(
      d(
        z.array(TermSchema),
        'Brede woorden die meer opties van deze vraag omvatten ("ziekte", "beperking"). De lint (regel tekst-breder) meldt een voorwaarde waarvan de tekst zo\'n woord gebruikt, maar die niet alle opties van dat woord toetst. / Broad words that cover several options of this question; the lint (rule tekst-breder) flags a condition whose text uses one but does not check all its options.',
      ),
    ),
  }),
  'Een vraag: een feit dat gevraagd wordt. / A question: a fact that is asked.',
);
export type Question = z.infer<typeof QuestionSchema>;

export const DerivedSchema = d(
  z.strictObject({
    id: idOf('Id van het afgeleide feit. / Id of the derived fact.'),
    label: d(TextSchema, 'Korte naam in uitleg. / Short name in explanations.'),
    deel: idOf('De vraag waarvan het antwoord het deel is. / The question whose answer is the part.'),
    van: idOf('Het cijfer waarvan het een percentage is. / The figure it is a percentage of.'),
    maal: z.optional(
      d(z.number(), 'Vermenigvuldig het cijfer eerst hiermee (bijv. 12 voor een jaar). / Multiply the figure by this first.'),
    ),
  }),
  'Een afgeleid feit: deel als percentage van cijfer van (wordt nooit gevraagd). / A derived fact (never asked).',
);
/** A derived fact: `deel` as a percentage of the figure `van` (never asked). */
export type Derived = z.infer<typeof DerivedSchema>;

const schemaRef = () =>
  z.optional(d(z.string(), 'Het JSON Schema van dit bestand, voor de editor. / The JSON Schema of this file, for the editor.'));

export const QuestionsFileSchema = d(
  z.strictObject({
    $schema: schemaRef(),
    vragen: d(z.array(QuestionSchema), 'Alle vragen. / All questions.'),
    afgeleid: z.optional(
      d(z.array(DerivedSchema), 'Feiten die uit antwoorden en cijfers volgen. / Facts that follow from answers and figures.'),
    ),
  }),
  'vragen.json: de vragen en afgeleide feiten. / The questions and derived facts.',
);
export type QuestionsFile = z.infer<typeof QuestionsFileSchema>;

// ---------------------------------------------------------------- figures (norms, limits, amounts)

export const FigureValueSchema = d(
  z.union([
    z.number(),
    d(
      z.strictObject({ van: d(z.number(), 'Ondergrens. / Lower bound.'), tot: d(z.number(), 'Bovengrens. / Upper bound.') }),
      'Een bereik waar het cijfer per gemeente verschilt of niet precies bekend is; binnen het bereik is de uitkomst "misschien". / A range.',
    ),
  ]),
  'De waarde: een getal of een bereik {"van", "tot"}. / The value: a number or a range.',
);
/** A figure value: exact, or a range where it varies (e.g. local minima limits 110–130%). */
export type FigureValue = z.infer<typeof FigureValueSchema>;

export const FigureEntrySchema = d(
  z.strictObject({
    waarde: FigureValueSchema,
    als: z.optional(d(ConditionSchema, 'Deze waarde geldt alleen als dit klopt (bijv. voor alleenstaanden). / Only when this holds.')),
    geldigVanaf: isoDate('Geldig vanaf deze dag.'),
    geldigTot: z.optional(isoDate('Geldig tot en met deze dag.')),
  }),
  'Een waarde met de periode waarin die geldt. / A value with the period it applies to.',
);
export type FigureEntry = z.infer<typeof FigureEntrySchema>;

export const FigureSchema = d(
  z.strictObject({
    id: idOf('Id van het cijfer. / Id of the figure.'),
    naam: d(TextSchema, 'Naam van het cijfer. / Name of the figure.'),
    eenheid: d(z.enum(UNITS), 'Eenheid. / Unit.'),
    bron: bron(),
    peildatum: peildatum(),
    waarden: d(z.array(FigureEntrySchema).check(z.minLength(1)), 'De waarden per periode. / Values per period.'),
  }),
  'Een norm, grens of bedrag met bron en data. / A norm, limit or amount.',
);
export type Figure = z.infer<typeof FigureSchema>;

export const FiguresFileSchema = d(
  z.strictObject({ $schema: schemaRef(), cijfers: d(z.array(FigureSchema), 'Alle cijfers. / All figures.') }),
  'cijfers.json: normen, grenzen en bedragen met hun data. / Norms, limits and amounts with their dates.',
);
export type FiguresFile = z.infer<typeof FiguresFileSchema>;

// ---------------------------------------------------------------- counters

const contactShape = () => ({
  naam: d(TextSchema, 'Naam zoals de persoon die kent. / Name as people know it.'),
  telefoon: z.optional(
    d(
      z.string().check(z.regex(/^[0-9 +-]{3,20}$/, 'verwacht een telefoonnummer')),
      'Telefoonnummer, alleen zoals de bron het geeft. / Phone number, only as the source gives it.',
    ),
  ),
  website: z.optional(url('Website.')),
  afspraak: z.optional(
    url(
      'Afspraak maken: de pagina waar iemand zelf online een afspraak maakt (alleen https). / Where people book an appointment online (https only).',
    ),
  ),
  adres: z.optional(d(TextSchema, 'Bezoekadres. / Visiting address.')),
  openingstijden: z.optional(d(TextSchema, 'Openingstijden. / Opening hours.')),
  bron: bron(),
  peildatum: peildatum(),
});
export const ContactSchema = d(
  z.strictObject(contactShape()),
  'Een contact: naam, telefoon, website, adres, met bron en peildatum. / A contact.',
);
export type Contact = z.infer<typeof ContactSchema>;

export const CounterSchema = d(
  z.strictObject({
    id: idOf('Id van het loket; regelingen noemen het in "loket". / Id of the counter.'),
    soort: d(
      z.enum(COUNTER_KINDS),
      'landelijk: één organisatie met contact; rol: een gemeentelijk loket dat een overlay invult. / national organisation, or a municipal role.',
    ),
    uitleg: z.optional(d(TextSchema, 'Wat dit loket doet. / What this counter does.')),
    algemeen: z.optional(
      d(
        TextSchema,
        'Eerlijke algemene tekst waar geen gemeente het loket invult ("neem contact op met uw gemeente"). / General wording where no overlay fills in the role.',
      ),
    ),
    crisis: z.optional(
      d(
        z.boolean(),
        'Een crisislijn (113, Veilig Thuis): komt altijd eerst, en geen overlay mag hem weghalen of voorbijgaan. / A crisis line.',
      ),
    ),
    eerst: z.optional(
      d(
        z.boolean(),
        'Het besluit van dit loket bepaalt waar andere hulp vandaan komt (CIZ, zorgkantoor): het staat vooraan bij de loketten waar iets past. / Its decision settles where other help comes from: first among the counters where something fits.',
      ),
    ),
    ...contactShape(),
  }),
  'Een loket. / A counter.',
);
/**
 * A counter. `landelijk`: one national organisation with its contact. `rol`: a municipal role
 * (Wmo-loket, Werkplein ...) that an overlay fills in; `algemeen` is the honest wording used
 * where no overlay does, plus a national fallback contact where one exists.
 */
export type Counter = z.infer<typeof CounterSchema>;

export const CountersFileSchema = d(
  z.strictObject({ $schema: schemaRef(), loketten: d(z.array(CounterSchema), 'Alle loketten. / All counters.') }),
  'loketten.json: de loketten en gemeentelijke rollen. / Counters and municipal roles.',
);
export type CountersFile = z.infer<typeof CountersFileSchema>;

// ---------------------------------------------------------------- amounts (what a regeling is worth)

/**
 * A formula over figures and answers. One key names its kind: a number; `cijfer` (a figure
 * valid on the check date, a range where the figure is one); `feit` (the answer to a number or
 * amount question); `som`, `min` (verschil: first minus the rest), `maal`, `gedeeld`, `max`,
 * `kleinste`; and `als` … `dan` … `anders` (a condition picks one of two formulas).
 * (Written out: a recursive type cannot be inferred.)
 */
export type Formula =
  | number
  | { cijfer: string }
  | { feit: string }
  | { som: Formula[] }
  | { verschil: Formula[] }
  | { maal: Formula[] }
  | { gedeeld: [Formula, Formula] }
  | { max: Formula[] }
  | { kleinste: Formula[] }
  | { als: Condition; dan: Formula; anders: Formula };

const formulas = (text: string) => d(z.array(FormulaRef()).check(z.minLength(1)), text);
function FormulaRef(): z.ZodMiniType<Formula> {
  return FormulaSchema;
}
export const FormulaSchema: z.ZodMiniType<Formula> = d(
  z.union([
    z.number(),
    d(z.strictObject({ cijfer: idOf('Een cijfer uit cijfers.json. / A figure.') }), 'Een cijfer uit cijfers.json. / A figure.'),
    d(
      z.strictObject({ feit: idOf('Een getal- of bedragvraag. / A number or amount question.') }),
      'Het antwoord op een getal- of bedragvraag. / The answer to a number question.',
    ),
    described(
      z.strictObject({
        get som() {
          return formulas('Opgeteld. / Added up.');
        },
      }),
      'De som. / The sum.',
    ),
    described(
      z.strictObject({
        get verschil() {
          return formulas('De eerste min de rest. / The first minus the rest.');
        },
      }),
      'Het verschil. / The difference.',
    ),
    described(
      z.strictObject({
        get maal() {
          return formulas('Vermenigvuldigd. / Multiplied.');
        },
      }),
      'Het product. / The product.',
    ),
    described(
      z.strictObject({
        get gedeeld() {
          return d(z.tuple([FormulaRef(), FormulaRef()]), 'Het eerste gedeeld door het tweede. / The first divided by the second.');
        },
      }),
      'Een deling. / A division.',
    ),
    described(
      z.strictObject({
        get max() {
          return formulas('Het grootste. / The largest.');
        },
      }),
      'Het grootste. / The largest.',
    ),
    described(
      z.strictObject({
        get kleinste() {
          return formulas('Het kleinste. / The smallest.');
        },
      }),
      'Het kleinste. / The smallest.',
    ),
    described(
      z.strictObject({
        als: d(ConditionSchema, 'Als dit klopt … / If this holds …'),
        get dan() {
          return d(FormulaRef(), '… dan deze formule. / … then this formula.');
        },
        get anders() {
          return d(FormulaRef(), '… anders deze. / … else this one.');
        },
      }),
      'Een keuze tussen twee formules. / A choice between two formulas.',
    ),
  ]),
  'Een formule over cijfers en antwoorden. / A formula over figures and answers.',
) as z.ZodMiniType<Formula>;

export const AmountRuleSchema = d(
  z.strictObject({
    formule: d(FormulaSchema, 'Het bedrag: een vast getal of een formule. / The amount: a fixed number or a formula.'),
    per: d(z.enum(AMOUNT_PERIODS), 'Per maand, kwartaal of jaar. / Per month, quarter or year.'),
    rekenhulp: z.optional(url('De officiële rekenhulp of proefberekening.')),
    toeslag: z.optional(
      d(
        z.boolean(),
        'Een voorschot dat later wordt vastgesteld: de uitslag noemt de kans op terugbetalen. / An advance: the result names the repayment risk.',
      ),
    ),
    schatting: z.optional(
      idOf(
        'Het antwoord dat een schatting is (het inkomen van dit jaar): de uitslag toont ook het bedrag bij 10% meer. / The estimated answer: the result also shows the amount at 10% more.',
      ),
    ),
    totaalAls: z.optional(
      d(
        ConditionSchema,
        'Als dit klopt, krijgt de persoon de regeling al en is het bedrag het totaal per periode (de norm), geen extra geld: de uitslag zegt "In totaal ongeveer". Laat de formule dan ook het totaal rekenen (met "als"). / When this holds, the person already gets it and the amount is the total per period (the norm), not extra money.',
      ),
    ),
  }),
  'Wat de regeling ongeveer waard is. / Roughly what the regeling is worth.',
);
/** What a regeling is worth: a formula, the period, the official calculator, the repayment risk. */
export type AmountRule = z.infer<typeof AmountRuleSchema>;

// ---------------------------------------------------------------- regelingen

export const PrecedenceSchema = d(
  z.strictObject({
    regeling: idOf('De regeling die voorgaat. / The regeling that goes first.'),
    reden: d(
      TextSchema,
      'Waar de persoon het dan wel krijgt ("Met een Wlz-indicatie krijgt u dit via het zorgkantoor"). / Where the person gets it instead.',
    ),
    als: z.optional(d(ConditionSchema, 'Alleen als dit ook klopt. / Only when this holds too.')),
    soort: z.optional(
      d(
        z.enum(PRECEDENCE_KINDS),
        'in-plaats-van (standaard): past die, dan past deze niet. eerst: die komt eerst, deze daarna of ernaast; zolang die (misschien) past, is deze hoogstens misschien, nooit "past niet" door de voorrang (WW, dan IOW; een Wlz-indicatie aanvragen). / instead (default): when that one fits, this one does not. first: that one comes first, this one after or beside it; while that one (may) fit, this one is at most maybe.',
      ),
    ),
  }),
  'Een regeling die voorgaat. / A regeling that goes first.',
);
/** One precedence: `regeling` goes first; `reden` says where the person gets it instead. */
export type Precedence = z.infer<typeof PrecedenceSchema>;

export const CapSchema = d(
  z.strictObject({
    als: d(
      ConditionSchema,
      'Als dit klopt of nog onbekend is, is de uitkomst hoogstens misschien. / When this holds or is still unknown, the outcome is at most maybe.',
    ),
    reden: d(
      TextSchema,
      'Waarom, in een zin die ook klopt als het nog onbekend is ("Veel gemeenten hebben een grens voor spaargeld"). / Why, in a sentence that is true while it is still unknown.',
    ),
  }),
  'Een situatie waarin de widget het niet zeker weet: hoogstens misschien, met de reden. / A situation in which the widget cannot be sure: at most maybe, with the reason.',
);
/** When `als` holds or is unknown, the outcome is at most misschien, with `reden`. */
export type Cap = z.infer<typeof CapSchema>;

export const QuietSchema = d(
  z.strictObject({
    als: d(
      ConditionSchema,
      'Als dit klopt (niet: als het onbekend is), en de uitkomst is misschien door een feit uit "onbekend", dan wordt de regeling niet getoond. / When this holds (not: when it is unknown) and the outcome is maybe because of a fact in "onbekend", the regeling is not shown.',
    ),
    onbekend: d(
      z.array(id).check(z.minLength(1)),
      'De feiten (vragen) waarvan een onbekend antwoord (niet gevraagd of "weet ik niet") de regeling dan stil houdt. / The facts whose unknown answer then keeps the regeling quiet.',
    ),
    reden: d(TextSchema, 'Waarom dit "misschien" voor deze lezer ruis is. / Why this maybe is noise for this reader.'),
  }),
  'Een "misschien" dat niet getoond wordt: bijv. WIA voor de ouder van een mantelzorger onder 18 die niet weet of die ouder werkt. / A maybe that is not shown: e.g. WIA for the parent of a carer under 18 who does not know whether that parent works.',
);
/** When `als` holds and the outcome is misschien because a fact in `onbekend` is unknown, the regeling is left out of the result. */
export type Quiet = z.infer<typeof QuietSchema>;

export const RegelingSchema = d(
  z.strictObject({
    id: idOf("Id van de regeling; scenario's en statistieken gebruiken het. Verander het niet. / Id; scenarios and statistics use it."),
    naam: d(TextSchema, 'Naam (hoogstens 90 tekens). / Name (at most 90 characters).'),
    uitleg: d(
      TextSchema,
      'Wat het is, in 40 tot 600 tekens, gericht aan de persoon zelf ("u"). / What it is, 40 to 600 characters, addressed to the person themselves.',
    ),
    uitlegPerspectief: z.optional(
      d(
        z.strictObject({
          mantelzorger: z.optional(
            d(
              TextSchema,
              'De uitleg voor een mantelzorger: over "degene voor wie u zorgt", niet tegen hem of haar. / The explanation for a carer: about the person cared for.',
            ),
          ),
          professional: z.optional(
            d(
              TextSchema,
              'De uitleg voor een huisarts of andere professional: over "uw patiënt". / The explanation for a GP: about the patient.',
            ),
          ),
        }),
        'Uitleg per perspectief, waar "u" in de gewone uitleg niet de lezer is. / The explanation per perspective, where the plain one would address the wrong reader.',
      ),
    ),
    domein: d(z.enum(DOMAINS), 'Het domein. / The domain.'),
    voor: d(z.enum(SUBJECTS), 'Wie er baat bij heeft; de uitslag groepeert hierop. / Whom it benefits.'),
    niveau: d(z.enum(LEVELS), 'Landelijk, gemeentelijk of beide. In een overlay altijd gemeentelijk. / National, municipal or both.'),
    wet: z.optional(
      d(
        z.strictObject({
          naam: d(TextSchema, 'Naam van de wet of verordening. / Name of the law.'),
          url: z.optional(url('Link naar de wettekst (wetten.overheid.nl of lokaleregelgeving.overheid.nl).')),
        }),
        'De wettelijke grondslag. / The legal basis.',
      ),
    ),
    beslist: d(TextSchema, 'Wie beslist. / Who decides.'),
    loket: idOf('Het loket uit loketten.json waar de persoon heen gaat. / The counter to go to.'),
    loketVan: z.optional(
      d(z.enum(SUBJECTS), 'Wiens gemeente het loket invult (standaard: persoon). / Whose municipality resolves the counter role.'),
    ),
    meenemen: z.optional(d(z.array(TextSchema), 'Wat de persoon meeneemt. / What to bring.')),
    upl: z.optional(d(z.string(), 'Uniforme Productnaam (UPL). / Uniform product name.')),
    bron: bron(),
    peildatum: peildatum(),
    geldigVanaf: isoDate('Geldig vanaf deze dag.'),
    geldigTot: z.optional(isoDate('Geldig tot en met deze dag (niet voor geldigVanaf).')),
    voorwaarden: d(ConditionSchema, 'Wanneer de regeling past. / When the regeling fits.'),
    urgentAls: z.optional(
      d(ConditionSchema, 'Als dit ook klopt, is het dringend (bijv. huisuitzetting dreigt). / When this holds too, it is urgent.'),
    ),
    kosten: z.optional(
      d(
        z.strictObject({
          tekst: d(
            TextSchema,
            'Wat de hulp kost, zonder bedrag ("u betaalt een eigen bijdrage per maand"). / What the help costs, without an amount.',
          ),
          tekstPerspectief: z.optional(
            d(
              z.strictObject({
                mantelzorger: z.optional(
                  d(
                    TextSchema,
                    'Voor een mantelzorger: wie betaalt ("degene voor wie u zorgt betaalt"), niet "u betaalt". / For a carer: who pays (the person cared for).',
                  ),
                ),
                professional: z.optional(
                  d(TextSchema, 'Voor een huisarts of andere professional: "uw patiënt betaalt". / For a GP: the patient pays.'),
                ),
              }),
              'De kostentekst per perspectief, waar "u" in de gewone tekst niet de lezer is. / The costs text per perspective, where the plain one would address the wrong reader.',
            ),
          ),
          loket: idOf('Het loket dat de rekening stuurt of vragen beantwoordt (bijv. cak). / The counter that bills or answers questions.'),
        }),
        "Informatie over de kosten, getoond bij een uitkomst die past of misschien past, met het contact van het loket (de Wmo-eigen bijdrage via het CAK). Geen regeling die past. / Information about the costs, shown with the counter's contact.",
      ),
    ),
    voorbehoud: z.optional(
      d(
        TextSchema,
        'Ook als de voorwaarden kloppen blijft het "misschien", met deze reden ("Doe de proefberekening"). / The outcome stays "maybe" for this reason.',
      ),
    ),
    crisis: z.optional(
      d(
        z.boolean(),
        'Een landelijke crisislijn: komt eerst. Niet toegestaan in een overlay. / A national crisis line: comes first. Not allowed in an overlay.',
      ),
    ),
    gevoelig: z.optional(
      d(
        z.boolean(),
        'Zegt iets over gezondheid, geweld of een crisis (bijzonder persoonsgegeven): de widget noemt deze regeling nooit in de events voor de hostpagina. Crisislijnen gelden altijd als gevoelig. / Special-category data (health, violence, crisis): never named in the events for the host page. Crisis lines always count as sensitive.',
      ),
    ),
    perspectieven: z.optional(
      d(z.array(z.enum(PERSPECTIVES)), 'Alleen in deze perspectieven (standaard: volgt uit "voor"). / Only in these perspectives.'),
    ),
    onderwerpen: z.optional(
      d(
        z.array(id).check(z.minLength(1)),
        'Onderwerpen: opties van de vraag met "hulpvraag": true. Zonder onderwerpen telt hij altijd mee. / Topics: options of the help question.',
      ),
    ),
    misschienAls: z.optional(
      d(
        z.array(CapSchema).check(z.minLength(1)),
        'Situaties waarin de uitkomst hoogstens misschien is, met de reden (bijv. spaargeld boven de grens voor bijstand bij een lokale minimaregeling). / Situations in which the outcome is at most maybe, with the reason.',
      ),
    ),
    nietTonenAls: z.optional(
      d(
        z.array(QuietSchema).check(z.minLength(1)),
        'Situaties waarin een "misschien" niet getoond wordt, omdat het voor deze lezer ruis is (bijv. WIA voor de ouder van een mantelzorger onder 18, zolang het werk van de ouder onbekend is). / Situations in which a maybe is not shown, because it is noise for this reader.',
      ),
    ),
    voorrang: z.optional(
      d(
        z.array(PrecedenceSchema).check(z.minLength(1)),
        'Regelingen die voorgaan: past er een, dan geldt deze niet. / Regelingen that go first.',
      ),
    ),
    bedrag: z.optional(AmountRuleSchema),
    breed: z.optional(
      d(
        z.boolean(),
        'Een brede landelijke check: ook buiten de gekozen onderwerpen getoond als hij al (misschien) past. / A broad national check.',
      ),
    ),
    vooruitVragen: z.optional(
      d(
        z.boolean(),
        'Past hij nu niet alleen door de leeftijd, en wordt de persoon binnen een jaar oud genoeg? Dan stelt de wijzer zijn vragen toch, zodat de uitslag "kan passen vanaf [maand]" kan zeggen (zorgtoeslag bij 18, AIO bij de AOW-leeftijd). Alleen voor regelingen die bij die overgang horen. / Asks its questions before the age limit when the person reaches it within a year, so the result can say "may fit from [month]".',
      ),
    ),
    komtVanaf: z.optional(
      d(
        z.enum(['maand-erna', 'kwartaal-erna']),
        'Wanneer de regeling ingaat als de persoon de leeftijd bereikt: de maand na de verjaardag (zorgtoeslag) of het kwartaal erna (studiefinanciering, tegemoetkoming scholieren). Zonder dit veld: de maand van de verjaardag. / When it starts once the age is reached: the month after the birthday, or the next quarter.',
      ),
    ),
  }),
  'Een regeling. / A regeling (scheme).',
);
export type Regeling = z.infer<typeof RegelingSchema>;

export const RegelingenFileSchema = d(
  z.strictObject({
    $schema: schemaRef(),
    regelingen: d(z.array(RegelingSchema), 'De regelingen van dit domein. / The regelingen of this domain.'),
  }),
  'regelingen/*.json: regelingen van één domein. / Regelingen of one domain.',
);
export type RegelingenFile = z.infer<typeof RegelingenFileSchema>;

// ---------------------------------------------------------------- municipal overlay

export const OverlaySchema = d(
  z.strictObject({
    $schema: schemaRef(),
    gemeente: d(
      z.string().check(z.regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode als GM0344')),
      'CBS-gemeentecode, gelijk aan het attribuut gemeente op de pagina ("GM0344"). / CBS municipality code.',
    ),
    naam: d(nonEmpty, 'Naam van de gemeente. / Name of the municipality.'),
    bron: bron(),
    peildatum: peildatum(),
    loketten: z.optional(
      d(
        z.record(id, ContactSchema),
        'Per gemeentelijke rol uit loketten.json (soort "rol") het eigen contact. / Per municipal role, the local contact.',
      ),
    ),
    cijfers: z.optional(
      d(
        z.array(FigureSchema),
        'Lokale cijfers; een cijfer met hetzelfde id vervangt het landelijke. / Local figures replace national ones with the same id.',
      ),
    ),
    regelingen: z.optional(d(z.array(RegelingSchema), 'Lokale regelingen (niveau "gemeentelijk"; geen crisislijnen). / Local regelingen.')),
    vervalt: z.optional(
      d(
        z.array(id),
        'Landelijke regelingen die de gemeente niet aanbiedt (nooit een crisislijn). / National regelingen the municipality does not offer.',
      ),
    ),
  }),
  'Een gemeentelijke overlay: lokale loketten, cijfers en regelingen. / A municipal overlay.',
);
export type Overlay = z.infer<typeof OverlaySchema>;

// ---------------------------------------------------------------- scenarios (journeys for the tests)

export const ScenarioSchema = d(
  z.strictObject({
    $schema: schemaRef(),
    naam: d(nonEmpty, 'Korte naam. / Short name.'),
    beschrijving: d(nonEmpty, 'Wie het is en wat er speelt. / Who it is and what is going on.'),
    perspectief: d(z.enum(PERSPECTIVES), 'Wie de vragen beantwoordt. / Who answers.'),
    gemeente: z.optional(
      d(
        z.string().check(z.regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode als GM0344')),
        'Gemeente (de overlay wordt gebruikt als die er is). / Municipality.',
      ),
    ),
    datum: isoDate('De datum van de check.'),
    antwoorden: d(
      z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.array(z.string()), z.null()])),
      'Antwoord per vraag-id; null is "weet ik niet". Elke vraag die de wijzer stelt moet een antwoord hebben. / Answer per question id; null is "don\'t know".',
    ),
    moetTonen: d(z.array(id), 'Regelingen die getoond moeten worden (past of misschien). / Regelingen that must show.'),
    magNietTonen: d(z.array(id), 'Regelingen die niet getoond mogen worden. / Regelingen that must not show.'),
    hoogstensMisschien: z.optional(
      d(
        z.array(id),
        'Regelingen die getoond mogen worden, maar niet als "past waarschijnlijk" (bijv. bijstand terwijl eerst de WW komt). / Regelingen that may show, but not as "likely".',
      ),
    ),
    moetPassen: z.optional(
      d(
        z.array(id),
        'Regelingen die als "past waarschijnlijk" getoond moeten worden, niet als "misschien". / Regelingen that must show as "likely", not as "maybe".',
      ),
    ),
    urgent: z.optional(d(z.array(id), 'Regelingen die als dringend gemarkeerd moeten zijn. / Must be marked urgent.')),
    komt: z.optional(
      d(
        z.array(id),
        'Regelingen die nu niet passen, maar binnen een jaar wel, doordat de persoon ouder wordt ("vanaf februari 2027"). / Regelingen that do not fit now but will within a year, as the person gets older.',
      ),
    ),
    eersteLoket: z.optional(idOf('Het loket dat bovenaan de uitslag moet staan. / The counter that must lead the result.')),
  }),
  'Een scenario: antwoorden erin, wat wel en niet getoond moet worden eruit. / A scenario.',
);
export type Scenario = z.infer<typeof ScenarioSchema>;

// ---------------------------------------------------------------- the dataset as the engine sees it

/** All files merged into one dataset, plus the municipality whose overlay is merged in, if any. */
export interface Dataset {
  vragen: Question[];
  afgeleid: Derived[];
  cijfers: Figure[];
  loketten: Counter[];
  regelingen: Regeling[];
  gemeente?: { code: string; naam: string; bron: string; peildatum: string; loketten: Record<string, Contact> };
}
