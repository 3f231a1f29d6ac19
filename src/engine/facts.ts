/**
 * The value of a fact: an answer, or derived from answers and figures (income as a percentage
 * of the social minimum). Figures are the ones valid on the check date.
 *
 * Unknown comes in two sorts: `open` non-empty means it waits for unasked questions (asking
 * them may settle it); `open` empty means it stays unknown whatever is asked next ("weet ik
 * niet", a question not asked in this perspective, no valid figure).
 */
import type { Figure, FigureValue } from '../dataset/schema.js';
import { NO_QUESTIONS, type Interval } from './logic.js';
import type { Context } from './types.js';

export type FactValue = boolean | number | string | string[] | Interval;

/**
 * A value, or why it is unknown: `open` lists unasked questions it waits for. Every one has both
 * fields (`value` undefined when unknown): one object shape, so the code that reads them stays
 * optimised when the first answers arrive (issue 24: a shape first seen at step 1 sent the
 * engine back to unoptimised code for the steps that re-analyse the most).
 */
export interface Resolved<T> {
  value: T | undefined;
  open: string[];
}

const NONE: Resolved<never> = { value: undefined, open: NO_QUESTIONS };
const figureCache = new WeakMap<Context, Map<string, Resolved<Interval>>>();
const factCache = new WeakMap<Context, Map<string, Resolved<FactValue>>>();

function asInterval(v: FigureValue): Interval {
  return typeof v === 'number' ? [v, v] : [Math.min(v.van, v.tot), Math.max(v.van, v.tot)];
}

/**
 * Gives a new context its (empty) caches of figures and facts up front. Made on first use
 * instead, the first lookup of every step took a path the optimised code had never seen and
 * sent it back to unoptimised code (issue 24); `makeContext` and `withFigures` call this.
 */
export function withCaches<C extends Context>(ctx: C): C {
  figureCache.set(ctx, new Map());
  factCache.set(ctx, new Map());
  return ctx;
}

/** Whether a figure entry (or anything with geldigVanaf / geldigTot) holds on `datum`. */
export function validOn(w: { geldigVanaf: string; geldigTot?: string }, datum: string): boolean {
  return w.geldigVanaf <= datum && (!w.geldigTot || datum <= w.geldigTot);
}

/** The figure valid on the check date whose `als` holds; the newest first. */
export function resolveFigure(ctx: Context, id: string): Resolved<Interval> {
  let cache = figureCache.get(ctx);
  if (!cache) {
    cache = new Map();
    figureCache.set(ctx, cache);
  }
  const hit = cache.get(id);
  if (hit) return hit;
  const figure = ctx.figures.get(id);
  const result = figure ? pickEntry(ctx, figure) : NONE;
  cache.set(id, result);
  return result;
}

/** The entries valid on the check date, newest first (stable for equal dates). */
export function validEntries(ctx: Context, figure: Figure): Figure['waarden'] {
  return figure.waarden
    .filter((w) => validOn(w, ctx.datum))
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : a.geldigVanaf > b.geldigVanaf ? -1 : 0));
}

/**
 * The newest valid entry whose `als` holds. While the selection waits for questions, the
 * value is the span of the entries it can still pick (with `open` set: the questions that
 * can narrow it; empty after "weet ik niet"), so a comparison that holds for every one of
 * them is decided already. No value when the selection may end with no entry at all.
 */
function pickEntry(ctx: Context, figure: Figure): Resolved<Interval> {
  let open: string[] | undefined;
  let lo = Infinity,
    hi = -Infinity;
  for (const w of validEntries(ctx, figure)) {
    let sure = !w.als;
    if (w.als) {
      const e = ctx.evaluate(w.als, ctx);
      if (e.tri === 'nee') continue;
      sure = e.tri === 'ja';
      // Unknown (waiting for questions, or "weet ik niet"): this entry or a later one applies.
      if (!sure) open = open ? [...new Set([...open, ...e.open])] : e.open;
    }
    const [a, b] = asInterval(w.waarde);
    if (sure && !open) return { value: [a, b], open: NO_QUESTIONS };
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
    if (sure) return { value: [lo, hi], open: open! };
  }
  return open ? { value: undefined, open } : NONE;
}

