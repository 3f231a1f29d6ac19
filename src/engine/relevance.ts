/**
 * Which unasked questions can still change a regeling's outcome.
 *
 * The rule: a question is worth asking iff some regeling that is still undecided has a
 * condition that, simplified with the answers so far (Kleene: a decided branch drops out),
 * still depends on it: there are answers to the other open questions such that two answers
 * to this one give two different outcomes. Follow-up questions fall out of the same rule.
 *
 * Why not a stricter one-step rule ("ask only what by itself changes an outcome now")? For
 * (A and B) or (C and D) no single answer changes the outcome from misschien: A=ja leaves
 * it open until B is known, A=nee leaves it open until C and D are known. The one-step rule
 * would therefore ask nothing and leave the regeling at misschien forever, although two
 * answers settle it. The rule here asks A (then B, or C and D): every question it asks is
 * one some completion of the remaining answers needs.
 *
 * How: the condition tree is evaluated once to the set of truth values each node can still
 * take (a leaf with open questions: ja and nee, plus onbekend where "weet ik niet" or a range
 * allows it; a leaf that is decided or stays unknown: its one value). Then, top-down, we keep
 * the pairs of values of a node that make a difference to the outcome, given the values its
 * siblings can take; a leaf is relevant when a pair of its own values makes a difference.
 * This is exact when each fact occurs once in a regeling's condition (including the facts
 * inside the figures and derived facts it uses); with a fact repeated in one condition the
 * occurrences are treated as independent, which can only over-ask in contrived cases (a
 * condition that contradicts itself, e.g. leeftijd >= 67 and leeftijd < 18).
 *
 * It matters with "weet ik niet": `een-van: [A, alle: [B, C]]` with A and B answered "weet ik
 * niet" stays misschien whatever C is (C=ja gives onbekend or onbekend, C=nee gives onbekend),
 * so C is not asked, although the simplified condition still mentions it.
 */
import type { Condition } from '../dataset/schema.js';
import { factsNamed, figuresOf, shapeOf, type Leaf } from '../dataset/condition-tree.js';
import { birthMonthOf } from './age.js';
import { evaluate, figuresUsed, kindOf } from './conditions.js';
import type { Eval } from './logic.js';
import { figureCandidates, resolveFigure, validEntries, withFigures } from './facts.js';
import { ALL_PAIRS, AND_CHILD, AND_SET, BIT, NOT_PAIRS, NOT_SET, OR_CHILD, OR_SET, PAIRS_IN } from './logic.js';
import type { Interval } from './logic.js';
import type { Context, Tri } from './types.js';
import type { Question } from '../dataset/schema.js';

const LEAF = 0,
  ALLE = 1,
  EEN_VAN = 2,
  NIET = 3;

interface Node {
  op: number;
  tri: Tri;
  /** The truth values this node can take once the open questions are answered. */
  set: number;
  /** Some open question below can change this node. */
  live: boolean;
  c: Condition;
  /** A leaf with open questions: the questions. */
  open: string[] | undefined;
  kids: Node[] | undefined;
}

/**
 * Every node has the same fields in the same order (`node`): one object shape, so `build` and
 * `collect` stay optimised when the answers bring cases the first analysis (no answers) did not
 * see; each new shape at steps 1 and 2 sent them back to unoptimised code (issue 24).
 */
const node = (
  op: number,
  tri: Tri,
  set: number,
  live: boolean,
  c: Condition,
  open: string[] | undefined,
  kids: Node[] | undefined,
): Node => ({
  op,
  tri,
  set,
  live,
  c,
  open,
  kids,
});

/** A decided node: one shared object for ja and for nee (nothing reads their condition), its own for onbekend (`dontKnows` does). */
const DECIDED_NODE = {
  ja: node(LEAF, 'ja', BIT.ja, false, {} as Condition, undefined, undefined),
  nee: node(LEAF, 'nee', BIT.nee, false, {} as Condition, undefined, undefined),
};
const constant = (tri: Tri, c: Condition): Node =>
  tri === 'onbekend' ? node(LEAF, tri, BIT[tri], false, c, undefined, undefined) : DECIDED_NODE[tri];

