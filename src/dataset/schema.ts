/**
 * zod schemas of the declarative dataset in regelingen/. The TypeScript types the rest of the
 * code uses are written out here too, so a reader sees the whole data model in one file.
 * The JSON Schemas in regelingen/schema/ are generated from these (npm run schema).
 */
import { z } from './zod.js';

// ---------------------------------------------------------------- small shared pieces

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language. */
export interface Text { nl: string; en: string }
const nonEmpty = z.string().check(z.minLength(1, 'mag niet leeg zijn'));
export const TextSchema = z.strictObject({ nl: nonEmpty, en: nonEmpty });

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z.string().check(z.regex(DATE_PATTERN, 'verwacht een datum als JJJJ-MM-DD'));
const url = z.string().check(z.regex(/^https:\/\/\S+$/, 'verwacht een https-adres'));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'verwacht kleine letters, cijfers, punt of streepje'));

/** Who the questions are about: the asker's role. */
export const PERSPECTIVES = ['zelf', 'mantelzorger', 'werkgever', 'professional'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
/** Whom a fact is about, or whom a regeling benefits. */
export const SUBJECTS = ['persoon', 'mantelzorger', 'werkgever'] as const;
export type Subject = (typeof SUBJECTS)[number];

// ---------------------------------------------------------------- conditions

/** A number, or a reference to a figure in cijfers.json (resolved for the check date). */
export type Amount = number | { cijfer: string };
const AmountSchema = z.union([z.number(), z.strictObject({ cijfer: id })]);

/**
 * A condition. One key names its kind: `alle`, `een-van`, `niet`, or, for a fact, one of
 * `is`, `in`, `bevat`, `minstens`, `hoogstens`, `onder`, `boven`, `vanaf`, `voor`.
 * `tekst` optionally overrides the generated explanation of a leaf ("Leeftijd 67 of ouder").
 */
export type Condition =
  | { alle: Condition[] }
  | { 'een-van': Condition[] }
  | { niet: Condition }
  | { feit: string; is: boolean | string | number; tekst?: Text }
  | { feit: string; in: string[]; tekst?: Text }
  | { feit: string; bevat: string | string[]; tekst?: Text }
  | { feit: string; minstens: Amount; tekst?: Text }
  | { feit: string; hoogstens: Amount; tekst?: Text }
  | { feit: string; onder: Amount; tekst?: Text }
  | { feit: string; boven: Amount; tekst?: Text }
  | { feit: string; vanaf: string; tekst?: Text }
  | { feit: string; voor: string; tekst?: Text };

const leaf = <K extends string, S extends z.ZodMiniType>(key: K, value: S) =>
  z.strictObject({ feit: id, [key]: value, tekst: z.optional(TextSchema) } as { feit: typeof id; tekst: z.ZodMiniOptional<typeof TextSchema> } & Record<K, S>);

export const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ get alle() { return z.array(ConditionSchema).check(z.minLength(1)); } }),
  z.strictObject({ get 'een-van'() { return z.array(ConditionSchema).check(z.minLength(1)); } }),
  z.strictObject({ get niet() { return ConditionSchema; } }),
  leaf('is', z.union([z.boolean(), z.string(), z.number()])),
  leaf('in', z.array(z.string()).check(z.minLength(1))),
  leaf('bevat', z.union([z.string(), z.array(z.string()).check(z.minLength(1))])),
  leaf('minstens', AmountSchema),
  leaf('hoogstens', AmountSchema),
  leaf('onder', AmountSchema),
  leaf('boven', AmountSchema),
  leaf('vanaf', isoDate),
  leaf('voor', isoDate),
]) as unknown as z.ZodMiniType<Condition>;

// ---------------------------------------------------------------- questions (facts that are asked)

