import { expect } from '@open-wc/testing';
import type { Condition } from '../../src/dataset/schema.js';
import { applicable, evaluate, explainAll, isValid } from '../../src/engine/index.js';
import { nextQuestion } from './reference-walk.js';
import type { Answers } from '../../src/engine/index.js';
import { afgeleid, cijfer, ctxOf, dataset, next, outcomes, regeling, vraag } from './fixtures.js';

describe('engine: figures valid by date', () => {
  const ds = dataset({
    vragen: [vraag('persoon.getal', 'getal'), vraag('persoon.huishouden', 'keuze', { weetNiet: true })],
    cijfers: [
      cijfer('grens', [
        { waarde: 100, geldigVanaf: '2024-01-01', geldigTot: '2024-12-31' },
        { waarde: 200, geldigVanaf: '2025-01-01' },
        { waarde: 300, geldigVanaf: '2026-01-01' },
        { waarde: 999, geldigVanaf: '2027-01-01' },
      ]),
      cijfer('verlopen', [{ waarde: 50, geldigVanaf: '2020-01-01', geldigTot: '2021-12-31' }]),
      cijfer('per-huishouden', [
        { waarde: 1000, als: { feit: 'persoon.huishouden', is: 'a' } },
        { waarde: 1500, als: { feit: 'persoon.huishouden', in: ['b', 'c'] } },
      ]),
    ],
  });
  const under = (id: string): Condition => ({ feit: 'persoon.getal', onder: { cijfer: id } });
  const at = (c: Condition, answers: Answers, datum: string) => evaluate(c, ctxOf(ds, answers, 'zelf', datum));

  it('uses the entry valid on the check date', () => {
    expect(at(under('grens'), { 'persoon.getal': 150 }, '2024-06-01').tri).to.equal('nee'); // 100
    expect(at(under('grens'), { 'persoon.getal': 150 }, '2025-06-01').tri).to.equal('ja'); // 200
  });
  it('uses the newest of several valid entries', () => {
    expect(at(under('grens'), { 'persoon.getal': 250 }, '2026-03-01').tri).to.equal('ja'); // 300, not 200
    expect(at(under('grens'), { 'persoon.getal': 250 }, '2025-12-31').tri).to.equal('nee'); // 200
  });
  it('does not use an expired entry: no valid figure gives onbekend, with nothing to ask', () => {
    expect(at(under('verlopen'), { 'persoon.getal': 10 }, '2021-12-31').tri).to.equal('ja');
    expect(at(under('verlopen'), { 'persoon.getal': 10 }, '2026-03-01')).to.deep.equal({ tri: 'onbekend', open: [] });
  });
  it('selects the entry whose `als` holds', () => {
    expect(at(under('per-huishouden'), { 'persoon.getal': 1200, 'persoon.huishouden': 'a' }, '2026-03-01').tri).to.equal('nee');
    expect(at(under('per-huishouden'), { 'persoon.getal': 1200, 'persoon.huishouden': 'c' }, '2026-03-01').tri).to.equal('ja');
  });
  it('is unknown while the selection is unknown, and waits for the selecting question', () => {
    expect(at(under('per-huishouden'), { 'persoon.getal': 1200 }, '2026-03-01')).to.deep.equal({
      tri: 'onbekend',
      open: ['persoon.huishouden'],
    });
  });
  it('a selection answered "weet ik niet" stays unknown and asks nothing more', () => {
    expect(at(under('per-huishouden'), { 'persoon.getal': 1200, 'persoon.huishouden': null }, '2026-03-01')).to.deep.equal({
      tri: 'onbekend',
      open: [],
    });
  });
  it('a fact answered "weet ik niet" does not make the figure\'s selection worth asking', () => {
    // Bug fixed: the comparison used to wait for persoon.huishouden although the fact stays unknown.
    expect(at(under('per-huishouden'), { 'persoon.getal': null } as unknown as Answers, '2026-03-01')).to.deep.equal({
      tri: 'onbekend',
      open: [],
    });
  });
});