/**
 * A condition with what does not depend on the answers worked out once (per dataset and check
 * date, `compiled`): its shape, and for a leaf its kind's evaluation, its question, birth month,
 * derived part and figures, the values an answer to its question can give (`kan`) and whether
 * a figure or derived part may leave it unknown. `build` then only does what the answers decide.
 */
interface Compiled {
  op: number;
  c: Condition;
  kids?: Compiled[];
  evaluate?: (c: Condition, ctx: Context) => Eval;
  /** The fact's own question (undefined for a derived fact). */
  q?: Question;
  /** The birth-month question of an age in whole years. */
  month?: Question;
  /** The question behind the fact's value (the fact, or a derived fact's part), when it is a question. */
  base?: string;
  /** The figures behind the leaf (its threshold's and a derived fact's norm). */
  figures?: readonly string[];
  /** The values an answer to `q` can give (`kind.kan`, else ja and nee). */
  kan?: number;
  /** A derived part or a figure may keep the leaf unknown whatever is answered. */
  staysUnknown?: boolean;
}

const compiledPer = new WeakMap<object, Map<string, WeakMap<Condition, Compiled>>>();

/** A cache per dataset part and check date: both change what is cached. */
function cacheFor<C>(store: WeakMap<object, Map<string, C>>, of: object, datum: string, make: () => C): C {
  let perDate = store.get(of);
  if (!perDate) store.set(of, (perDate = new Map()));
  let cache = perDate.get(datum);
  if (!cache) perDate.set(datum, (cache = make()));
  return cache;
}

function compiled(c: Condition, ctx: Context): Compiled {
  const cache = cacheFor(compiledPer, ctx.questions, ctx.datum, () => new WeakMap<Condition, Compiled>());
  let n = cache.get(c);
  if (!n) cache.set(c, (n = compile(c, ctx)));
  return n;
}

function compile(c: Condition, ctx: Context): Compiled {
  let n: Compiled;
  const shape = shapeOf(c);
  if (shape.op === 'alle' || shape.op === 'een-van')
    n = { op: shape.op === 'alle' ? ALLE : EEN_VAN, c, kids: shape.parts.map((p) => compile(p, ctx)) };
  else if (shape.op === 'niet') n = { op: NIET, c, kids: [compile(shape.part, ctx)] };
  else {
    const leaf = c as Leaf;
    const kind = kindOf(leaf);
    const q = ctx.questions.get(leaf.feit);
    const d = ctx.derived.get(leaf.feit);
    const base = d ? d.deel : leaf.feit;
    let staysUnknown = false;
    if (!q && d && (ctx.questions.get(d.deel)?.weetNiet || figureMayStayUnknown(d.van, ctx))) staysUnknown = true;
    staysUnknown ||= figuresOf(leaf).some((id) => figureMayStayUnknown(id, ctx));
    n = {
      op: LEAF,
      c,
      evaluate: kind.evaluate,
      q,
      month: birthMonthOf(ctx, leaf.feit),
      base: ctx.questions.has(base) ? base : undefined,
      figures: figuresUsed(leaf, ctx),
      kan: q && kind.kan ? kind.kan(leaf, q) : BIT.ja | BIT.nee,
      staysUnknown,
    };
  }
  return n;
}

