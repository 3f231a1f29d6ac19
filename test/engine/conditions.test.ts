import { expect } from '@open-wc/testing';
import type { Condition } from '../../src/dataset/schema.js';
import { CONDITION_KINDS, evaluate } from '../../src/engine/index.js';
import type { Answers, Tri } from '../../src/engine/index.js';
import { cijfer, ctxOf, dataset, vraag } from './fixtures.js';

const ds = dataset({
  vragen: [
    vraag('persoon.jn', 'ja-nee', { weetNiet: true }),
    vraag('persoon.keuze', 'keuze', { weetNiet: true }),
    vraag('persoon.meer', 'meerkeuze', { weetNiet: true }),
    vraag('persoon.getal', 'getal', { weetNiet: true }),
    vraag('persoon.datum', 'datum', { weetNiet: true }),
    vraag('mantelzorger.uren', 'getal'),
  ],
  cijfers: [cijfer('grens', [{ waarde: 100 }]), cijfer('band', [{ waarde: { van: 100, tot: 200 } }])],
});

const tri = (c: Condition, answers: Answers = {}, p: Parameters<typeof ctxOf>[2] = 'zelf'): Tri => evaluate(c, ctxOf(ds, answers, p)).tri;
const open = (c: Condition, answers: Answers = {}) => evaluate(c, ctxOf(ds, answers)).open;

describe('engine: condition kinds', () => {
  it('has exactly the closed set of kinds', () => {
    expect([...CONDITION_KINDS].sort()).to.deep.equal(
      ['alle', 'boven', 'bevat', 'een-van', 'hoogstens', 'in', 'is', 'minstens', 'niet', 'onder', 'vanaf', 'voor'].sort(),
    );
  });

  it('rejects an unknown kind instead of guessing', () => {
    expect(() => evaluate({ feit: 'persoon.jn', gelijk: 1 } as unknown as Condition, ctxOf(ds))).to.throw(/Onbekende soort/);
  });

  // Each case: condition, [answer, expected] pairs. Every kind also gets unasked and weet ik niet.
  const cases: [string, Condition, [Answers[string], Tri][]][] = [
    [
      'is (boolean)',
      { feit: 'persoon.jn', is: true },
      [
        [true, 'ja'],
        [false, 'nee'],
      ],
    ],
    [
      'is (option)',
      { feit: 'persoon.keuze', is: 'b' },
      [
        ['b', 'ja'],
        ['a', 'nee'],
      ],
    ],
    [
      'is (number)',
      { feit: 'persoon.getal', is: 3 },
      [
        [3, 'ja'],
        [4, 'nee'],
      ],
    ],
    [
      'in',
      { feit: 'persoon.keuze', in: ['a', 'c'] },
      [
        ['a', 'ja'],
        ['c', 'ja'],
        ['b', 'nee'],
      ],
    ],
    [
      'bevat (one)',
      { feit: 'persoon.meer', bevat: 'b' },
      [
        [['a', 'b'], 'ja'],
        [['a'], 'nee'],
        [[], 'nee'],
      ],
    ],
    [
      'bevat (any of)',
      { feit: 'persoon.meer', bevat: ['b', 'c'] },
      [
        [['c'], 'ja'],
        [['a'], 'nee'],
      ],
    ],
    [
      'minstens',
      { feit: 'persoon.getal', minstens: 18 },
      [
        [18, 'ja'],
        [30, 'ja'],
        [17, 'nee'],
      ],
    ],
    [
      'hoogstens',
      { feit: 'persoon.getal', hoogstens: 18 },
      [
        [18, 'ja'],
        [2, 'ja'],
        [19, 'nee'],
      ],
    ],
    [
      'onder',
      { feit: 'persoon.getal', onder: 18 },
      [
        [17, 'ja'],
        [18, 'nee'],
        [40, 'nee'],
      ],
    ],
    [
      'boven',
      { feit: 'persoon.getal', boven: 18 },
      [
        [19, 'ja'],
        [18, 'nee'],
        [0, 'nee'],
      ],
    ],
    [
      'minstens (figure)',
      { feit: 'persoon.getal', minstens: { cijfer: 'grens' } },
      [
        [100, 'ja'],
        [99, 'nee'],
      ],
    ],
    [
      'vanaf',
      { feit: 'persoon.datum', vanaf: '2020-01-01' },
      [
        ['2020-01-01', 'ja'],
        ['2024-05-06', 'ja'],
        ['2019-12-31', 'nee'],
      ],
    ],
    [
      'voor',
      { feit: 'persoon.datum', voor: '2020-01-01' },
      [
        ['2019-12-31', 'ja'],
        ['2020-01-01', 'nee'],
      ],
    ],
  ];
  for (const [name, c, pairs] of cases) {
    describe(name, () => {
      for (const [answer, expected] of pairs) {
        it(`${JSON.stringify(answer)} gives ${expected}`, () => {
          expect(tri(c, { [(c as { feit: string }).feit]: answer })).to.equal(expected);
        });
      }
      it('unasked gives onbekend, waiting for the question', () => {
        expect(tri(c)).to.equal('onbekend');
        expect(open(c)).to.deep.equal([(c as { feit: string }).feit]);
      });
      it('"weet ik niet" (null) gives onbekend, never nee, and waits for nothing', () => {
        const answers = { [(c as { feit: string }).feit]: null };
        expect(tri(c, answers)).to.equal('onbekend');
        expect(open(c, answers)).to.deep.equal([]);
      });
    });
  }

  it('a question not asked in the perspective gives onbekend and is not waited for', () => {
    const c: Condition = { feit: 'mantelzorger.uren', minstens: 8 };
    expect(tri(c, {}, 'zelf')).to.equal('onbekend');
    expect(evaluate(c, ctxOf(ds, {}, 'zelf')).open).to.deep.equal([]);
    expect(evaluate(c, ctxOf(ds, {}, 'mantelzorger')).open).to.deep.equal(['mantelzorger.uren']);
  });

  it('a fact that is neither question nor derived fact stays unknown', () => {
    expect(evaluate({ feit: 'bestaat.niet', is: true }, ctxOf(ds)).tri).to.equal('onbekend');
  });
});

