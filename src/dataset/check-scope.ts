/**
 * What the checks between records and files share: where a record stands (`Locate`), the ids
 * that exist but failed the schema (`Known`), and the scope of one run (`Scope`): the dataset's
 * records by id and `add`, which reports a rule's verdict at a record or one of its fields.
 */
import { problem, type Problem } from './problems.js';
import type { Verdict } from './rules.js';
import type { Counter, Dataset, Derived, Question, Regeling } from './schema.js';

export interface Location {
  file: string;
  path: string;
}
export type Locate = (record: object) => Location;

/** Ids of records that exist in the files but failed the schema: not reported as missing again. */
export interface Known {
  facts: Set<string>;
  figures: Set<string>;
  counters: Set<string>;
  regelingen: Set<string>;
  /** Regelingen with a schema error, kept with only the fields that passed: references only, no lint. */
  partial: Set<object>;
}
export const noneKnown = (): Known => ({
  facts: new Set(),
  figures: new Set(),
  counters: new Set(),
  regelingen: new Set(),
  partial: new Set(),
});

/** A field of a record's place: `regelingen[3]` + `loket` → `regelingen[3].loket`. */
export const fieldOf = (where: Location, field?: string): Location => ({
  file: where.file,
  path: field ? (where.path ? `${where.path}.${field}` : field) : where.path,
});

/** One run of the checks over a dataset. */
export interface Scope {
  ds: Dataset;
  at: Locate;
  known: Known;
  questions: Map<string, Question>;
  derived: Map<string, Derived>;
  /** Questions, derived facts and the ids of those that failed the schema. */
  facts: Set<string>;
  figures: Set<string>;
  counters: Map<string, Counter>;
  regelingen: Map<string, Regeling>;
  /** The question marked `hulpvraag` (the topics and the urgent options). */
  topicQuestion?: Question;
  /** Every problem found so far, in the order found. */
  out: Problem[];
  /** Report a rule's verdict at a record's place, or at one of its fields. */
  add: (where: Location, field: string | undefined, v: Verdict) => void;
}

export function scopeOf(ds: Dataset, at: Locate, known: Known): Scope {
  const out: Problem[] = [];
  const questions = new Map(ds.vragen.map((q) => [q.id, q]));
  const derived = new Map(ds.afgeleid.map((x) => [x.id, x]));
  return {
    ds,
    at,
    known,
    questions,
    derived,
    facts: new Set([...questions.keys(), ...derived.keys(), ...known.facts]),
    figures: new Set([...ds.cijfers.map((f) => f.id), ...known.figures]),
    counters: new Map(ds.loketten.map((c) => [c.id, c])),
    regelingen: new Map(ds.regelingen.map((r) => [r.id, r])),
    topicQuestion: ds.vragen.find((q) => q.hulpvraag),
    out,
    add: (where, field, v) => void out.push(problem({ ...fieldOf(where, field), ...v })),
  };
}