function build(n: Compiled, ctx: Context): Node {
  const c = n.c;
  if (n.op === ALLE || n.op === EEN_VAN) {
    const isAll = n.op === ALLE;
    const stop: Tri = isAll ? 'nee' : 'ja';
    const kids: Node[] = [];
    let set: number = isAll ? BIT.ja : BIT.nee;
    let live = false;
    let unknownKid = false;
    const parts = n.kids!;
    // Indexed loops here and in `collect`: the first steps of a journey run much of this before
    // it is optimised again, and an array iterator is costly in unoptimised code (issue 24).
    for (let i = 0; i < parts.length; i++) {
      const k = build(parts[i]!, ctx);
      if (k.tri === stop) return constant(stop, c); // a decided branch decides the whole
      if (k.tri === 'onbekend') unknownKid = true;
      set = (isAll ? AND_SET : OR_SET)[set]![k.set]!;
      live ||= k.live;
      kids.push(k);
    }
    const tri: Tri = unknownKid ? 'onbekend' : isAll ? 'ja' : 'nee';
    return node(n.op, tri, set, live, c, undefined, kids);
  }
  if (n.op === NIET) {
    const k = build(n.kids![0]!, ctx);
    const tri: Tri = k.tri === 'ja' ? 'nee' : k.tri === 'nee' ? 'ja' : 'onbekend';
    return node(NIET, tri, NOT_SET[k.set]!, k.live, c, undefined, [k]);
  }
  const e = n.evaluate!(c, ctx);
  if (e.tri !== 'onbekend' || e.open.length === 0) return constant(e.tri, c);
  return node(LEAF, 'onbekend', leafSet(n, ctx, e.open), true, c, e.open, undefined);
}

/** The values a leaf with open questions can take once they are answered. */
function leafSet(n: Compiled, ctx: Context, open: string[]): number {
  const c = n.c as Leaf;
  // An age in whole years waits for the birth month (a limit between birthdays): either way.
  if (n.month && open.includes(n.month.id)) return BIT.ja | BIT.nee | BIT.onbekend;
  // The fact is known and only the choice of a figure is open (e.g. the norm waits for the
  // household): try every value the figure can still take. Income 10% of any norm is below
  // 100% of every norm, so the household question does not matter for this leaf.
  if (n.base !== undefined && ctx.answers[n.base] !== undefined) {
    let combos: Map<string, Interval | undefined>[] = [new Map()];
    for (const id of n.figures!) {
      const cands = figureCandidates(ctx, id);
      combos = combos.flatMap((m) => cands.map((v) => new Map(m).set(id, v)));
    }
    let set = 0;
    for (const m of combos) set |= BIT[evaluate(c, withFigures(ctx, m)).tri];
    return set;
  }
  let set: number = n.q && ctx.answers[c.feit] === undefined ? n.kan! : BIT.ja | BIT.nee;
  if (mayStayUnknown(n, ctx, open)) set |= BIT.onbekend;
  return set;
}

function mayStayUnknown(n: Compiled, ctx: Context, open: string[]): boolean {
  for (let i = 0; i < open.length; i++) if (ctx.questions.get(open[i]!)?.weetNiet) return true;
  return n.staysUnknown!;
}

const figureUnknownCache = new WeakMap<object, Map<string, Map<string, boolean>>>();

/** A figure may leave a comparison unknown: a range, no entry for every case, "weet ik niet". */
function figureMayStayUnknown(id: string, ctx: Context): boolean {
  const cache = cacheFor(figureUnknownCache, ctx.figures, ctx.datum, () => new Map<string, boolean>());
  let hit = cache.get(id);
  if (hit === undefined) {
    const fig = ctx.figures.get(id);
    const entries = fig ? validEntries(ctx, fig) : [];
    hit =
      entries.length === 0 ||
      entries.every((w) => w.als) ||
      entries.some((w) => {
        if (typeof w.waarde !== 'number' && w.waarde.van !== w.waarde.tot) return true;
        let unsure = false;
        if (w.als) for (const f of factsNamed(w.als)) unsure ||= !ctx.questions.has(f) || !!ctx.questions.get(f)?.weetNiet;
        return unsure;
      });
    cache.set(id, hit);
  }
  return hit;
}

