/**
 * What a regeling is worth (src/engine/amount.ts): the formula kinds over exact figures and
 * ranges, when no amount is shown, the amount at 10 % more income for an advance; and the
 * amounts of the shipped dataset against worked examples, each naming its source.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { AmountRule, Dataset, Formula } from '../../src/dataset/schema.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { formulaValue, worth } from '../../src/engine/amount.js';
import { explain, makeContext, walk } from '../../src/engine/index.js';
import type { Answer, Answers } from '../../src/engine/index.js';
import { cijfer, ctxOf, dataset, regeling, vraag } from './fixtures.js';

const real: Dataset = parseDataset(DEFAULT_FILES);

/** The amount of a shipped regeling for these answers on 1 March 2026. */
function realWorth(id: string, answers: Answers, datum = '2026-03-01') {
  const ctx = makeContext(real, answers, { perspectief: 'zelf', datum });
  const r = real.regelingen.find((x) => x.id === id)!;
  const res = explain(r, ctx);
  return { res, w: worth(res, ctx) };
}

describe('amount: formulas (synthetic figures)', () => {
  const ds = dataset({
    vragen: [vraag('persoon.inkomen', 'bedrag', { min: 0 }), vraag('persoon.ja')],
    cijfers: [cijfer('vast', [{ waarde: 100 }]), cijfer('band', [{ waarde: { van: 40, tot: 60 } }])],
  });
  const value = (f: Formula, answers: Answers = { 'persoon.inkomen': 10 }) => formulaValue(f, ctxOf(ds, answers)).value;

  it('adds, subtracts, multiplies, divides, takes the largest and smallest; a range stays a range', () => {
    expect(value({ som: [{ cijfer: 'vast' }, { feit: 'persoon.inkomen' }] })).to.deep.equal([110, 110]);
    expect(value({ verschil: [{ cijfer: 'vast' }, { cijfer: 'band' }] })).to.deep.equal([40, 60]);
    expect(value({ maal: [{ cijfer: 'band' }, 2] })).to.deep.equal([80, 120]);
    expect(value({ gedeeld: [{ cijfer: 'vast' }, 4] })).to.deep.equal([25, 25]);
    expect(value({ max: [0, { verschil: [{ feit: 'persoon.inkomen' }, { cijfer: 'vast' }] }] })).to.deep.equal([0, 0]);
    expect(value({ kleinste: [{ cijfer: 'vast' }, { cijfer: 'band' }] })).to.deep.equal([40, 60]);
  });

  it('a condition picks the formula; while it is open the amount spans both', () => {
    const f: Formula = { als: { feit: 'persoon.ja', is: true }, dan: 10, anders: 20 };
    expect(value(f, { 'persoon.ja': true })).to.deep.equal([10, 10]);
    expect(value(f, { 'persoon.ja': false })).to.deep.equal([20, 20]);
    expect(value(f, {})).to.deep.equal([10, 20]);
  });

  it('no value without the answer, or when dividing by a range through zero', () => {
    expect(value({ feit: 'persoon.inkomen' }, {})).to.equal(undefined);
    expect(value({ gedeeld: [1, { verschil: [{ cijfer: 'band' }, 50] }] })).to.equal(undefined);
  });
});

