/**
 * "Dit past wel als …" (src/engine/would-fit.ts): the lines for the shipped dataset, and the
 * property over 1,000 random datasets: every value that meets a line, put in place of that one
 * answer, makes the regeling fit; and where no line is given for a question, no single value of
 * that question makes it fit (except numbers whose fitting values are not one interval, which
 * one phrase cannot say).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { Dataset, Question } from '../../src/dataset/schema.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { explain, explainAll, makeContext } from '../../src/engine/index.js';
import type { Answer, Answers, Context, Result } from '../../src/engine/index.js';
import { wouldFit, type WouldFit } from '../../src/engine/would-fit.js';
import { DATUM } from './fixtures.js';
import { domain, randomAnswers, randomDataset } from './random-dataset.js';

const real: Dataset = parseDataset(DEFAULT_FILES);
const opts = { perspectief: 'zelf' as const, datum: '2026-03-01' };

function linesFor(id: string, answers: Answers): { res: Result; lines: WouldFit[] } {
  const ctx = makeContext(real, answers, opts);
  const res = explain(real.regelingen.find((r) => r.id === id)!, ctx);
  return { res, lines: wouldFit(res, ctx) };
}

describe('would fit: the shipped dataset', () => {
  // People who work for a salary (zorgtoeslag holds without an income check for someone on bijstand).
  const base = { 'persoon.hulpvraag': ['alles'], 'persoon.leeftijd': 40, 'persoon.vermogen': 1000, 'persoon.werk': ['loondienst'] };

  it('zorgtoeslag for a single person on € 70.000: fits with an income of € 40.857 or less (the 2026 limit)', () => {
    const { res, lines } = linesFor('zorgtoeslag', { ...base, 'persoon.huishouden': 'alleen', 'persoon.bruto-jaarinkomen': 70000 });
    expect(res.uitkomst).to.equal('past-niet');
    expect(lines).to.deep.equal([
      { feit: 'persoon.bruto-jaarinkomen', zeker: true, soort: 'getal', vanDicht: true, tot: 40857, totDicht: true, voorbeeld: 0 },
    ]);
  });

  it('zorgtoeslag for a couple on € 52.000: fits with a joint income of € 51.142 or less; living alone would not help (lower limit)', () => {
    const { lines } = linesFor('zorgtoeslag', { ...base, 'persoon.huishouden': 'met-partner', 'persoon.bruto-jaarinkomen': 52000 });
    const income = lines.find((l) => l.feit === 'persoon.bruto-jaarinkomen');
    expect(income).to.deep.include({ soort: 'getal', tot: 51142, totDicht: true });
    expect(lines.some((l) => l.feit === 'persoon.huishouden')).to.equal(false);
  });

  it('never offers an age: leerlingenvervoer for someone of 84 who needs help with self-care has no "4 tot 18 jaar" line', () => {
    const { res, lines } = linesFor('leerlingenvervoer', {
      ...base,
      'persoon.leeftijd': 84,
      'persoon.huishouden': 'alleen',
      'persoon.beperking': ['zelfzorg'],
    });
    expect(res.uitkomst).to.equal('past-niet');
    expect(lines.map((l) => l.feit)).to.not.include('persoon.leeftijd');
  });

  it('never offers a past event or a child: no line on "jeugdhulp vóór 18" or on the ages of the children', () => {
    const fixed = real.vragen.filter((q) => q.vast).map((q) => q.id);
    expect(fixed).to.include.members(['persoon.leeftijd', 'persoon.jeugdhulp', 'persoon.kinderen']);
    const answers = { ...base, 'persoon.leeftijd': 20, 'persoon.jeugdhulp': false, 'persoon.huishouden': 'alleen' };
    for (const r of real.regelingen) {
      const ctx = makeContext(real, answers, opts);
      const lines = wouldFit(explain(r, ctx), ctx);
      expect(lines.filter((l) => fixed.includes(l.feit)).map((l) => `${r.id}: ${l.feit}`)).to.deep.equal([]);
    }
  });

  it('never offers a line that only undoes a regeling that goes first: no "also tick own business" while WW comes first (round 14)', () => {
    // scenario 46: job lost, WW expected; the minima items wait for the WW (voorrang "eerst").
    const answers = {
      'persoon.hulpvraag': ['geld', 'schulden'],
      'persoon.leeftijd': 39,
      'persoon.huishouden': 'alleen',
      'persoon.werk': ['baan-kwijt', 'werkzoekend'],
      'persoon.netto-inkomen': 1100,
      'persoon.bruto-jaarinkomen': 15000,
      'persoon.vermogen': 0,
      'persoon.geldzorgen': ['achterstand-huur', 'schulden'],
      'persoon.beperking': ['geen'],
      'persoon.woning': 'huur-zelfstandig',
      'persoon.ww-weken': true,
    };
    const { res, lines } = linesFor('collectieve-zorgverzekering', answers);
    expect(res.voorrang?.regeling.id).to.equal('ww-uitkering');
    expect(lines.map((l) => l.feit)).not.to.include('persoon.werk');
  });

  it('never offers a change of household or home: no partner, housemate, move or lease for a single mother on bijstand or a single pensioner (r5-04)', () => {
    const household = ['persoon.huishouden', 'persoon.kostendelers', 'persoon.woning', 'persoon.kamer-aangewezen', 'persoon.huurder'];
    expect(real.vragen.filter((q) => q.vast).map((q) => q.id)).to.include.members(household);
    const people: Answers[] = [
      {
        ...base,
        'persoon.leeftijd': 31,
        'persoon.huishouden': 'alleen-met-kinderen',
        'persoon.kinderen': ['4-11'],
        'persoon.werk': ['bijstand', 'loondienst'],
        'persoon.woning': 'huur-zelfstandig',
        'persoon.netto-inkomen': 1650,
        'persoon.vermogen': 400,
      },
      {
        ...base,
        'persoon.leeftijd': 70,
        'persoon.huishouden': 'alleen',
        'persoon.werk': ['aow'],
        'persoon.aow-volledig': true,
        'persoon.woning': 'huur-kamer',
        'persoon.huurder': false,
        'persoon.kostendelers': true,
        'persoon.netto-inkomen': 1200,
      },
    ];
    for (const answers of people) {
      const ctx = makeContext(real, answers, opts);
      const offered = real.regelingen.flatMap((r) => wouldFit(explain(r, ctx), ctx).map((l) => `${r.id}: ${l.feit}`));
      expect(offered.filter((x) => household.some((h) => x.endsWith(`: ${h}`)))).to.deep.equal([]);
    }
  });

  it('no line where the regeling fits already, and none where no single answer can make it fit', () => {
    expect(linesFor('zorgtoeslag', { ...base, 'persoon.huishouden': 'alleen', 'persoon.bruto-jaarinkomen': 20000 }).lines).to.deep.equal(
      [],
    );
    // Too much income and too much savings: two answers would have to change.
    const both = linesFor('zorgtoeslag', {
      ...base,
      'persoon.vermogen': 500000,
      'persoon.huishouden': 'alleen',
      'persoon.bruto-jaarinkomen': 70000,
    });
    expect(both.res.uitkomst).to.equal('past-niet');
    expect(both.lines).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- the property

/** Values of a number question to try: a fine grid over its range (the random thresholds are whole numbers). */
const GRID = Array.from({ length: 201 }, (_, i) => i / 2);

