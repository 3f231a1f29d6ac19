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

/** The option of the hulpvraag question that means "show every topic". */
export const ALL_TOPICS = 'alles';

const effective = new WeakMap<Regeling, { topic: string; condition: Condition }>();

/**
 * The condition the engine decides on: the regeling's own, and, for a regeling with topics,
 * first that one of its topics (or "alles") was chosen. So the topic question is asked like any
 * other, and a regeling outside the chosen topics drops out.
 */
export function conditionOf(r: Regeling, ctx: Context): Condition {
  if (!ctx.topic || !r.onderwerpen) return r.voorwaarden;
  const hit = effective.get(r);
  if (hit && hit.topic === ctx.topic.id) return hit.condition;
  const condition: Condition = { alle: [{ feit: ctx.topic.id, bevat: [...r.onderwerpen, ALL_TOPICS] }, r.voorwaarden] };
  effective.set(r, { topic: ctx.topic.id, condition });
  return condition;
}

/** Whether the regeling's topic was chosen: 'nee' means it is left out of the result. */
export function inTopics(r: Regeling, ctx: Context): boolean {
  if (!ctx.topic || !r.onderwerpen) return true;
  const chosen = ctx.answers[ctx.topic.id];
  return !Array.isArray(chosen) || chosen.includes(ALL_TOPICS) || r.onderwerpen.some((t) => chosen.includes(t));
}

const OUTCOME: Record<Eval['tri'], Outcome> = { ja: 'past', nee: 'past-niet', onbekend: 'misschien' };

/** The top-level criteria: the parts of a top-level `alle`, or the condition itself. */
function criteriaOf(c: Condition): Condition[] {
  return 'alle' in c ? c.alle : [c];
}

/** The quick decision only: used by question choice on every step. */
export function decide(r: Regeling, ctx: Context): Eval {
  return evaluate(conditionOf(r, ctx), ctx);
}

/**
 * Full result with explanations, for the result page. `onbekend` (misschien only) lists the
 * questions that can still settle it and those answered "weet ik niet" that keep it open.
 */
export function explain(r: Regeling, ctx: Context): Result {
  const m = missing(conditionOf(r, ctx), ctx);
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

/** Every regeling in scope (perspective, date, chosen topics), explained. */
export function explainAll(ctx: Context): Result[] {
  return applicable(ctx).filter((r) => inTopics(r, ctx)).map((r) => explain(r, ctx));
}
