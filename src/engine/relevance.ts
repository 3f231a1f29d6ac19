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
const J = BIT.ja,
  N = BIT.nee,
  U = BIT.onbekend;
/** A truth value by its bit, and the other way round. */
const TRI: readonly Tri[] = ['onbekend', 'ja', 'nee', 'onbekend', 'onbekend'];
const BIT_OF: ReadonlyMap<Tri, number> = new Map([
  ['ja', J],
  ['nee', N],
  ['onbekend', U],
]);

/**
 * A condition with what does not depend on the answers worked out once (per dataset and check
 * date, `compiled`): its shape, each node numbered in pre-order (`id`), and for a leaf its kind's
 * evaluation, its question, birth month, derived part and figures, the values an answer to its
 * question can give (`kan`) and whether a figure or derived part may leave it unknown. `build`
 * then only does what the answers decide, into the scratch arrays below by node number: no
 * object per node and step (issue 24: the first steps re-analyse hundreds of regelingen,
 * mostly in unoptimised code, where each allocation and each new object shape costs). Every
 * node has the same fields, so code that reads them sees one shape.
 */
interface Compiled {
  op: number;
  /** The node's number: its place in pre-order, the root 0 (an index into the scratch arrays). */
  id: number;
  c: Condition;
  /** The parts (none for a leaf). */
  kids: Compiled[];
  /** A leaf: what `build` needs. */
  leaf: CompiledLeaf | undefined;
}

/** A compiled condition and how many nodes it has. */
export interface Program {
  root: Compiled;
  size: number;
}

interface CompiledLeaf {
  c: Leaf;
  evaluate: (c: Condition, ctx: Context) => Eval;
  /** The fact's own question (undefined for a derived fact). */
  q: Question | undefined;
  /** The birth-month question of an age in whole years. */
  month: Question | undefined;
  /** The question behind the fact's value (the fact, or a derived fact's part), when it is a question. */
  base: string | undefined;
  /** The figures behind the leaf (its threshold's and a derived fact's norm). */
  figures: readonly string[];
  /** The values an answer to `q` can give (`kind.kan`, else ja and nee). */
  kan: number;
  /** A derived part or a figure may keep the leaf unknown whatever is answered. */
  staysUnknown: boolean;
}

/**
 * The state of each node of the condition being analysed, by node number: its truth value as a
 * BIT (`tri`), the values it can take once the open questions are answered (`set`), whether an
 * open question below can change it (`live`: 0 or 1) and for a live leaf its open questions.
 * One analysis at a time reads them (`analyse`, `missing`; nothing they call analyses), so they
 * are shared and only grown.
 */
let tri = new Uint8Array(64);
let set = new Uint8Array(64);
let live = new Uint8Array(64);
/** `collect`: per part, the values it and the parts after it can take together. */
let suffix = new Uint8Array(64);
const open: (string[] | undefined)[] = [];

function reserve(size: number): void {
  if (tri.length >= size) return;
  const n = Math.max(size, tri.length * 2);
  tri = new Uint8Array(n);
  set = new Uint8Array(n);
  live = new Uint8Array(n);
  suffix = new Uint8Array(n);
}

const compiledPer = new WeakMap<object, Map<string, WeakMap<Condition, Program>>>();

/** A cache per dataset part and check date: both change what is cached. */
function cacheFor<C>(store: WeakMap<object, Map<string, C>>, of: object, datum: string, make: () => C): C {
  let perDate = store.get(of);
  if (!perDate) store.set(of, (perDate = new Map()));
  let cache = perDate.get(datum);
  if (!cache) perDate.set(datum, (cache = make()));
  return cache;
}

const newPrograms = () => new WeakMap<Condition, Program>(); // made once: no closure per call

function compiled(c: Condition, ctx: Context): Program {
  const cache = cacheFor(compiledPer, ctx.questions, ctx.datum, newPrograms);
  let p = cache.get(c);
  if (!p) cache.set(c, (p = compile(c, ctx)));
  return p;
}

function compile(c: Condition, ctx: Context): Program {
  const count = { next: 0 };
  const root = compileNode(c, ctx, count);
  return { root, size: count.next };
}

const NO_KIDS: Compiled[] = [];

