/**
 * The incremental walk (src/engine/walk.ts): it gives exactly what replaying the questionnaire
 * from the start gives (`replayWalk`), and its cost per answer does not grow with the number of
 * earlier answers: one analysis per regeling that depends on the question answered.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Dataset, Perspective, Question, Regeling } from '../../src/dataset/schema.js';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { mergeOverlay, parseDataset, parseOverlay } from '../../src/dataset/validate.js';
import { walk, walkStats } from '../../src/engine/walk.js';
import { nextQuestion, replayWalk } from './reference-walk.js';
import { makeContext } from '../../src/engine/context.js';
import type { Answer, Answers, Options } from '../../src/engine/index.js';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { DATUM, dataset, opties, regeling, t, vraag } from './fixtures.js';
import { domain, randomAnswers, randomDataset } from './random-dataset.js';
import { rng } from '../../scripts/seeded-rng.mjs';

const seed = fc.integer({ min: 0, max: 0x7fffffff });

/** walk and replayWalk agree on everything the questionnaire uses. */
function expectSame(ds: Dataset, answers: Answers, opts: Options, note = ''): void {
  const a = walk(ds, answers, opts);
  const b = replayWalk(ds, answers, opts);
  expect({ path: a.path, vraag: a.vraag?.id, nog: a.nogHoogstens, answers: a.answers }, note).to.deep.equal({
    path: b.path,
    vraag: b.vraag?.id,
    nog: b.nogHoogstens,
    answers: b.answers,
  });
}

/** A random dataset with a topic question (`hulpvraag`) and regelingen that go first (`voorrang`). */
function withTopicsAndPrecedence(ds: Dataset, s: number): Dataset {
  const r = rng(s);
  const topic: Question = vraag('persoon.hulp', 'meerkeuze', { hulpvraag: true, vooraan: r() < 0.5, opties: opties('a', 'b', 'alles') });
  const regelingen: Regeling[] = ds.regelingen.map((x, i) => ({
    ...x,
    ...(r() < 0.6 ? { onderwerpen: [r() < 0.5 ? 'a' : 'b'] } : {}),
    ...(i > 0 && r() < 0.4 ? { voorrang: [{ regeling: ds.regelingen[Math.floor(r() * i)]!.id, reden: t('Eerst die') }] } : {}),
  }));
  return { ...ds, vragen: [topic, ...ds.vragen], regelingen };
}

function answerFor(q: Question, r: () => number): Answer {
  if (q.hulpvraag) return [['a'], ['b'], ['alles'], ['a', 'b']][Math.floor(r() * 4)]!;
  const d = domain(q);
  return d[Math.floor(r() * d.length)]!;
}