function fits(res: Result, ctx: Context, f: string, v: Answer): boolean {
  const next = makeContext(ctx.ds, { ...ctx.answers, [f]: v }, ctx);
  return explain(res.regeling, next).uitkomst === 'past';
}

/** Every value that meets the line, as far as the test can list them. */
function meeting(line: WouldFit, q: Question, ctx: Context): Answer[] {
  if (line.soort === 'ja-nee') return [line.waarde];
  if (line.soort === 'keuze') {
    const current = ctx.answers[q.id];
    const kept = Array.isArray(current) ? current : [];
    return line.opties.map((o) => (line.ook ? [...kept, o] : o));
  }
  const inside = (v: number) =>
    (line.van === undefined || (line.vanDicht ? v >= line.van : v > line.van)) &&
    (line.tot === undefined || (line.totDicht ? v <= line.tot : v < line.tot));
  const ends = [line.van, line.tot].filter((x): x is number => x !== undefined);
  return [...GRID, ...ends, ...ends.map((x) => x + 0.001), ...ends.map((x) => x - 0.001)].filter(
    (v) => v >= (q.min ?? -Infinity) && v <= (q.max ?? Infinity) && inside(v),
  );
}

/** The values of a question that make the regeling fit on their own (numbers: over the grid). */
function winners(res: Result, ctx: Context, q: Question): Answer[] {
  const current = ctx.answers[q.id];
  const values: Answer[] = q.type === 'getal' ? GRID : domain(q).filter((v) => v !== null && v !== current);
  return values.filter((v) => fits(res, ctx, q.id, v));
}

