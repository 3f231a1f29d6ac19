/**
 * The references between records and files that a schema cannot check: ids that occur twice,
 * questions (options, min and max, birth month, the help question), derived facts, counters,
 * regelingen in `voorrang`, topics, municipal roles and the order of dates. Each check takes
 * one record; `checkDataset` (checks.ts) runs them in file order. The words are in rules.ts.
 */
import type { Location, Scope } from './check-scope.js';
import { ALL_TOPICS } from './model.js';
import { found } from './rules.js';
import type { Condition, Counter, Derived, Figure, Question, Regeling } from './schema.js';

/** How a question type is named in a message. */
export const TYPE_NAME: Record<Question['type'], { nl: string; en: string }> = {
  'ja-nee': { nl: 'ja-neevraag', en: 'yes/no question' },
  keuze: { nl: 'keuzevraag', en: 'choice question' },
  meerkeuze: { nl: 'meerkeuzevraag', en: 'multiple-choice question' },
  getal: { nl: 'getalvraag', en: 'number question' },
  bedrag: { nl: 'bedragvraag', en: 'amount question' },
  datum: { nl: 'datumvraag', en: 'date question' },
};

/** Facts, figures, counters and regelingen whose id occurs twice. */
export function duplicateIds(s: Scope): void {
  const dupes = (records: { id: string }[], kind: readonly [string, string]) => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) s.add(s.at(r), 'id', found('dubbel-id', { kind, id: r.id }));
      seen.add(r.id);
    }
  };
  dupes([...s.ds.vragen, ...s.ds.afgeleid], ['feit', 'fact']);
  dupes(s.ds.cijfers, ['cijfer', 'figure']);
  dupes(s.ds.loketten, ['loket', 'counter']);
  dupes(s.ds.regelingen, ['regeling', 'regeling']);
}

export function checkQuestion(s: Scope, q: Question): void {
  const where = s.at(q);
  if ((q.type === 'keuze' || q.type === 'meerkeuze') && !q.opties)
    s.add(where, 'opties', found('opties-ontbreken', { type: TYPE_NAME[q.type] }));
  const seen = new Set<string>();
  q.opties?.forEach((o, i) => {
    if (seen.has(o.waarde)) s.add(where, `opties[${i}].waarde`, found('dubbele-optie', { value: o.waarde, question: q.id }));
    seen.add(o.waarde);
  });
  q.begrippen?.forEach((b, i) =>
    b.opties.forEach((v, k) => {
      const options = q.opties?.map((o) => o.waarde) ?? [];
      if (!options.includes(v))
        s.add(where, `begrippen[${i}].opties[${k}]`, found('onbekende-optie', { question: q.id, value: v, options }));
    }),
  );
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) s.add(where, 'min', found('min-boven-max', { min: q.min, max: q.max }));
  if (q.geboortemaand) {
    const m = s.questions.get(q.geboortemaand);
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
    const fits = m && m.type === 'keuze' && months.every((v) => m.opties?.some((o) => o.waarde === v)) && m.onderwerp === q.onderwerp;
    if (q.type !== 'getal' || q.eenheid !== 'jaar' || !fits)
      s.add(where, 'geboortemaand', found('geboortemaand', { month: q.geboortemaand }));
  }
}

/** The help question offers "alles" (not exclusive: it would clear a chosen crisis) and comes first. */
export function checkTopicQuestion(s: Scope, q: Question): void {
  const where = s.at(q);
  const all = q.opties?.find((o) => o.waarde === ALL_TOPICS);
  if (!all) s.add(where, 'opties', found('hulpvraag-alles', { question: q.id, all: ALL_TOPICS }));
  else if (all.exclusief)
    s.add(
      where,
      `opties[${q.opties!.indexOf(all)}].exclusief`,
      found('hulpvraag-alles', { question: q.id, all: ALL_TOPICS, exclusive: true }),
    );
  if (!q.vooraan) s.add(where, 'vooraan', found('hulpvraag-vooraan', { question: q.id }));
}