describe('engine: incremental walk gives what replaying gives', () => {
  it('on random datasets, answered one at a time as the questionnaire does, with changed answers', () => {
    let compared = 0;
    fc.assert(
      fc.property(seed, seed, fc.constantFrom<Perspective>('zelf', 'mantelzorger', 'professional'), fc.boolean(), (s1, s2, p, topics) => {
        const plain = randomDataset(s1, { readOnce: false, maxQuestions: 6, maxRegelingen: 6 });
        const ds = topics ? withTopicsAndPrecedence(plain, s1 ^ 0x9e3779b9) : plain;
        const r = rng(s2);
        const opts = { perspectief: p, datum: r() < 0.5 ? DATUM : '2025-06-01' };
        const answers: Record<string, Answer> = {};
        for (let i = 0; i < 3 * ds.vragen.length; i++) {
          expectSame(ds, answers, opts, JSON.stringify(answers));
          compared++;
          const w = walk(ds, answers, opts);
          if (w.vraag && r() < 0.7) answers[w.vraag.id] = answerFor(w.vraag, r);
          else if (w.path.length) {
            // Change an earlier answer (from the review screen), or give one off the path.
            const id = w.path[Math.floor(r() * w.path.length)];
            const q = ds.vragen.find((x) => x.id === id)!;
            answers[q.id] = answerFor(q, r);
          } else break;
        }
      }),
      { numRuns: 120 },
    );
    expect(compared).to.be.greaterThan(600);
  });

  it('past the bound on its steps (the tree pruned to the path just walked), answer by answer', () => {
    // A number asked first, drawn from 0-999, makes almost every journey new: 600 journeys pass
    // the bound of 1,024 steps, and every walk must still give what replaying gives.
    const pruned = walkStats.pruned;
    fc.assert(
      fc.property(seed, seed, (s1, s2) => {
        const plain = randomDataset(s1, { readOnce: false, maxQuestions: 6, maxRegelingen: 6 });
        const ds: Dataset = {
          ...plain,
          vragen: [vraag('persoon.n', 'getal', { vooraan: true }), ...plain.vragen],
          regelingen: [...plain.regelingen, regeling('n', { feit: 'persoon.n', minstens: 500 })],
        };
        const r = rng(s2);
        const opts = { perspectief: 'zelf' as const, datum: DATUM };
        for (let j = 0; j < 600; j++) {
          const answers: Record<string, Answer> = {};
          for (let i = 0; i <= ds.vragen.length; i++) {
            expectSame(ds, answers, opts, `journey ${j}: ${JSON.stringify(answers)}`);
            const q = walk(ds, answers, opts).vraag;
            if (!q) break;
            answers[q.id] = q.type === 'getal' ? Math.floor(r() * 1000) : answerFor(q, r);
          }
        }
      }),
      { numRuns: 8 },
    );
    expect(walkStats.pruned - pruned, 'times the tree was pruned').to.be.greaterThan(0);
  });

  it('with every answer given at once, in any order', () => {
    fc.assert(
      fc.property(seed, seed, (s1, s2) => {
        const ds = withTopicsAndPrecedence(randomDataset(s1, { readOnce: false }), s2);
        const r = rng(s2);
        const all = Object.fromEntries(ds.vragen.map((q) => [q.id, answerFor(q, r)]));
        expectSame(ds, all, { perspectief: 'zelf', datum: DATUM });
        expectSame(ds, randomAnswers(ds, s2), { perspectief: 'zelf', datum: DATUM });
      }),
      { numRuns: 120 },
    );
  });

  it('on every scenario fixture (the real dataset: topics, precedence, overlays), answer by answer', () => {
    const national = parseDataset(DEFAULT_FILES);
    const merged = new Map<string, Dataset>();
    for (const [file, s] of Object.entries(SCENARIOS)) {
      const raw = s.gemeente ? DEFAULT_OVERLAYS[s.gemeente] : undefined;
      const key = s.gemeente ?? '';
      if (raw && !merged.has(key)) merged.set(key, mergeOverlay(national, parseOverlay(raw, `gemeenten/${key}.json`)));
      const ds = raw ? merged.get(key)! : national;
      const opts = { perspectief: s.perspectief, datum: s.datum ?? DATUM };
      expectSame(ds, s.antwoorden, opts, file);
      // Every prefix of the path, as the questionnaire walks it: the step replaying would take there.
      const path = replayWalk(ds, s.antwoorden, opts).path;
      for (let i = 0; i <= path.length; i++) {
        const given = Object.fromEntries(path.slice(0, i).map((q) => [q, s.antwoorden[q]!]));
        const step = nextQuestion(makeContext(ds, given, opts));
        const w = walk(ds, given, opts);
        expect({ path: w.path, vraag: w.vraag?.id, nog: w.nogHoogstens }, `${file} after ${i}`).to.deep.equal({
          path: path.slice(0, i),
          vraag: step.vraag?.id,
          nog: step.nogHoogstens,
        });
      }
    }
  });

  it('keeps the steps apart per perspective and check date on the same dataset object', () => {
    const ds = dataset({
      vragen: [vraag('persoon.a'), vraag('mantelzorger.b')],
      regelingen: [
        regeling('oud', { feit: 'persoon.a', is: true }, { geldigTot: '2025-12-31' }),
        regeling('mz', { feit: 'mantelzorger.b', is: true }, { voor: 'mantelzorger' }),
      ],
    });
    expect(walk(ds, {}, { perspectief: 'zelf', datum: '2025-06-01' }).vraag?.id).to.equal('persoon.a');
    expect(walk(ds, {}, { perspectief: 'zelf', datum: DATUM }).vraag).to.equal(undefined);
    expect(walk(ds, {}, { perspectief: 'mantelzorger', datum: DATUM }).vraag?.id).to.equal('mantelzorger.b');
    expect(walk(ds, {}, { perspectief: 'zelf', datum: '2025-06-01' }).vraag?.id).to.equal('persoon.a');
  });

  it('hands out answers the caller may change without changing the next walk', () => {
    const ds = dataset({
      vragen: [vraag('persoon.a'), vraag('persoon.b')],
      regelingen: [
        regeling('r', {
          alle: [
            { feit: 'persoon.a', is: true },
            { feit: 'persoon.b', is: true },
          ],
        }),
      ],
    });
    const opts = { perspectief: 'zelf' as const, datum: DATUM };
    const w = walk(ds, { 'persoon.a': true }, opts);
    (w.answers as Record<string, Answer>)['persoon.a'] = false;
    expect(walk(ds, { 'persoon.a': true }, opts).answers).to.deep.equal({ 'persoon.a': true });
  });
});