describe('engine: ranges ({van, tot} figures)', () => {
  const cases: [Condition, number, Tri][] = [
    [{ feit: 'persoon.getal', onder: { cijfer: 'band' } }, 99, 'ja'],
    [{ feit: 'persoon.getal', onder: { cijfer: 'band' } }, 100, 'onbekend'],
    [{ feit: 'persoon.getal', onder: { cijfer: 'band' } }, 150, 'onbekend'],
    [{ feit: 'persoon.getal', onder: { cijfer: 'band' } }, 200, 'nee'],
    [{ feit: 'persoon.getal', minstens: { cijfer: 'band' } }, 200, 'ja'],
    [{ feit: 'persoon.getal', minstens: { cijfer: 'band' } }, 199, 'onbekend'],
    [{ feit: 'persoon.getal', minstens: { cijfer: 'band' } }, 99, 'nee'],
    [{ feit: 'persoon.getal', hoogstens: { cijfer: 'band' } }, 100, 'ja'],
    [{ feit: 'persoon.getal', hoogstens: { cijfer: 'band' } }, 150, 'onbekend'],
    [{ feit: 'persoon.getal', hoogstens: { cijfer: 'band' } }, 201, 'nee'],
    [{ feit: 'persoon.getal', boven: { cijfer: 'band' } }, 201, 'ja'],
    [{ feit: 'persoon.getal', boven: { cijfer: 'band' } }, 150, 'onbekend'],
    [{ feit: 'persoon.getal', boven: { cijfer: 'band' } }, 100, 'nee'],
  ];
  for (const [c, v, expected] of cases) {
    it(`${Object.keys(c)[1]} 100–200 with ${v} gives ${expected}`, () => {
      expect(tri(c, { 'persoon.getal': v })).to.equal(expected);
    });
  }
  it('inside the range nothing more can be asked to settle it', () => {
    expect(open({ feit: 'persoon.getal', onder: { cijfer: 'band' } }, { 'persoon.getal': 150 })).to.deep.equal([]);
  });
});

describe('engine: Kleene logic', () => {
  // A leaf with a chosen truth value: ja / nee by the answer, onbekend by "weet ik niet".
  const leaf = (id: string): Condition => ({ feit: id, is: true });
  const answer = (v: Tri) => (v === 'ja' ? true : v === 'nee' ? false : null);
  const V: Tri[] = ['ja', 'nee', 'onbekend'];
  const ds2 = dataset({ vragen: [vraag('persoon.x', 'ja-nee', { weetNiet: true }), vraag('persoon.y', 'ja-nee', { weetNiet: true })] });
  const run = (c: Condition, x: Tri, y?: Tri) =>
    evaluate(c, ctxOf(ds2, { 'persoon.x': answer(x), ...(y ? { 'persoon.y': answer(y) } : {}) })).tri;

  const ALLE: Record<string, Tri> = {
    'ja,ja': 'ja',
    'ja,nee': 'nee',
    'ja,onbekend': 'onbekend',
    'nee,ja': 'nee',
    'nee,nee': 'nee',
    'nee,onbekend': 'nee',
    'onbekend,ja': 'onbekend',
    'onbekend,nee': 'nee',
    'onbekend,onbekend': 'onbekend',
  };
  const EEN_VAN: Record<string, Tri> = {
    'ja,ja': 'ja',
    'ja,nee': 'ja',
    'ja,onbekend': 'ja',
    'nee,ja': 'ja',
    'nee,nee': 'nee',
    'nee,onbekend': 'onbekend',
    'onbekend,ja': 'ja',
    'onbekend,nee': 'onbekend',
    'onbekend,onbekend': 'onbekend',
  };
  for (const x of V)
    for (const y of V) {
      it(`alle(${x}, ${y}) = ${ALLE[`${x},${y}`]}`, () => {
        expect(run({ alle: [leaf('persoon.x'), leaf('persoon.y')] }, x, y)).to.equal(ALLE[`${x},${y}`]);
      });
      it(`een-van(${x}, ${y}) = ${EEN_VAN[`${x},${y}`]}`, () => {
        expect(run({ 'een-van': [leaf('persoon.x'), leaf('persoon.y')] }, x, y)).to.equal(EEN_VAN[`${x},${y}`]);
      });
    }
  const NIET: Record<Tri, Tri> = { ja: 'nee', nee: 'ja', onbekend: 'onbekend' };
  for (const x of V) {
    it(`niet(${x}) = ${NIET[x]}`, () => expect(run({ niet: leaf('persoon.x') }, x)).to.equal(NIET[x]));
  }

  it('alle with one nee is nee even while another part is unasked', () => {
    expect(evaluate({ alle: [leaf('persoon.x'), leaf('persoon.y')] }, ctxOf(ds2, { 'persoon.x': false }))).to.deep.equal({
      tri: 'nee',
      open: [],
    });
  });
  it('een-van waits for the open parts only', () => {
    const e = evaluate({ 'een-van': [leaf('persoon.x'), leaf('persoon.y')] }, ctxOf(ds2, { 'persoon.x': false }));
    expect(e).to.deep.equal({ tri: 'onbekend', open: ['persoon.y'] });
  });
});
