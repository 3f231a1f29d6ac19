/**
 * Outcome per regeling: past (likely), misschien (more information needed, with what is
 * missing) or past niet (with the failed criteria); and "met X van Y".
 */
import type { Condition, Perspective, Regeling } from '../dataset/schema.js';
import { describe, evaluate } from './conditions.js';
import type { Eval } from './logic.js';
import { validOn } from './facts.js';
import { missing } from './relevance.js';
import type { Context, Criterion, Outcome, Result } from './types.js';

/** Whether a regeling belongs to the perspective: citizens' regelingen are not for employers. */
export function inPerspective(r: Regeling, p: Perspective): boolean {
  if (r.perspectieven) return r.perspectieven.includes(p);
  if (r.voor === 'persoon') return p !== 'werkgever';
  return r.voor === p;
}

/** Valid on the check date: never offer an expired regeling. */
export function isValid(r: Regeling, datum: string): boolean {
  return validOn(r, datum);
}

/** The regelingen that count in this context. */
export function applicable(ctx: Context): Regeling[] {
  return ctx.ds.regelingen.filter((r) => inPerspective(r, ctx.perspectief) && isValid(r, ctx.datum));
}

const OUTCOME: Record<Eval['tri'], Outcome> = { ja: 'past', nee: 'past-niet', onbekend: 'misschien' };

/** The top-level criteria: the parts of a top-level `alle`, or the condition itself. */
function criteriaOf(c: Condition): Condition[] {
  return 'alle' in c ? c.alle : [c];
}

/** The quick decision only: used by question choice on every step. */
export function decide(r: Regeling, ctx: Context): Eval {
  return evaluate(r.voorwaarden, ctx);
}

/**
 * Full result with explanations, for the result page. `onbekend` (misschien only) lists the
 * questions that can still settle it and those answered "weet ik niet" that keep it open.
 */
export function explain(r: Regeling, ctx: Context): Result {
  const m = missing(r.voorwaarden, ctx);
  const e = { tri: m.tri };  // Kleene, as evaluate(r.voorwaarden) gives it
  const criteria: Criterion[] = criteriaOf(r.voorwaarden).map((c) => ({
    status: evaluate(c, ctx).tri,
    tekst: { nl: describe(c, ctx, 'nl'), en: describe(c, ctx, 'en') },
  }));
  const urgent = e.tri !== 'nee' && !!r.urgentAls && evaluate(r.urgentAls, ctx).tri === 'ja';
  // Conditions met but the widget cannot compute the rest (e.g. an income limit that is not
  // published as one number): misschien, with the reason in the regeling's `voorbehoud`.
  const capped = e.tri === 'ja' && !!r.voorbehoud;
  return {
    regeling: r,
    uitkomst: capped ? 'misschien' : OUTCOME[e.tri],
    voorbehoud: capped ? r.voorbehoud : undefined,
    criteria,
    voldaan: criteria.filter((c) => c.status === 'ja').length,
    totaal: criteria.length,
    onbekend: e.tri === 'onbekend' ? [...new Set([...m.open, ...m.weetNiet])] : [],
    urgent,
  };
}

export function explainAll(ctx: Context): Result[] {
  return applicable(ctx).map((r) => explain(r, ctx));
}
