/**
 * Synthetic datasets for the bench: n regelingen over 40 questions, random condition trees
 * (seeded, so every run builds the same data). Used in the browser by the engine bench and
 * written as JSON (the DatasetFiles shape of `dataset-url`) by bench/run.mjs.
 */
import type { Condition, Dataset, Question, Regeling } from '../src/dataset/schema.js';
import { rng } from '../scripts/seeded-rng.mjs';
import { MAX_ITEMS } from '../src/dataset/raw-scan.js';

const T = (s: string) => ({ nl: s, en: s });

export function synthetic(n: number, seed = 1): Dataset {
  const r = rng(seed);
  const vragen: Question[] = [];
  for (let i = 0; i < 40; i++) {
    const type = i % 4 === 0 ? 'getal' : i % 4 === 1 ? 'keuze' : 'ja-nee';
    vragen.push({
      id: `persoon.q${i}`,
      onderwerp: 'persoon',
      type,
      vraag: { standaard: T(`Vraag ${i}?`) },
      label: T(`Vraag ${i}`),
      weetNiet: i % 3 === 0,
      ...(type === 'keuze' ? { opties: ['a', 'b', 'c', 'd'].map((w) => ({ waarde: w, tekst: T(w) })) } : {}),
    });
  }
  const leaf = (): Condition => {
    const q = vragen[Math.floor(r() * vragen.length)]!;
    if (q.type === 'getal')
      return r() < 0.3
        ? { feit: 'persoon.pct', onder: 120 }
        : ({
            feit: q.id,
            [r() < 0.5 ? 'minstens' : 'onder']: r() < 0.5 ? Math.floor(r() * 100) : { cijfer: 'grens' },
          } as unknown as Condition);
    if (q.type === 'keuze') return { feit: q.id, in: ['a', 'b', 'c', 'd'].filter(() => r() < 0.5).concat('a') };
    return { feit: q.id, is: r() < 0.7 };
  };
  const tree = (d: number): Condition => {
    const x = r();
    if (d >= 2 || x < 0.3) return leaf();
    if (x < 0.35) return { niet: leaf() };
    const parts = Array.from({ length: 2 + Math.floor(r() * 3) }, () => tree(d + 1));
    return x < 0.8 ? { alle: parts } : { 'een-van': parts };
  };
  const regelingen: Regeling[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    naam: T(`Regeling ${i}`),
    uitleg: T('Uitleg.'),
    domein: 'wmo',
    voor: 'persoon',
    perspectieven: ['zelf'],
    niveau: 'gemeentelijk',
    beslist: T('De gemeente.'),
    loket: 'wmo-loket',
    bron: 'https://example.org',
    peildatum: '2026-01-01',
    geldigVanaf: '2020-01-01',
    ...(i % 50 === 0 ? { geldigTot: '2025-12-31' } : {}),
    voorwaarden: { alle: [tree(1), tree(1)] },
  }));
  return {
    vragen,
    afgeleid: [{ id: 'persoon.pct', label: T('pct'), deel: 'persoon.q0', van: 'norm' }],
    cijfers: [
      {
        id: 'grens',
        naam: T('grens'),
        eenheid: 'euro',
        bron: 'https://example.org',
        peildatum: '2026-01-01',
        waarden: [{ waarde: { van: 40, tot: 60 }, geldigVanaf: '2020-01-01' }],
      },
      {
        id: 'norm',
        naam: T('norm'),
        eenheid: 'euro-per-maand',
        bron: 'https://example.org',
        peildatum: '2026-01-01',
        waarden: [
          { waarde: 50, als: { feit: 'persoon.q1', is: 'a' }, geldigVanaf: '2020-01-01' },
          { waarde: 70, geldigVanaf: '2020-01-01' },
        ],
      },
    ],
    loketten: [
      {
        id: 'wmo-loket',
        soort: 'rol',
        naam: T('Wmo-loket'),
        algemeen: T('Neem contact op met uw gemeente.'),
        bron: 'https://example.org',
        peildatum: '2026-01-01',
      },
    ],
    regelingen,
  };
}

/** The same dataset as the files a `dataset-url` serves (the DatasetFiles shape of merge.ts). */
export function syntheticFiles(n: number, seed = 1): unknown {
  const ds = synthetic(n, seed);
  return {
    'vragen.json': { vragen: ds.vragen, afgeleid: ds.afgeleid },
    'cijfers.json': { cijfers: ds.cijfers },
    'loketten.json': { loketten: ds.loketten },
    // At most MAX_ITEMS (src/dataset/raw-scan.ts) regelingen per file, as a real dataset must.
    regelingen: Object.fromEntries(
      Array.from({ length: Math.ceil(ds.regelingen.length / MAX_ITEMS) }, (_, i) => [
        `synthetisch-${String(i).padStart(3, '0')}.json`,
        { regelingen: ds.regelingen.slice(i * MAX_ITEMS, (i + 1) * MAX_ITEMS) },
      ]),
    ),
  };
}
