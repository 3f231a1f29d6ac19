/**
 * The walk through the questionnaire, incremental: each answer costs one evaluation of the
 * regelingen it can change, not a replay of the path.
 *
 * Choosing the next question: only what can still change an outcome (see relevance.ts for
 * the rule and why it is not the stricter one-step rule). A question is useful when an
 * undecided regeling's condition, simplified with the answers so far (Kleene: a decided branch
 * drops out), still depends on it: then some answer to it, together with answers to the other
 * open questions, changes that regeling's outcome. Order: `chooseQuestion`.
 *
 * `walk(ds, answers, opts)` gives the same as replaying the next question from the start with
 * the answers on the path (the reference `replayWalk`, test/engine/reference-walk.ts), but
 * keeps, per dataset, perspective and check date, a tree of the steps already taken: a node is the state after a path of answers
 * (per regeling the questions that can still change it, and per question how many undecided
 * regelingen wait for it), a child is one more answer. A walk follows the tree as far as it
 * exists and computes only the new steps. A new step re-analyses only the regelingen whose
 * condition depends on the question just answered (the index `byFact`: the facts behind the
 * condition, including the part behind a derived fact and the facts that select a figure), and
 * copies the rest; a regeling decided as past or past niet is not analysed again (Kleene logic
 * is monotone). So a journey of k answers over n regelingen costs at most k × n analyses,
 * where replaying costs k² × n / 2; going back and changing an earlier answer reuse the common
 * prefix.
 *
 * The tree is bounded (about a million per-regeling slots per dataset, perspective and date):
 * past that, every step but the path just walked is dropped.
 */
import { factsBehind } from '../dataset/condition-tree.js';
import type { Dataset, Question, Regeling } from '../dataset/schema.js';
import { makeContext } from './context.js';
import { amountQuestion, applicable, comingQuestion, conditionOf, monthQuestion } from './outcome.js';
import { analyseProgram, programOf, type Program } from './relevance.js';
import type { Answer, Answers, Context, Options } from './types.js';

export interface Walk {
  /** Questions on the current path, in the order asked, each with an answer. */
  path: string[];
  /** The question to ask now (undefined: ready for the result). */
  vraag?: Question;
  nogHoogstens: number;
  /** Answers that count: those on the path. Others are kept by the caller but not used. */
  answers: Answers;
}

/** Counters for tests and the bench: how many regelingen were analysed (one `analyse` each), how often the tree was pruned. */
export const walkStats = { analysed: 0, pruned: 0 };

/**
 * The question to ask, given how many undecided regelingen wait for each: `vooraan` first, then
 * the most waited for, then the dataset's order.
 */
export function chooseQuestion(vragen: readonly Question[], waiting: ReadonlyMap<string, number>): Question | undefined {
  let best: Question | undefined;
  let bestScore = -1;
  for (let i = 0; i < vragen.length; i++) {
    const q = vragen[i]!;
    const n = waiting.get(q.id);
    if (!n) continue;
    const score = (q.vooraan ? 1e9 : 0) + n;
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}

interface Node {
  /** The answers on the path to this node. */
  answers: Record<string, Answer>;
  /** Per regeling (index in Base.regelingen): the open questions that can change it. */
  open: readonly (readonly string[])[];
  /** Per question: how many undecided regelingen wait for it (no entry, or zero, for none). */
  waiting: Map<string, number>;
  vraag?: Question;
  next: Map<string, Node>;
}

interface Base {
  ds: Dataset;
  opts: Options & { datum: string };
  regelingen: Regeling[];
  /** Per regeling: its condition, compiled (`programOf`). */
  programs: Program[];
  /** The regelingen with an amount (`amountQuestion` looks at no others). */
  withAmount: Regeling[];
  /** The regelingen with an age limit (`comingQuestion` and `monthQuestion` look at no others). */
  ageLimited: Regeling[];
  /** Question id → the regelingen (indexes) whose condition depends on its answer. */
  byFact: Map<string, number[]>;
  root: Node;
  nodes: number;
  maxNodes: number;
}

const bases = new WeakMap<Dataset, Map<string, Base>>();

/**
 * Marks a regeling decided as past or past niet. Kleene logic is monotone (an answer never
 * undoes a decided outcome: the property tests check it), so it needs no analysis after that.
 * A plain array, never changed: a frozen one has a shape of its own, which the loops over the
 * open questions first met at step 1 (a deoptimisation, issue 24).
 */
const DECIDED: readonly string[] = [];

function analyseInto(i: number, base: Base, ctx: Context, open: (readonly string[])[], waiting: Map<string, number>): void {
  walkStats.analysed++;
  const before = open[i];
  const e = analyseProgram(base.programs[i]!, ctx);
  const after = e.tri === 'onbekend' ? e.open : DECIDED;
  // Only non-empty lists: an empty one may be an array of another kind (`[]`, DECIDED) that
  // `count` first meets at step 1 (issue 24).
  if (before?.length) count(waiting, before, -1);
  if (after.length) count(waiting, after, 1);
  open[i] = after;
}

/**
 * Adds `by` to the count of each question in `ids`. One loop for taking off and adding: the
 * first analysis (no answers) only adds, and a loop of its own for taking off, first run at
 * step 1, sent the walk back to unoptimised code there (issue 24). For the same reason a count
 * that drops to zero stays in the map (no `delete` first met at step 1): `chooseQuestion` skips
 * it and `waitingFor` does not count it. An indexed loop: an array iterator is costly in the
 * unoptimised code the first steps run in.
 */
function count(waiting: Map<string, number>, ids: readonly string[], by: number): void {
  for (let k = 0; k < ids.length; k++) {
    const f = ids[k]!;
    waiting.set(f, (waiting.get(f) ?? 0) + by);
  }
}

/** How many questions undecided regelingen wait for. */
function waitingFor(waiting: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of waiting.values()) if (c) n++;
  return n;
}