describe('amount: when it is shown', () => {
  const rule: AmountRule = {
    formule: { max: [0, { verschil: [{ cijfer: 'max' }, { maal: [0.1, { feit: 'persoon.inkomen' }] }] }] },
    per: 'maand',
    toeslag: true,
    schatting: 'persoon.inkomen',
  };
  const ds = dataset({
    vragen: [vraag('persoon.inkomen', 'bedrag', { min: 0 })],
    cijfers: [
      cijfer('max', [{ waarde: 100, geldigVanaf: '2026-01-01', geldigTot: '2026-12-31' }]),
      cijfer('grens', [{ waarde: 950, geldigVanaf: '2026-01-01', geldigTot: '2026-12-31' }]),
    ],
    regelingen: [regeling('t', { feit: 'persoon.inkomen', hoogstens: { cijfer: 'grens' } }, { bedrag: rule })],
  });
  const at = (answers: Answers, datum = '2026-03-01') => {
    const ctx = ctxOf(ds, answers, 'zelf', datum);
    return worth(explain(ds.regelingen[0]!, ctx), ctx);
  };

  it('for a fitting regeling: rounded, with the figures’ year, and the amount at 10% more income', () => {
    expect(at({ 'persoon.inkomen': 500 })).to.deep.equal({ bedrag: [50, 50], per: 'maand', jaren: ['2026'], bijMeer: [45, 45] });
  });

  it('at 10% more income the advance may stop altogether: then 0', () => {
    expect(at({ 'persoon.inkomen': 900 })!.bijMeer).to.deep.equal([0, 0]);
  });

  it('none while the outcome waits for an answer, none when it does not fit, none with expired figures', () => {
    expect(at({})).to.equal(undefined);
    expect(at({ 'persoon.inkomen': 2000 })).to.equal(undefined);
    expect(at({ 'persoon.inkomen': 500 }, '2027-02-01')).to.equal(undefined);
  });

  it('none when the amount comes to nothing', () => {
    const zero = dataset({ ...ds, regelingen: [regeling('t', { feit: 'persoon.inkomen', minstens: 0 }, { bedrag: rule })] });
    const ctx = ctxOf(zero, { 'persoon.inkomen': 1500 });
    expect(worth(explain(zero.regelingen[0]!, ctx), ctx)).to.equal(undefined);
  });
});

/*
 * Worked examples for the shipped dataset. Bijstand and AIO fill the income up to the norm for
 * the household (Participatiewet art. 19, 21, 22), so with a net income X the amount is the
 * norm minus X. The norms are those of the source of cijfers.json "bijstandsnorm":
 * https://www.rijksoverheid.nl/actueel/nieuws/2025/12/10/uitkeringsbedragen-per-1-januari-2026
 * (dataset range for a single person aged 21 to the AOW age: € 1.369,06 – € 1.437,51; single
 * person of AOW age: € 1.530,21 – € 1.606,72).
 */
describe('amount: bijstand and AIO, worked examples (source: rijksoverheid.nl, uitkeringsbedragen per 1 januari 2026)', () => {
  const single = {
    'persoon.hulpvraag': ['geld'],
    'persoon.werk': ['geen'],
    'persoon.leeftijd': 35,
    'persoon.huishouden': 'alleen',
    'persoon.kostendelers': false,
    'persoon.vermogen': 0,
    // A renter: with an own home bijstand stays "misschien" (it may be a loan).
    'persoon.woning': 'huur-zelfstandig',
  };

  it('bijstand, single aged 35 without income: the whole norm, € 1.369 – € 1.438 per month', () => {
    const { res, w } = realWorth('algemene-bijstand', { ...single, 'persoon.netto-inkomen': 0 });
    expect(res.uitkomst, res.onbekend.join()).to.equal('past');
    expect(w).to.deep.include({ bedrag: [1369, 1438], per: 'maand', jaren: ['2026'] });
  });

  it('bijstand, single aged 35 with € 500 net a month: the norm minus € 500, € 869 – € 938', () => {
    expect(realWorth('algemene-bijstand', { ...single, 'persoon.netto-inkomen': 500 }).w!.bedrag).to.deep.equal([869, 938]);
  });

  it('AIO, single of AOW age with € 1.200 net a month (part AOW): € 330 – € 407 per month', () => {
    const { res, w } = realWorth('aio-aanvulling', {
      ...single,
      'persoon.leeftijd': 70,
      'persoon.aow-volledig': false,
      'persoon.netto-inkomen': 1200,
    });
    expect(res.uitkomst).to.equal('past');
    expect(w!.bedrag).to.deep.equal([330, 407]);
  });

  it('AIO, single of AOW age with € 1.000 net a month: € 530 – € 607 per month', () => {
    expect(
      realWorth('aio-aanvulling', { ...single, 'persoon.leeftijd': 70, 'persoon.aow-volledig': false, 'persoon.netto-inkomen': 1000 }).w!
        .bedrag,
    ).to.deep.equal([530, 607]);
  });

  it('no amount in 2027: the 2026 norms have expired', () => {
    const { w } = realWorth('algemene-bijstand', { ...single, 'persoon.netto-inkomen': 0 }, '2027-03-01');
    expect(w).to.equal(undefined);
  });
});

