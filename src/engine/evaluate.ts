/**
 * Outcome per regeling: past (likely), misschien (more information needed, with what is
 * missing) or past niet (with the failed criteria); and "met X van Y".
 */
import type { Condition, Perspective, Regeling } from '../dataset/schema.js';
import { describe, evaluate } from './conditions.js';
import type { Eval } from './logic.js';
import type { Context, Criterion, Outcome, Result } from './types.js';

/** Whether a regeling belongs to the perspective: citizens' regelingen are not for employers. */
export function inPerspective(r: Regeling, p: Perspective): boolean {
  if (r.perspectieven) return r.perspectieven.includes(p);
  if (r.voor === 'persoon') return p !== 'werkgever';
  return r.voor === p;
}

/** Valid on the check date: never offer an expired regeling. */
export function isValid(r: Regeling, datum: string): boolean {
  return r.geldigVanaf <= datum && (!r.geldigTot || datum <= r.geldigTot);
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

/** Facts answered "weet ik niet" that the condition still waits for. */
function dontKnows(c: Condition, ctx: Context, out: Set<string>): void {
  if ('alle' in c) c.alle.forEach((x) => dontKnows(x, ctx, out));
  else if ('een-van' in c) c['een-van'].forEach((x) => dontKnows(x, ctx, out));
  else if ('niet' in c) dontKnows(c.niet, ctx, out);
  else if (evaluate(c, ctx).tri === 'onbekend') {
    if (ctx.answers[c.feit] === null) out.add(c.feit);
    const d = ctx.ds.afgeleid.find((x) => x.id === c.feit);
    if (d && ctx.answers[d.deel] === null) out.add(d.deel);
  }
}

/** The quick decision only: used by question choice on every step. */
export function decide(r: Regeling, ctx: Context): Eval {
  return evaluate(r.voorwaarden, ctx);
}

/** Full result with explanations, for the result page. */
export function explain(r: Regeling, ctx: Context): Result {
  const e = decide(r, ctx);
  const criteria: Criterion[] = criteriaOf(r.voorwaarden).map((c) => ({
    status: evaluate(c, ctx).tri,
    tekst: { nl: describe(c, ctx, 'nl'), en: describe(c, ctx, 'en') },
  }));
  const missing = new Set<string>(e.open);
  if (e.tri === 'onbekend') dontKnows(r.voorwaarden, ctx, missing);
  const urgent = e.tri !== 'nee' && !!r.urgentAls && evaluate(r.urgentAls, ctx).tri === 'ja';
  return {
    regeling: r,
    uitkomst: OUTCOME[e.tri],
    criteria,
    voldaan: criteria.filter((c) => c.status === 'ja').length,
    totaal: criteria.length,
    onbekend: e.tri === 'onbekend' ? [...missing] : [],
    urgent,
  };
}

export function explainAll(ctx: Context): Result[] {
  return applicable(ctx).map((r) => explain(r, ctx));
}
