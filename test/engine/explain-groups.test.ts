/**
 * The explanation as the person reads it (issue 20, "untrue lines"): "voldoet aan X van Y" counts
 * the lines shown; an any-of group (`een-van`) that fails is one line ("Voldoet aan geen van deze")
 * with its alternatives; an alternative that fails on a fact the person cannot change (`vast`: an
 * age) is left out while another remains. Every shape: `alle`, `een-van`, `niet` and nested.
 */
import { expect } from '@open-wc/testing';
import type { Condition } from '../../src/dataset/schema.js';
import { explain } from '../../src/engine/index.js';
import type { Answers, Result } from '../../src/engine/index.js';
import { ctxOf, dataset, regeling, t, vraag } from './fixtures.js';

const leeftijd = vraag('persoon.leeftijd', 'getal', { label: t('Leeftijd', 'Age'), min: 0, max: 120, vast: true });
const ds = (c: Condition) =>
  dataset({
    vragen: [
      leeftijd,
      vraag('persoon.a', 'ja-nee', { label: t('A') }),
      vraag('persoon.b', 'ja-nee', { label: t('B') }),
      vraag('persoon.c', 'ja-nee', { label: t('C') }),
    ],
    regelingen: [regeling('r', c)],
  });
const run = (c: Condition, answers: Answers): Result => {
  const d = ds(c);
  return explain(d.regelingen[0]!, ctxOf(d, answers));
};
const texts = (r: Result) => r.criteria.map((c) => `${c.status} ${c.tekst.nl}`);
const a = { feit: 'persoon.a', is: true, tekst: t('A is waar') } as Condition;
const b = { feit: 'persoon.b', is: true, tekst: t('B is waar') } as Condition;
const c = { feit: 'persoon.c', is: true, tekst: t('C is waar') } as Condition;
const child = { feit: 'persoon.leeftijd', onder: 18, tekst: t('Jonger dan 18') } as Condition;
const adult = { feit: 'persoon.leeftijd', minstens: 18, tekst: t('18 jaar of ouder') } as Condition;

describe('explanations: what the person sees is what is counted', () => {
  it('an any-of that fails is one line, "voldoet aan 0 van 1", with its two alternatives (not two ✗ lines under "0 van 1")', () => {
    const r = run({ 'een-van': [a, b] }, { 'persoon.a': false, 'persoon.b': false });
    expect(r.uitkomst).to.equal('past-niet');
    expect([r.voldaan, r.totaal]).to.deep.equal([0, 1]);
    expect(r.criteria).to.have.length(1);
    expect(r.criteria[0]!.status).to.equal('nee');
    expect(r.criteria[0]!.tekst.nl).to.equal('A is waar of B is waar');
    expect(r.criteria[0]!.of!.map((alt) => alt.map((l) => l.feit))).to.deep.equal([['persoon.a'], ['persoon.b']]);
  });

  it('nested all-of opens into its parts: each line is counted; past niet names the ones not met', () => {
    const r = run({ alle: [a, { alle: [b, c] }] }, { 'persoon.a': true, 'persoon.b': false, 'persoon.c': false });
    expect([r.voldaan, r.totaal]).to.deep.equal([1, 3]);
    expect(texts(r)).to.deep.equal(['nee B is waar', 'nee C is waar']);
  });

  it('an any-of that holds opens the alternative that holds: "voldoet aan 3 van 3" above three ✓ lines', () => {
    const r = run(
      { alle: [a, { 'een-van': [{ alle: [b, c] }, child] }] },
      { 'persoon.a': true, 'persoon.b': true, 'persoon.c': true, 'persoon.leeftijd': 40 },
    );
    expect(r.uitkomst).to.equal('past');
    expect([r.voldaan, r.totaal]).to.deep.equal([3, 3]);
    expect(texts(r)).to.deep.equal(['ja A is waar', 'ja B is waar', 'ja C is waar']);
  });

  it('niet over an any-of is an all-of of the negations (De Morgan): two lines, both counted', () => {
    const r = run({ niet: { 'een-van': [a, b] } }, { 'persoon.a': true, 'persoon.b': false });
    expect(r.uitkomst).to.equal('past-niet');
    expect([r.voldaan, r.totaal]).to.deep.equal([1, 2]);
    expect(r.criteria.filter((x) => x.status === 'nee').map((x) => x.feit)).to.deep.equal(['persoon.a']);
  });

  it('niet over an all-of is a group: "voldoet aan geen van deze" with both negations', () => {
    const r = run({ niet: { alle: [a, b] } }, { 'persoon.a': true, 'persoon.b': true });
    expect([r.voldaan, r.totaal]).to.deep.equal([0, 1]);
    expect(r.criteria).to.have.length(1);
    expect(r.criteria[0]!.of).to.have.length(2);
  });

  it('a parent is not told "✗ Jonger dan 18": the child branch fails on an age and is left out; the parent branch opens', () => {
    // The shape of jeugdhulp: a child asks for itself, or a parent asks for a child.
    const c0 = { 'een-van': [{ alle: [child, a] }, { alle: [adult, b, c] }] } as Condition;
    const r = run(c0, { 'persoon.leeftijd': 40, 'persoon.a': true, 'persoon.b': true, 'persoon.c': false });
    expect(r.uitkomst).to.equal('past-niet');
    expect(texts(r)).to.deep.equal(['nee C is waar']);
    expect([r.voldaan, r.totaal]).to.deep.equal([2, 3]);
  });

  it('when every alternative fails on an age, all are shown (each line is still true)', () => {
    const r = run(
      { 'een-van': [child, { alle: [adult, { feit: 'persoon.leeftijd', onder: 23, tekst: t('Jonger dan 23') } as Condition] }] },
      { 'persoon.leeftijd': 40 },
    );
    expect(r.criteria).to.have.length(1);
    expect(r.criteria[0]!.tekst.nl).to.equal('Jonger dan 18 of jonger dan 23');
  });

  it('an open any-of keeps its open lines; a misschien is not counted as met', () => {
    const r = run({ alle: [a, { 'een-van': [b, c] }] }, { 'persoon.a': true, 'persoon.b': false });
    expect(r.uitkomst).to.equal('misschien');
    expect([r.voldaan, r.totaal]).to.deep.equal([1, 2]);
    expect(texts(r)).to.deep.equal(['ja A is waar', 'onbekend C is waar']);
  });
});
