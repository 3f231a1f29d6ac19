/**
 * zod schemas of the declarative dataset in regelingen/, checking data against the model in
 * model.ts.
 * The JSON Schemas in regelingen/schema/ are generated from these (npm run schema).
 */
import * as z from './zod.js';
import {
  DATE_PATTERN, DOMAINS, PERSPECTIVES, QUESTION_TYPES, SUBJECTS,
  type Condition,
} from './model.js';

export * from './model.js';

// ---------------------------------------------------------------- small shared pieces


const nonEmpty = z.string().check(z.minLength(1, 'mag niet leeg zijn'));
export const TextSchema = z.strictObject({ nl: nonEmpty, en: nonEmpty });

const isoDate = z.string().check(z.regex(DATE_PATTERN, 'verwacht een datum als JJJJ-MM-DD'));
const url = z.string().check(z.regex(/^https:\/\/\S+$/, 'verwacht een https-adres'));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'verwacht kleine letters, cijfers, punt of streepje'));


// ---------------------------------------------------------------- conditions

const AmountSchema = z.union([z.number(), z.strictObject({ cijfer: id })]);


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


const OptionSchema = z.strictObject({
  waarde: id, tekst: TextSchema, hint: z.optional(TextSchema), exclusief: z.optional(z.boolean()),
});

const PerspectiveTextSchema = z.strictObject({
  standaard: TextSchema, zelf: z.optional(TextSchema), mantelzorger: z.optional(TextSchema),
  werkgever: z.optional(TextSchema), professional: z.optional(TextSchema),
});

export const QuestionSchema = z.strictObject({
  id, onderwerp: z.enum(SUBJECTS), type: z.enum(QUESTION_TYPES),
  vraag: PerspectiveTextSchema, hint: z.optional(PerspectiveTextSchema), label: TextSchema,
  opties: z.optional(z.array(OptionSchema).check(z.minLength(2))),
  min: z.optional(z.number()), max: z.optional(z.number()),
  weetNiet: z.optional(z.boolean()), vooraan: z.optional(z.boolean()), hulpvraag: z.optional(z.boolean()),
  perspectieven: z.optional(z.array(z.enum(PERSPECTIVES))),
});

export const DerivedSchema = z.strictObject({
  id, label: TextSchema, deel: id, van: id, maal: z.optional(z.number()),
});

export const QuestionsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  vragen: z.array(QuestionSchema), afgeleid: z.optional(z.array(DerivedSchema)),
});

// ---------------------------------------------------------------- figures (norms, limits, amounts)

export const FigureSchema = z.strictObject({
  id, naam: TextSchema, eenheid: z.enum(['euro-per-maand', 'euro-per-jaar', 'euro', 'procent', 'jaar']),
  bron: url, peildatum: isoDate,
  waarden: z.array(z.strictObject({
    waarde: z.union([z.number(), z.strictObject({ van: z.number(), tot: z.number() })]),
    als: z.optional(ConditionSchema), geldigVanaf: isoDate, geldigTot: z.optional(isoDate),
  })).check(z.minLength(1)),
});
export const FiguresFileSchema = z.strictObject({ $schema: z.optional(z.string()), cijfers: z.array(FigureSchema) });

// ---------------------------------------------------------------- counters

const ContactShape = {
  naam: TextSchema, telefoon: z.optional(z.string().check(z.regex(/^[0-9 +-]{3,20}$/, 'verwacht een telefoonnummer'))),
  website: z.optional(url), adres: z.optional(TextSchema), openingstijden: z.optional(TextSchema),
  bron: url, peildatum: isoDate,
};
export const CounterSchema = z.strictObject({
  id, soort: z.enum(['landelijk', 'rol']), uitleg: z.optional(TextSchema), algemeen: z.optional(TextSchema),
  crisis: z.optional(z.boolean()), ...ContactShape,
});
export const CountersFileSchema = z.strictObject({ $schema: z.optional(z.string()), loketten: z.array(CounterSchema) });

// ---------------------------------------------------------------- regelingen


export const RegelingSchema = z.strictObject({
  id, naam: TextSchema, uitleg: TextSchema, domein: z.enum(DOMAINS), voor: z.enum(SUBJECTS),
  niveau: z.enum(['landelijk', 'gemeentelijk', 'landelijk-en-gemeentelijk']),
  wet: z.optional(z.strictObject({ naam: TextSchema, url: z.optional(url) })),
  beslist: TextSchema, loket: id, loketVan: z.optional(z.enum(SUBJECTS)),
  meenemen: z.optional(z.array(TextSchema)), upl: z.optional(z.string()),
  bron: url, peildatum: isoDate, geldigVanaf: isoDate, geldigTot: z.optional(isoDate),
  voorwaarden: ConditionSchema, urgentAls: z.optional(ConditionSchema), voorbehoud: z.optional(TextSchema), crisis: z.optional(z.boolean()),
  perspectieven: z.optional(z.array(z.enum(PERSPECTIVES))),
  onderwerpen: z.optional(z.array(id).check(z.minLength(1))),
  voorrang: z.optional(z.array(z.strictObject({ regeling: id, reden: TextSchema, als: z.optional(ConditionSchema) })).check(z.minLength(1))),
  breed: z.optional(z.boolean()),
});
export const RegelingenFileSchema = z.strictObject({ $schema: z.optional(z.string()), regelingen: z.array(RegelingSchema) });

// ---------------------------------------------------------------- municipal overlay

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