describe('engine: derived facts (income as % of the bijstandsnorm)', () => {
  const ds = dataset({
    vragen: [vraag('persoon.inkomen', 'bedrag', { weetNiet: true, min: 0 }), vraag('persoon.huishouden', 'keuze', { weetNiet: true })],
    afgeleid: [
      afgeleid('persoon.inkomen-pct', 'persoon.inkomen', 'norm', 100),
      afgeleid('persoon.inkomen-band', 'persoon.inkomen', 'bandnorm'),
    ],
    cijfers: [
      cijfer('norm', [
        { waarde: 1000, als: { feit: 'persoon.huishouden', is: 'a' } },
        { waarde: 2000, als: { feit: 'persoon.huishouden', in: ['b', 'c'] } },
      ]),
      cijfer('bandnorm', [{ waarde: { van: 1000, tot: 1250 } }]),
    ],
    regelingen: [regeling('minima', { feit: 'persoon.inkomen-pct', hoogstens: 120 })],
  });
  const pct = (answers: Answers) => evaluate({ feit: 'persoon.inkomen-pct', hoogstens: 120 }, ctxOf(ds, answers));

  it('compares the income with the norm for the household', () => {
    expect(pct({ 'persoon.inkomen': 1200, 'persoon.huishouden': 'a' }).tri).to.equal('ja'); // 120%
    expect(pct({ 'persoon.inkomen': 1201, 'persoon.huishouden': 'a' }).tri).to.equal('nee');
    expect(pct({ 'persoon.inkomen': 1201, 'persoon.huishouden': 'b' }).tri).to.equal('ja'); // 60%
  });
  it('is unknown when the income is unknown', () => {
    expect(pct({ 'persoon.huishouden': 'a' })).to.deep.equal({ tri: 'onbekend', open: ['persoon.inkomen'] });
    expect(pct({ 'persoon.huishouden': 'a', 'persoon.inkomen': null }).tri).to.equal('onbekend');
  });
  it('is unknown when the norm is unknown (household not yet known)', () => {
    expect(pct({ 'persoon.inkomen': 1100 })).to.deep.equal({ tri: 'onbekend', open: ['persoon.huishouden'] });
    expect(pct({ 'persoon.inkomen': 1100, 'persoon.huishouden': null })).to.deep.equal({ tri: 'onbekend', open: [] });
  });
  it('never asks the norm: only the questions behind it', () => {
    expect(next(ds, {})).to.be.oneOf(['persoon.inkomen', 'persoon.huishouden']);
    expect(next(ds, { 'persoon.inkomen': 1100 })).to.equal('persoon.huishouden');
  });
  it('an income answered "weet ik niet" makes the household question useless', () => {
    expect(next(ds, { 'persoon.inkomen': null })).to.equal(undefined);
    expect(outcomes(ds, { 'persoon.inkomen': null }).minima).to.equal('misschien');
  });
  it('with a range norm the share is a range: unknown inside it', () => {
    const band = (answers: Answers) => evaluate({ feit: 'persoon.inkomen-band', onder: 100 }, ctxOf(ds, answers)).tri;
    expect(band({ 'persoon.inkomen': 900 })).to.equal('ja'); // 72–90%
    expect(band({ 'persoon.inkomen': 1100 })).to.equal('onbekend'); // 88–110%
    expect(band({ 'persoon.inkomen': 1300 })).to.equal('nee'); // 104–130%
  });
});