function compileNode(c: Condition, ctx: Context, count: { next: number }): Compiled {
  const id = count.next++; // before the parts: pre-order
  const shape = shapeOf(c);
  if (shape.op === 'leaf') return { op: LEAF, id, c, kids: NO_KIDS, leaf: compileLeaf(shape.leaf, ctx) };
  const parts = shape.op === 'niet' ? [shape.part] : shape.parts;
  const kids: Compiled[] = [];
  for (let k = 0; k < parts.length; k++) kids.push(compileNode(parts[k]!, ctx, count));
  return { op: shape.op === 'alle' ? ALLE : shape.op === 'een-van' ? EEN_VAN : NIET, id, c, kids, leaf: undefined };
}

function compileLeaf(leaf: Leaf, ctx: Context): CompiledLeaf {
  const kind = kindOf(leaf);
  const q = ctx.questions.get(leaf.feit);
  const d = ctx.derived.get(leaf.feit);
  const base = d ? d.deel : leaf.feit;
  let staysUnknown = false;
  if (!q && d && (ctx.questions.get(d.deel)?.weetNiet || figureMayStayUnknown(d.van, ctx))) staysUnknown = true;
  staysUnknown ||= figuresOf(leaf).some((id) => figureMayStayUnknown(id, ctx));
  return {
    c: leaf,
    evaluate: kind.evaluate,
    q,
    month: birthMonthOf(ctx, leaf.feit),
    base: ctx.questions.has(base) ? base : undefined,
    figures: figuresUsed(leaf, ctx),
    kan: q && kind.kan ? kind.kan(leaf, q) : BIT.ja | BIT.nee,
    staysUnknown,
  };
}

/**
 * Works out tri, set, live and open of node i and the nodes below it (stopping where a part
 * decides). Each kind of node ends in one set of stores, whatever the outcome: the first
 * analysis (no answers) decides no leaf and no branch, and a store it never ran sent `build`
 * back to unoptimised code at step 1 (issue 24).
 */
function build(n: Compiled, ctx: Context): void {
  const i = n.id;
  const op = n.op;
  if (op === ALLE || op === EEN_VAN) {
    const isAll = op === ALLE;
    const stop = isAll ? N : J;
    const SET = isAll ? AND_SET : OR_SET;
    let s: number = isAll ? J : N;
    let lv = 0;
    let unknownKid = false;
    let decided = false;
    const kids = n.kids;
    for (let k = 0; k < kids.length; k++) {
      const kid = kids[k]!;
      build(kid, ctx);
      const j = kid.id;
      const t = tri[j]!;
      decided = t === stop; // a decided branch decides the whole
      if (decided) break;
      if (t === U) unknownKid = true;
      s = SET[s]![set[j]!]!;
      lv |= live[j]!;
    }
    tri[i] = decided ? stop : unknownKid ? U : isAll ? J : N;
    set[i] = decided ? stop : s;
    live[i] = decided ? 0 : lv;
    return;
  }
  if (op === NIET) {
    const kid = n.kids[0]!;
    build(kid, ctx);
    const j = kid.id;
    tri[i] = NOT_SET[tri[j]!]!;
    set[i] = NOT_SET[set[j]!]!;
    live[i] = live[j]!;
    return;
  }
  const l = n.leaf!;
  const e = l.evaluate(n.c, ctx);
  // A Map, not BIT[e.tri] nor comparisons with 'ja' and 'nee': see above; Map#get takes any key.
  const t = BIT_OF.get(e.tri)!;
  const isOpen = t === U && e.open.length > 0;
  tri[i] = t;
  set[i] = isOpen ? leafSet(l, ctx, e.open) : t;
  live[i] = isOpen ? 1 : 0;
  open[i] = isOpen ? e.open : undefined;
}

