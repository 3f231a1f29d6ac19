import { expect } from '@open-wc/testing';
import type { Condition } from '../../src/dataset/schema.js';
import { analyse, walk } from '../../src/engine/index.js';
import { nextQuestion } from './reference-walk.js';
import { ctxOf, dataset, next, outcomes, pathOf, regeling, vraag } from './fixtures.js';

const yes = (id: string): Condition => ({ feit: `persoon.${id}`, is: true });
const jn = (...ids: string[]) => ids.map((id) => vraag(`persoon.${id}`, 'ja-nee', { weetNiet: true }));

describe('engine: choosing the next question', () => {
  it('(A and B) or (C and D): asks A although no single answer settles it (no one-step rule)', () => {
    const ds = dataset({
      vragen: jn('a', 'b', 'c', 'd'),
      regelingen: [regeling('r', { 'een-van': [{ alle: [yes('a'), yes('b')] }, { alle: [yes('c'), yes('d')] }] })],
    });
    expect(next(ds, {})).to.equal('persoon.a');
    expect(next(ds, { 'persoon.a': true })).to.equal('persoon.b');
    expect(pathOf(ds, { 'persoon.a': true, 'persoon.b': true, 'persoon.c': true })).to.deep.equal(['persoon.a', 'persoon.b']);
    expect(pathOf(ds, { 'persoon.a': false, 'persoon.b': true, 'persoon.c': true, 'persoon.d': false })).to.deep.equal([
      'persoon.a',
      'persoon.c',
      'persoon.d',
    ]);
    expect(outcomes(ds, { 'persoon.a': true, 'persoon.b': true }).r).to.equal('past');
  });

  it('orders by how many undecided regelingen wait for a question, then by dataset order', () => {
    const ds = dataset({
      vragen: jn('a', 'b', 'c'),
      regelingen: [
        regeling('r1', yes('a')),
        regeling('r2', yes('b')),
        regeling('r3', { alle: [yes('b'), yes('c')] }),
        regeling('r4', yes('c')),
      ],
    });
    expect(next(ds, {})).to.equal('persoon.b'); // b: 2, c: 2, a: 1 → b first by dataset order
    expect(next(ds, { 'persoon.b': false })).to.equal('persoon.a'); // a: 1, c: 1 (r3 decided)
  });

  it('asks a question marked vooraan first', () => {
    const ds = dataset({
      vragen: [...jn('a', 'b'), vraag('persoon.acuut', 'ja-nee', { vooraan: true })],
      regelingen: [regeling('r1', { alle: [yes('a'), yes('b')] }), regeling('r2', yes('a')), regeling('crisis', yes('acuut'))],
    });
    expect(next(ds, {})).to.equal('persoon.acuut');
  });

  it('follow-up questions are only asked when an earlier answer makes them meaningful', () => {
    const ds = dataset({ vragen: jn('werk', 'uren'), regelingen: [regeling('r', { alle: [yes('werk'), yes('uren')] })] });
    expect(pathOf(ds, { 'persoon.werk': false, 'persoon.uren': true })).to.deep.equal(['persoon.werk']);
    expect(pathOf(ds, { 'persoon.werk': true, 'persoon.uren': true })).to.deep.equal(['persoon.werk', 'persoon.uren']);
  });

  it('does not ask what "weet ik niet" answers made useless: een-van(A, alle(B, C)) with A, B unknown', () => {
    // The simplified condition still mentions C, but C=ja gives onbekend and C=nee gives onbekend.
    const ds = dataset({
      vragen: jn('a', 'b', 'c'),
      regelingen: [regeling('r', { 'een-van': [yes('a'), { alle: [yes('b'), yes('c')] }] })],
    });
    expect(next(ds, { 'persoon.a': null, 'persoon.b': null })).to.equal(undefined);
    expect(next(ds, { 'persoon.a': false, 'persoon.b': null })).to.equal('persoon.c'); // C=nee settles it: past niet
    expect(next(ds, { 'persoon.a': null, 'persoon.b': true })).to.equal('persoon.c'); // C=ja settles it: past
  });

  it('does not ask a question none of whose options can change the outcome', () => {
    const ds = dataset({
      vragen: [vraag('persoon.k', 'keuze'), ...jn('a')],
      regelingen: [regeling('r', { alle: [yes('a'), { feit: 'persoon.k', in: ['a', 'b', 'c'] }] })],
    });
    expect(analyse(ds.regelingen[0]!.voorwaarden, ctxOf(ds)).open).to.deep.equal(['persoon.a']);
    const ds2 = dataset({
      vragen: [vraag('persoon.n', 'getal', { min: 0, max: 120 }), ...jn('a')],
      regelingen: [regeling('r', { alle: [yes('a'), { feit: 'persoon.n', minstens: 0 }] })],
    });
    expect(analyse(ds2.regelingen[0]!.voorwaarden, ctxOf(ds2)).open).to.deep.equal(['persoon.a']);
  });

  it('asks nothing once every regeling is decided, and says how many may still come', () => {
    const ds = dataset({
      vragen: jn('a', 'b', 'c'),
      regelingen: [regeling('r1', yes('a')), regeling('r2', { alle: [yes('b'), yes('c')] })],
    });
    expect(nextQuestion(ctxOf(ds)).nogHoogstens).to.equal(3);
    expect(nextQuestion(ctxOf(ds, { 'persoon.b': false })).nogHoogstens).to.equal(1);
    const done = nextQuestion(ctxOf(ds, { 'persoon.a': true, 'persoon.b': false }));
    expect(done.vraag).to.equal(undefined);
    expect(done.nogHoogstens).to.equal(0);
    expect(done.undecided).to.deep.equal([]);
  });
});

describe('engine: walk', () => {
  const ds = dataset({
    vragen: jn('a', 'b', 'c'),
    regelingen: [regeling('r', { 'een-van': [{ alle: [yes('a'), yes('b')] }, yes('c')] })],
  });
  const opts = { perspectief: 'zelf' as const, datum: '2026-03-01' };

  it('replays the answers and stops at the first unanswered question', () => {
    const w = walk(ds, { 'persoon.a': true }, opts);
    expect(w.path).to.deep.equal(['persoon.a']);
    expect(w.vraag?.id).to.equal('persoon.b');
  });
  it('changing an earlier answer recomputes the path; answers no longer needed are kept but do not count', () => {
    const all = { 'persoon.a': true, 'persoon.b': true, 'persoon.c': false };
    expect(walk(ds, all, opts).path).to.deep.equal(['persoon.a', 'persoon.b']);
    const changed = { ...all, 'persoon.a': false };
    const w = walk(ds, changed, opts);
    expect(w.path).to.deep.equal(['persoon.a', 'persoon.c']);
    expect(w.answers).to.deep.equal({ 'persoon.a': false, 'persoon.c': false });
    expect(w.vraag).to.equal(undefined);
    // Going back to the first answer restores the old path with the kept answer for b.
    expect(walk(ds, { ...changed, 'persoon.a': true }, opts).path).to.deep.equal(['persoon.a', 'persoon.b']);
  });
});
