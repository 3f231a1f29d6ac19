/**
 * The closed lists of the data model, as plain constants (usable without zod), each defined
 * once: the zod schemas in schema.ts build their enums from them. No imports: schema.ts and
 * model.ts both build on this file.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PERSPECTIVES = ['zelf', 'mantelzorger', 'werkgever', 'professional'] as const;
/** Who the questions are about: the asker's role. */
export type Perspective = (typeof PERSPECTIVES)[number];

export const SUBJECTS = ['persoon', 'mantelzorger', 'werkgever'] as const;
/** Whom a fact is about, or whom a regeling benefits. */
export type Subject = (typeof SUBJECTS)[number];

export const QUESTION_TYPES = ['ja-nee', 'keuze', 'meerkeuze', 'getal', 'bedrag', 'datum'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const DOMAINS = [
  'wmo',
  'mantelzorg',
  'jeugd',
  'participatie',
  'schulden',
  'inkomen',
  'zorg',
  'werkgevers',
  'wonen',
  'veiligheid',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** The unit of a figure (cijfers.json `eenheid`). */
export const UNITS = ['euro-per-maand', 'euro-per-jaar', 'euro-per-uur', 'euro', 'procent', 'jaar'] as const;
/** The period an amount is for (`bedrag.per`). */
export const AMOUNT_PERIODS = ['maand', 'kwartaal', 'jaar'] as const;
/** The level of a regeling (`niveau`). */
export const LEVELS = ['landelijk', 'gemeentelijk', 'landelijk-en-gemeentelijk'] as const;
/**
 * The kind of a precedence (`voorrang[].soort`): `in-plaats-van` (default), the other one comes
 * instead; `eerst`, the other one comes first and this one after or beside it.
 */
export const PRECEDENCE_KINDS = ['in-plaats-van', 'eerst'] as const;
/** The kind of a counter (`soort`): one national organisation, or a municipal role. */
export const COUNTER_KINDS = ['landelijk', 'rol'] as const;
