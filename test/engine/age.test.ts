/**
 * Ages in whole years (src/engine/age.ts): a limit between birthdays (the AOW age of 67 years
 * and 3 months from 2028, audit F-5) is never decided by the whole years alone, and the birth
 * month is asked only where it decides; a regeling that starts at an age the person reaches
 * within twelve months comes "vanaf [maand jaar]" when the birth month says so, else "binnen een
 * jaar" (issue 20, life transitions). Limits in whole years keep their meaning.
 */
import { expect } from '@open-wc/testing';
import { explain, makeContext, walk } from '../../src/engine/index.js';
import { startMonth } from '../../src/engine/outcome.js';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import havo from '../../regelingen/scenarios/p14-r14-10-bijna-18-havo.json';
import { nextQuestion } from './reference-walk.js';
import { cijfer, ctxOf, dataset, opties, regeling, vraag } from './fixtures.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));
const ds = dataset({
  vragen: [
    vraag('persoon.leeftijd', 'getal', { min: 0, max: 120, eenheid: 'jaar', geboortemaand: 'persoon.geboortemaand' }),
    vraag('persoon.geboortemaand', 'keuze', { opties: opties(...MONTHS), weetNiet: true }),
    vraag('persoon.inkomen', 'bedrag'),
  ],
  cijfers: [
    cijfer(
      'aow-leeftijd',
      [
        { waarde: 67, geldigVanaf: '2024-01-01', geldigTot: '2027-12-31' },
        { waarde: 67.25, geldigVanaf: '2028-01-01', geldigTot: '2031-12-31' },
      ],
      { eenheid: 'jaar' },
    ),
  ],
  regelingen: [
    regeling('aio', {
      alle: [
        { feit: 'persoon.leeftijd', minstens: { cijfer: 'aow-leeftijd' } },
        { feit: 'persoon.inkomen', onder: 1500 },
      ],
    }),
    regeling('volwassen', {
      alle: [
        { feit: 'persoon.leeftijd', minstens: 18 },
        { feit: 'persoon.inkomen', onder: 1500 },
      ],
    }),
    regeling('jeugd', { feit: 'persoon.leeftijd', hoogstens: 17 }),
    regeling('achttien', { feit: 'persoon.leeftijd', minstens: 18 }),
  ],
});
const [aio, volwassen, jeugd] = ds.regelingen as [(typeof ds.regelingen)[0], (typeof ds.regelingen)[0], (typeof ds.regelingen)[0]];
const out = (r: typeof aio, answers: Record<string, unknown>, datum: string) => explain(r, ctxOf(ds, answers as never, 'zelf', datum));

describe('engine: the AOW age in months against ages in whole years (audit F-5)', () => {
  it('a 67-year-old in 2028 is not "past niet" for AIO: misschien, waiting for the birth month', () => {
    const r = out(aio, { 'persoon.leeftijd': 67, 'persoon.inkomen': 1100 }, '2028-06-15');
    expect(r.uitkomst).to.equal('misschien');
    expect(r.onbekend).to.deep.equal(['persoon.geboortemaand']);
  });
  it('the walk asks the birth month then, and only then', () => {
    const opts = { perspectief: 'zelf' as const, datum: '2028-06-15' };
    expect(walk(ds, { 'persoon.leeftijd': 67, 'persoon.inkomen': 1100 }, opts).vraag?.id).to.equal('persoon.geboortemaand');
    expect(walk(ds, { 'persoon.leeftijd': 70, 'persoon.inkomen': 1100 }, opts).vraag).to.equal(undefined);
    expect(walk(ds, { 'persoon.leeftijd': 67, 'persoon.inkomen': 1100 }, { ...opts, datum: '2027-06-15' }).vraag).to.equal(undefined);
  });
  it('the birth month decides: five months past the birthday fits, one month past does not, the birthday month stays misschien', () => {
    const base = { 'persoon.leeftijd': 67, 'persoon.inkomen': 1100 };
    expect(out(aio, { ...base, 'persoon.geboortemaand': '1' }, '2028-06-15').uitkomst).to.equal('past');
    expect(out(aio, { ...base, 'persoon.geboortemaand': '5' }, '2028-06-15').uitkomst).to.equal('past-niet');
    expect(out(aio, { ...base, 'persoon.geboortemaand': '3' }, '2028-06-15').uitkomst).to.equal('misschien');
    expect(out(aio, { ...base, 'persoon.geboortemaand': '6' }, '2028-06-15').uitkomst).to.equal('misschien');
    const dk = out(aio, { ...base, 'persoon.geboortemaand': null }, '2028-06-15');
    expect(dk.uitkomst).to.equal('misschien');
    expect(dk.onbekend).to.deep.equal(['persoon.geboortemaand']);
  });
  it('whole-year limits keep their meaning, and the birth month is not asked for them', () => {
    expect(out(aio, { 'persoon.leeftijd': 67, 'persoon.inkomen': 1100 }, '2027-06-15').uitkomst).to.equal('past');
    expect(out(jeugd, { 'persoon.leeftijd': 17 }, '2027-06-15').uitkomst).to.equal('past');
    expect(out(jeugd, { 'persoon.leeftijd': 18 }, '2027-06-15').uitkomst).to.equal('past-niet');
    expect(walk(ds, { 'persoon.leeftijd': 15, 'persoon.inkomen': 1100 }, { perspectief: 'zelf', datum: '2026-12-07' }).vraag).to.equal(
      undefined,
    );
  });
});