export const QUESTION_TYPES = ['ja-nee', 'keuze', 'meerkeuze', 'getal', 'bedrag', 'datum'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Option { waarde: string; tekst: Text; hint?: Text; exclusief?: boolean }
const OptionSchema = z.strictObject({
  waarde: id, tekst: TextSchema, hint: z.optional(TextSchema), exclusief: z.optional(z.boolean()),
});

/** Wording per perspective; `standaard` is used where a perspective has no own wording. */
export type PerspectiveText = { standaard: Text } & Partial<Record<Perspective, Text>>;
const PerspectiveTextSchema = z.strictObject({
  standaard: TextSchema, zelf: z.optional(TextSchema), mantelzorger: z.optional(TextSchema),
  werkgever: z.optional(TextSchema), professional: z.optional(TextSchema),
});

export interface Question {
  id: string;
  onderwerp: Subject;
  type: QuestionType;
  vraag: PerspectiveText;
  hint?: PerspectiveText;
  /** Short noun phrase used in explanations and on the summary ("Leeftijd"). */
  label: Text;
  opties?: Option[];
  min?: number;
  max?: number;
  /** "Weet ik niet" is offered (gives unknown, never no). */
  weetNiet?: boolean;
  /** Asked before the ranking by usefulness, e.g. the safety question. */
  vooraan?: boolean;
  /** Only in these perspectives (default: every perspective its subject belongs to). */
  perspectieven?: Perspective[];
}
export const QuestionSchema = z.strictObject({
  id, onderwerp: z.enum(SUBJECTS), type: z.enum(QUESTION_TYPES),
  vraag: PerspectiveTextSchema, hint: z.optional(PerspectiveTextSchema), label: TextSchema,
  opties: z.optional(z.array(OptionSchema).check(z.minLength(2))),
  min: z.optional(z.number()), max: z.optional(z.number()),
  weetNiet: z.optional(z.boolean()), vooraan: z.optional(z.boolean()),
  perspectieven: z.optional(z.array(z.enum(PERSPECTIVES))),
});

/** A derived fact: `deel` as a percentage of the figure `van` (never asked). */
export interface Derived { id: string; label: Text; deel: string; van: string; maal?: number }
export const DerivedSchema = z.strictObject({
  id, label: TextSchema, deel: id, van: id, maal: z.optional(z.number()),
});

export interface QuestionsFile { vragen: Question[]; afgeleid?: Derived[] }
export const QuestionsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  vragen: z.array(QuestionSchema), afgeleid: z.optional(z.array(DerivedSchema)),
});

// ---------------------------------------------------------------- figures (norms, limits, amounts)

/** A figure value: exact, or a range where it varies (e.g. local minima limits 110–130%). */
export type FigureValue = number | { van: number; tot: number };
export interface FigureEntry { waarde: FigureValue; als?: Condition; geldigVanaf: string; geldigTot?: string }
export interface Figure {
  id: string; naam: Text; eenheid: 'euro-per-maand' | 'euro-per-jaar' | 'euro' | 'procent' | 'jaar';
  bron: string; peildatum: string; waarden: FigureEntry[];
}
export const FigureSchema = z.strictObject({
  id, naam: TextSchema, eenheid: z.enum(['euro-per-maand', 'euro-per-jaar', 'euro', 'procent', 'jaar']),
  bron: url, peildatum: isoDate,
  waarden: z.array(z.strictObject({
    waarde: z.union([z.number(), z.strictObject({ van: z.number(), tot: z.number() })]),
    als: z.optional(ConditionSchema), geldigVanaf: isoDate, geldigTot: z.optional(isoDate),
  })).check(z.minLength(1)),
});
export interface FiguresFile { cijfers: Figure[] }
export const FiguresFileSchema = z.strictObject({ $schema: z.optional(z.string()), cijfers: z.array(FigureSchema) });

// ---------------------------------------------------------------- counters

export interface Contact {
  naam: Text; telefoon?: string; website?: string; adres?: Text; openingstijden?: Text;
  bron: string; peildatum: string;
}
const ContactShape = {
  naam: TextSchema, telefoon: z.optional(z.string().check(z.regex(/^[0-9 +-]{3,20}$/, 'verwacht een telefoonnummer'))),
  website: z.optional(url), adres: z.optional(TextSchema), openingstijden: z.optional(TextSchema),
  bron: url, peildatum: isoDate,
};
/**
 * A counter. `landelijk`: one national organisation with its contact. `rol`: a municipal role
 * (Wmo-loket, Werkplein ...) that an overlay fills in; `algemeen` is the honest wording used
 * where no overlay does, plus a national fallback contact where one exists.
 */
