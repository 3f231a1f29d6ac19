/**
 * "Wat als …?" (src/engine/what-if.ts): which answers can be changed, and the comparison of the
 * result with one answer changed: only the regelingen whose outcome or amount changes, before →
 * after; the answers themselves stay as they were.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { makeContext, walk } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/index.js';
import { whatIf, whatIfQuestions } from '../../src/engine/what-if.js';
import type { Answer, Context } from '../../src/engine/index.js';
import { ctxOf, dataset, DATUM, regeling, vraag } from './fixtures.js';

/**
 * The context of the result, as the machine makes it: walk until no question is left (a question
 * not in `given` is answered no, its first option, or 1000), and keep the answers on the path.
 */
function resultContext(ds: Dataset, given: Answers): Context {
  const opts = { perspectief: 'zelf' as const, datum: DATUM };
  const answers: Record<string, Answer> = { ...given };
  for (let i = 0; i < 60; i++) {
    const w = walk(ds, answers, opts);
    if (!w.vraag) return makeContext(ds, w.answers, opts);
    const q = w.vraag;
    const first = q.opties?.find((o) => !o.exclusief)?.waarde;
    answers[q.id] = q.type === 'ja-nee' ? false : q.type === 'keuze' ? first! : q.type === 'meerkeuze' ? [first!] : 1000;
  }
  throw new Error('the walk does not end');
}

/** The comparison as the result view makes it: the changed answers walked, as the machine does. */
const compare = (ctx: Context, feit: string, waarde: Answer) =>
  whatIf(ctx, feit, waarde, (answers) => makeContext(ctx.ds, walk(ctx.ds, answers, ctx).answers, ctx));

describe('what if: synthetic dataset', () => {
  const ds = dataset({
    vragen: [
      vraag('persoon.inkomen', 'bedrag', { min: 0 }),
      vraag('persoon.partner'),
      vraag('persoon.kleur', 'keuze'),
      vraag('persoon.los'),
    ],
    regelingen: [
      regeling('laag', { feit: 'persoon.inkomen', onder: 1000 }),
      regeling('partner', {
        alle: [
          { feit: 'persoon.partner', is: true },
          { feit: 'persoon.kleur', is: 'a' },
        ],
      }),
      regeling('ab', { feit: 'persoon.kleur', in: ['a', 'b'] }),
    ],
  });
  const answers = { 'persoon.inkomen': 2000, 'persoon.partner': false, 'persoon.kleur': 'a', 'persoon.los': true };

  it('offers the answers given that a regeling on the result depends on, not others', () => {
    // In the order given; 'persoon.los' decides nothing here.
    const ids = whatIfQuestions(ctxOf(ds, answers)).map((q) => q.id);
    expect(ids).to.deep.equal(['persoon.inkomen', 'persoon.partner', 'persoon.kleur']);
    // Not answered: not offered.
    expect(whatIfQuestions(ctxOf(ds, { 'persoon.partner': false })).map((q) => q.id)).to.deep.equal(['persoon.partner']);
  });

  it('a lower income flips one regeling and nothing else', () => {
    const ctx = resultContext(ds, answers);
    const w = whatIf(ctx, 'persoon.inkomen', 500);
    expect(w.rijen.map((r) => [r.regeling.id, r.voor.uitkomst, r.na.uitkomst])).to.deep.equal([['laag', 'past-niet', 'past']]);
    expect(w.voor).to.equal(2000);
    expect(w.na).to.equal(500);
    // The answers are not changed.
    expect(ctx.answers['persoon.inkomen']).to.equal(2000);
  });

  it('a change that changes no outcome gives no rows', () => {
    expect(compare(resultContext(ds, answers), 'persoon.inkomen', 3000).rijen).to.deep.equal([]);
  });

  it('a choice can flip several regelingen at once, in the order of the result', () => {
    const w = compare(resultContext(ds, { ...answers, 'persoon.partner': true }), 'persoon.kleur', 'b');
    expect(w.rijen.map((r) => [r.regeling.id, r.voor.uitkomst, r.na.uitkomst])).to.deep.equal([['partner', 'past', 'past-niet']]);
    const w1 = compare(resultContext(ds, { ...answers, 'persoon.partner': true }), 'persoon.kleur', 'c');
    expect(w1.rijen.map((r) => [r.regeling.id, r.na.uitkomst])).to.deep.equal([
      ['partner', 'past-niet'],
      ['ab', 'past-niet'],
    ]);
    const w2 = compare(resultContext(ds, { ...answers, 'persoon.partner': true, 'persoon.inkomen': 500 }), 'persoon.inkomen', 5000);
    expect(w2.rijen.map((r) => r.regeling.id)).to.deep.equal(['laag']);
  });
});

