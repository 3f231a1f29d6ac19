/**
 * Which date the rules are checked on. A check date (`datum`) only chooses which figures and
 * rules apply: one before the dataset's earliest period would find no rules at all, so it gets
 * today's (the caller warns). Crisis lines never depend on it (see `isValid`).
 */
import type { Dataset } from '../dataset/schema.js';

/** The first day any of the dataset's figures holds; without figures, the first day a regeling holds. */
export function earliestPeriod(ds: Dataset): string | undefined {
  const days = ds.cijfers.flatMap((f) => f.waarden.map((w) => w.geldigVanaf));
  const from = days.length ? days : ds.regelingen.map((r) => r.geldigVanaf);
  return from.reduce<string | undefined>((a, d) => (!a || d < a ? d : a), undefined);
}

/** The check date to use: `datum`, or undefined (today) when it lies before the dataset's earliest period. */
export function checkDateFor(ds: Dataset, datum: string | undefined): string | undefined {
  const first = earliestPeriod(ds);
  return datum && first && datum < first ? undefined : datum;
}