/**
 * Zorgtoeslag 2026: per year the standaardpremie (twice with a partner) minus the normpremie
 * (a percentage of the drempelinkomen plus 13,73% of the income above it), per month a twelfth.
 * Parameters: Dienst Toeslagen, "Berekening zorgtoeslag 2026" (standaardpremie € 2.119,
 * drempelinkomen € 29.736) and Staatscourant 2025, 42977 (1,912% / 4,289% and 13,73%).
 * Worked examples: the table of zorgtoeslag per income for a single person, source
 * Rijksoverheid, as printed by Metro on 24 November 2025 (€ 29.500: € 129; € 30.000: € 126;
 * € 32.000: € 103; € 34.000: € 80; € 37.000: € 46; € 39.000: € 23; € 40.500: € 6 a month;
 * € 41.000: none), and the maximum of the same source (€ 129 single). The income limits are
 * belastingdienst.nl's (maximaal inkomen voor zorgtoeslag: € 40.857 / € 51.142).
 */
describe('amount: zorgtoeslag, worked examples (source: Rijksoverheid table 2026 via Metro, 24-11-2025; Dienst Toeslagen, Berekening zorgtoeslag 2026)', () => {
  // A single person who works for a salary (on bijstand, zorgtoeslag holds without the income check).
  const single = {
    'persoon.hulpvraag': ['geld'],
    'persoon.leeftijd': 35,
    'persoon.huishouden': 'alleen',
    'persoon.vermogen': 2000,
    'persoon.werk': ['loondienst'],
  };
  const monthly = (income: number, extra: Answers = {}) =>
    realWorth('zorgtoeslag', { ...single, ...extra, 'persoon.bruto-jaarinkomen': income }).w?.bedrag;

  it('single, income at or below the drempelinkomen: the maximum, € 129 a month', () => {
    expect(monthly(22000)).to.deep.equal([129, 129]);
    expect(monthly(29500)).to.deep.equal([129, 129]);
  });

  it('single, from € 30.000 to € 40.500 a year: as the table (€ 126, 103, 80, 46, 23, 6)', () => {
    const table: [number, number][] = [
      [30000, 126],
      [32000, 103],
      [34000, 80],
      [37000, 46],
      [39000, 23],
      [40500, 6],
    ];
    expect(table.map(([income]) => monthly(income)?.[0])).to.deep.equal(table.map(([, euro]) => euro));
  });

  it('single above the limit of € 40.857: no zorgtoeslag, so no amount', () => {
    const { res, w } = realWorth('zorgtoeslag', { ...single, 'persoon.bruto-jaarinkomen': 41000 });
    expect(res.uitkomst).to.equal('past-niet');
    expect(w).to.equal(undefined);
  });

  it('an advance on an estimated income: the amount at 10% more income (€ 35.000 → € 38.500: € 69 → € 29)', () => {
    const { w } = realWorth('zorgtoeslag', { ...single, 'persoon.bruto-jaarinkomen': 35000 });
    expect(w).to.deep.include({ bedrag: [69, 69], per: 'maand', jaren: ['2026'], bijMeer: [29, 29] });
  });

  it('with a partner the standaardpremie counts twice and the drempel percentage is 4,289%: € 244 a month on € 30.000 together', () => {
    expect(monthly(30000, { 'persoon.huishouden': 'met-partner' })).to.deep.equal([244, 244]);
  });

  // A check of the four parameters against an official page: Dienst Toeslagen's income limits
  // (belastingdienst.nl, "Maximaal inkomen voor zorgtoeslag": € 40.857 alone, € 51.142 with a
  // toeslagpartner) are where the toeslag has run down to almost nothing. Worked out with
  // cijfers.json, both limits leave about € 23,50 a year (€ 2 a month), so the standaardpremie,
  // drempelinkomen and percentages agree with the official limits to within a few euros.
  it('at the official income limits (belastingdienst.nl: € 40.857 alone, € 51.142 with a partner) the formula has run down to € 2 a month', () => {
    expect(monthly(40857)).to.deep.equal([2, 2]);
    expect(monthly(51142, { 'persoon.huishouden': 'met-partner' })).to.deep.equal([2, 2]);
    // € 200 below each limit the toeslag is still there: € 200 × 13,73% ≈ € 27 a year more.
    expect(monthly(40657)).to.deep.equal([4, 4]);
  });

  it('no amount in 2027: the 2026 parameters have expired', () => {
    expect(realWorth('zorgtoeslag', { ...single, 'persoon.bruto-jaarinkomen': 22000 }, '2027-03-01').w).to.equal(undefined);
  });
});

