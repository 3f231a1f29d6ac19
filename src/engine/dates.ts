/**
 * The dates the widget knows that may change a result, for "Zet in uw agenda": the next
 * 1 January (figures change then), and the ages the person will reach that a regeling's
 * conditions name (18, the AOW age, ...). An age is asked in whole years, so the day someone
 * reaches an age is known only within a year: each date is the first day of that year.
 */
import type { Text } from '../dataset/schema.js';
import { leaves, operatorOf, thresholdOf } from '../dataset/condition-tree.js';
import { validOn } from './facts.js';
import type { Context, Result } from './types.js';

/** The question that asks the person's age in whole years. */
export const AGE = 'persoon.leeftijd';
/** How far ahead an age counts (years). */
const AHEAD = 10;

export type KnownDate =
  | { soort: 'herzien'; datum: string }
  /** Within a year from `datum` the person reaches `leeftijd` (a figure's name when it is one, e.g. AOW-leeftijd). */
  | { soort: 'leeftijd'; datum: string; leeftijd: number; naam?: Text };

/** `iso` plus `months` months (the last day of a shorter month when the day does not exist). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * The known dates after the check date, in order. Ages only in the person's own perspective
 * (elsewhere the age asked is someone else's), only for a whole-year age answer, and a figure
 * (the AOW age) only where one entry holds over the whole year in which the age is reached.
 */
export function knownDates(ctx: Context, results: readonly Result[]): KnownDate[] {
  const out: KnownDate[] = [{ soort: 'herzien', datum: `${Number(ctx.datum.slice(0, 4)) + 1}-01-01` }];
  const age = ctx.answers[AGE];
  if (ctx.perspectief !== 'zelf' || typeof age !== 'number' || !Number.isInteger(age)) return out;
  const seen = new Set<number>();
  const add = (t: number, naam?: Text) => {
    if (!(t > age) || t - age > AHEAD || seen.has(t)) return undefined;
    // Age `age` today: `t` is reached after (t - age - 1) years at the earliest, (t - age) at the latest.
    const from = addMonths(ctx.datum, Math.max(1, Math.round((t - age - 1) * 12)));
    seen.add(t);
    out.push({ soort: 'leeftijd', datum: from, leeftijd: t, ...(naam ? { naam } : {}) });
    return from;
  };
  for (const r of results) {
    for (const { leaf } of leaves(r.regeling.voorwaarden)) {
      // "minstens 18" starts at 18, "onder 67" ends at 67: both change on reaching the age.
      const op = operatorOf(leaf);
      if (leaf.feit !== AGE || (op !== 'minstens' && op !== 'onder')) continue;
      const amount = thresholdOf(leaf);
      if (typeof amount === 'number') add(amount);
      else if (amount) {
        const figure = ctx.figures.get(amount.cijfer);
        for (const w of figure?.waarden ?? []) {
          const t = typeof w.waarde === 'number' ? w.waarde : undefined;
          if (t === undefined || !(t > age) || seen.has(t)) continue;
          const from = addMonths(ctx.datum, Math.max(1, Math.round((t - age - 1) * 12)));
          const to = addMonths(ctx.datum, Math.round((t - age) * 12));
          if (validOn(w, from) && validOn(w, to)) add(t, figure!.naam);
        }
      }
    }
  }
  return out.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
}
