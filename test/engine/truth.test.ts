/**
 * Issue 10: results a professional can trust. Every criterion line names a fact the person gave,
 * with the status that answer gives; an any-of names the part that holds; a negation is a
 * sentence; a regeling that goes first (voorrang) decides; broad checks show outside the chosen
 * topics without adding questions; a figure past its end date is never used.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Condition } from '../../src/dataset/schema.js';
import { evaluate, explain, explainAll, figureYears, justify, route, walk } from '../../src/engine/index.js';
import { nextQuestion } from './reference-walk.js';
import type { Answers } from '../../src/engine/index.js';
import { cijfer, ctxOf, dataset, opties, outcomes, regeling, t, vraag } from './fixtures.js';
import { arbitraryCase } from './random-dataset.js';

const beperking = vraag('persoon.beperking', 'meerkeuze', {
  label: t('Beperking', 'Limitation'),
  opties: [
    { waarde: 'reizen', tekst: t('Moeite met reizen met bus of trein', 'Difficulty with bus or train') },
    { waarde: 'lopen', tekst: t('Moeite met lopen', 'Difficulty walking') },
    { waarde: 'trap', tekst: t('Moeite met de trap', 'Difficulty with stairs') },
  ],
});
const ds = dataset({
  vragen: [
    vraag('persoon.hulpvraag', 'meerkeuze', { hulpvraag: true, vooraan: true, opties: opties('geld', 'thuis', 'alles') }),
    beperking,
    vraag('persoon.aow', 'ja-nee', { label: t('Heeft AOW of pensioen', 'Has a state pension') }),
    vraag('persoon.schulden', 'ja-nee', { label: t('Kan schulden niet betalen', 'Cannot pay debts') }),
    vraag('persoon.wlz', 'ja-nee', { label: t('Heeft een Wlz-indicatie', 'Has a Wlz decision'), weetNiet: true }),
    vraag('persoon.leeftijd', 'getal', { label: t('Leeftijd', 'Age') }),
    vraag('persoon.inkomen', 'bedrag', { label: t('Inkomen', 'Income') }),
  ],
  regelingen: [
    regeling('vervoer', {
      alle: [{ feit: 'persoon.beperking', bevat: ['reizen', 'lopen'], tekst: t('Moeite met reizen met bus, tram of trein') }],
    }),
    regeling('geen-aow', {
      alle: [{ niet: { feit: 'persoon.aow', is: true, tekst: t('heeft al AOW of pensioen') } }, { feit: 'persoon.leeftijd', minstens: 18 }],
    }),
    regeling('wsnp', {
      alle: [
        { feit: 'persoon.schulden', is: true },
        { feit: 'persoon.leeftijd', minstens: 18 },
      ],
    }),
    regeling('zorgkantoor', { feit: 'persoon.wlz', is: true }),
    regeling(
      'huishoudelijke-hulp',
      { feit: 'persoon.beperking', bevat: ['lopen', 'trap'] },
      {
        voorrang: [
          {
            regeling: 'zorgkantoor',
            reden: t(
              'Met een Wlz-indicatie krijgt u dit via het zorgkantoor.',
              'With a Wlz decision you get this through the care office.',
            ),
          },
        ],
      },
    ),
    regeling(
      'toeslag',
      {
        alle: [
          { feit: 'persoon.inkomen', onder: 2000 },
          { feit: 'persoon.leeftijd', minstens: 18 },
        ],
      },
      { onderwerpen: ['geld'], breed: true },
    ),
    regeling('traplift', { feit: 'persoon.beperking', bevat: ['trap'] }, { onderwerpen: ['thuis'] }),
  ],
});
const one = (id: string, answers: Answers, perspectief: 'zelf' | 'mantelzorger' = 'zelf') =>
  explainAll(ctxOf(ds, answers, perspectief)).find((r) => r.regeling.id === id);
const lines = (id: string, answers: Answers) => one(id, answers)!.criteria.map((c) => `${c.status}: ${c.tekst.nl}`);

describe('engine: explanations state only what is true (issue 10.2)', () => {
  it('a leaf met by some of its options names the option that was ticked, not the others', () => {
    expect(lines('vervoer', { 'persoon.hulpvraag': ['alles'], 'persoon.beperking': ['lopen', 'trap'] })).to.deep.equal([
      'ja: Beperking: Moeite met lopen',
    ]);
  });
  it('a negation is a sentence, not "Niet: ..."', () => {
    expect(lines('geen-aow', { 'persoon.aow': true, 'persoon.leeftijd': 70 })).to.deep.equal(['nee: Heeft AOW of pensioen: nee']);
    expect(one('geen-aow', { 'persoon.aow': true, 'persoon.leeftijd': 70 })!.criteria[0]!.tekst.en).to.equal('Has a state pension: no');
  });
  it('a regeling ruled out by one answer names only that answer, never a fact not asked', () => {
    const r = one('wsnp', { 'persoon.leeftijd': 16 })!;
    expect(r.uitkomst).to.equal('past-niet');
    expect(r.criteria.map((c) => [c.status, c.feit])).to.deep.equal([['nee', 'persoon.leeftijd']]);
  });
  it('an unanswered fact is "onbekend", never met or failed', () => {
    const r = one('wsnp', { 'persoon.leeftijd': 40 })!;
    expect(r.criteria.map((c) => [c.status, c.feit])).to.deep.equal([
      ['onbekend', 'persoon.schulden'],
      ['ja', 'persoon.leeftijd'],
    ]);
  });
  it('an any-of that holds names only the part that holds', () => {
    const c: Condition = {
      'een-van': [
        { feit: 'persoon.aow', is: true },
        { feit: 'persoon.leeftijd', minstens: 67 },
        { feit: 'persoon.schulden', is: true },
      ],
    };
    const got = justify(c, ctxOf(ds, { 'persoon.aow': false, 'persoon.leeftijd': 70 }));
    expect(got.map((x) => [x.status, x.feit])).to.deep.equal([['ja', 'persoon.leeftijd']]);
  });

  it("property: every line's status is the three-valued evaluation of the fact it names, and a met or failed line names an answer given", () => {
    fc.assert(
      fc.property(arbitraryCase(), ({ ds: rds, answers }) => {
        const ctx = ctxOf(rds, answers);
        for (const r of rds.regelingen) {
          const top = evaluate(r.voorwaarden, ctx).tri;
          const got = justify(r.voorwaarden, ctx);
          expect(got.length).to.be.greaterThan(0);
          for (const line of got) {
            expect(line.feit, 'every line names a fact').to.be.a('string');
            if (line.status !== 'onbekend')
              expect(answers[line.feit!] !== undefined || rds.afgeleid.some((d) => d.id === line.feit)).to.equal(true);
          }
          // The lines justify the whole: all-met when it holds, at least one failing line when it fails.
          if (top === 'ja') expect(got.every((x) => x.status === 'ja')).to.equal(true);
          if (top === 'nee') expect(got.some((x) => x.status === 'nee')).to.equal(true);
          if (top === 'onbekend') expect(got.some((x) => x.status === 'onbekend') && got.every((x) => x.status !== 'nee')).to.equal(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('property: each line equals the evaluation of its own leaf, found by re-evaluating that leaf alone', () => {
    fc.assert(
      fc.property(arbitraryCase(), ({ ds: rds, answers }) => {
        const ctx = ctxOf(rds, answers);
        const leaves: { c: Condition; neg: boolean }[] = [];
        const collect = (c: Condition, neg: boolean): void => {
          if ('alle' in c) c.alle.forEach((x) => collect(x, neg));
          else if ('een-van' in c) c['een-van'].forEach((x) => collect(x, neg));
          else if ('niet' in c) collect(c.niet, !neg);
          else leaves.push({ c, neg });
        };
        for (const r of rds.regelingen) {
          leaves.length = 0;
          collect(r.voorwaarden, false);
          for (const line of justify(r.voorwaarden, ctx)) {
            const options = leaves
              .filter((l) => (l.c as { feit: string }).feit === line.feit)
              .map((l) => {
                const tri = evaluate(l.c, ctx).tri;
                return l.neg ? (tri === 'ja' ? 'nee' : tri === 'nee' ? 'ja' : tri) : tri;
              });
            expect(options).to.include(line.status);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('engine: voorrang, the regeling that goes first (issue 10.4)', () => {
  const reden = 'Met een Wlz-indicatie krijgt u dit via het zorgkantoor.';
  it('with the one that goes first fitting: past niet, with the reason', () => {
    const r = one('huishoudelijke-hulp', { 'persoon.hulpvraag': ['alles'], 'persoon.beperking': ['lopen'], 'persoon.wlz': true })!;
    expect(r.uitkomst).to.equal('past-niet');
    expect(r.voorrang).to.deep.include({ zeker: true });
    expect(r.voorrang!.regeling.id).to.equal('zorgkantoor');
    expect(r.criteria.filter((c) => c.status === 'nee').map((c) => c.tekst.nl)).to.deep.equal([reden]);
  });
  it('while it may fit: misschien, the question is asked, and the reason is named', () => {
    const answers = { 'persoon.hulpvraag': ['alles'], 'persoon.beperking': ['lopen'] };
    const r = one('huishoudelijke-hulp', answers)!;
    expect(r.uitkomst).to.equal('misschien');
    expect(r.voorrang).to.deep.include({ zeker: false });
    expect(r.onbekend).to.include('persoon.wlz');
    expect(walk(ds, answers, { perspectief: 'zelf', datum: '2026-03-01' }).vraag?.id).to.be.a('string');
    const w = walk(
      ds,
      { ...answers, 'persoon.leeftijd': 50, 'persoon.aow': false, 'persoon.schulden': false, 'persoon.inkomen': 5000 },
      { perspectief: 'zelf', datum: '2026-03-01' },
    );
    expect(w.vraag?.id).to.equal('persoon.wlz');
  });
  it('with "weet ik niet" on the one that goes first: misschien, with the reason', () => {
    const r = one('huishoudelijke-hulp', { 'persoon.hulpvraag': ['alles'], 'persoon.beperking': ['lopen'], 'persoon.wlz': null })!;
    expect(r.uitkomst).to.equal('misschien');
    expect(r.criteria.map((c) => c.tekst.nl)).to.include(reden);
  });
  it('without it: past, and no reason shown', () => {
    const r = one('huishoudelijke-hulp', { 'persoon.hulpvraag': ['alles'], 'persoon.beperking': ['lopen'], 'persoon.wlz': false })!;
    expect(r.uitkomst).to.equal('past');
    expect(r.voorrang).to.equal(undefined);
  });
  it('`als` limits a precedence (DUO before bijstand only under 27)', () => {
    const d = dataset({
      vragen: [vraag('persoon.studie'), vraag('persoon.leeftijd', 'getal')],
      regelingen: [
        regeling('duo', { feit: 'persoon.studie', is: true }),
        regeling(
          'bijstand',
          { feit: 'persoon.leeftijd', minstens: 18 },
          { voorrang: [{ regeling: 'duo', reden: t('DUO'), als: { feit: 'persoon.leeftijd', onder: 27 } }] },
        ),
      ],
    });
    expect(outcomes(d, { 'persoon.studie': true, 'persoon.leeftijd': 22 })['bijstand']).to.equal('past-niet');
    expect(outcomes(d, { 'persoon.studie': true, 'persoon.leeftijd': 28 })['bijstand']).to.equal('past');
  });
  it('the counter of the regeling that goes first leads the counters where something fits', () => {
    const d = dataset({
      vragen: [vraag('persoon.wlz', 'ja-nee', { weetNiet: true }), vraag('persoon.a')],
      regelingen: [
        regeling('a1', { feit: 'persoon.a', is: true }),
        regeling('a2', { feit: 'persoon.a', is: true }),
        regeling('wlz', { feit: 'persoon.wlz', is: true }, { loket: 'svb' }),
        regeling('wmo', { feit: 'persoon.a', is: true }, { loket: 'toeslagen', voorrang: [{ regeling: 'wlz', reden: t('Wlz') }] }),
      ],
    });
    const ctx = ctxOf(d, { 'persoon.a': true, 'persoon.wlz': null });
    expect(route(ctx, explainAll(ctx)).map((r) => r.loket.id)).to.deep.equal(['wmo-loket', 'svb', 'toeslagen']);
    const ctx2 = ctxOf(d, { 'persoon.a': true, 'persoon.wlz': true });
    expect(route(ctx2, explainAll(ctx2)).map((r) => r.loket.id)).to.deep.equal(['svb', 'wmo-loket']);
  });
});

describe('engine: broad national checks outside the chosen topics (issue 10.5)', () => {
  it('show when the answers given make them fit or may fit, marked as outside the topics', () => {
    const r = one('toeslag', { 'persoon.hulpvraag': ['thuis'], 'persoon.inkomen': 1500, 'persoon.leeftijd': 70 })!;
    expect(r.uitkomst).to.equal('past');
    expect(r.buitenOnderwerpen).to.equal(true);
  });
  it('stay away while the answers say little about them (half of their facts or less)', () => {
    expect(one('toeslag', { 'persoon.hulpvraag': ['thuis'], 'persoon.leeftijd': 70 })).to.equal(undefined);
  });
  it('never add a question outside their topics', () => {
    const answers = {
      'persoon.hulpvraag': ['thuis'],
      'persoon.beperking': ['trap'],
      'persoon.wlz': false,
      'persoon.aow': false,
      'persoon.leeftijd': 50,
      'persoon.schulden': false,
    };
    const w = walk(ds, answers, { perspectief: 'zelf', datum: '2026-03-01' });
    expect(w.vraag).to.equal(undefined);
    expect(w.path).not.to.include('persoon.inkomen');
    expect(nextQuestion(ctxOf(ds, { 'persoon.hulpvraag': ['geld'] })).vraag?.id).to.be.oneOf([
      'persoon.inkomen',
      'persoon.leeftijd',
      'persoon.aow',
      'persoon.schulden',
      'persoon.beperking',
    ]);
  });
  it('are left out when the answers rule them out', () => {
    expect(one('toeslag', { 'persoon.hulpvraag': ['thuis'], 'persoon.inkomen': 5000, 'persoon.leeftijd': 70 })).to.equal(undefined);
  });
});

describe('engine: figures past their end date (issue 11)', () => {
  const d = dataset({
    vragen: [vraag('persoon.inkomen', 'bedrag')],
    cijfers: [cijfer('grens', [{ waarde: 1000, geldigVanaf: '2026-01-01', geldigTot: '2026-12-31' }])],
    regelingen: [regeling('r', { feit: 'persoon.inkomen', onder: { cijfer: 'grens' } })],
  });
  it('within the dates: the figure decides', () => {
    expect(explain(d.regelingen[0]!, ctxOf(d, { 'persoon.inkomen': 500 }, 'zelf', '2026-06-01')).uitkomst).to.equal('past');
  });
  it("the result knows which year's figures it used", () => {
    const ctx = ctxOf(d, { 'persoon.inkomen': 500 }, 'zelf', '2026-06-01');
    expect(figureYears(ctx, explainAll(ctx))).to.deep.equal(['2026']);
  });
  it("a value that holds over several years counts for the check date's year, not the year it started (the AOW age 2024-2027 on a 2026 date)", () => {
    const long = dataset({
      vragen: [vraag('persoon.leeftijd', 'getal')],
      cijfers: [cijfer('aow', [{ waarde: 67, geldigVanaf: '2024-01-01', geldigTot: '2027-12-31' }])],
      regelingen: [regeling('r', { feit: 'persoon.leeftijd', minstens: { cijfer: 'aow' } })],
    });
    const ctx = ctxOf(long, { 'persoon.leeftijd': 81 }, 'zelf', '2026-11-24');
    expect(figureYears(ctx, explainAll(ctx))).to.deep.equal(['2026']);
  });
  it('no year when every figure the shown results need has run out (those results say up to when instead)', () => {
    const ctx = ctxOf(d, { 'persoon.inkomen': 500 }, 'zelf', '2027-01-02');
    expect(figureYears(ctx, explainAll(ctx))).to.deep.equal([]);
  });
  it('past the last figure: misschien, with the date the figures hold to, never the stale number', () => {
    const r = explain(d.regelingen[0]!, ctxOf(d, { 'persoon.inkomen': 500 }, 'zelf', '2027-01-02'));
    expect(r.uitkomst).to.equal('misschien');
    expect(r.cijfersTot).to.equal('2026-12-31');
  });
});