/** The values a leaf with open questions can take once they are answered. */
function leafSet(n: CompiledLeaf, ctx: Context, open: string[]): number {
  const c = n.c;
  // An age in whole years waits for the birth month (a limit between birthdays): either way.
  if (n.month && open.includes(n.month.id)) return BIT.ja | BIT.nee | BIT.onbekend;
  // The fact is known and only the choice of a figure is open (e.g. the norm waits for the
  // household): try every value the figure can still take. Income 10% of any norm is below
  // 100% of every norm, so the household question does not matter for this leaf.
  if (n.base !== undefined && ctx.answers[n.base] !== undefined) {
    let combos: Map<string, Interval | undefined>[] = [new Map()];
    for (const id of n.figures) {
      const cands = figureCandidates(ctx, id);
      combos = combos.flatMap((m) => cands.map((v) => new Map(m).set(id, v)));
    }
    let values = 0;
    for (const m of combos) values |= BIT[evaluate(c, withFigures(ctx, m)).tri];
    return values;
  }
  let values: number = n.q && ctx.answers[c.feit] === undefined ? n.kan : BIT.ja | BIT.nee;
  if (mayStayUnknown(n, ctx, open)) values |= BIT.onbekend;
  return values;
}

function mayStayUnknown(n: CompiledLeaf, ctx: Context, open: string[]): boolean {
  for (let i = 0; i < open.length; i++) if (ctx.questions.get(open[i]!)?.weetNiet) return true;
  return n.staysUnknown;
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
function collect(n: Compiled, pairs: number, out: string[]): void {
  const op = n.op;
  if (op === LEAF) {
    if (PAIRS_IN[set[n.id]!]! & pairs) {
      const o = open[n.id]!;
      for (let k = 0; k < o.length; k++) if (!out.includes(o[k]!)) out.push(o[k]!);
    }
    return;
  }
  const kids = n.kids;
  if (op === NIET) {
    collect(kids[0]!, NOT_PAIRS[pairs]!, out);
    return;
  }
  const isAll = op === ALLE;
  const SET = isAll ? AND_SET : OR_SET;
  const CHILD = isAll ? AND_CHILD : OR_CHILD;
  const unit = isAll ? J : N;
  // suffix[id of part k]: the values part k and the parts after it can take together (a node
  // has one parent, so the parts of different nodes never share a slot)
  let after: number = unit;
  for (let k = kids.length - 1; k >= 0; k--) {
    const j = kids[k]!.id;
    suffix[j] = after = SET[set[j]!]![after]!;
  }
  let prefix: number = unit;
  for (let k = 0; k < kids.length; k++) {
    const kid = kids[k]!;
    const j = kid.id;
    if (live[j]) {
      const others = SET[prefix]![k + 1 < kids.length ? suffix[kids[k + 1]!.id]! : unit]!;
      const d = CHILD[others]![pairs]!;
      if (d) collect(kid, d, out);
    }
    prefix = SET[prefix]![set[j]!]!;
  }
}

function dontKnows(n: Compiled, ctx: Context, out: Set<string>): void {
  if (tri[n.id] !== U) return;
  if (n.op !== LEAF) {
    for (let k = 0; k < n.kids.length; k++) dontKnows(n.kids[k]!, ctx, out);
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
  return analyseProgram(compiled(c, ctx), ctx);
}

/**
 * A condition compiled once for the walk (per dataset, perspective and check date): the walk
 * analyses the same conditions at every step and keeps their programs, without the lookups
 * `analyse` makes per call to find one.
 */
export function programOf(c: Condition, ctx: Context): Program {
  return compiled(c, ctx);
}

/** `analyse` with the condition's program at hand. */
export function analyseProgram(p: Program, ctx: Context): Analysis {
  reserve(p.size);
  build(p.root, ctx);
  const t = TRI[tri[0]!]!;
  if (t !== 'onbekend' || !live[0]) return { tri: t, open: [] };
  const out: string[] = [];
  collect(p.root, ALL_PAIRS, out);
  return { tri: t, open: out };
}

/** For misschien: what is missing, the relevant unasked questions and the "weet ik niet"s. */
export function missing(c: Condition, ctx: Context): { tri: Tri; open: string[]; weetNiet: string[] } {
  const p = compiled(c, ctx);
  reserve(p.size);
  build(p.root, ctx);
  const t = TRI[tri[0]!]!;
  if (t !== 'onbekend') return { tri: t, open: [], weetNiet: [] };
  const out: string[] = [];
  if (live[0]) collect(p.root, ALL_PAIRS, out);
  const dk = new Set<string>();
  dontKnows(p.root, ctx, dk);
  return { tri: t, open: out, weetNiet: [...dk] };
}