describe('engine: a regeling that starts at an age reached within twelve months (issue 20, life transitions)', () => {
  const base = { 'persoon.leeftijd': 17, 'persoon.inkomen': 900 };
  it('a 17-year-old: past niet now, coming "binnen een jaar" without a birth month (no month nobody gave)', () => {
    const r = out(volwassen, base, '2026-12-07');
    expect(r.uitkomst).to.equal('past-niet');
    expect(r.komt).to.deep.equal({});
  });
  it('with the birth month: the month and year it starts', () => {
    expect(out(volwassen, { ...base, 'persoon.geboortemaand': '2' }, '2026-12-07').komt).to.deep.equal({ maand: '2027-02' });
    expect(
      out(volwassen, { ...base, 'persoon.geboortemaand': '12' }, '2026-12-07').komt,
      'the birthday month itself says nothing',
    ).to.deep.equal({});
    expect(out(volwassen, { ...base, 'persoon.geboortemaand': '1' }, '2026-03-10').komt).to.deep.equal({ maand: '2027-01' });
  });
  it('komtVanaf: a regeling that starts the month after the birthday (zorgtoeslag) or the next quarter names that month', () => {
    const answers = { ...base, 'persoon.geboortemaand': '2' };
    const month = (komtVanaf: 'maand-erna' | 'kwartaal-erna') => out({ ...volwassen, komtVanaf }, answers, '2026-12-07').komt;
    expect(month('maand-erna')).to.deep.equal({ maand: '2027-03' });
    expect(month('kwartaal-erna')).to.deep.equal({ maand: '2027-04' });
    expect(startMonth('2027-12', 'maand-erna')).to.equal('2028-01');
    expect(startMonth('2027-03', 'kwartaal-erna')).to.equal('2027-04');
    expect(startMonth('2027-10', 'kwartaal-erna')).to.equal('2028-01');
  });
  it('the shipped dataset: born in February, zorgtoeslag from March (the month after), tegemoetkoming scholieren from April (the next quarter)', () => {
    const real = parseDataset(DEFAULT_FILES);
    const ctx = makeContext(real, havo.antwoorden as never, { perspectief: 'zelf', datum: havo.datum });
    const month = (id: string) => explain(real.regelingen.find((r) => r.id === id)!, ctx).komt;
    expect(havo.antwoorden['persoon.geboortemaand']).to.equal('2');
    expect(month('zorgtoeslag')).to.deep.equal({ maand: '2027-03' });
    expect(month('tegemoetkoming-scholieren')).to.deep.equal({ maand: '2027-04' });
  });
  it('not coming: 16 years old, another condition that fails, or a limit that may take longer than a year', () => {
    expect(out(volwassen, { ...base, 'persoon.leeftijd': 16 }, '2026-12-07').komt).to.equal(undefined);
    expect(out(volwassen, { ...base, 'persoon.inkomen': 2000 }, '2026-12-07').komt).to.equal(undefined);
    // 66 in 2028: 67 years and 3 months may be up to fifteen months away
    expect(out(aio, { 'persoon.leeftijd': 66, 'persoon.inkomen': 1100 }, '2028-06-15').komt).to.equal(undefined);
    expect(out(aio, { 'persoon.leeftijd': 66, 'persoon.inkomen': 1100, 'persoon.geboortemaand': '1' }, '2028-06-15').komt).to.deep.equal({
      maand: '2029-04',
    });
  });
  it('the birth month is asked last, only when something comes within a year, so the result can name the month', () => {
    const opts = { perspectief: 'zelf' as const, datum: '2026-12-07' };
    // (the walk asks no income of a 17-year-old: only "achttien" then comes for certain)
    const w = walk(ds, base, opts);
    expect(w.path).to.deep.equal(['persoon.leeftijd']);
    expect(w.vraag?.id).to.equal('persoon.geboortemaand');
    expect(w.nogHoogstens).to.equal(1);
    expect(nextQuestion(makeContext(ds, { 'persoon.leeftijd': 17 }, opts)).vraag?.id, 'the reference walk agrees').to.equal(
      'persoon.geboortemaand',
    );
    expect(walk(ds, { ...base, 'persoon.geboortemaand': '2' }, opts).vraag).to.equal(undefined);
    expect(walk(ds, { ...base, 'persoon.geboortemaand': null }, opts).vraag, '"weet ik niet" ends it: binnen een jaar').to.equal(undefined);
    expect(walk(ds, { ...base, 'persoon.leeftijd': 16 }, opts).vraag, 'nothing comes for a 16-year-old').to.equal(undefined);
    expect(walk(ds, { ...base, 'persoon.leeftijd': 30 }, opts).vraag, 'nor for a 30-year-old').to.equal(undefined);
  });
  it('a regeling that fits now does not come, nor one that ends with age', () => {
    expect(out(volwassen, { ...base, 'persoon.leeftijd': 18 }, '2026-12-07').komt).to.equal(undefined);
    expect(out(jeugd, { 'persoon.leeftijd': 18 }, '2026-12-07').komt).to.equal(undefined);
  });
});