export function checkDerived(s: Scope, x: Derived): void {
  const where = s.at(x);
  if (!s.questions.has(x.deel) && !s.known.facts.has(x.deel)) s.add(where, 'deel', found('onbekend-feit', { id: x.deel, question: true }));
  if (!s.figures.has(x.van)) s.add(where, 'van', found('onbekend-cijfer', { id: x.van }));
}

export function checkDates(s: Scope, where: Location, from: string, to: string | undefined, field: string): void {
  if (to && to < from) s.add(where, field, found('datum-volgorde', { from, to }));
}

/** A figure's periods in order and its ranges the right way round (its conditions: condition-fit.ts). */
export function checkFigureValue(s: Scope, f: Figure, i: number): void {
  const w = f.waarden[i]!;
  checkDates(s, s.at(f), w.geldigVanaf, w.geldigTot, `waarden[${i}].geldigTot`);
  if (typeof w.waarde === 'object' && w.waarde.van > w.waarde.tot)
    s.add(s.at(f), `waarden[${i}].waarde`, found('bereik-omgekeerd', { van: w.waarde.van, tot: w.waarde.tot }));
}

export function checkCounter(s: Scope, c: Counter): void {
  if (c.soort === 'rol' && !c.algemeen) s.add(s.at(c), 'algemeen', found('rol-algemeen'));
}

/** A regeling's counter exists (a crisis line's is a crisis counter). */
export function checkCounterOf(s: Scope, r: Regeling): void {
  const where = s.at(r);
  const counter = s.counters.get(r.loket);
  if (!counter && r.loket !== undefined && !s.known.counters.has(r.loket)) s.add(where, 'loket', found('onbekend-loket', { id: r.loket }));
  if (r.crisis && counter && !counter.crisis) s.add(where, 'loket', found('crisis-loket', { id: r.loket, counter: r.loket }));
}

/** The counter for the costs, the dates, the topics and `voorrang` of a regeling (`condition`: checks a `voorrang.als`). */
export function checkRegelingReferences(s: Scope, r: Regeling, condition: (field: string, c: Condition) => void): void {
  const where = s.at(r);
  if (r.kosten && !s.counters.has(r.kosten.loket) && !s.known.counters.has(r.kosten.loket))
    s.add(where, 'kosten.loket', found('onbekend-loket', { id: r.kosten.loket }));
  if (r.geldigVanaf) checkDates(s, where, r.geldigVanaf, r.geldigTot, 'geldigTot');
  const topics = new Set(s.topicQuestion?.opties?.map((o) => o.waarde) ?? []);
  r.onderwerpen?.forEach((t, i) => {
    if (!topics.has(t))
      s.add(
        where,
        `onderwerpen[${i}]`,
        found('onbekend-onderwerp', { topic: t, question: s.topicQuestion?.id, topics: [...topics].filter((x) => x !== ALL_TOPICS) }),
      );
  });
  r.voorrang?.forEach((v, i) => {
    const first = s.regelingen.get(v.regeling);
    if (v.als) condition(`voorrang[${i}].als`, v.als);
    if (!first && !s.known.regelingen.has(v.regeling))
      s.add(where, `voorrang[${i}].regeling`, found('onbekende-regeling', { id: v.regeling }));
    else if (v.regeling === r.id || first?.voorrang?.some((w) => w.regeling === r.id))
      s.add(where, `voorrang[${i}].regeling`, found('voorrang-kring', { id: r.id, other: v.regeling }));
  });
}

/** An overlay's contacts are for municipal roles of loketten.json. */
export function checkRoles(s: Scope): void {
  const g = s.ds.gemeente;
  if (!g) return;
  const roles = s.ds.loketten.filter((x) => x.soort === 'rol').map((x) => x.id);
  for (const role of Object.keys(g.loketten))
    if (s.counters.get(role)?.soort !== 'rol')
      s.add({ file: s.at(g).file, path: `loketten.${role}` }, undefined, found('onbekende-rol', { role, roles }));
}
