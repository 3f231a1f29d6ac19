/**
 * "Dit past wel als …": for a regeling that does not fit (or not yet), the single answers that
 * would make its conditions hold, worked out from the condition tree. For each question behind
 * the condition, every value that matters is tried: for a number the thresholds on it (direct,
 * behind a derived fact, and in the figures' `als`) split its range into pieces on which every
 * comparison is constant, so trying one value per piece and each threshold itself is exact;
 * for a choice every option. A line appears only where changing that one answer, everything
 * else as answered, makes the conditions hold; and for a number only where those values form
 * one interval (it can then be said in one phrase). Never for a fact the person cannot change
 * (`vast`: an age, a birth, a past event, who someone lives with and where): an age limit reached within a year shows as "vanaf
 * [maand jaar]" on the result instead (`komt`, age.ts).
 */
import { factsBehind, figuresOf, forEachLeaf, operandOf, operatorOf, thresholdOf, type Leaf } from '../dataset/condition-tree.js';
import type { Condition, Question } from '../dataset/schema.js';
import { makeContext } from './context.js';
import { conditionOf, decide } from './outcome.js';
import { isAskable, isFixed, validEntries } from './facts.js';
import type { Answer, Context, Result } from './types.js';

interface Base {
  feit: string;
  /** Without a `voorbehoud` the regeling then fits; with one it then may fit. */
  zeker: boolean;
  /** One answer that meets the line (for the what-if and the tests). */
  voorbeeld: Answer;
}
/** A number in an interval; a missing bound runs to the end of the question's range. */
export interface NumberLine extends Base {
  soort: 'getal';
  van?: number;
  vanDicht: boolean;
  tot?: number;
  totDicht: boolean;
}
/** One of these options (keuze), or also ticking one of them (meerkeuze: `ook`). */
export interface ChoiceLine extends Base {
  soort: 'keuze';
  opties: string[];
  ook: boolean;
}
export interface YesNoLine extends Base {
  soort: 'ja-nee';
  waarde: boolean;
}
export type WouldFit = NumberLine | ChoiceLine | YesNoLine;

/** The bounds of the values a figure can take on the check date, over all its entries. */
function figurePoints(id: string, ctx: Context): number[] {
  const f = ctx.figures.get(id);
  if (!f) return [];
  return validEntries(ctx, f).flatMap((w) => (typeof w.waarde === 'number' ? [w.waarde] : [w.waarde.van, w.waarde.tot]));
}

/** The numbers a leaf compares with (a figure: every value it can take). */
function thresholds(leaf: Leaf, ctx: Context): number[] {
  const is = operatorOf(leaf) === 'is' ? operandOf(leaf) : undefined;
  if (typeof is === 'number') return [is];
  const t = thresholdOf(leaf);
  if (t === undefined) return [];
  return typeof t === 'number' ? [t] : figuresOf(leaf).flatMap((id) => figurePoints(id, ctx));
}

/**
 * Every number at which some comparison involving fact `f` can change: thresholds on f itself,
 * thresholds on a derived fact of f scaled back through its norm, in the condition and in the
 * `als` of the figures it uses (recursively).
 */
function breakpoints(f: string, c: Condition, ctx: Context, out = new Set<number>(), seen = new Set<string>()): Set<number> {
  const figure = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const w of ctx.figures.get(id)?.waarden ?? []) if (w.als) breakpoints(f, w.als, ctx, out, seen);
  };
  forEachLeaf(c, (leaf) => {
    const d = ctx.derived.get(leaf.feit);
    if (leaf.feit === f) for (const t of thresholds(leaf, ctx)) out.add(t);
    if (d) {
      figure(d.van);
      if (d.deel === f) for (const t of thresholds(leaf, ctx)) for (const n of figurePoints(d.van, ctx)) out.add((t * n) / (d.maal ?? 100));
    }
    figuresOf(leaf).forEach(figure);
  });
  return out;
}

/** Whether the regeling's conditions hold with `f` answered `v` and the rest as answered. */
function holdsWith(res: Result, ctx: Context, f: string, v: Answer): boolean {
  const next = makeContext(ctx.ds, { ...ctx.answers, [f]: v }, ctx);
  return decide(res.regeling, next).tri === 'ja';
}

