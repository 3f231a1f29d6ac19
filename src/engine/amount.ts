/**
 * What a regeling is worth: its `bedrag` formula evaluated over the figures valid on the check
 * date and the answers given. Interval arithmetic throughout: a figure that is a range (or whose
 * selection still waits for a question) gives a range "€ X – € Y". No amount when a figure has
 * no valid entry (expired), when an input is not known, or when the outcome is not yet settled
 * by the answers (misschien because a fact was not asked or answered "weet ik niet").
 */
import type { AmountRule, Formula } from '../dataset/schema.js';
import { evaluate } from './conditions.js';
import { makeContext } from './context.js';
import { decide } from './outcome.js';
import { resolveFact, resolveFigure, validEntries } from './facts.js';
import type { Interval } from './logic.js';
import type { Context, Result } from './types.js';

export interface Worth {
  /** Per period, in whole euros: [low, high], equal when exact. */
  bedrag: Interval;
  per: AmountRule['per'];
  /** The start years of the figure entries used ("2026"). */
  jaren: string[];
  /** The official calculator. */
  rekenhulp?: string;
  /**
   * The total per period (the norm), not an extra: the person already gets the regeling
   * (`totaalAls` holds), so "In totaal ongeveer …, geen extra geld".
   */
  totaal?: true;
  /**
   * An advance (toeslag) on an estimated answer: the amount when that answer is 10 % higher
   * ([0, 0] when the regeling would then no longer fit).
   */
  bijMeer?: Interval;
}

type Value = { value?: Interval; figures: Set<string> };

const hull = (xs: Interval[]): Interval => [Math.min(...xs.map((x) => x[0])), Math.max(...xs.map((x) => x[1]))];
const corners = (a: Interval, b: Interval, op: (x: number, y: number) => number): Interval =>
  hull([op(a[0], b[0]), op(a[0], b[1]), op(a[1], b[0]), op(a[1], b[1])].map((x) => [x, x] as Interval));

/** One formula kind per key: its evaluation over the intervals of its parts. */
function calc(f: Formula, ctx: Context, figures: Set<string>): Interval | undefined {
  if (typeof f === 'number') return [f, f];
  if ('cijfer' in f) {
    figures.add(f.cijfer);
    return resolveFigure(ctx, f.cijfer).value;
  }
  if ('feit' in f) {
    const v = resolveFact(ctx, f.feit).value;
    if (typeof v === 'number') return [v, v];
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' ? (v as unknown as Interval) : undefined;
  }
  if ('als' in f) {
    const t = evaluate(f.als, ctx).tri;
    if (t !== 'onbekend') return calc(t === 'ja' ? f.dan : f.anders, ctx, figures);
    const a = calc(f.dan, ctx, figures);
    const b = calc(f.anders, ctx, figures);
    return a && b ? hull([a, b]) : undefined;
  }
  const [key, parts] = Object.entries(f)[0] as [string, Formula[]];
  const xs: Interval[] = [];
  for (const p of parts) {
    const v = calc(p, ctx, figures);
    if (!v) return undefined;
    xs.push(v);
  }
  switch (key) {
    case 'som':
      return xs.reduce((a, b) => [a[0] + b[0], a[1] + b[1]]);
    case 'verschil':
      return xs.reduce((a, b) => [a[0] - b[1], a[1] - b[0]]);
    case 'maal':
      return xs.reduce((a, b) => corners(a, b, (x, y) => x * y));
    case 'gedeeld':
      return xs[1]![0] <= 0 && xs[1]![1] >= 0 ? undefined : corners(xs[0]!, xs[1]!, (x, y) => x / y);
    case 'max':
      return [Math.max(...xs.map((x) => x[0])), Math.max(...xs.map((x) => x[1]))];
    case 'kleinste':
      return [Math.min(...xs.map((x) => x[0])), Math.min(...xs.map((x) => x[1]))];
    default:
      throw new Error(`Onbekende soort formule: ${key}`);
  }
}

/** A formula's value in this context (undefined: an input or a figure is missing). */
export function formulaValue(f: Formula, ctx: Context): Value {
  const figures = new Set<string>();
  return { value: calc(f, ctx, figures), figures };
}

const euros = (v: Interval): Interval => [Math.max(0, Math.round(v[0])), Math.max(0, Math.round(v[1]))];

/** Whether the outcome is settled enough to name an amount. */
export function hasWorth(res: Result): boolean {
  return !!res.regeling.bedrag && res.uitkomst !== 'past-niet' && res.onbekend.length === 0 && !res.cijfersTot && !res.voorrang;
}

/** What the regeling is worth for these answers, or undefined (see the module comment). */
export function worth(res: Result, ctx: Context): Worth | undefined {
  const rule = res.regeling.bedrag;
  if (!rule || !hasWorth(res)) return undefined;
  const { value, figures } = formulaValue(rule.formule, ctx);
  if (!value || value[1] <= 0) return undefined;
  const jaren = new Set<string>();
  for (const id of figures) {
    const f = ctx.figures.get(id);
    const w = f && validEntries(ctx, f)[0];
    if (!w) return undefined;
    jaren.add(w.geldigVanaf.slice(0, 4));
  }
  if (!jaren.size) jaren.add(ctx.datum.slice(0, 4));
  const out: Worth = { bedrag: euros(value), per: rule.per, jaren: [...jaren].sort() };
  if (rule.rekenhulp) out.rekenhulp = rule.rekenhulp;
  if (rule.totaalAls && evaluate(rule.totaalAls, ctx).tri === 'ja') out.totaal = true;
  const estimate = rule.toeslag && rule.schatting ? ctx.answers[rule.schatting] : undefined;
  if (typeof estimate === 'number') {
    const more = makeContext(ctx.ds, { ...ctx.answers, [rule.schatting!]: Math.round(estimate * 1.1) }, ctx);
    const v = decide(res.regeling, more).tri === 'ja' ? formulaValue(rule.formule, more).value : [0, 0];
    if (v) out.bijMeer = euros(v as Interval);
  }
  return out;
}
