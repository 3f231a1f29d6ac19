/** Kleene three-valued logic over 'ja' | 'nee' | 'onbekend'. */
import type { Tri } from './types.js';

/** The truth of a condition and the unasked questions that could still change it. */
export interface Eval { tri: Tri; open: string[] }

export const JA: Eval = { tri: 'ja', open: [] };
export const NEE: Eval = { tri: 'nee', open: [] };

export function unknown(open: string[]): Eval {
  return { tri: 'onbekend', open };
}

/** all-of: one no makes no; otherwise any unknown makes unknown. */
export function allOf(parts: Eval[]): Eval {
  let open: string[] | undefined;
  for (const p of parts) {
    if (p.tri === 'nee') return NEE;
    if (p.tri === 'onbekend') open = open ? open.concat(p.open) : p.open;
  }
  return open ? unknown(open) : JA;
}

/** any-of: one yes makes yes; otherwise any unknown makes unknown. */
export function anyOf(parts: Eval[]): Eval {
  let open: string[] | undefined;
  for (const p of parts) {
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
    case 'minstens': yes = lo >= thi; no = hi < tlo; break;
    case 'hoogstens': yes = hi <= tlo; no = lo > thi; break;
    case 'onder': yes = hi < tlo; no = lo >= thi; break;
    case 'boven': yes = lo > thi; no = hi <= tlo; break;
  }
  return yes ? JA : no ? NEE : unknown([]);
}