function baseOf(ds: Dataset, opts: Options): Base {
  const ctx = makeContext(ds, {}, opts);
  const key = `${ctx.perspectief}|${ctx.datum}`;
  let perDs = bases.get(ds);
  if (!perDs) {
    perDs = new Map();
    bases.set(ds, perDs);
  }
  let base = perDs.get(key);
  if (!base) {
    const regelingen = applicable(ctx);
    const conditions = regelingen.map((r) => conditionOf(r, ctx));
    const byFact = new Map<string, number[]>();
    const ageLimited: Regeling[] = [];
    conditions.forEach((c, i) => {
      let age = false;
      for (const f of factsBehind(c, ctx)) {
        const q = ctx.questions.get(f);
        if (!q) continue;
        age ||= !!q.geboortemaand;
        let list = byFact.get(f);
        if (!list) byFact.set(f, (list = []));
        list.push(i);
      }
      if (age) ageLimited.push(regelingen[i]!);
    });
    const open: (readonly string[])[] = new Array(regelingen.length);
    const waiting = new Map<string, number>();
    base = {
      ds,
      opts: { perspectief: ctx.perspectief, datum: ctx.datum },
      regelingen,
      programs: conditions.map((c) => programOf(c, ctx)),
      withAmount: regelingen.filter((r) => r.bedrag),
      ageLimited,
      byFact,
      root: { answers: {}, open, waiting, next: new Map() },
      nodes: 1,
      maxNodes: Math.min(1024, Math.max(64, Math.floor(1e6 / Math.max(1, regelingen.length)))),
    };
    for (let i = 0; i < regelingen.length; i++) analyseInto(i, base, ctx, open, waiting);
    base.root.vraag = chooseQuestion(ds.vragen, waiting);
    perDs.set(key, base);
  }
  return base;
}

/** A key per answer value ("weet ik niet" is null; lists keep their order, as given). */
function keyOf(a: Answer): string {
  return `${typeof a}:${a !== null && typeof a === 'object' ? JSON.stringify(a) : String(a)}`;
}

/** The step after answering `q` with `a` at `node`: only the regelingen that depend on `q` are analysed again. */
function child(base: Base, node: Node, q: string, a: Answer): Node {
  const answers = { ...node.answers, [q]: a };
  const ctx = makeContext(base.ds, answers, base.opts);
  const open = node.open.slice();
  const waiting = new Map(node.waiting);
  const touched = base.byFact.get(q) ?? [];
  for (let k = 0; k < touched.length; k++) {
    const i = touched[k]!;
    if (open[i] !== DECIDED) analyseInto(i, base, ctx, open, waiting);
  }
  base.nodes++;
  // nothing else to ask: what a regeling that comes within a year as the person gets older
  // needs, then the birth month for it (outcome.ts, age.ts); then what only the amount of a
  // fitting regeling needs (outcome.ts)
  const vraag =
    chooseQuestion(base.ds.vragen, waiting) ??
    comingQuestion(ctx, base.ageLimited) ??
    monthQuestion(ctx, base.ageLimited) ??
    amountQuestion(ctx, base.withAmount);
  return { answers, open, waiting, vraag, next: new Map() };
}

/**
 * The path for the given answers: from the start, ask the next question; when it has an answer,
 * take it and go on. Answers off the path are ignored (the caller keeps them). Going back and
 * changing an earlier answer need no special cases: the path is rebuilt, from the tree.
 */
export function walk(ds: Dataset, all: Answers, opts: Options): Walk {
  const base = baseOf(ds, opts);
  const path: string[] = [];
  /** The nodes walked through and the keys of the answers between them. */
  const trail: Node[] = [base.root];
  const keys: string[] = [];
  let node = base.root;
  let result: Walk | undefined;
  for (let guard = 0; guard <= ds.vragen.length; guard++) {
    const q = node.vraag;
    if (!q || !(q.id in all)) {
      result = { path, vraag: q, nogHoogstens: waitingFor(node.waiting) || (q ? 1 : 0), answers: { ...node.answers } };
      break;
    }
    const a = all[q.id]!;
    const key = `${q.id}=${keyOf(a)}`;
    let next = node.next.get(key);
    if (!next) {
      next = child(base, node, q.id, a);
      node.next.set(key, next);
    }
    path.push(q.id);
    keys.push(key);
    trail.push(next);
    node = next;
  }
  if (base.nodes > base.maxNodes) prune(base, trail, keys);
  return result ?? { path, nogHoogstens: 0, answers: { ...node.answers } };
}

/**
 * Past the bound, drop every step but the path just walked: the next answer, or going back on
 * this path, stays one step (dropping the path too made the next step replay it, an answer's
 * worth of analyses per earlier answer).
 */
function prune(base: Base, trail: readonly Node[], keys: readonly string[]): void {
  walkStats.pruned++;
  for (let i = 0; i < keys.length; i++) {
    const next = trail[i]!.next;
    const kept = next.get(keys[i]!)!;
    next.clear();
    next.set(keys[i]!, kept);
  }
  trail.at(-1)!.next.clear();
  base.nodes = trail.length;
}