function numberLine(res: Result, ctx: Context, q: Question, c: Condition, zeker: boolean): NumberLine | undefined {
  const min = q.min ?? -Infinity;
  const max = q.max ?? Infinity;
  const pts = [...breakpoints(q.id, c, ctx)].filter((p) => p >= min && p <= max).sort((a, b) => a - b);
  if (!pts.length) return undefined;
  // The pieces in order: below the first point, each point, between points, above the last.
  type Piece = { at: number; lo: number; hi: number; point: boolean };
  const pieces: Piece[] = [];
  const first = pts[0]!;
  const last = pts.at(-1)!;
  if (min < first) pieces.push({ at: Number.isFinite(min) ? min : first - 1, lo: min, hi: first, point: false });
  pts.forEach((p, i) => {
    pieces.push({ at: p, lo: p, hi: p, point: true });
    const next = pts[i + 1];
    if (next !== undefined) pieces.push({ at: (p + next) / 2, lo: p, hi: next, point: false });
  });
  if (max > last) pieces.push({ at: Number.isFinite(max) ? max : last + 1, lo: last, hi: max, point: false });
  const wins = pieces.map((x) => holdsWith(res, ctx, q.id, x.at));
  const runs: { from: number; to: number }[] = [];
  wins.forEach((w, i) => {
    if (!w) return;
    const run = runs.at(-1);
    if (run && run.to === i - 1) run.to = i;
    else runs.push({ from: i, to: i });
  });
  // None, several intervals (not one phrase), or every value (then it only waits for an answer).
  if (runs.length !== 1) return undefined;
  const a = pieces[runs[0]!.from]!;
  const b = pieces[runs[0]!.to]!;
  const open = (x: Piece, end: 'lo' | 'hi') => !x.point && (end === 'lo' ? x.lo !== min : x.hi !== max);
  const lowEnd = a.lo === min && !a.point ? undefined : a.lo;
  const highEnd = b.hi === max && !b.point ? undefined : b.hi;
  if (lowEnd === undefined && highEnd === undefined) return undefined;
  return {
    feit: q.id,
    zeker,
    soort: 'getal',
    ...(lowEnd !== undefined ? { van: lowEnd } : {}),
    vanDicht: !open(a, 'lo'),
    ...(highEnd !== undefined ? { tot: highEnd } : {}),
    totDicht: !open(b, 'hi'),
    voorbeeld: pieces[runs[0]!.from]!.at,
  };
}

function choiceLine(res: Result, ctx: Context, q: Question, zeker: boolean): ChoiceLine | undefined {
  const current = ctx.answers[q.id];
  const multi = q.type === 'meerkeuze';
  const kept = multi && Array.isArray(current) ? current.filter((x) => !q.opties?.find((o) => o.waarde === x)?.exclusief) : [];
  // Never "also tick 'Bijstand'" or "if you were ill": a `geenAdvies` option is no choice to offer.
  const tries = (q.opties ?? [])
    .filter((o) => !o.geenAdvies && (multi ? !o.exclusief && !kept.includes(o.waarde) : o.waarde !== current))
    .map((o) => ({ optie: o.waarde, value: (multi ? [...kept, o.waarde] : o.waarde) as Answer }));
  const wins = tries.filter((x) => holdsWith(res, ctx, q.id, x.value));
  if (!wins.length || (!multi && current === undefined && wins.length === tries.length)) return undefined;
  return { feit: q.id, zeker, soort: 'keuze', opties: wins.map((w) => w.optie), ook: multi, voorbeeld: wins[0]!.value };
}

function yesNoLine(res: Result, ctx: Context, q: Question, zeker: boolean): YesNoLine | undefined {
  const current = ctx.answers[q.id];
  const wins = [true, false].filter((v) => v !== current && holdsWith(res, ctx, q.id, v));
  if (wins.length !== 1) return undefined;
  return { feit: q.id, zeker, soort: 'ja-nee', waarde: wins[0]!, voorbeeld: wins[0]! };
}

/**
 * The lines for one result: none when the conditions already hold (past, or misschien for a
 * reason no answer changes), one per question whose answer alone can make them hold.
 */
export function wouldFit(res: Result, ctx: Context): WouldFit[] {
  if (res.uitkomst === 'past' || decide(res.regeling, ctx).tri === 'ja') return [];
  const c = conditionOf(res.regeling, ctx);
  const zeker = !res.regeling.voorbehoud;
  const out: WouldFit[] = [];
  // Only the regeling's own facts (its conditions and caps) give a line: a fact that matters only
  // through a regeling that goes first would say "this fits if you also tick 'own business'",
  // which is no way forward (panel round 14: the gemeentepolis while WW comes first).
  const own = factsBehind(res.regeling.voorwaarden, ctx);
  for (const m of res.regeling.misschienAls ?? []) factsBehind(m.als, ctx, own);
  for (const f of factsBehind(c, ctx)) {
    if (!own.has(f)) continue;
    const q = ctx.questions.get(f);
    if (!q || q === ctx.topic || !isAskable(ctx, f) || isFixed(ctx, f)) continue;
    const line =
      q.type === 'getal' || q.type === 'bedrag'
        ? numberLine(res, ctx, q, c, zeker)
        : q.type === 'keuze' || q.type === 'meerkeuze'
          ? choiceLine(res, ctx, q, zeker)
          : q.type === 'ja-nee'
            ? yesNoLine(res, ctx, q, zeker)
            : undefined;
    if (line) out.push(line);
  }
  return out;
}
