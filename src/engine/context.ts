import type { Counter, Dataset, Derived, Figure, Question, Regeling } from '../dataset/schema.js';
import { evaluate } from './conditions.js';
import { withCaches } from './facts.js';
import { today } from '../dataset/today.js';
import type { Answers, Context, Options } from './types.js';

/** Lookups by id, built once per dataset object (the hot paths never `find` over arrays). */
interface Index {
  questions: Map<string, Question>;
  derived: Map<string, Derived>;
  figures: Map<string, Figure>;
  counters: Map<string, Counter>;
  regelingen: Map<string, Regeling>;
  /** The question that asks what someone seeks help with (topics), if the dataset has one. */
  topic?: Question;
}
const indexes = new WeakMap<Dataset, Index>();

function indexOf(ds: Dataset): Index {
  let ix = indexes.get(ds);
  if (!ix) {
    ix = {
      questions: new Map(ds.vragen.map((q) => [q.id, q])),
      derived: new Map(ds.afgeleid.map((d) => [d.id, d])),
      figures: new Map(ds.cijfers.map((f) => [f.id, f])),
      counters: new Map(ds.loketten.map((c) => [c.id, c])),
      regelingen: new Map(ds.regelingen.map((r) => [r.id, r])),
      topic: ds.vragen.find((q) => q.hulpvraag),
    };
    indexes.set(ds, ix);
  }
  return ix;
}

export { today } from '../dataset/today.js';

/**
 * The context of one step: dataset, answers, perspective and check date. The id indexes are
 * cached per dataset object, so a dataset must not be mutated after its first use.
 */
export function makeContext(ds: Dataset, answers: Answers, opts: Options): Context {
  const ix = indexOf(ds);
  return withCaches({ ds, answers, perspectief: opts.perspectief, datum: opts.datum ?? today(), evaluate, ...ix });
}