/** n regelingen over k yes/no questions; regeling j needs the questions `uses(j)` all answered yes. */
function grid(n: number, k: number, uses: (j: number) => number[]): Dataset {
  const vragen = Array.from({ length: k }, (_, i) => vraag(`persoon.q${i}`));
  const regelingen = Array.from({ length: n }, (_, j) =>
    regeling(`r${j}`, { alle: uses(j).map((i) => ({ feit: `persoon.q${i}`, is: true })) }),
  );
  return dataset({ vragen, regelingen });
}

/** Answers the questions one at a time as the questionnaire does (walk after every answer); analyses per answer. */
function costPerAnswer(ds: Dataset, fn: typeof walk): number[] {
  const opts = { perspectief: 'zelf' as const, datum: DATUM };
  const answers: Record<string, Answer> = {};
  const costs: number[] = [];
  fn(ds, answers, opts);
  for (;;) {
    const q = fn(ds, answers, opts).vraag;
    if (!q) return costs;
    answers[q.id] = true;
    const before = walkStats.analysed;
    fn(ds, answers, opts);
    costs.push(walkStats.analysed - before);
  }
}

describe('engine: a step costs the same after 1 or after 20 answers (linear journeys)', () => {
  it('every regeling depends on every question: each answer analyses each regeling once, not once per earlier answer', () => {
    const n = 40,
      k = 20;
    const costs = costPerAnswer(
      grid(n, k, () => Array.from({ length: k }, (_, i) => i)),
      walk,
    );
    expect(costs).to.have.length(k);
    expect(costs).to.deep.equal(Array.from({ length: k }, () => n));
  });

  it('the counter sees growth: replaying costs one more pass over the regelingen per earlier answer', () => {
    // The same journey through replayWalk: answer i costs (i + 2) × n analyses.
    const n = 40,
      k = 20;
    const costs = costPerAnswer(
      grid(n, k, () => Array.from({ length: k }, (_, i) => i)),
      replayWalk,
    );
    expect(costs).to.deep.equal(Array.from({ length: k }, (_, i) => (i + 2) * n));
  });

  it('an answer analyses only the regelingen that depend on its question', () => {
    // Regeling j depends on questions j mod 10 and (j + 1) mod 10: 20 of the 100 depend on each question.
    const n = 100,
      k = 10;
    const ds = grid(n, k, (j) => [j % k, (j + 1) % k]);
    const costs = costPerAnswer(ds, walk);
    expect(costs).to.have.length(k);
    for (const c of costs) expect(c).to.equal(20);
    expect(
      costs.reduce((a, b) => a + b, 0),
      'a journey: answers × regelingen that depend on them',
    ).to.equal(k * 20);
  });

  it('a regeling decided as past niet is not analysed again', () => {
    // x0..x19 need q0 and q1, y0..y19 need q1 and q2; q0 comes first and is answered no.
    const vragen = [vraag('persoon.q0', 'ja-nee', { vooraan: true }), vraag('persoon.q1'), vraag('persoon.q2')];
    const yes = (q: string) => ({ feit: q, is: true });
    const regelingen = [
      ...Array.from({ length: 20 }, (_, j) => regeling(`x${j}`, { alle: [yes('persoon.q0'), yes('persoon.q1')] })),
      ...Array.from({ length: 20 }, (_, j) => regeling(`y${j}`, { alle: [yes('persoon.q1'), yes('persoon.q2')] })),
    ];
    const ds = dataset({ vragen, regelingen });
    const opts = { perspectief: 'zelf' as const, datum: DATUM };
    const answers: Record<string, Answer> = {};
    const costs: number[] = [];
    for (const [q, a] of [
      ['persoon.q0', false],
      ['persoon.q1', true],
      ['persoon.q2', true],
    ] as const) {
      expect(walk(ds, answers, opts).vraag?.id).to.equal(q);
      answers[q] = a;
      const before = walkStats.analysed;
      walk(ds, answers, opts);
      costs.push(walkStats.analysed - before);
    }
    // q1 is in all 40 conditions, but the x's were decided by q0.
    expect(costs).to.deep.equal([20, 20, 20]);
  });

  it('past the bound on its steps, the walk keeps the path it just walked: asking again costs nothing', () => {
    // 300 journeys of 5 answers, each with its own number first: 1,500 steps, past the bound of
    // 1,024 for a small dataset. Dropping every step there made the next walk replay its path.
    const q = (i: number) => `persoon.q${i}`;
    const vragen = [vraag('persoon.n', 'getal', { vooraan: true }), ...[0, 1, 2, 3].map((i) => vraag(q(i)))];
    const regelingen = [0, 1, 2].map((j) =>
      regeling(`r${j}`, { alle: [{ feit: 'persoon.n', minstens: j }, ...[0, 1, 2, 3].map((i) => ({ feit: q(i), is: true }))] }),
    );
    const ds = dataset({ vragen, regelingen });
    const opts = { perspectief: 'zelf' as const, datum: DATUM };
    const again: number[] = [];
    const pruned = walkStats.pruned;
    for (let v = 10; v < 310; v++) {
      const answers = { 'persoon.n': v, [q(0)]: true, [q(1)]: true, [q(2)]: true, [q(3)]: true };
      expect(walk(ds, answers, opts).path).to.have.length(5);
      const before = walkStats.analysed;
      expect(walk(ds, answers, opts).vraag).to.equal(undefined);
      again.push(walkStats.analysed - before);
    }
    expect(again).to.deep.equal(again.map(() => 0));
    expect(walkStats.pruned - pruned, 'times the tree was pruned').to.be.greaterThan(0);
  });

  it('going back and changing an answer costs the changed step, not the path before it', () => {
    const n = 40,
      k = 10;
    const ds = grid(n, k, () => Array.from({ length: k }, (_, i) => i));
    const opts = { perspectief: 'zelf' as const, datum: DATUM };
    const all = Object.fromEntries(Array.from({ length: k }, (_, i) => [`persoon.q${i}`, true]));
    walk(ds, all, opts);
    const before = walkStats.analysed;
    walk(ds, { ...all, 'persoon.q8': false }, opts); // the ninth answer changes: one new step
    expect(walkStats.analysed - before).to.equal(n);
    const again = walkStats.analysed;
    walk(ds, all, opts); // and back: nothing new
    expect(walkStats.analysed - again).to.equal(0);
  });
});
