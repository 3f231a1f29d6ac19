/**
 * Property tests over random small datasets and answer orders (fast-check). Seeds drive a
 * deterministic builder (random-dataset.ts); a failure prints the seeds to replay it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Dataset, Perspective } from '../../src/dataset/schema.js';
import { applicable, evaluate, explainAll, makeContext, route, walk } from '../../src/engine/index.js';
import { nextQuestion } from './reference-walk.js';
import type { Answer, Answers, Context, Tri } from '../../src/engine/index.js';
import { DATUM } from './fixtures.js';
import { domain, randomAnswers, randomDataset, shuffle } from './random-dataset.js';

const PERSPECTIVES: Perspective[] = ['zelf', 'mantelzorger', 'werkgever', 'professional'];
const seed = fc.integer({ min: 0, max: 0x7fffffff });
const perspective = fc.constantFrom<Perspective>('zelf', 'zelf', 'mantelzorger', 'professional');
const datum = fc.constantFrom(DATUM, '2025-06-01');
const opts = (perspectief: Perspective, d = DATUM) => ({ perspectief, datum: d });

function tris(ctx: Context): Record<string, Tri> {
  return Object.fromEntries(applicable(ctx).map((r) => [r.id, evaluate(r.voorwaarden, ctx).tri]));
}

/** A random partial answer set: each question answered with probability ~1/2. */
function partial(ds: Dataset, s: number): Record<string, Answer> {
  const all = randomAnswers(ds, s);
  return Object.fromEntries(Object.entries(all).filter((_, i) => ((s >>> (i % 31)) & 1) === 1));
}

describe('engine: properties (fast-check)', () => {
  it('never throws, for any perspective, date and answers', () => {
    fc.assert(
      fc.property(seed, seed, fc.constantFrom(...PERSPECTIVES), datum, (ds0, a0, p, d) => {
        const ds = randomDataset(ds0, { readOnce: false });
        const answers = partial(ds, a0);
        const ctx = makeContext(ds, answers, opts(p, d));
        route(ctx, explainAll(ctx));
        nextQuestion(ctx);
        walk(ds, answers, opts(p, d));
      }),
      { numRuns: 300 },
    );
  });

  it('walk terminates within the number of questions, never repeats one, and ends complete', () => {
    fc.assert(
      fc.property(seed, seed, perspective, datum, (ds0, a0, p, d) => {
        const ds = randomDataset(ds0, { readOnce: false, maxQuestions: 6 });
        // Every question of the perspective answered (others are not asked, so not answered).
        const all = Object.fromEntries(
          Object.entries(randomAnswers(ds, a0)).filter(([id]) => isAskableIn(ds.vragen.find((q) => q.id === id)!, p)),
        );
        const w = walk(ds, all, opts(p, d));
        expect(w.path.length).to.be.at.most(ds.vragen.length);
        expect(new Set(w.path).size).to.equal(w.path.length);
        expect(w.vraag, 'every question answered: nothing left to ask').to.equal(undefined);
        expect(Object.keys(w.answers).sort()).to.deep.equal([...w.path].sort());
        // The path's answers alone decide the same as all answers: skipped questions did not matter.
        expect(tris(makeContext(ds, w.answers, opts(p, d)))).to.deep.equal(tris(makeContext(ds, all, opts(p, d))));
      }),
      { numRuns: 300 },
    );
  });

  it('the outcome does not depend on the order in which the same answers were given', () => {
    fc.assert(
      fc.property(seed, seed, seed, perspective, (ds0, a0, order, p) => {
        const ds = randomDataset(ds0, { readOnce: false });
        const all = randomAnswers(ds, a0);
        const shuffled = Object.fromEntries(shuffle(Object.entries(all), order));
        const w1 = walk(ds, all, opts(p));
        const w2 = walk(ds, shuffled, opts(p));
        expect(w2.path).to.deep.equal(w1.path);
        // Giving the path's answers one at a time, in a random order, ends in the same outcomes.
        const given: Record<string, Answer> = {};
        for (const q of shuffle(w1.path, order + 1)) given[q] = all[q]!;
        const out = (a: Answers) => explainAll(makeContext(ds, a, opts(p))).map((r) => [r.regeling.id, r.uitkomst, r.voldaan]);
        expect(out(given)).to.deep.equal(out(w1.answers));
        expect(out(shuffled)).to.deep.equal(out(all));
      }),
      { numRuns: 200 },
    );
  });

  it('answering a question never changes an outcome that was already decided (monotone)', () => {
    fc.assert(
      fc.property(seed, seed, seed, perspective, (ds0, a0, extra, p) => {
        const ds = randomDataset(ds0, { readOnce: false });
        const before = partial(ds, a0);
        const unanswered = ds.vragen.filter((q) => !(q.id in before));
        fc.pre(unanswered.length > 0);
        const q = unanswered[extra % unanswered.length]!;
        const d = domain(q);
        const after = { ...before, [q.id]: d[(extra >>> 8) % d.length]! };
        const t0 = tris(makeContext(ds, before, opts(p)));
        const t1 = tris(makeContext(ds, after, opts(p)));
        for (const [id, v] of Object.entries(t0)) if (v !== 'onbekend') expect(t1[id], id).to.equal(v);
      }),
      { numRuns: 300 },
    );
  });

  it('never asks a question whose every answer leaves every outcome unchanged (brute force)', () => {
    let checked = 0;
    fc.assert(
      fc.property(seed, seed, perspective, (ds0, a0, p) => {
        const ds = randomDataset(ds0, { readOnce: true, maxQuestions: 5 });
        const all = randomAnswers(ds, a0);
        // Walk the questionnaire; check every question it asks on the way.
        const answers: Record<string, Answer> = {};
        for (let step = 0; step <= ds.vragen.length; step++) {
          const ctx = makeContext(ds, answers, opts(p));
          const q = nextQuestion(ctx).vraag;
          if (!q) break;
          expect(isUseful(ds, answers, q.id, p), `asked ${q.id} after ${JSON.stringify(answers)}`).to.equal(true);
          checked++;
          answers[q.id] = all[q.id]!;
        }
      }),
      { numRuns: 150 },
    );
    expect(checked).to.be.greaterThan(100);
  });

  it('asks every question some regeling still needs (the brute-force check can fail)', () => {
    // The converse, so the usefulness check above is not vacuous: when nothing is asked,
    // no open question can change any outcome.
    fc.assert(
      fc.property(seed, seed, perspective, (ds0, a0, p) => {
        const ds = randomDataset(ds0, { readOnce: true, maxQuestions: 5 });
        const answers = partial(ds, a0);
        const ctx = makeContext(ds, answers, opts(p));
        if (nextQuestion(ctx).vraag) return;
        for (const q of askableOpen(ds, answers, p)) expect(isUseful(ds, answers, q, p), q).to.equal(false);
      }),
      { numRuns: 150 },
    );
  });
});

