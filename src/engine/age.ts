/**
 * Ages asked in whole years, and what they cannot say on their own.
 *
 * "Leeftijd: 67" means an exact age somewhere in [67, 68). For a limit in whole years that is
 * enough: 67 or more, under 68, 17 or less are decided by the whole years. For a limit between
 * two birthdays it is not: the AOW age from 2028 is 67 years and 3 months (67.25), and a
 * 67-year-old may be past it or not. Nor does it say when someone of 17 turns 18. The birth
 * month narrows it: with the check date's month it gives the months since the last birthday,
 * give or take the day (one month either way); in the birth month itself the birthday may have
 * passed or not, so that month tells nothing.
 *
 * A question in whole years names its birth-month question (`geboortemaand` in vragen.json);
 * the engine asks it only where it decides an outcome (a 67-year-old and AIO in 2028), and
 * uses it, when given, to say in which month a regeling starts (`komt`).
 */
import type { Question } from '../dataset/schema.js';
import { JA, NEE, unknown, type Eval } from './logic.js';
import { isAskable } from './facts.js';
import type { Context } from './types.js';

type Op = 'minstens' | 'hoogstens' | 'onder' | 'boven';

/** The question's birth-month question, when the question is an age in whole years. */
export function birthMonthOf(ctx: Context, fact: string): Question | undefined {
  const id = ctx.questions.get(fact)?.geboortemaand;
  return id ? ctx.questions.get(id) : undefined;
}

/** The birth month given (1–12), or undefined. */
function birthMonth(ctx: Context, q: Question): number | undefined {
  const a = ctx.answers[q.id];
  const n = typeof a === 'string' ? Number(a) : Number.NaN;
  return n >= 1 && n <= 12 ? n : undefined;
}

/** Whether the birth month, as given, narrows the age: given, and not the check date's month. */
export function monthKnown(ctx: Context, fact: string): boolean {
  const q = birthMonthOf(ctx, fact);
  const b = q && birthMonth(ctx, q);
  return b !== undefined && b !== Number(ctx.datum.slice(5, 7));
}

/** The exact age in years, [lo, hi), for `years` whole years on the check date plus `ahead` months. */
function span(ctx: Context, fact: string, years: number, ahead: number): [number, number] {
  const q = birthMonthOf(ctx, fact);
  const b = q && birthMonth(ctx, q);
  const now = Number(ctx.datum.slice(5, 7));
  if (b !== undefined && b !== now) {
    const since = (now - b + 12) % 12; // months since the last birthday, give or take the day
    return [years + (since - 1 + ahead) / 12, years + (since + 1 + ahead) / 12];
  }
  return [years + ahead / 12, years + 1 + ahead / 12];
}

const EPS = 1e-9;

/**
 * Compare an age in whole years with an exact limit, where the whole years do not decide it by
 * themselves: a limit between two birthdays, or a date months ahead (`ctx.maandenVerder`).
 * Undefined where the whole years decide as they always have (then the caller compares them).
 * A limit in whole years keeps its meaning in whole years: "hoogstens 17" is "under 18".
 */
export function compareAge(op: Op, ctx: Context, fact: string, years: number, limit: number, open: string[]): Eval | undefined {
  const q = birthMonthOf(ctx, fact);
  const ahead = ctx.maandenVerder ?? 0;
  const whole = Number.isInteger(limit);
  if (!q || (whole && ahead === 0)) return undefined;
  // as "at least" (x >= t) or "under" (x < t) on the exact age
  const atLeast = op === 'minstens' || op === 'boven';
  const t = whole && (op === 'hoogstens' || op === 'boven') ? limit + 1 : limit;
  const [lo, hi] = span(ctx, fact, years, ahead);
  const yes = atLeast ? lo >= t - EPS : hi <= t + EPS;
  const no = atLeast ? hi <= t + EPS : lo >= t - EPS;
  if (yes) return open.length ? unknown(open) : JA;
  if (no) return NEE;
  // the age alone leaves it open: asking the birth month may settle it
  if (ctx.leeftijdZeker) return NEE;
  const ask = ctx.answers[q.id] === undefined && isAskable(ctx, q.id) ? [q.id] : [];
  return unknown([...ask, ...open]);
}

const yearOn = new WeakMap<Context, Context>();

/**
 * The context twelve months on, every age then taken as certain: what `komt` and the questions for
 * it look at. One per context (a context never changes), so that its resolved facts are shared:
 * the last step and the result ask it for every regeling with an age limit, and a new context
 * each time resolved every fact again (5.9 ms of the step to the review at 4×, issue 24).
 */
export function inAYear(ctx: Context): Context {
  let then = yearOn.get(ctx);
  if (!then) yearOn.set(ctx, (then = { ...ctx, maandenVerder: 12, leeftijdZeker: true }));
  return then;
}

/**
 * Whether a condition that fails now will hold within twelve months because the person gets
 * older, and from which month when the birth month says so. `check(ctx)` evaluates the
 * condition in a context; it is called with the age moved ahead. `komt` means: twelve months
 * from now each age limit is passed for every exact age the answers allow (never "binnen een
 * jaar" for someone who might need thirteen months), and the answers given then make it fit
 * or leave it open only where no question can settle it.
 */
export function comingWithin(ctx: Context, check: (c: Context) => Eval): { maand?: string } | undefined {
  // By then it fits, or stays misschien only for what no question can settle (a range, a
  // "weet ik niet", a voorbehoud). Not when it waits for questions nobody asked (a 17-year-old
  // is not asked about his children): then nobody knows it will fit.
  const then = check(inAYear(ctx));
  if (then.tri === 'nee' || then.open.length) return undefined;
  const [y, m] = ctx.datum.split('-').map(Number) as [number, number];
  for (let ahead = 1; ahead <= 12; ahead++) {
    if (check({ ...ctx, maandenVerder: ahead }).tri === 'nee') continue;
    // before that month it does not hold; from it on it may (the birthday falls in it)
    if (!exact(ctx)) return {};
    const month = m - 1 + ahead;
    return { maand: `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}` };
  }
  return {};
}

/** Whether every age question answered has a birth month that says the month. */
function exact(ctx: Context): boolean {
  for (const q of ctx.questions.values())
    if (q.geboortemaand && typeof ctx.answers[q.id] === 'number' && !monthKnown(ctx, q.id)) return false;
  return true;
}