/** Adds to `out` the open questions below `n` whose answers can change `pairs` of its values (each once, in the order first met). */
function collect(n: Node, pairs: number, out: string[]): void {
  if (n.op === LEAF) {
    if (PAIRS_IN[n.set]! & pairs) {
      const open = n.open!;
      for (let i = 0; i < open.length; i++) if (!out.includes(open[i]!)) out.push(open[i]!);
    }
    return;
  }
  const kids = n.kids!;
  if (n.op === NIET) {
    collect(kids[0]!, NOT_PAIRS[pairs]!, out);
    return;
  }
  const isAll = n.op === ALLE;
  const SET = isAll ? AND_SET : OR_SET;
  const CHILD = isAll ? AND_CHILD : OR_CHILD;
  const unit = isAll ? BIT.ja : BIT.nee;
  // suffix[i]: the values the parts i.. can take together
  const suffix: number[] = new Array(kids.length + 1);
  suffix[kids.length] = unit;
  for (let i = kids.length - 1; i >= 0; i--) suffix[i] = SET[kids[i]!.set]![suffix[i + 1]!]!;
  let prefix: number = unit;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.live) {
      const others = SET[prefix]![suffix[i + 1]!]!;
      const p = CHILD[others]![pairs]!;
      if (p) collect(k, p, out);
    }
    prefix = SET[prefix]![k.set]!;
  }
}

function dontKnows(n: Node, ctx: Context, out: Set<string>): void {
  if (n.tri !== 'onbekend') return;
  if (n.kids) {
    for (let i = 0; i < n.kids.length; i++) dontKnows(n.kids[i]!, ctx, out);
    return;
  }
  const c = n.c as Leaf;
  dontKnowsOf(ctx, c.feit, out);
  const month = birthMonthOf(ctx, c.feit);
  if (month && ctx.answers[month.id] === null) out.add(month.id);
  for (const id of figuresOf(c)) figureDontKnows(ctx, id, out);
}

/**
 * The questions answered "weet ik niet" that keep fact `id` unknown: the fact itself, or for
 * a derived fact its part and the answers that select its norm.
 */
function dontKnowsOf(ctx: Context, id: string, out: Set<string>): void {
  if (ctx.questions.has(id)) {
    if (ctx.answers[id] === null) out.add(id);
    return;
  }
  const d = ctx.derived.get(id);
  if (!d) return;
  dontKnowsOf(ctx, d.deel, out);
  figureDontKnows(ctx, d.van, out);
}

/** The "weet ik niet" answers that keep a figure's selection (`als`) unknown. */
function figureDontKnows(ctx: Context, id: string, out: Set<string>): void {
  const figure = ctx.figures.get(id);
  const resolved = resolveFigure(ctx, id);
  if (!figure || (resolved.value && resolved.open.length === 0)) return;
  for (const w of validEntries(ctx, figure)) {
    if (!w.als) return;
    const e = evaluate(w.als, ctx);
    if (e.tri === 'ja') return;
    if (e.tri === 'onbekend') {
      for (const f of factsNamed(w.als)) dontKnowsOf(ctx, f, out);
      return;
    }
  }
}

export interface Analysis {
  tri: Tri;
  /** The unasked questions that can still change the outcome (empty when decided). */
  open: string[];
}

/** The outcome of a condition and the unasked questions that can still change it. */
export function analyse(c: Condition, ctx: Context): Analysis {
  const root = build(compiled(c, ctx), ctx);
  if (root.tri !== 'onbekend' || !root.live) return { tri: root.tri, open: [] };
  const open: string[] = [];
  collect(root, ALL_PAIRS, open);
  return { tri: root.tri, open };
}

/** For misschien: what is missing, the relevant unasked questions and the "weet ik niet"s. */
export function missing(c: Condition, ctx: Context): { tri: Tri; open: string[]; weetNiet: string[] } {
  const root = build(compiled(c, ctx), ctx);
  if (root.tri !== 'onbekend') return { tri: root.tri, open: [], weetNiet: [] };
  const open: string[] = [];
  if (root.live) collect(root, ALL_PAIRS, open);
  const dk = new Set<string>();
  dontKnows(root, ctx, dk);
  return { tri: root.tri, open, weetNiet: [...dk] };
}