/*
 * Loonkostenvoordelen 2026 (Wet tegemoetkomingen loondomein, https://wetten.overheid.nl/BWBR0037522;
 * the 2026 amounts as in the Belastingdienst's "Bijlage bij de Nieuwsbrief Loonheffingen 2026":
 * arbeidsgehandicapte werknemer and herplaatsen € 3,05 per paid hour, at most € 6.000 a year;
 * banenafspraak € 1,01 per paid hour, at most € 2.000 a year). Per year: the rate times the paid
 * hours (hours a week × 52), at most the maximum. The maximum is reached at about 38 hours a week.
 */
describe('amount: loonkostenvoordelen, worked examples (source: Wet tegemoetkomingen loondomein; Belastingdienst, bijlage Nieuwsbrief Loonheffingen 2026)', () => {
  const at = (id: string, answers: Answers, datum = '2026-03-01') => {
    const ctx = makeContext(real, answers, { perspectief: 'werkgever', datum });
    const res = explain(real.regelingen.find((x) => x.id === id)!, ctx);
    return { res, w: worth(res, ctx) };
  };
  // A WIA benefit comes with an illness or beperking: the LKV now also asks (and needs) it.
  const wia = {
    'werkgever.situatie': 'nieuw',
    'persoon.werk': ['arbeidsongeschikt'],
    'persoon.doelgroepregister': false,
    'persoon.arbeidsbeperking': true,
  };
  const register = { 'werkgever.situatie': 'nieuw', 'persoon.doelgroepregister': true };

  it('arbeidsgehandicapte werknemer, 24 hours a week: 1.248 hours × € 3,05 = € 3.806 a year, with the year', () => {
    const { res, w } = at('lkv-arbeidsgehandicapte-werknemer', { ...wia, 'werkgever.uren-per-week': 24 });
    // misschien only for the voorbehoud (it needs UWV's doelgroepverklaring), not for an unasked
    // fact: so the amount shows.
    expect(res.uitkomst).to.equal('misschien');
    expect(res.onbekend).to.deep.equal([]);
    expect(res.voorbehoud).to.not.equal(undefined);
    expect(w).to.deep.equal({ bedrag: [3806, 3806], per: 'jaar', jaren: ['2026'] });
  });

  it('arbeidsgehandicapte werknemer, 40 hours a week: 2.080 × € 3,05 = € 6.344, so the maximum € 6.000', () => {
    expect(at('lkv-arbeidsgehandicapte-werknemer', { ...wia, 'werkgever.uren-per-week': 40 }).w!.bedrag).to.deep.equal([6000, 6000]);
  });

  it('herplaatsen, 20 hours a week: 1.040 × € 3,05 = € 3.172 a year; 38 hours: 1.976 × € 3,05 = € 6.027, so € 6.000', () => {
    // after 88 weeks of illness (before that the doelgroepverklaring cannot come: panel round 11, r11-21)
    const re = { 'werkgever.situatie': 'herplaatsen', 'persoon.ziek-2-jaar': true };
    expect(at('lkv-herplaatsen', { ...re, 'werkgever.uren-per-week': 20 }).w!.bedrag).to.deep.equal([3172, 3172]);
    expect(at('lkv-herplaatsen', { ...re, 'werkgever.uren-per-week': 38 }).w!.bedrag).to.deep.equal([6000, 6000]);
  });

  it('banenafspraak, 24 hours a week: 1.248 × € 1,01 = € 1.260 a year; 40 hours: € 2.101, so the maximum € 2.000', () => {
    expect(at('lkv-banenafspraak', { ...register, 'werkgever.uren-per-week': 24 }).w).to.deep.equal({
      bedrag: [1260, 1260],
      per: 'jaar',
      jaren: ['2026'],
    });
    expect(at('lkv-banenafspraak', { ...register, 'werkgever.uren-per-week': 40 }).w!.bedrag).to.deep.equal([2000, 2000]);
  });

  it('no amount without the hours, with "weet ik niet", or in 2027 (the 2026 figures have expired)', () => {
    expect(at('lkv-banenafspraak', register).w).to.equal(undefined);
    expect(at('lkv-banenafspraak', { ...register, 'werkgever.uren-per-week': null }).w).to.equal(undefined);
    expect(at('lkv-banenafspraak', { ...register, 'werkgever.uren-per-week': 24 }, '2027-03-01').w).to.equal(undefined);
  });
});

