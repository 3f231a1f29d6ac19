/**
 * The checks between records and files that a schema cannot do, in one pass over whatever
 * parts of the dataset passed the schema, so every problem comes at once, in file order:
 * references (references.ts), conditions and amounts that do not fit (condition-fit.ts),
 * cycles (cycles.ts), the editorial lint (lint.ts) and plausible figures (figure-checks.ts).
 * Every problem is worded by its rule in rules.ts. `at(record)` names the file and field path of
 * a record.
 */
import { noneKnown, scopeOf, type Known, type Locate } from './check-scope.js';
import { checkAmount, checkCondition } from './condition-fit.js';
import { cycles } from './cycles.js';
import { checkFigures } from './figure-checks.js';
import { lintDataset, lintRegeling } from './lint.js';
import type { Problem } from './problems.js';
import {
  checkCounter,
  checkCounterOf,
  checkDerived,
  checkFigureValue,
  checkQuestion,
  checkRegelingReferences,
  checkRoles,
  checkTopicQuestion,
  duplicateIds,
} from './references.js';
import { found } from './rules.js';
import type { Dataset } from './schema.js';

export { noneKnown, type Known, type Locate, type Location } from './check-scope.js';
export { lintRegeling } from './lint.js';

export function checkDataset(ds: Dataset, at: Locate, known: Known = noneKnown()): Problem[] {
  const s = scopeOf(ds, at, known);
  duplicateIds(s);
  for (const q of ds.vragen) checkQuestion(s, q);
  if (s.topicQuestion) checkTopicQuestion(s, s.topicQuestion);
  for (const x of ds.afgeleid) checkDerived(s, x);
  s.out.push(...cycles(ds, at));
  for (const f of ds.cijfers)
    f.waarden.forEach((w, i) => {
      if (w.als) checkCondition(s, at(f), `waarden[${i}].als`, w.als);
      checkFigureValue(s, f, i);
    });
  for (const c of ds.loketten) checkCounter(s, c);
  for (const r of ds.regelingen) {
    const where = at(r);
    checkCounterOf(s, r);
    if (r.voorwaarden) checkCondition(s, where, 'voorwaarden', r.voorwaarden, !!r.crisis);
    if (r.urgentAls) checkCondition(s, where, 'urgentAls', r.urgentAls);
    if (r.bedrag) checkAmount(s, where, r.bedrag);
    r.misschienAls?.forEach((c, i) => checkCondition(s, where, `misschienAls[${i}].als`, c.als));
    r.nietTonenAls?.forEach((c, i) => {
      checkCondition(s, where, `nietTonenAls[${i}].als`, c.als);
      c.onbekend.forEach((f, j) => {
        if (!s.facts.has(f)) s.add(where, `nietTonenAls[${i}].onbekend[${j}]`, found('onbekend-feit', { id: f }));
      });
    });
    checkRegelingReferences(s, r, (field, c) => checkCondition(s, where, field, c));
    // a regeling with a schema error is kept only for its references: no lint
    if (!known.partial.has(r)) s.out.push(...lintRegeling(r, where));
  }
  checkRoles(s);
  s.out.push(...lintDataset({ ...ds, regelingen: ds.regelingen.filter((r) => !known.partial.has(r)) }, at, s.questions));
  s.out.push(...checkFigures(ds.cijfers, at));
  return s.out;
}
