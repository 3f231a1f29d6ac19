/**
 * Random small datasets for the property tests, built deterministically from a seed (so a
 * failing case is reproducible from the seed fast-check prints).
 *
 * Questions: ja-nee, keuze (a/b/c), getal (0–100), sometimes a mantelzorger question, sometimes
 * one the person cannot change (`vast`); one
 * derived fact (getal as % of a norm chosen by the keuze answer, or a 40–60 range); figures
 * with a plain value and a range. With `readOnce`, every question occurs at most once in a
 * regeling's condition (counting the questions behind the derived fact): the case in which
 * question choice is exact (see relevance.ts), used by the brute-force usefulness check.
 */
import fc from 'fast-check';
import type { Condition, Dataset, Question } from '../../src/dataset/schema.js';
import type { Answer } from '../../src/engine/index.js';
import { afgeleid, cijfer, dataset, regeling, vraag } from './fixtures.js';
import { rng } from '../../scripts/seeded-rng.mjs';

/**
 * Possible answers per question, covering every threshold from below, at and above: 30 and 60,
 * the band 40–60, and the derived percentage against a norm of 50 or 40–60 (45 and 55 fall on
 * either side of 50, inside the band: without 55 the brute force misses that the norm question
 * matters for 50 ≤ getal < 60).
 */
export function domain(q: Question): Answer[] {
  const base: Answer[] = q.type === 'ja-nee' ? [true, false] : q.type === 'keuze' ? ['a', 'b', 'c'] : [10, 30, 45, 55, 60, 90];
  return q.weetNiet ? [...base, null] : base;
}

export interface RandomOptions {
  readOnce: boolean;
  maxQuestions?: number;
  maxRegelingen?: number;
}

export function randomDataset(seed: number, o: RandomOptions): Dataset {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const nq = 2 + Math.floor(r() * ((o.maxQuestions ?? 5) - 1));
  const vragen: Question[] = [];
  for (let i = 0; i < nq; i++) {
    const type = pick(['ja-nee', 'ja-nee', 'keuze', 'getal'] as const);
    const subject = r() < 0.15 ? 'mantelzorger' : 'persoon';
    vragen.push(
      vraag(`${subject}.q${i}`, type, {
        weetNiet: r() < 0.4,
        ...(type === 'getal' ? { min: 0, max: 100 } : {}),
        ...(r() < 0.1 ? { vooraan: true } : {}),
        // About one in eight a fact the person cannot change (an age, a past event); from the
        // seed's bits, not the stream, so every other draw stays as it was.
        ...(((seed >>> (i * 3)) & 7) === 0 ? { vast: true } : {}),
      }),
    );
  }
  const keuze = vragen.find((q) => q.type === 'keuze');
  const getal = vragen.find((q) => q.type === 'getal');
  const cijfers = [
    cijfer('grens', [
      { waarde: 30, geldigTot: '2025-12-31' },
      { waarde: 60, geldigVanaf: '2026-01-01' },
    ]),
    cijfer('band', [{ waarde: { van: 40, tot: 60 } }]),
    cijfer('norm', keuze ? [{ waarde: 50, als: { feit: keuze.id, is: 'a' } }, { waarde: { van: 40, tot: 60 } }] : [{ waarde: 50 }]),
  ];
  const derived = getal ? [afgeleid('persoon.pct', getal.id, 'norm')] : [];
  const derivedUses = getal ? [getal.id, ...(keuze ? [keuze.id] : [])] : [];

  const leaf = (used: Set<string>): Condition | undefined => {
    const free = vragen.filter((q) => !o.readOnce || !used.has(q.id));
    const canDerive = getal && (!o.readOnce || derivedUses.every((id) => !used.has(id)));
    if (canDerive && r() < 0.2) {
      derivedUses.forEach((id) => used.add(id));
      return { feit: 'persoon.pct', [pick(['onder', 'minstens'] as const)]: 100 } as unknown as Condition;
    }
    if (!free.length) return undefined;
    const q = pick(free);
    used.add(q.id);
    if (q.type === 'ja-nee') return { feit: q.id, is: r() < 0.7 };
    if (q.type === 'keuze')
      return r() < 0.5
        ? { feit: q.id, is: pick(['a', 'b', 'c']) }
        : {
            feit: q.id,
            in: pick([
              ['a', 'b'],
              ['b', 'c'],
              ['a', 'c'],
            ]),
          };
    const op = pick(['minstens', 'hoogstens', 'onder', 'boven'] as const);
    const amount = pick([30, 60, { cijfer: 'grens' }, { cijfer: 'band' }] as const);
    return { feit: q.id, [op]: amount } as unknown as Condition;
  };
  const tree = (depth: number, used: Set<string>): Condition | undefined => {
    const x = r();
    if (depth >= 3 || x < 0.4) return leaf(used);
    if (x < 0.5) {
      const c = tree(depth + 1, used);
      return c && { niet: c };
    }
    const parts: Condition[] = [];
    const n = 2 + Math.floor(r() * 2);
    for (let i = 0; i < n; i++) {
      const c = tree(depth + 1, used);
      if (c) parts.push(c);
    }
    if (!parts.length) return undefined;
    return x < 0.75 ? { alle: parts } : { 'een-van': parts };
  };
  const regelingen = [];
  const nr = 1 + Math.floor(r() * (o.maxRegelingen ?? 4));
  for (let i = 0; i < nr; i++) {
    const c = tree(0, new Set()) ?? { feit: vragen[0]!.id, is: true };
    const voor = r() < 0.2 ? ('mantelzorger' as const) : ('persoon' as const);
    const expired = r() < 0.1;
    regelingen.push(regeling(`r${i}`, c, { voor, ...(expired ? { geldigTot: '2025-12-31' } : {}) }));
  }
  return dataset({ vragen, afgeleid: derived, cijfers, regelingen });
}

/** A full random assignment of answers (every question). */
export function randomAnswers(ds: Dataset, seed: number): Record<string, Answer> {
  const r = rng(seed);
  return Object.fromEntries(
    ds.vragen.map((q) => {
      const d = domain(q);
      return [q.id, d[Math.floor(r() * d.length)]!];
    }),
  );
}

export function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A random dataset with a random partial set of answers (each question answered or not), for
 * fast-check properties over datasets and answers.
 */
export function arbitraryCase(): fc.Arbitrary<{ ds: Dataset; answers: Record<string, Answer> }> {
  return fc.tuple(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: 0, max: 0x7fffffff })).map(([s1, s2]) => {
    const ds = randomDataset(s1, { readOnce: false });
    const all = randomAnswers(ds, s2);
    const r = rng(s2 ^ 0x5bd1e995);
    return { ds, answers: Object.fromEntries(Object.entries(all).filter(() => r() < 0.6)) };
  });
}
