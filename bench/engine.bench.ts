/**
 * Runs in headless Chromium (bundled by bench/run.mjs). Synthetic datasets of 100, 1,000 and
 * 10,000 regelingen over 40 questions; per size the median time of one wizard step
 * (makeContext + nextQuestion) and of explainAll, over a replayed answer path. Also the
 * mean number of questions asked over the scenario fixtures (passed in by run.mjs).
 */
import type { Condition, Dataset, Perspective, Question, Regeling } from '../src/dataset/schema.js';
import { applicable, conditionOf, explainAll, makeContext, nextQuestion, walk } from '../src/engine/index.js';
import { combine } from '../src/dataset/merge.js';
import { factsBehind } from '../src/engine/facts.js';
import { askableIn } from '../src/dataset/model.js';
import { embeddedDataset, embeddedOverlay } from '../src/dataset/source.js';
import { SCENARIOS } from '../regelingen/scenarios/index.js';
import type { Answer, Answers } from '../src/engine/index.js';

const DATUM = '2026-03-01';
const T = (s: string) => ({ nl: s, en: s });

function rng(seed: number) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let x = a; x = Math.imul(x ^ (x >>> 15), x | 1); x ^= x + Math.imul(x ^ (x >>> 7), x | 61); return ((x ^ (x >>> 14)) >>> 0) / 4294967296; };
}

export function synthetic(n: number, seed = 1): Dataset {
  const r = rng(seed);
  const vragen: Question[] = [];
  for (let i = 0; i < 40; i++) {
    const type = i % 4 === 0 ? 'getal' : i % 4 === 1 ? 'keuze' : 'ja-nee';
    vragen.push({ id: `persoon.q${i}`, onderwerp: 'persoon', type, vraag: { standaard: T(`q${i}`) }, label: T(`q${i}`), weetNiet: i % 3 === 0,
      ...(type === 'keuze' ? { opties: ['a', 'b', 'c', 'd'].map((w) => ({ waarde: w, tekst: T(w) })) } : {}) });
  }
  const leaf = (): Condition => {
    const q = vragen[Math.floor(r() * vragen.length)]!;
    if (q.type === 'getal') return r() < 0.3 ? { feit: 'persoon.pct', onder: 120 } : { feit: q.id, [r() < 0.5 ? 'minstens' : 'onder']: r() < 0.5 ? Math.floor(r() * 100) : { cijfer: 'grens' } } as unknown as Condition;
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
    id: `r${i}`, naam: T(`r${i}`), uitleg: T('u'), domein: 'wmo', voor: 'persoon', niveau: 'gemeentelijk', beslist: T('b'), loket: 'wmo-loket',
    bron: 'https://example.org', peildatum: '2026-01-01', geldigVanaf: '2020-01-01', ...(i % 50 === 0 ? { geldigTot: '2025-12-31' } : {}),
    voorwaarden: { alle: [tree(1), tree(1)] },
  }));
  return {
    vragen,
    afgeleid: [{ id: 'persoon.pct', label: T('pct'), deel: 'persoon.q0', van: 'norm' }],
    cijfers: [
      { id: 'grens', naam: T('grens'), eenheid: 'euro', bron: 'https://example.org', peildatum: '2026-01-01', waarden: [{ waarde: { van: 40, tot: 60 }, geldigVanaf: '2020-01-01' }] },
      { id: 'norm', naam: T('norm'), eenheid: 'euro-per-maand', bron: 'https://example.org', peildatum: '2026-01-01', waarden: [
        { waarde: 50, als: { feit: 'persoon.q1', is: 'a' }, geldigVanaf: '2020-01-01' }, { waarde: 70, geldigVanaf: '2020-01-01' }] },
    ],
    loketten: [{ id: 'wmo-loket', soort: 'rol', naam: T('Wmo-loket'), bron: 'https://example.org', peildatum: '2026-01-01' }],
    regelingen,
  };
}

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; }

