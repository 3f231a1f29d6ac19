/**
 * The value of a fact: an answer, or derived from answers and figures (income as a percentage
 * of the social minimum). Figures are the ones valid on the check date.
 *
 * Unknown comes in two sorts: `open` non-empty means it waits for unasked questions (asking
 * them may settle it); `open` empty means it stays unknown whatever is asked next ("weet ik
 * niet", a question not asked in this perspective, no valid figure).
 */
import type { Condition, Dataset, Figure, FigureValue } from '../dataset/schema.js';
import type { Interval } from './logic.js';
import { evaluate } from './conditions.js';
import type { Context } from './types.js';

export type FactValue = boolean | number | string | string[] | Interval;

/** A value, or why it is unknown: `open` lists unasked questions it waits for. */
export interface Resolved<T> { value?: T; open: string[] }

const NONE: Resolved<never> = { open: [] };
const figureCache = new WeakMap<Context, Map<string, Resolved<Interval>>>();

function asInterval(v: FigureValue): Interval {
  return typeof v === 'number' ? [v, v] : [Math.min(v.van, v.tot), Math.max(v.van, v.tot)];
}

/** Whether a figure entry (or anything with geldigVanaf / geldigTot) holds on `datum`. */
export function validOn(w: { geldigVanaf: string; geldigTot?: string }, datum: string): boolean {
  return w.geldigVanaf <= datum && (!w.geldigTot || datum <= w.geldigTot);
}

/** The figure valid on the check date whose `als` holds; the newest first. */
export function resolveFigure(ctx: Context, id: string): Resolved<Interval> {
  let cache = figureCache.get(ctx);
  if (!cache) { cache = new Map(); figureCache.set(ctx, cache); }
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
  let lo = Infinity, hi = -Infinity;
  for (const w of validEntries(ctx, figure)) {
    let sure = !w.als;
    if (w.als) {
      const e = evaluate(w.als, ctx);
      if (e.tri === 'nee') continue;
      sure = e.tri === 'ja';
      // Unknown (waiting for questions, or "weet ik niet"): this entry or a later one applies.
      if (!sure) open = open ? [...new Set([...open, ...e.open])] : e.open;
    }
    const [a, b] = asInterval(w.waarde);
    if (sure && !open) return { value: [a, b], open: [] };
    lo = Math.min(lo, a); hi = Math.max(hi, b);
    if (sure) return { value: [lo, hi], open: open! };
  }
  return open ? { open } : NONE;
}