const contiguous = (wins: number[]) => wins.every((v, i) => i === 0 || v - wins[i - 1]! === 0.5);

describe('would fit: properties over 1,000 random datasets', () => {
  it('a value meeting a line makes it fit; where no line is given, no single answer can (or the fitting numbers are not one interval)', function () {
    // 1,000 datasets, each answer tried: seconds alone, far more on a loaded machine.
    this.timeout(300000);
    let lines = 0;
    let checkedNoLine = 0;
    let fixed = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: 0, max: 0x7fffffff }), (s1, s2) => {
        const ds = randomDataset(s1, { readOnce: false });
        const all = randomAnswers(ds, s2);
        // About half the questions answered, so misschien results occur as well.
        const answers = Object.fromEntries(Object.entries(all).filter((_, i) => ((s2 >>> i) & 1) === 1));
        const ctx = makeContext(ds, answers, { perspectief: 'zelf', datum: DATUM });
        runs++;
        for (const res of explainAll(ctx)) {
          if (res.uitkomst === 'past') {
            expect(wouldFit(res, ctx), `${res.regeling.id} fits already`).to.deep.equal([]);
            continue;
          }
          const given = wouldFit(res, ctx);
          for (const line of given) {
            lines++;
            const q = ctx.questions.get(line.feit)!;
            const values = meeting(line, q, ctx);
            expect(values.length, `${res.regeling.id}: ${JSON.stringify(line)} has values`).to.be.greaterThan(0);
            for (const v of values)
              expect(fits(res, ctx, q.id, v), `${res.regeling.id} ${q.id}=${JSON.stringify(v)} (${JSON.stringify(line)})`).to.equal(true);
          }
          for (const q of ds.vragen) {
            if (q.vast) {
              // A fact the person cannot change (an age, a past event) is never offered.
              expect(
                given.some((l) => l.feit === q.id),
                `${res.regeling.id}: line for ${q.id}, which cannot change`,
              ).to.equal(false);
              fixed++;
              continue;
            }
            if (given.some((l) => l.feit === q.id) || q.onderwerp !== 'persoon') continue;
            const wins = winners(res, ctx, q);
            checkedNoLine++;
            if (q.type === 'getal') {
              const all = wins.length === GRID.length;
              expect(
                wins.length === 0 || all || !contiguous(wins as number[]),
                `${res.regeling.id}: ${q.id} wins at ${wins.join(',')} but no line`,
              ).to.equal(true);
            } else {
              // Every other value fits: the regeling only waits for this answer (or for a yes/no after "weet ik niet").
              const others = domain(q).filter((v) => v !== null && v !== ctx.answers[q.id]).length;
              const waits = wins.length === others && (q.type === 'ja-nee' || ctx.answers[q.id] === undefined);
              expect(wins.length === 0 || waits, `${res.regeling.id}: ${q.id} wins at ${wins.join(',')} but no line`).to.equal(true);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
    // All 1,000 runs ran, and the property is not vacuous: lines were given and checked, and so
    // were questions without one and questions that cannot change.
    expect(runs).to.equal(1000);
    expect(fixed).to.be.greaterThan(100);
    expect(lines).to.be.greaterThan(200);
    expect(checkedNoLine).to.be.greaterThan(200);
  });
});
