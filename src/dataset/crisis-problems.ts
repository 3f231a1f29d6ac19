/**
 * The crisis rules (crisis.ts) in words: each violation as a problem with its place and the
 * words of its rule in the catalogue (rules.ts). An overlay and a full dataset get the same
 * messages.
 */
import { CRISIS_LINES } from '../crisis/lines.js';
import type { Locate } from './check-scope.js';
import { datasetViolations, overlayViolations, type CrisisViolation } from './crisis.js';
import { problem, type Problem } from './problems.js';
import { found, type Verdict } from './rules.js';
import type { Dataset, Overlay } from './schema.js';

/** The words of a violation, from the rule catalogue. */
function words(v: CrisisViolation): Verdict {
  const { id } = v;
  const tel = CRISIS_LINES.find((l) => l.id === id)?.telefoon ?? '';
  switch (v.rule) {
    case 'crisis-vervalt':
    case 'crisis-vervangen':
    case 'crisis-datum':
      return found(v.rule, { id });
    case 'crisis-overlay':
      return found(v.rule);
    case 'crisis-loket':
      return found(v.rule, { id, local: v.field === 'loket' });
    case 'crisis-ontbreekt':
    case 'crisis-nummer':
      return found(v.rule, { id, tel });
  }
}

/** An overlay's crisis violations, in words (`file`: the overlay as messages name it). */
export function crisisProblems(base: Dataset, overlay: Overlay, file: string): Problem[] {
  return overlayViolations(base, overlay).map((v) => problem({ file, path: v.field ? `${v.item}.${v.field}` : v.item, ...words(v) }));
}

/** A full dataset's crisis violations, in words, at the place of the record concerned (`at`; `counters`: how messages name loketten.json). */
export function nationalLineProblems(ds: Dataset, at: Locate, today: string, counters = 'loketten.json'): Problem[] {
  return datasetViolations(ds, today).map((v) => {
    const where = v.record ? at(v.record) : { file: counters, path: 'loketten' };
    return problem({ file: where.file, path: v.item ? `${where.path}.${v.item}` : where.path, ...words(v) });
  });
}
