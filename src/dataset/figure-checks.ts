/**
 * Whether the figures in cijfers.json (and an overlay's) are plausible, for the people who type
 * them. JSON reads `40.900` as 40,9, and no schema can see that it was meant as 40900: only the
 * figure's unit and its previous period can. So, per figure and per case (`als`):
 * - the value fits its unit (euros not negative and in whole cents, an age between 0 and 130 in
 *   whole months, a percentage between 0 and 1000): error;
 * - a yearly or one-off euro amount below 1.000 where the previous period was 1.000 or more, or
 *   any value ten times smaller or larger than the previous period: error (a slipped thousands
 *   separator, a missing or extra digit);
 * - a step of more than 15 % against the previous period: warning (check it against the source).
 * And, for the tools only (it depends on the day it runs): the figures that run out within 60
 * days of the check date with no next period, and what the widget shows after that date.
 */
import { factsBehind, formulaInputs, indexOf } from './condition-tree.js';
import { problem, type Problem } from './problems.js';
import { found } from './rules.js';
import type { Dataset, Figure, FigureValue } from './schema.js';
import type { Locate } from './check-scope.js';

/** A warning for a step larger than this share against the previous period. */
export const STEP_WARNING = 0.15;
/** How many days before a figure's end validate warns about it. */
export const ROLLOVER_DAYS = 60;

const bounds = (v: FigureValue): [number, number] => (typeof v === 'number' ? [v, v] : [v.van, v.tot]);
const euro = (unit: Figure['eenheid']) => unit.startsWith('euro');
const at2 = (where: { file: string; path: string }, field: string) => ({
  file: where.file,
  path: where.path ? `${where.path}.${field}` : field,
});

/** What is wrong with one number for its unit, or nothing. */
function unitProblem(n: number, unit: Figure['eenheid']): { nl: string; en: string } | undefined {
  if (euro(unit)) {
    if (n < 0) return { nl: 'een bedrag kan niet negatief zijn', en: 'an amount cannot be negative' };
    if (Math.abs(Math.round(n * 100) - n * 100) > 1e-6)
      return { nl: 'een bedrag heeft hoogstens twee cijfers achter de komma', en: 'an amount has at most two decimals' };
  }
  if (unit === 'jaar' && (n < 0 || n > 130 || Math.abs(Math.round(n * 12) - n * 12) > 1e-6))
    return {
      nl: 'een leeftijd of duur in jaren ligt tussen 0 en 130, in hele maanden (67 jaar en 3 maanden is 67.25)',
      en: 'an age or duration in years lies between 0 and 130, in whole months (67 years and 3 months is 67.25)',
    };
  if (unit === 'procent' && (n < 0 || n > 1000))
    return { nl: 'een percentage ligt tussen 0 en 1000', en: 'a percentage lies between 0 and 1000' };
  return undefined;
}

/** The plausibility of every figure's values, against its unit and its previous period. */
export function checkFigures(figures: readonly Figure[], at: Locate): Problem[] {
  const out: Problem[] = [];
  for (const f of figures) {
    const where = at(f);
    f.waarden.forEach((w, i) => {
      for (const n of bounds(w.waarde)) {
        const wrong = unitProblem(n, f.eenheid);
        if (wrong) out.push(problem({ ...at2(where, `waarden[${i}].waarde`), ...found('cijfer-eenheid', { n, unit: f.eenheid, wrong }) }));
      }
    });
    // per case (the same `als`), each period against the one before it
    const byCase = new Map<string, number[]>();
    f.waarden.forEach((w, i) => {
      const key = JSON.stringify(w.als ?? null);
      byCase.set(key, [...(byCase.get(key) ?? []), i]);
    });
    for (const list of byCase.values()) {
      const sorted = [...list].sort((a, b) => (f.waarden[a]!.geldigVanaf < f.waarden[b]!.geldigVanaf ? -1 : 1));
      for (let k = 1; k < sorted.length; k++) {
        const prev = f.waarden[sorted[k - 1]!]!,
          i = sorted[k]!,
          w = f.waarden[i]!;
        const [p, c] = [bounds(prev.waarde), bounds(w.waarde)];
        const pairs = [0, 1].map((b) => [p[b]!, c[b]!] as const).filter(([a]) => a > 0);
        const field = at2(where, `waarden[${i}].waarde`);
        const slipped = pairs.find(
          ([before, now]) =>
            now / before >= 10 ||
            now / before <= 0.1 ||
            (euro(f.eenheid) && f.eenheid !== 'euro-per-maand' && now < 1000 && before >= 1000),
        );
        if (slipped) {
          const [before, now] = slipped;
          const meant = Math.round(now * 1000);
          const separator = now < before && Math.abs(meant / before - 1) <= 0.5;
          out.push(
            problem({
              ...field,
              ...found('cijfer-grootte', {
                now,
                before,
                from: w.geldigVanaf,
                prevFrom: prev.geldigVanaf,
                meant: separator ? meant : undefined,
              }),
            }),
          );
          continue;
        }
        const step = pairs.find(([before, now]) => Math.abs(now / before - 1) > STEP_WARNING);
        if (step) {
          const pct = Math.round((step[1] / step[0] - 1) * 100);
          out.push(
            problem({
              ...field,
              ...found('cijfer-sprong', { now: step[1], before: step[0], from: w.geldigVanaf, pct, limit: STEP_WARNING * 100 }),
            }),
          );
        }
      }
    }
  }
  return out;
}

/** Days from one ISO date to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);

/**
 * The figures whose last period ends within `days` days of the check date (or has ended) with no
 * period after it: a warning each, naming the regelingen that use it and what the widget shows
 * after that date (misschien, with the date the figures hold to). For `npm run validate` and the
 * overview, never the widget: it depends on the day.
 */
export function rolloverProblems(ds: Dataset, at: Locate, datum: string, days = ROLLOVER_DAYS): Problem[] {
  const out: Problem[] = [];
  const users = new Map<string, string[]>();
  const amounts = new Map<string, string[]>();
  const add = (to: Map<string, string[]>, id: string, r: string) => to.set(id, [...(to.get(id) ?? []), r]);
  const index = indexOf(ds);
  for (const r of ds.regelingen) {
    // A condition (voorwaarden or a misschienAls cap) with no valid figure stays open: misschien.
    const figures = new Set<string>();
    factsBehind(r.voorwaarden, index, new Set(), figures);
    for (const m of r.misschienAls ?? []) factsBehind(m.als, index, new Set(), figures);
    for (const id of figures) add(users, id, r.id);
    // An amount with no valid figure is left out (amount.ts): its figures, and those of the conditions it branches on.
    if (r.bedrag) {
      const { cijfers, als } = formulaInputs(r.bedrag.formule);
      const inAmount = new Set(cijfers);
      for (const c of als) factsBehind(c, index, new Set(), inAmount);
      for (const id of inAmount) if (!figures.has(id)) add(amounts, id, r.id);
    }
  }
  for (const f of ds.cijfers) {
    const ends = f.waarden.map((w) => w.geldigTot);
    if (ends.some((e) => !e)) continue;
    const last = (ends as string[]).sort().at(-1)!;
    const left = daysBetween(datum, last);
    if (left > days) continue;
    const who = users.get(f.id) ?? [];
    const money = amounts.get(f.id) ?? [];
    out.push(
      problem({
        ...at2(at(f), 'waarden'),
        ...found('cijfer-loopt-af', { name: f.naam, last, left, datum, users: who, amounts: money }),
      }),
    );
  }
  return out;
}