/**
 * The value of fact `id`, remembered per context like the figures (a context's answers do not
 * change): a step evaluates the same few facts for hundreds of leaves, and each fresh result was
 * an object and an array to collect (issue 24). Callers only read a result, never change it.
 */
export function resolveFact(ctx: Context, id: string): Resolved<FactValue> {
  let cache = factCache.get(ctx);
  if (!cache) {
    cache = new Map();
    factCache.set(ctx, cache);
  }
  let hit = cache.get(id);
  if (!hit) cache.set(id, (hit = factOf(ctx, id)));
  return hit;
}

function factOf(ctx: Context, id: string): Resolved<FactValue> {
  if (ctx.questions.has(id)) {
    const a = ctx.answers[id];
    if (a === undefined) return isAskable(ctx, id) ? { value: undefined, open: [id] } : NONE;
    if (a === null) return NONE;
    return { value: a, open: NO_QUESTIONS };
  }
  const d = ctx.derived.get(id);
  if (!d) return NONE;
  const part = resolveFact(ctx, d.deel);
  // A part that stays unknown (weet ik niet) or is not a number: the share stays unknown,
  // whatever the norm turns out to be, so the norm's questions do not count as open.
  if (part.value === undefined && part.open.length === 0) return NONE;
  if (part.value !== undefined && typeof part.value !== 'number') return NONE;
  const norm = resolveFigure(ctx, d.van);
  if (norm.value === undefined && norm.open.length === 0) return NONE;
  if (part.value === undefined || norm.value === undefined) return { value: undefined, open: joined(part.open, norm.open) };
  // norm.value may be a span while its selection is open: the share is a span too.
  const factor = d.maal ?? 100;
  const [lo, hi] = norm.value;
  if (lo <= 0) return NONE;
  const a = (part.value / hi) * factor;
  const b = (part.value / lo) * factor;
  return { value: [Math.min(a, b), Math.max(a, b)], open: norm.open };
}

/** `[...a, ...b]`, without a copy when one is empty (open lists are only read, never changed). */
export function joined(a: string[], b: string[]): string[] {
  return b.length === 0 ? a : a.length === 0 ? b : a.concat(b);
}

/** Whether a question may be asked in the current perspective. */
export function isAskable(ctx: Context, id: string): boolean {
  const q = ctx.questions.get(id);
  if (!q) return false;
  if (q.perspectieven) return q.perspectieven.includes(ctx.perspectief);
  if (q.onderwerp === 'persoon') return true;
  return q.onderwerp === ctx.perspectief;
}

/**
 * Whether a fact is one the person cannot change (`vast`: an age, a birth, a past event, the household and the home), also
 * behind a derived fact. "Dit past wel als …" never offers it, and a failed alternative that
 * rests on it is not shown as a reason (outcome.ts).
 */
export function isFixed(ctx: Context, id: string): boolean {
  const d = ctx.derived.get(id);
  return d ? isFixed(ctx, d.deel) : !!ctx.questions.get(id)?.vast;
}

/**
 * The values a figure can still take as the questions that select it get answered
 * (undefined: no value, the comparison stays unknown). For question choice only.
 */
export function figureCandidates(ctx: Context, id: string): (Interval | undefined)[] {
  const figure = ctx.figures.get(id);
  if (!figure) return [undefined];
  const out: (Interval | undefined)[] = [];
  for (const w of validEntries(ctx, figure)) {
    if (!w.als) {
      out.push(asInterval(w.waarde));
      return out;
    }
    const e = ctx.evaluate(w.als, ctx);
    if (e.tri === 'ja') {
      out.push(asInterval(w.waarde));
      return out;
    }
    if (e.tri === 'onbekend') out.push(asInterval(w.waarde));
  }
  out.push(undefined);
  return out;
}

/** The same context with some figures fixed to given values (for trying candidates). */
export function withFigures(ctx: Context, fixed: ReadonlyMap<string, Interval | undefined>): Context {
  const copy = withCaches({ ...ctx });
  for (const [id, v] of fixed) figureCache.get(copy)!.set(id, v ? { value: v, open: NO_QUESTIONS } : NONE);
  return copy;
}
