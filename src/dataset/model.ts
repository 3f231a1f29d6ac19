/**
 * The data model as the rest of the widget uses it, without zod: the closed lists
 * (constants.ts), the model's rules (which questions an asker gets, which regelingen a
 * perspective sees, the "every topic" option) and the dataset's types, inferred from the zod
 * schemas in schema.ts (type-only: erased, so no zod reaches the widget).
 */
import type { Perspective } from './constants.js';
import type { Question, Regeling } from './schema.js';

export * from './constants.js';

/**
 * Whether a question can be put to this asker: it is meant for the perspective, it is about the
 * asker, or it is about the person and has wording for this asker (the plain wording speaks to
 * the person themselves, so it fits "zelf").
 */
export function askableIn(q: Question, p: Perspective): boolean {
  if (q.perspectieven) return q.perspectieven.includes(p);
  if (q.onderwerp !== 'persoon') return q.onderwerp === p;
  return p === 'zelf' || p in q.vraag;
}

/** The option of the hulpvraag question that means "show every topic". */
export const ALL_TOPICS = 'alles';

/**
 * The employer's goal ("Wat wilt u doen?": hire, keep, re-place, leave, part after 2 years of
 * illness). Every employer regeling checks it (lint rule `werkgever-doel`): an instrument for
 * hiring or keeping someone is no help to an employer who is parting with a sick employee.
 */
export const EMPLOYER_GOAL = 'werkgever.situatie';

/** Whether a regeling belongs to the perspective: citizens' regelingen are not for employers. */
export function inPerspective(r: Regeling, p: Perspective): boolean {
  if (r.perspectieven) return r.perspectieven.includes(p);
  if (r.voor === 'persoon') return p !== 'werkgever';
  return r.voor === p;
}

export type {
  Amount,
  AmountRule,
  Formula,
  Cap,
  Condition,
  Contact,
  Counter,
  CountersFile,
  Dataset,
  Derived,
  Figure,
  FigureEntry,
  FigureValue,
  FiguresFile,
  Option,
  Overlay,
  PerspectiveText,
  Precedence,
  Question,
  QuestionsFile,
  Regeling,
  RegelingenFile,
  Text,
} from './schema.js';