describe('what if: several choices', () => {
  const ds = dataset({
    vragen: [vraag('persoon.werk', 'meerkeuze'), vraag('persoon.datum', 'datum')],
    regelingen: [regeling('b', { feit: 'persoon.werk', bevat: 'b' }), regeling('d', { feit: 'persoon.datum', voor: '2000-01-01' })],
  });

  it('offers a meerkeuze (not a date); ticking one more option flips what needs it', () => {
    const ctx = ctxOf(ds, { 'persoon.werk': ['a'], 'persoon.datum': '1990-01-01' });
    expect(whatIfQuestions(ctx).map((q) => q.id)).to.deep.equal(['persoon.werk']);
    expect(whatIf(ctx, 'persoon.werk', ['a', 'b']).rijen.map((r) => [r.regeling.id, r.voor.uitkomst, r.na.uitkomst])).to.deep.equal([
      ['b', 'past-niet', 'past'],
    ]);
  });
});

describe('what if: the shipped dataset', () => {
  const real: Dataset = parseDataset(DEFAULT_FILES);
  const renter: Answers = {
    'persoon.hulpvraag': ['geld'],
    'persoon.leeftijd': 35,
    'persoon.huishouden': 'alleen',
    'persoon.woning': 'huur-zelfstandig',
    'persoon.kostendelers': false,
    'persoon.werk': ['loondienst'],
    'persoon.vermogen': 2000,
    'persoon.geldzorgen': ['geen'],
    'persoon.netto-inkomen': 3800,
    'persoon.bruto-jaarinkomen': 70000,
  };
  const ctx = resultContext(real, renter);

  it('a single renter on € 70.000 → € 35.000: zorgtoeslag goes from past niet to past, about € 69 a month (as amount.test.ts)', () => {
    expect(whatIfQuestions(ctx).map((q) => q.id)).to.include('persoon.bruto-jaarinkomen');
    const w = compare(ctx, 'persoon.bruto-jaarinkomen', 35000);
    const zorg = w.rijen.find((r) => r.regeling.id === 'zorgtoeslag');
    expect(zorg, 'zorgtoeslag changes').to.not.equal(undefined);
    expect(zorg!.voor.uitkomst).to.equal('past-niet');
    expect(zorg!.voor.bedrag).to.equal(undefined);
    expect(zorg!.na.uitkomst).to.equal('past');
    expect(zorg!.na.bedrag?.bedrag).to.deep.equal([69, 69]);
    expect(zorg!.na.bedrag?.per).to.equal('maand');
    // Every row really changes.
    for (const r of w.rijen) expect(JSON.stringify(r.voor), r.regeling.id).to.not.equal(JSON.stringify(r.na));
  });

  it('back the other way: € 35.000 → € 70.000 takes zorgtoeslag away', () => {
    const low = resultContext(real, { ...renter, 'persoon.bruto-jaarinkomen': 35000 });
    const zorg = compare(low, 'persoon.bruto-jaarinkomen', 70000).rijen.find((r) => r.regeling.id === 'zorgtoeslag');
    expect(zorg?.voor.bedrag?.bedrag).to.deep.equal([69, 69]);
    expect(zorg?.na.uitkomst).to.equal('past-niet');
  });

  it('the same answer again changes nothing', () => {
    expect(compare(ctx, 'persoon.bruto-jaarinkomen', 70000).rijen).to.deep.equal([]);
  });
});
