/** Kleene three-valued logic over 'ja' | 'nee' | 'onbekend'. */
/** Three-valued (Kleene) truth. */
export type Tri = 'ja' | 'nee' | 'onbekend';

/** The truth of a condition and the unasked questions that could still change it. */
export interface Eval {
  tri: Tri;
  open: string[];
}

/**
 * The empty list of open questions, shared (open lists are only read, never changed). Made from
 * a list of strings, so it is an array of the same kind as every other open list: `[]` is an
 * array of small integers to V8, and code that had only seen lists with questions (the first
 * analysis, with no answers) went back to unoptimised code when it met one at step 1 (issue 24).
 */
export const NO_QUESTIONS: string[] = [''].slice(1);

export const JA: Eval = { tri: 'ja', open: NO_QUESTIONS };
export const NEE: Eval = { tri: 'nee', open: NO_QUESTIONS };

export function unknown(open: string[]): Eval {
  return { tri: 'onbekend', open };
}

/** all-of: one no makes no; otherwise any unknown makes unknown. */
export function allOf(parts: Eval[]): Eval {
  let open: string[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.tri === 'nee') return NEE;
    if (p.tri === 'onbekend') open = open ? open.concat(p.open) : p.open;
  }
  return open ? unknown(open) : JA;
}

/** any-of: one yes makes yes; otherwise any unknown makes unknown. */
export function anyOf(parts: Eval[]): Eval {
  let open: string[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.tri === 'ja') return JA;
    if (p.tri === 'onbekend') open = open ? open.concat(p.open) : p.open;
  }
  return open ? unknown(open) : NEE;
}

export function not(e: Eval): Eval {
  return e.tri === 'ja' ? NEE : e.tri === 'nee' ? JA : e;
}

/** A closed interval; an exact number is [n, n]. */
export type Interval = readonly [number, number];

/** Compare interval `v` with threshold interval `t`: yes if it holds for all, no if for none. */
export function compare(op: 'minstens' | 'hoogstens' | 'onder' | 'boven', v: Interval, t: Interval): Eval {
  const [lo, hi] = v;
  const [tlo, thi] = t;
  let yes: boolean;
  let no: boolean;
  switch (op) {
    case 'minstens':
      yes = lo >= thi;
      no = hi < tlo;
      break;
    case 'hoogstens':
      yes = hi <= tlo;
      no = lo > thi;
      break;
    case 'onder':
      yes = hi < tlo;
      no = lo >= thi;
      break;
    case 'boven':
      yes = lo > thi;
      no = hi <= tlo;
      break;
  }
  return yes ? JA : no ? NEE : unknown(NO_QUESTIONS);
}

// ---------------------------------------------------------------- sets of truth values

/**
 * Truth values as bits, so a set of them is a small mask: which values a condition can still
 * take once its open questions are answered. Used by question choice (relevance.ts).
 */
export const BIT = { ja: 1, nee: 2, onbekend: 4 } as const satisfies Record<Tri, number>;
const J = 1,
  N = 2,
  U = 4;
const VALUES = [J, N, U];
const and1 = (x: number, y: number) => (x === N || y === N ? N : x === U || y === U ? U : J);
const or1 = (x: number, y: number) => (x === J || y === J ? J : x === U || y === U ? U : N);
const not1 = (x: number) => (x === J ? N : x === N ? J : U);

function lift(f: (x: number, y: number) => number): number[][] {
  const t: number[][] = [];
  for (let a = 0; a < 8; a++) {
    t.push([]);
    for (let b = 0; b < 8; b++) {
      let m = 0;
      for (const x of VALUES) if (a & x) for (const y of VALUES) if (b & y) m |= f(x, y);
      t[a]!.push(m);
    }
  }
  return t;
}
/** AND_SET[a][b]: the values of `x and y` for x in a, y in b; likewise OR_SET, NOT_SET. */
export const AND_SET = lift(and1);
export const OR_SET = lift(or1);
export const NOT_SET = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => (m & J ? N : 0) | (m & N ? J : 0) | (m & U));

/**
 * Pairs of distinct values, as bits too: {ja,nee} = 1, {ja,onbekend} = 2, {nee,onbekend} = 4.
 * A pair "matters" at a node when the regeling's outcome differs between the two values of
 * that node, for some values of everything outside it.
 */
const PAIRS: [number, number][] = [
  [J, N],
  [J, U],
  [N, U],
];
const pairBit = (x: number, y: number) => (x === y ? 0 : (x | y) === (J | N) ? 1 : (x | y) === (J | U) ? 2 : 4);
/** ALL_PAIRS: at the root every change of value changes the outcome. */
export const ALL_PAIRS = 7;
/** PAIRS_IN[m]: the pairs both of whose values are in the set m. */
export const PAIRS_IN = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => PAIRS.reduce((acc, [x, y], i) => (m & x && m & y ? acc | (1 << i) : acc), 0));
/** NOT_PAIRS[d]: the pairs that matter below a `niet` when d matters above it. */
export const NOT_PAIRS = [0, 1, 2, 3, 4, 5, 6, 7].map((d) =>
  PAIRS.reduce((acc, [x, y], i) => (d & pairBit(not1(x), not1(y)) ? acc | (1 << i) : acc), 0),
);

function childPairs(f: (x: number, y: number) => number): number[][] {
  // [others][parentPairs] -> pairs of the child that matter
  const t: number[][] = [];
  for (let s = 0; s < 8; s++) {
    t.push([]);
    for (let d = 0; d < 8; d++) {
      let m = 0;
      PAIRS.forEach(([x, y], i) => {
        for (const v of VALUES) if (s & v && d & pairBit(f(x, v), f(y, v))) m |= 1 << i;
      });
      t[s]!.push(m);
    }
  }
  return t;
}
/**
 * AND_CHILD[s][d]: the pairs of one part of an `alle` that matter, when the other parts
 * together can take the values s and the pairs d matter for the `alle` itself; OR_CHILD for
 * `een-van`.
 */
export const AND_CHILD = childPairs(and1);
export const OR_CHILD = childPairs(or1);