export interface Counter extends Partial<Contact> {
  id: string; soort: 'landelijk' | 'rol'; uitleg?: Text; algemeen?: Text; crisis?: boolean;
  naam: Text; bron: string; peildatum: string;
}
export const CounterSchema = z.strictObject({
  id, soort: z.enum(['landelijk', 'rol']), uitleg: z.optional(TextSchema), algemeen: z.optional(TextSchema),
  crisis: z.optional(z.boolean()), ...ContactShape,
});
export interface CountersFile { loketten: Counter[] }
export const CountersFileSchema = z.strictObject({ $schema: z.optional(z.string()), loketten: z.array(CounterSchema) });

// ---------------------------------------------------------------- regelingen

export const DOMAINS = ['wmo', 'mantelzorg', 'jeugd', 'participatie', 'schulden', 'inkomen', 'zorg', 'werkgevers', 'wonen', 'veiligheid'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Regeling {
  id: string;
  naam: Text;
  uitleg: Text;
  domein: Domain;
  /** Whom it benefits; results group by it. */
  voor: Subject;
  niveau: 'landelijk' | 'gemeentelijk' | 'landelijk-en-gemeentelijk';
  wet?: { naam: Text; url?: string };
  beslist: Text;
  /** Counter id from loketten.json. */
  loket: string;
  /** Whose municipality resolves a municipal counter role (default: persoon). */
  loketVan?: Subject;
  meenemen?: Text[];
  upl?: string;
  bron: string;
  peildatum: string;
  geldigVanaf: string;
  geldigTot?: string;
  voorwaarden: Condition;
  /** When this holds too, the regeling is marked urgent (e.g. eviction threatens). */
  urgentAls?: Condition;
  /** A crisis line: shown first when it fits. */
  crisis?: boolean;
  /** Only in these perspectives (default: derived from `voor`). */
  perspectieven?: Perspective[];
}
export const RegelingSchema = z.strictObject({
  id, naam: TextSchema, uitleg: TextSchema, domein: z.enum(DOMAINS), voor: z.enum(SUBJECTS),
  niveau: z.enum(['landelijk', 'gemeentelijk', 'landelijk-en-gemeentelijk']),
  wet: z.optional(z.strictObject({ naam: TextSchema, url: z.optional(url) })),
  beslist: TextSchema, loket: id, loketVan: z.optional(z.enum(SUBJECTS)),
  meenemen: z.optional(z.array(TextSchema)), upl: z.optional(z.string()),
  bron: url, peildatum: isoDate, geldigVanaf: isoDate, geldigTot: z.optional(isoDate),
  voorwaarden: ConditionSchema, urgentAls: z.optional(ConditionSchema), crisis: z.optional(z.boolean()),
  perspectieven: z.optional(z.array(z.enum(PERSPECTIVES))),
});
export interface RegelingenFile { regelingen: Regeling[] }
export const RegelingenFileSchema = z.strictObject({ $schema: z.optional(z.string()), regelingen: z.array(RegelingSchema) });

// ---------------------------------------------------------------- municipal overlay

export interface Overlay {
  gemeente: string;
  naam: string;
  bron: string;
  peildatum: string;
  /** Fills municipal counter roles with this municipality's contacts. */
  loketten?: Record<string, Contact>;
  /** Local values of figures (replace the national figure with the same id). */
  cijfers?: Figure[];
  /** Local regelingen, added to the national ones. */
  regelingen?: Regeling[];
  /** Ids of national regelingen this municipality does not offer. */
  vervalt?: string[];
}
export const OverlaySchema = z.strictObject({
  $schema: z.optional(z.string()),
  gemeente: z.string().check(z.regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode als GM0344')),
  naam: nonEmpty, bron: url, peildatum: isoDate,
  loketten: z.optional(z.record(id, z.strictObject(ContactShape))),
  cijfers: z.optional(z.array(FigureSchema)),
  regelingen: z.optional(z.array(RegelingSchema)),
  vervalt: z.optional(z.array(id)),
});

// ---------------------------------------------------------------- the dataset as the engine sees it

export interface Dataset {
  vragen: Question[];
  afgeleid: Derived[];
  cijfers: Figure[];
  loketten: Counter[];
  regelingen: Regeling[];
  /** The municipality whose overlay is merged in, if any. */
  gemeente?: { code: string; naam: string; bron: string; peildatum: string; loketten: Record<string, Contact> };
}