describe('amount: the question only an amount needs is asked last, and only when the regeling fits', () => {
  const path = (answers: Answers) => walk(real, answers, { perspectief: 'werkgever', datum: '2026-03-01' });

  it('an employer whose candidate is in the register: after the other questions, the hours a week', () => {
    // Answer whatever is asked (the first option, or the register "ja"), until nothing is left but the hours.
    const answers: Record<string, Answer> = { 'persoon.doelgroepregister': true, 'werkgever.situatie': 'nieuw' };
    for (let i = 0; i < 60; i++) {
      const q = path(answers).vraag;
      if (!q || q.id === 'werkgever.uren-per-week') break;
      answers[q.id] =
        q.type === 'ja-nee'
          ? false
          : q.type === 'meerkeuze'
            ? [q.opties![q.opties!.length - 1]!.waarde]
            : q.type === 'keuze'
              ? q.opties![0]!.waarde
              : null;
    }
    const w = path(answers);
    expect(w.vraag?.id).to.equal('werkgever.uren-per-week');
    expect(w.path).not.to.include('werkgever.uren-per-week');
    expect(path({ ...answers, 'werkgever.uren-per-week': 24 }).vraag).to.equal(undefined);
  });

  it('not asked when no loonkostenvoordeel fits (candidate not in the register, not from WIA, not re-placed)', () => {
    const answers: Record<string, Answer> = { 'persoon.doelgroepregister': false, 'werkgever.situatie': 'behouden' };
    for (let i = 0; i < 60; i++) {
      const q = path(answers).vraag;
      if (!q) break;
      expect(q.id).not.to.equal('werkgever.uren-per-week');
      answers[q.id] =
        q.type === 'ja-nee'
          ? false
          : q.type === 'meerkeuze'
            ? [q.opties![q.opties!.length - 1]!.waarde]
            : q.type === 'keuze'
              ? q.opties![0]!.waarde
              : null;
    }
    expect(path(answers).vraag).to.equal(undefined);
    expect('werkgever.uren-per-week' in answers).to.equal(false);
  });
});