function answerFor(q: Question, r: () => number): Answer {
  if (q.weetNiet && r() < 0.15) return null;
  if (q.type === 'getal') return Math.floor(r() * 100);
  if (q.type === 'keuze') return ['a', 'b', 'c', 'd'][Math.floor(r() * 4)]!;
  return r() < 0.5;
}

export interface SizeResult { n: number; steps: number; stepMs: number; explainMs: number; walkLength: number }

export function benchSize(n: number): SizeResult {
  const ds = synthetic(n);
  const r = rng(99);
  const opts = { perspectief: 'zelf' as const, datum: DATUM };
  const stepTimes: number[] = [];
  const explainTimes: number[] = [];
  let walkLength = 0;
  // Several answer paths; every step of each is timed. One warm-up run first.
  for (let run = 0; run < 6; run++) {
    const answers: Record<string, Answer> = {};
    for (let step = 0; step <= ds.vragen.length; step++) {
      const t0 = performance.now();
      const s = nextQuestion(makeContext(ds, answers, opts));
      const t1 = performance.now();
      explainAll(makeContext(ds, answers, opts));
      const t2 = performance.now();
      if (run > 0) { stepTimes.push(t1 - t0); explainTimes.push(t2 - t1); }
      if (!s.vraag) { walkLength = Math.max(walkLength, step); break; }
      answers[s.vraag.id] = answerFor(s.vraag, r);
    }
  }
  return { n, steps: stepTimes.length, stepMs: median(stepTimes), explainMs: median(explainTimes), walkLength };
}

export interface ScenarioResult {
  file: string; perspectief: Perspective; asked: number;
  /** The fewest questions any order could have asked, knowing the answers in advance. */
  fewest: number;
  /** Every question of the perspective: those that can be put to this asker (askableIn). */
  ofPerspective: number;
  /** The questions some regeling in scope can depend on (directly, or via a derived fact or figure). */
  reachable: number;
}

/** Smallest subset of the asked questions after which nothing is left to ask (an oracle's path). */
function fewest(ds: Dataset, path: string[], all: Answers, opts: { perspectief: Perspective; datum: string }): number {
  let best = path.length;
  for (let m = 0; m < 1 << path.length; m++) {
    let k = 0;
    for (let x = m; x; x &= x - 1) k++;
    if (k >= best) continue;
    const a: Record<string, Answer> = {};
    path.forEach((q, i) => { if (m & (1 << i)) a[q] = all[q]!; });
    if (!nextQuestion(makeContext(ds, a, opts)).vraag) best = k;
  }
  return best;
}

/** Path length per scenario (national dataset plus its overlay, as the widget runs it). */
export function benchScenarios(): ScenarioResult[] {
  return Object.entries(SCENARIOS).map(([file, s]) => {
    const overlay = embeddedOverlay(s.gemeente);
    const ds = overlay ? combine(embeddedDataset(), overlay) : embeddedDataset();
    const opts = { perspectief: s.perspectief, datum: s.datum ?? DATUM };
    const ctx = makeContext(ds, {}, opts);
    const ofPerspective = ds.vragen.filter((q) => askableIn(q, s.perspectief));
    const used = new Set<string>();
    for (const r of applicable(ctx)) factsBehind(conditionOf(r, ctx), ds, used);
    const reachable = ofPerspective.filter((q) => used.has(q.id));
    const path = walk(ds, s.antwoorden, opts).path;
    return { file, perspectief: s.perspectief, asked: path.length, fewest: fewest(ds, path, s.antwoorden, opts),
      ofPerspective: ofPerspective.length, reachable: reachable.length };
  });
}


const w = globalThis as unknown as { runBench(sizes: number[]): SizeResult[]; runScenarios(): ScenarioResult[] };
w.runBench = (sizes) => sizes.map(benchSize);
w.runScenarios = benchScenarios;