function askableOpen(ds: Dataset, answers: Answers, p: Perspective): string[] {
  return ds.vragen.filter((q) => !(q.id in answers) && isAskableIn(q, p)).map((q) => q.id);
}
/** Written apart from the engine's own rule (facts.ts isAskable), so the properties check it. */
function isAskableIn(q: Dataset['vragen'][number], p: Perspective): boolean {
  if (q.perspectieven) return q.perspectieven.includes(p);
  return q.onderwerp === 'persoon' || q.onderwerp === p;
}

/**
 * Semantic usefulness: there are answers to the other open questions such that two answers to
 * `q` give some regeling different outcomes.
 */
function isUseful(ds: Dataset, answers: Answers, q: string, p: Perspective): boolean {
  const others = askableOpen(ds, answers, p).filter((id) => id !== q);
  const qDomain = domain(ds.vragen.find((x) => x.id === q)!);
  const byId = new Map(ds.vragen.map((x) => [x.id, x]));
  const assign: Record<string, Answer> = { ...answers };
  const rec = (i: number): boolean => {
    if (i === others.length) {
      let first: string | undefined;
      for (const v of qDomain) {
        assign[q] = v;
        const key = JSON.stringify(tris(makeContext(ds, assign, opts(p))));
        if (first === undefined) first = key;
        else if (key !== first) return true;
      }
      delete assign[q];
      return false;
    }
    const id = others[i]!;
    for (const v of domain(byId.get(id)!)) {
      assign[id] = v;
      if (rec(i + 1)) return true;
    }
    delete assign[id];
    return false;
  };
  return rec(0);
}
