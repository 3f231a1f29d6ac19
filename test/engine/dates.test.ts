/**
 * The dates "Zet in uw agenda" offers (src/engine/dates.ts): the next 1 January, and in the
 * person's own perspective an age a regeling starts ("minstens") or ends ("onder") at that they
 * will reach within ten years, a figure such as the AOW age by its name.
 */
import { expect } from '@open-wc/testing';
import { knownDates } from '../../src/engine/dates.js';
import { explainAll } from '../../src/engine/index.js';
import { cijfer, ctxOf, dataset, regeling, t, vraag } from './fixtures.js';

describe('engine: known dates for the agenda', () => {
  const ds = dataset({
    vragen: [vraag('persoon.leeftijd', 'getal')],
    cijfers: [cijfer('aow-leeftijd', [{ waarde: 67, geldigVanaf: '2024-01-01' }], { naam: t('AOW-leeftijd') })],
    regelingen: [
      regeling('vanaf-18', { feit: 'persoon.leeftijd', minstens: 18 }),
      regeling('tot-aow', { feit: 'persoon.leeftijd', onder: { cijfer: 'aow-leeftijd' } }),
    ],
  });
  const dates = (age: number, perspectief: 'zelf' | 'mantelzorger' = 'zelf') => {
    const ctx = ctxOf(ds, { 'persoon.leeftijd': age }, perspectief, '2026-03-01');
    return knownDates(ctx, explainAll(ctx));
  };

  it('16 years old: 1 January, and turning 18 within a year', () => {
    expect(dates(16)).to.deep.equal([
      { soort: 'herzien', datum: '2027-01-01' },
      { soort: 'leeftijd', datum: '2027-03-01', leeftijd: 18 },
    ]);
  });

  it('60 years old: the AOW age by its name, from the year it can be reached', () => {
    expect(dates(60)).to.deep.equal([
      { soort: 'herzien', datum: '2027-01-01' },
      { soort: 'leeftijd', datum: '2032-03-01', leeftijd: 67, naam: t('AOW-leeftijd') },
    ]);
  });

  it('no age more than ten years ahead, none already reached, none for someone else', () => {
    expect(dates(40)).to.deep.equal([{ soort: 'herzien', datum: '2027-01-01' }]);
    expect(dates(70)).to.deep.equal([{ soort: 'herzien', datum: '2027-01-01' }]);
    expect(dates(60, 'mantelzorger')).to.deep.equal([{ soort: 'herzien', datum: '2027-01-01' }]);
  });
});
