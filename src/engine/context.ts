import type { Dataset, Question } from '../dataset/schema.js';
import type { Answers, Context, Options } from './types.js';

const questionIndex = new WeakMap<Dataset, Map<string, Question>>();

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function makeContext(ds: Dataset, answers: Answers, opts: Options): Context {
  let questions = questionIndex.get(ds);
  if (!questions) { questions = new Map(ds.vragen.map((q) => [q.id, q])); questionIndex.set(ds, questions); }
  return { ds, answers, perspectief: opts.perspectief, datum: opts.datum ?? today(), questions };
}
