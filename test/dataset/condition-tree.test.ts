/** The one module that knows how a condition is built (src/dataset/condition-tree.ts). */
import { expect } from '@open-wc/testing';
import {
  CONDITION_KINDS,
  allOf,
  factsBehind,
  factsNamed,
  figuresOf,
  fold,
  indexOf,
  leafOf,
  leaves,
  noneOf,
  operatorOf,
  optionsOf,
  shapeOf,
  thresholdOf,
  type Leaf,
} from '../../src/dataset/condition-tree.js';
import type { Condition, Derived, Figure, Question } from '../../src/dataset/schema.js';

const a: Leaf = { feit: 'persoon.a', is: true };
const b: Leaf = { feit: 'persoon.b', in: ['x', 'y'] };
const c: Leaf = { feit: 'persoon.inkomen', hoogstens: { cijfer: 'grens' } };
const d: Leaf = { feit: 'persoon.leeftijd', minstens: 18 };
const tree: Condition = { alle: [a, { 'een-van': [b, { niet: c }] }, d] };

describe('condition-tree', () => {
  it('names every kind once, compounds first', () => {
    expect(CONDITION_KINDS).to.deep.equal([
      'alle',
      'een-van',
      'niet',
      'is',
      'in',
      'bevat',
      'minstens',
      'hoogstens',
      'onder',
      'boven',
      'vanaf',
      'voor',
    ]);
  });

  it('gives the shape of each kind and refuses an unknown one', () => {
    expect(shapeOf(tree)).to.deep.include({ op: 'alle' });
    expect(shapeOf({ niet: a })).to.deep.equal({ op: 'niet', part: a });
    expect(shapeOf(a)).to.deep.equal({ op: 'leaf', leaf: a });
    expect(() => shapeOf({ feit: 'x' } as unknown as Condition)).to.throw('Onbekende soort voorwaarde');
  });

  it('lists the leaves in order with their field paths', () => {
    expect(leaves(tree, 'voorwaarden')).to.deep.equal([
      { leaf: a, path: 'voorwaarden.alle[0]' },
      { leaf: b, path: 'voorwaarden.alle[1].een-van[0]' },
      { leaf: c, path: 'voorwaarden.alle[1].een-van[1].niet' },
      { leaf: d, path: 'voorwaarden.alle[2]' },
    ]);
  });

  it('walks a tree deeper than the call stack without overflowing', () => {
    let deep: Condition = a;
    for (let i = 0; i < 50_000; i++) deep = { niet: deep };
    expect(leaves(deep)).to.have.length(1);
  });

  it('folds bottom-up', () => {
    const text = fold<string>(tree, {
      leaf: (l) => l.feit.split('.')[1]!,
      alle: (parts) => `(${parts.join(' & ')})`,
      'een-van': (parts) => `(${parts.join(' | ')})`,
      niet: (part) => `!${part}`,
    });
    expect(text).to.equal('(a & (b | !inkomen) & leeftijd)');
  });

  it('knows the operator, threshold, figures and options of a leaf', () => {
    expect([a, b, c, d].map(operatorOf)).to.deep.equal(['is', 'in', 'hoogstens', 'minstens']);
    expect(thresholdOf(c)).to.deep.equal({ cijfer: 'grens' });
    expect(thresholdOf(a)).to.equal(undefined);
    expect(figuresOf(c)).to.deep.equal(['grens']);
    expect(figuresOf(d)).to.deep.equal([]);
    expect(optionsOf(b)).to.deep.equal(['x', 'y']);
    expect(optionsOf({ feit: 'f', is: 'x' })).to.deep.equal(['x']);
    expect(optionsOf({ feit: 'f', bevat: 'z' })).to.deep.equal(['z']);
    expect(optionsOf(a)).to.deep.equal([]);
  });

  it('names the facts of the leaves, and the facts behind derived facts and figures', () => {
    expect(factsNamed(tree)).to.deep.equal(['persoon.a', 'persoon.b', 'persoon.inkomen', 'persoon.leeftijd']);
    // inkomen-deel is derived from a part that is itself derived; the norm is selected by huishouden.
    const afgeleid = [
      { id: 'persoon.deel', deel: 'persoon.deel2', van: 'norm' },
      { id: 'persoon.deel2', deel: 'persoon.bruto', van: 'norm' },
    ] as Derived[];
    const cijfers = [
      { id: 'norm', waarden: [{ als: { feit: 'persoon.huishouden', is: 'alleen' } }, {}] },
      { id: 'grens', waarden: [{ als: { feit: 'persoon.kinderen', is: true } }] },
    ] as unknown as Figure[];
    const behind = factsBehind(allOf([{ feit: 'persoon.deel', onder: 50 }, c]), indexOf({ afgeleid, cijfers }));
    expect([...behind]).to.deep.equal([
      'persoon.deel',
      'persoon.deel2',
      'persoon.bruto',
      'persoon.huishouden',
      'persoon.inkomen',
      'persoon.kinderen',
    ]);
  });

  it('an age in whole years depends on its birth month; the figures passed are collected', () => {
    const vragen = [{ id: 'persoon.leeftijd', geboortemaand: 'persoon.geboortemaand' }] as unknown as Question[];
    const cijfers = [{ id: 'aow', waarden: [{}] }] as unknown as Figure[];
    const figures = new Set<string>();
    const behind = factsBehind(
      { feit: 'persoon.leeftijd', minstens: { cijfer: 'aow' } },
      indexOf({ afgeleid: [], cijfers, vragen }),
      new Set(),
      figures,
    );
    expect([...behind]).to.deep.equal(['persoon.leeftijd', 'persoon.geboortemaand']);
    expect([...figures]).to.deep.equal(['aow']);
    // without questions in the index, only the facts named
    expect([...factsBehind({ feit: 'persoon.leeftijd', minstens: 67 }, indexOf({ afgeleid: [], cijfers }))]).to.deep.equal([
      'persoon.leeftijd',
    ]);
  });

  it('builds conditions', () => {
    expect(allOf([a, b])).to.deep.equal({ alle: [a, b] });
    expect(noneOf(a)).to.deep.equal({ niet: a });
    expect(leafOf('persoon.h', 'bevat', ['x'])).to.deep.equal({ feit: 'persoon.h', bevat: ['x'] });
  });
});