export function resolveFact(ctx: Context, id: string): Resolved<FactValue> {
  if (ctx.questions.has(id)) {
    const a = ctx.answers[id];
    if (a === undefined) return isAskable(ctx, id) ? { open: [id] } : NONE;
    if (a === null) return NONE;
    return { value: a, open: [] };
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
  if (part.value === undefined || norm.value === undefined) return { open: [...part.open, ...norm.open] };
  // norm.value may be a span while its selection is open: the share is a span too.
  const factor = d.maal ?? 100;
  const [lo, hi] = norm.value;
  if (lo <= 0) return NONE;
  const a = (part.value / hi) * factor;
  const b = (part.value / lo) * factor;
  return { value: [Math.min(a, b), Math.max(a, b)], open: norm.open };
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
 * The questions answered "weet ik niet" that keep fact `id` unknown: the fact itself, or for
 * a derived fact its part and the answers that select its norm.
 */
export function dontKnowsOf(ctx: Context, id: string, out: Set<string>): void {
  if (ctx.questions.has(id)) { if (ctx.answers[id] === null) out.add(id); return; }
  const d = ctx.derived.get(id);
  if (!d) return;
  dontKnowsOf(ctx, d.deel, out);
  figureDontKnows(ctx, d.van, out);
}

/** The "weet ik niet" answers that keep a figure's selection (`als`) unknown. */
export function figureDontKnows(ctx: Context, id: string, out: Set<string>): void {
  const figure = ctx.figures.get(id);
  const resolved = resolveFigure(ctx, id);
  if (!figure || (resolved.value && resolved.open.length === 0)) return;
  for (const w of validEntries(ctx, figure)) {
    if (!w.als) return;
    const e = evaluate(w.als, ctx);
    if (e.tri === 'ja') return;
    if (e.tri === 'onbekend') { conditionFacts(w.als, (f) => dontKnowsOf(ctx, f, out)); return; }
  }
}

/** Every fact a condition mentions. */
export function conditionFacts(c: Condition, visit: (fact: string) => void): void {
  if ('alle' in c) c.alle.forEach((x) => conditionFacts(x, visit));
  else if ('een-van' in c) c['een-van'].forEach((x) => conditionFacts(x, visit));
  else if ('niet' in c) conditionFacts(c.niet, visit);
  else visit(c.feit);
}

/**
 * Every fact a condition depends on: the facts it mentions, the part behind a derived fact, and
 * the facts that select the figures it uses (`als`). For dataset checks and the bench.
 */
export function factsBehind(c: Condition, ds: Dataset, out = new Set<string>(), figures = new Set<string>()): Set<string> {
  const figure = (id: string) => {
    if (figures.has(id)) return;
    figures.add(id);
    for (const w of ds.cijfers.find((f) => f.id === id)?.waarden ?? []) if (w.als) factsBehind(w.als, ds, out, figures);
  };
  if ('alle' in c) c.alle.forEach((x) => factsBehind(x, ds, out, figures));
  else if ('een-van' in c) c['een-van'].forEach((x) => factsBehind(x, ds, out, figures));
  else if ('niet' in c) factsBehind(c.niet, ds, out, figures);
  else {
    out.add(c.feit);
    const d = ds.afgeleid.find((a) => a.id === c.feit);
    if (d) { out.add(d.deel); figure(d.van); }
    for (const v of Object.values(c)) if (v && typeof v === 'object' && 'cijfer' in v) figure((v as { cijfer: string }).cijfer);
  }
  return out;
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
    if (!w.als) { out.push(asInterval(w.waarde)); return out; }
    const e = evaluate(w.als, ctx);
    if (e.tri === 'ja') { out.push(asInterval(w.waarde)); return out; }
    if (e.tri === 'onbekend') out.push(asInterval(w.waarde));
  }
  out.push(undefined);
  return out;
}

/** The same context with some figures fixed to given values (for trying candidates). */
export function withFigures(ctx: Context, fixed: ReadonlyMap<string, Interval | undefined>): Context {
  const copy: Context = { ...ctx };
  figureCache.set(copy, new Map([...fixed].map(([id, v]) => [id, v ? { value: v, open: [] } : NONE])));
  return copy;
}

/**
 * When the check date lies past every entry of a figure the condition needs (no successor in
 * this version of the dataset): the last date the dataset has figures for, JJJJ-MM-DD. Such a
 * figure is never used stale; the comparison stays unknown and the result says why.
 */
export function staleFigures(c: Condition, ctx: Context): string | undefined {
  let last: string | undefined;
  const seen = new Set<string>();
  const figure = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const f = ctx.figures.get(id);
    if (!f || validEntries(ctx, f).length) return;
    const ends = f.waarden.map((w) => w.geldigTot).filter((d): d is string => !!d && d < ctx.datum);
    if (ends.length !== f.waarden.length) return;
    const end = ends.sort().at(-1)!;
    if (!last || end > last) last = end;
  };
  const visit = (x: Condition): void => {
    if ('alle' in x) x.alle.forEach(visit);
    else if ('een-van' in x) x['een-van'].forEach(visit);
    else if ('niet' in x) visit(x.niet);
    else {
      const d = ctx.derived.get(x.feit);
      if (d) figure(d.van);
      for (const v of Object.values(x)) if (v && typeof v === 'object' && 'cijfer' in v) figure((v as { cijfer: string }).cijfer);
    }
  };
  visit(c);
  return last;
}
