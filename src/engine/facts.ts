/**
 * The value of a fact: an answer, or derived from answers and figures (income as a percentage
 * of the social minimum). Figures are the ones valid on the check date.
 */
import type { Figure, FigureValue } from '../dataset/schema.js';
import type { Interval } from './logic.js';
import { evaluate } from './conditions.js';
import type { Context } from './types.js';

export type FactValue = boolean | number | string | string[] | Interval;

/** A value, or why it is unknown: `open` lists unasked questions it waits for. */
export interface Resolved<T> { value?: T; open: string[] }

const figureCache = new WeakMap<Context, Map<string, Resolved<Interval>>>();

function asInterval(v: FigureValue): Interval {
  return typeof v === 'number' ? [v, v] : [v.van, v.tot];
}

/** The figure valid on the check date whose `als` holds; the newest first. */
export function resolveFigure(ctx: Context, id: string): Resolved<Interval> {
  let cache = figureCache.get(ctx);
  if (!cache) { cache = new Map(); figureCache.set(ctx, cache); }
  const hit = cache.get(id);
  if (hit) return hit;
  const figure = ctx.ds.cijfers.find((f) => f.id === id);
  const result = figure ? pickEntry(ctx, figure) : { open: [] };
  cache.set(id, result);
  return result;
}

function pickEntry(ctx: Context, figure: Figure): Resolved<Interval> {
  const valid = figure.waarden
    .filter((w) => w.geldigVanaf <= ctx.datum && (!w.geldigTot || ctx.datum <= w.geldigTot))
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : a.geldigVanaf > b.geldigVanaf ? -1 : 0));
  for (const w of valid) {
    if (!w.als) return { value: asInterval(w.waarde), open: [] };
    const e = evaluate(w.als, ctx);
    if (e.tri === 'ja') return { value: asInterval(w.waarde), open: [] };
    if (e.tri === 'onbekend') return { open: e.open };
  }
  return { open: [] };
}

/** The figure a condition used, for explanations: the valid entry's peildatum and value. */
export function figureOf(ctx: Context, id: string): Figure | undefined {
  return ctx.ds.cijfers.find((f) => f.id === id);
}

export function resolveFact(ctx: Context, id: string): Resolved<FactValue> {
  if (ctx.questions.has(id)) {
    const a = ctx.answers[id];
    if (a === undefined) return { open: isAskable(ctx, id) ? [id] : [] };
    if (a === null) return { open: [] };
    return { value: a, open: [] };
  }
  const d = ctx.ds.afgeleid.find((x) => x.id === id);
  if (!d) return { open: [] };
  const part = resolveFact(ctx, d.deel);
  const norm = resolveFigure(ctx, d.van);
  if (part.value === undefined || norm.value === undefined || typeof part.value !== 'number') {
    return { open: [...part.open, ...norm.open] };
  }
  const factor = d.maal ?? 100;
  const [lo, hi] = norm.value;
  if (lo <= 0) return { open: [] };
  return { value: [(part.value / hi) * factor, (part.value / lo) * factor], open: [] };
}

/** Whether a question may be asked in the current perspective. */
export function isAskable(ctx: Context, id: string): boolean {
  const q = ctx.questions.get(id);
  if (!q) return false;
  if (q.perspectieven) return q.perspectieven.includes(ctx.perspectief);
  if (q.onderwerp === 'persoon') return true;
  return q.onderwerp === ctx.perspectief;
}