describe('engine: validity of regelingen', () => {
  const ds = dataset({
    vragen: [vraag('persoon.x')],
    regelingen: [
      regeling('lopend', { feit: 'persoon.x', is: true }),
      regeling('verlopen', { feit: 'persoon.x', is: true }, { geldigVanaf: '2020-01-01', geldigTot: '2025-12-31' }),
      regeling('toekomst', { feit: 'persoon.x', is: true }, { geldigVanaf: '2027-01-01' }),
    ],
  });
  it('isValid follows geldigVanaf / geldigTot, both inclusive', () => {
    const r = ds.regelingen[1]!;
    expect(isValid(r, '2025-12-31')).to.equal(true);
    expect(isValid(r, '2026-01-01')).to.equal(false);
    expect(isValid(r, '2019-12-31')).to.equal(false);
  });
  it('never offers an expired or not yet valid regeling', () => {
    expect(applicable(ctxOf(ds)).map((r) => r.id)).to.deep.equal(['lopend']);
    expect(Object.keys(outcomes(ds, { 'persoon.x': true }))).to.deep.equal(['lopend']);
  });
  it('asks nothing for expired regelingen only', () => {
    const only = dataset({ vragen: ds.vragen, regelingen: [ds.regelingen[1]!] });
    expect(nextQuestion(ctxOf(only)).vraag).to.equal(undefined);
    expect(explainAll(ctxOf(only))).to.deep.equal([]);
    expect(next(only, {}, 'zelf', '2025-06-01')).to.equal('persoon.x');
  });
});

describe('engine: perspectives', () => {
  const ds = dataset({
    vragen: [vraag('persoon.x'), vraag('mantelzorger.overbelast', 'ja-nee'), vraag('werkgever.groot', 'ja-nee')],
    regelingen: [
      regeling('burger', { feit: 'persoon.x', is: true }),
      regeling(
        'respijt',
        {
          alle: [
            { feit: 'persoon.x', is: true },
            { feit: 'mantelzorger.overbelast', is: true },
          ],
        },
        { voor: 'mantelzorger' },
      ),
      regeling('lkv', { feit: 'werkgever.groot', is: true }, { voor: 'werkgever' }),
      regeling('gemengd', {
        'een-van': [
          { feit: 'persoon.x', is: true },
          { feit: 'mantelzorger.overbelast', is: true },
        ],
      }),
      regeling('alleen-pro', { feit: 'persoon.x', is: true }, { perspectieven: ['professional'] }),
    ],
  });
  const ids = (p: Parameters<typeof ctxOf>[2]) => applicable(ctxOf(ds, {}, p)).map((r) => r.id);

  it("an employer sees no citizens' regelingen", () => {
    expect(ids('werkgever')).to.deep.equal(['lkv']);
  });
  it("citizens see no employers' or mantelzorgers' regelingen", () => {
    expect(ids('zelf')).to.deep.equal(['burger', 'gemengd']);
    expect(ids('mantelzorger')).to.deep.equal(['burger', 'respijt', 'gemengd']);
    expect(ids('professional')).to.deep.equal(['burger', 'gemengd', 'alleen-pro']);
  });
  it('questions about the mantelzorger are only asked in the mantelzorger perspective', () => {
    const asked = (p: Parameters<typeof ctxOf>[2]) => {
      const seen: string[] = [];
      const answers: Record<string, boolean> = {};
      for (let q = next(ds, answers, p); q; q = next(ds, answers, p)) {
        seen.push(q);
        answers[q] = false;
      }
      return seen;
    };
    expect(asked('zelf')).to.deep.equal(['persoon.x']);
    expect(asked('mantelzorger')).to.include('mantelzorger.overbelast');
    expect(asked('werkgever')).to.deep.equal(['werkgever.groot']);
    expect(asked('professional')).to.not.include('mantelzorger.overbelast');
  });
  it('a question limited to perspectives is only asked there', () => {
    const ds2 = dataset({
      vragen: [vraag('persoon.pro', 'ja-nee', { perspectieven: ['professional'] })],
      regelingen: [regeling('r', { feit: 'persoon.pro', is: true })],
    });
    expect(next(ds2, {}, 'zelf')).to.equal(undefined);
    expect(next(ds2, {}, 'professional')).to.equal('persoon.pro');
  });
});
