import { expect } from '@open-wc/testing';
import type { Condition } from '../../src/dataset/schema.js';
import { describe as describeCondition, explain, explainAll, formatAmount, route, walk } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/index.js';
import { cijfer, ctxOf, dataset, DATUM, regeling, t, vraag } from './fixtures.js';

const ds = dataset({
  vragen: [
    vraag('persoon.leeftijd', 'getal', { label: t('Leeftijd', 'Age') }),
    vraag('persoon.huishouden', 'keuze', { label: t('Huishouden', 'Household'), weetNiet: true }),
    vraag('persoon.inkomen', 'bedrag', { label: t('Inkomen', 'Income'), weetNiet: true }),
    vraag('persoon.nood', 'ja-nee', { label: t('Acute nood', 'Acute need') }),
  ],
  cijfers: [cijfer('inkomensgrens', [{ waarde: 1500 }], { naam: t('Inkomensgrens', 'Income limit') })],
  regelingen: [
    regeling('r', {
      alle: [
        { feit: 'persoon.leeftijd', minstens: 67 },
        { feit: 'persoon.huishouden', in: ['a', 'b'] },
        { feit: 'persoon.inkomen', onder: { cijfer: 'inkomensgrens' } },
      ],
    }),
    regeling('getekst', { alle: [{ feit: 'persoon.leeftijd', minstens: 67, tekst: t('U bent 67 jaar of ouder', 'You are 67 or older') }] }),
    regeling('niet-getekst', {
      alle: [{ niet: { feit: 'persoon.nood', is: true }, tekst: t('Voor wie nog geen nood heeft', 'For people without acute need') }],
    }),
  ],
});
const res = (answers: Answers, id = 'r') => explain(ds.regelingen.find((x) => x.id === id)!, ctxOf(ds, answers));

describe('engine: explanations', () => {
  it('describes each criterion in Dutch and English, with labels, options and figures', () => {
    const r = res({});
    expect(r.criteria.map((c) => c.tekst.nl)).to.deep.equal([
      'Leeftijd: 67 of meer',
      'Huishouden: optie a of optie b',
      'Inkomen: minder dan Inkomensgrens (€ 1.500)',
    ]);
    expect(r.criteria.map((c) => c.tekst.en)).to.deep.equal([
      'Age: 67 or more',
      'Household: option a or option b',
      'Income: less than Income limit (€1,500)',
    ]);
  });
  it("uses a leaf's own tekst where given", () => {
    expect(res({}, 'getekst').criteria[0]!.tekst).to.deep.equal({ nl: 'U bent 67 jaar of ouder', en: 'You are 67 or older' });
  });
  it("uses a negation's own tekst for its one line, met or not (no double negative)", () => {
    const failed = res({ 'persoon.nood': true }, 'niet-getekst');
    expect(failed.uitkomst).to.equal('past-niet');
    expect(failed.criteria).to.deep.equal([
      { status: 'nee', feit: 'persoon.nood', tekst: { nl: 'Voor wie nog geen nood heeft', en: 'For people without acute need' } },
    ]);
    expect(res({ 'persoon.nood': false }, 'niet-getekst').criteria.map((c) => [c.status, c.tekst.nl])).to.deep.equal([
      ['ja', 'Voor wie nog geen nood heeft'],
    ]);
  });
  it('counts "met X van Y"', () => {
    const r = res({ 'persoon.leeftijd': 70, 'persoon.huishouden': 'a' });
    expect([r.voldaan, r.totaal, r.uitkomst]).to.deep.equal([2, 3, 'misschien']);
    expect(res({ 'persoon.leeftijd': 70, 'persoon.huishouden': 'a', 'persoon.inkomen': 1000 })).to.include({
      voldaan: 3,
      totaal: 3,
      uitkomst: 'past',
    });
  });
  it('past niet: marks the failed criteria', () => {
    const r = res({ 'persoon.leeftijd': 40, 'persoon.huishouden': 'a' });
    expect(r.uitkomst).to.equal('past-niet');
    expect(r.criteria.filter((c) => c.status === 'nee').map((c) => c.tekst.nl)).to.deep.equal(['Leeftijd: 67 of meer']);
    expect(r.onbekend).to.deep.equal([]);
  });
  it('misschien: lists the facts still missing, unasked and "weet ik niet"', () => {
    const r = res({ 'persoon.leeftijd': 70, 'persoon.inkomen': null });
    expect(r.uitkomst).to.equal('misschien');
    expect([...r.onbekend].sort()).to.deep.equal(['persoon.huishouden', 'persoon.inkomen']);
  });
  it('misschien: does not list a question that can no longer change it', () => {
    const ds2 = dataset({
      vragen: [vraag('persoon.a', 'ja-nee', { weetNiet: true }), vraag('persoon.b', 'ja-nee', { weetNiet: true }), vraag('persoon.c')],
      regelingen: [
        regeling('r', {
          'een-van': [
            { feit: 'persoon.a', is: true },
            {
              alle: [
                { feit: 'persoon.b', is: true },
                { feit: 'persoon.c', is: true },
              ],
            },
          ],
        }),
      ],
    });
    const [r] = explainAll(ctxOf(ds2, { 'persoon.a': null, 'persoon.b': null }));
    expect(r!.uitkomst).to.equal('misschien');
    expect([...r!.onbekend].sort()).to.deep.equal(['persoon.a', 'persoon.b']);
  });
  it('formats amounts per language and shows a range as van–tot', () => {
    const ds3 = dataset({ cijfers: [cijfer('band', [{ waarde: { van: 1100.5, tot: 1300 } }], { naam: t('Grens', 'Limit') })] });
    expect(formatAmount({ cijfer: 'band' }, ctxOf(ds3), 'nl')).to.equal('Grens (€ 1.100,50–€ 1.300)');
    expect(formatAmount({ cijfer: 'band' }, ctxOf(ds3), 'en')).to.equal('Limit (€1,100.50–€1,300)');
    expect(formatAmount(12.5, ctxOf(ds3), 'nl')).to.equal('12,5');
  });
  it('describes alle / een-van / niet with words in the language', () => {
    const c: Condition = {
      niet: {
        'een-van': [
          { feit: 'persoon.nood', is: true },
          { feit: 'persoon.leeftijd', onder: 18 },
        ],
      },
    };
    // A negation is written out as a plain statement (De Morgan), never "niet: ...".
    expect(describeCondition(c, ctxOf(ds), 'nl')).to.equal('Acute nood: nee en Leeftijd: 18 of meer');
    expect(describeCondition(c, ctxOf(ds), 'en')).to.equal('Acute need: no and Age: 18 or more');
  });
  it('marks a fitting regeling urgent when urgentAls holds', () => {
    const ds4 = dataset({
      vragen: ds.vragen,
      regelingen: [regeling('u', { feit: 'persoon.leeftijd', minstens: 18 }, { urgentAls: { feit: 'persoon.nood', is: true } })],
    });
    expect(explainAll(ctxOf(ds4, { 'persoon.leeftijd': 30, 'persoon.nood': true }))[0]!.urgent).to.equal(true);
    expect(explainAll(ctxOf(ds4, { 'persoon.leeftijd': 30, 'persoon.nood': false }))[0]!.urgent).to.equal(false);
    expect(explainAll(ctxOf(ds4, { 'persoon.leeftijd': 10, 'persoon.nood': true }))[0]!.urgent).to.equal(false);
  });
  it('never says the same fact twice: two criteria met by the same answer give one line, counted once (panel round 5, kinderopvangtoeslag)', () => {
    // Two leaves on the household, each met by one of its listed options: both name the option
    // ticked ("Label persoon.h: optie a"), so the second line would repeat the first.
    const ds3 = dataset({
      vragen: [vraag('persoon.h', 'keuze'), vraag('persoon.x'), vraag('persoon.y')],
      regelingen: [
        regeling('twee', {
          alle: [
            { feit: 'persoon.h', in: ['a', 'b'], tekst: t('Kinderen in het huishouden') },
            { feit: 'persoon.x', is: true },
            {
              'een-van': [
                { feit: 'persoon.h', in: ['a', 'c'], tekst: t('Zonder partner') },
                { feit: 'persoon.y', is: true },
              ],
            },
          ],
        }),
      ],
    });
    const fits = explain(ds3.regelingen[0]!, ctxOf(ds3, { 'persoon.h': 'a', 'persoon.x': true }));
    expect(fits.uitkomst).to.equal('past');
    expect(fits.criteria.map((c) => [c.status, c.tekst.nl])).to.deep.equal([
      ['ja', 'Label persoon.h: optie a'],
      ['ja', 'Label persoon.x: ja'],
    ]);
    expect([fits.voldaan, fits.totaal]).to.deep.equal([2, 2]);
    // Past niet: the failed line is named once too, and a different status is a different line.
    const fails = explain(ds3.regelingen[0]!, ctxOf(ds3, { 'persoon.h': 'a', 'persoon.x': false }));
    expect(fails.criteria.map((c) => [c.status, c.tekst.nl])).to.deep.equal([['nee', 'Label persoon.x: ja']]);
    expect([fails.voldaan, fails.totaal]).to.deep.equal([1, 2]);
  });
});

describe('engine: route', () => {
  const rds = dataset({
    vragen: [vraag('persoon.x'), vraag('persoon.nood')],
    regelingen: [
      regeling('hulp', { feit: 'persoon.x', is: true }),
      regeling('vervoer', { feit: 'persoon.x', is: true }),
      regeling('aow', { feit: 'persoon.x', is: true }, { loket: 'svb' }),
      regeling('toeslag', { feit: 'persoon.x', is: false }, { loket: 'toeslagen' }),
      regeling('crisislijn', { feit: 'persoon.nood', is: true }, { loket: '113', crisis: true }),
      regeling('respijt', { feit: 'persoon.x', is: true }, { voor: 'mantelzorger', loketVan: 'mantelzorger' }),
    ],
  });
  const routes = (answers: Answers, p: Parameters<typeof ctxOf>[2] = 'zelf', d = rds) => {
    const ctx = ctxOf(d, answers, p);
    return route(ctx, explainAll(ctx));
  };

  it('groups the fitting regelingen by counter and leaves out past-niet', () => {
    const r = routes({ 'persoon.x': true, 'persoon.nood': false });
    expect(r.map((x) => [x.loket.id, x.results.map((y) => y.regeling.id)])).to.deep.equal([
      ['wmo-loket', ['hulp', 'vervoer']],
      ['svb', ['aow']],
    ]);
  });
  it('puts a crisis line first', () => {
    const r = routes({ 'persoon.x': true, 'persoon.nood': true });
    expect(r.map((x) => x.loket.id)).to.deep.equal(['113', 'wmo-loket', 'svb']);
    expect(r[0]!.crisis).to.equal(true);
  });
  it('puts fitting counters before counters with only misschien', () => {
    const r = routes({ 'persoon.x': true });
    expect(r.map((x) => x.loket.id)).to.deep.equal(['wmo-loket', 'svb', '113']);
    expect(routes({}).map((x) => x.loket.id)).to.deep.equal(['113', 'wmo-loket', 'svb', 'toeslagen']);
  });
  it('a national counter carries its own contact; a role without overlay its general wording', () => {
    const r = routes({ 'persoon.x': true, 'persoon.nood': false });
    expect(r[1]!.contact?.telefoon).to.equal('030 264 90 00');
    expect(r[0]!.algemeen?.nl).to.equal('Het Wmo-loket van uw gemeente');
  });
  it('resolves a role through the overlay, and per subject', () => {
    const withOverlay = {
      ...rds,
      gemeente: {
        code: 'GM0344',
        naam: 'Utrecht',
        bron: 'https://example.org',
        peildatum: '2026-01-01',
        loketten: {
          'wmo-loket': { naam: t('Wmo Utrecht'), telefoon: '14 030', bron: 'https://example.org', peildatum: '2026-01-01' },
        },
      },
    };
    const r = routes({ 'persoon.x': true, 'persoon.nood': false }, 'mantelzorger', withOverlay);
    // Where the cared-for person lives is not known: one counter (issue 12: not two near-identical
    // blocks), with the note that they may live elsewhere.
    expect(r.filter((x) => x.loket.id === 'wmo-loket').map((x) => x.results.map((y) => y.regeling.id))).to.deep.equal([
      ['hulp', 'vervoer', 'respijt'],
    ]);
    expect(r[0]!.contact?.naam.nl).to.equal('Wmo Utrecht');
    expect(r[0]!.andereGemeente).to.equal(true);
    // For oneself there is no such note.
    expect(routes({ 'persoon.x': true, 'persoon.nood': false }, 'zelf', withOverlay)[0]!.andereGemeente).to.equal(false);
    // The cared-for person lives in Eindhoven: her counter is Eindhoven's (its own contact when
    // we ship its overlay, else the general wording with its name); the carer's stays Utrecht's.
    const ctx = ctxOf(withOverlay, { 'persoon.x': true, 'persoon.nood': false }, 'mantelzorger');
    const elsewhere = (loketten?: Record<string, { naam: ReturnType<typeof t>; bron: string; peildatum: string }>) =>
      route(ctx, explainAll(ctx), { persoon: { code: 'GM0772', naam: 'Eindhoven', ...(loketten ? { loketten } : {}) } }).filter(
        (x) => x.loket.id === 'wmo-loket',
      );
    const split = elsewhere();
    expect(split.map((x) => [x.gemeente?.naam, x.vanPersoon ?? false, x.results.map((y) => y.regeling.id)])).to.deep.equal([
      ['Eindhoven', true, ['hulp', 'vervoer']],
      [undefined, false, ['respijt']],
    ]);
    expect(split[0]!.algemeen?.nl).to.equal('Het Wmo-loket van uw gemeente');
    expect(split[1]!.contact?.naam.nl).to.equal('Wmo Utrecht');
    expect(split.every((x) => !x.andereGemeente)).to.equal(true);
    const own = elsewhere({ 'wmo-loket': { naam: t('WIJeindhoven'), bron: 'https://example.org', peildatum: '2026-01-01' } });
    expect(own[0]!.contact?.naam.nl).to.equal('WIJeindhoven');
    // The same municipality as the page's: one counter again, without the note.
    const same = route(ctx, explainAll(ctx), { persoon: { code: 'GM0344', naam: 'Utrecht' } }).filter((x) => x.loket.id === 'wmo-loket');
    expect(same.map((x) => [x.andereGemeente, x.results.length])).to.deep.equal([[false, 3]]);
  });
  it("a role whose own contact has no phone also gives the municipality's general phone (the GP's handout can call every counter)", () => {
    const src = { bron: 'https://example.org', peildatum: '2026-01-01' };
    const gemeente = (wmo: { telefoon?: string }) => ({
      ...rds,
      gemeente: {
        code: 'GM0344',
        naam: 'Utrecht',
        ...src,
        loketten: {
          'wmo-loket': { naam: t('Buurtteam'), website: 'https://www.utrecht.nl', ...wmo, ...src },
          'gemeente-algemeen': { naam: t('Gemeente Utrecht'), telefoon: '14 030', ...src },
        },
      },
    });
    const noPhone = routes({ 'persoon.x': true, 'persoon.nood': false }, 'zelf', gemeente({})).find((x) => x.loket.id === 'wmo-loket')!;
    expect(noPhone.contact?.naam.nl).to.equal('Buurtteam');
    expect([noPhone.gemeenteContact?.naam.nl, noPhone.gemeenteContact?.telefoon]).to.deep.equal(['Gemeente Utrecht', '14 030']);
    const own = routes({ 'persoon.x': true, 'persoon.nood': false }, 'zelf', gemeente({ telefoon: '030 123' })).find(
      (x) => x.loket.id === 'wmo-loket',
    )!;
    expect(own.gemeenteContact, 'its own phone is enough').to.equal(undefined);
    // A role the overlay does not name: the general wording, and the municipality's phone with it.
    const unnamed = routes({ 'persoon.x': true, 'persoon.nood': false }, 'zelf', {
      ...rds,
      gemeente: {
        code: 'GM0344',
        naam: 'Utrecht',
        ...src,
        loketten: { 'gemeente-algemeen': { naam: t('Gemeente Utrecht'), telefoon: '14 030', ...src } },
      },
    }).find((x) => x.loket.id === 'wmo-loket')!;
    expect(unnamed.algemeen, 'the general wording').to.not.equal(undefined);
    expect(unnamed.gemeenteContact?.telefoon).to.equal('14 030');
  });
});

describe('engine: voorbehoud', () => {
  const vds = dataset({
    vragen: [vraag('persoon.x')],
    regelingen: [regeling('huurtoeslag', { feit: 'persoon.x', is: true }, { voorbehoud: t('Doe de proefberekening.') })],
  });
  it('caps a fitting regeling at misschien, with the reason, without asking more', () => {
    const res = explainAll(ctxOf(vds, { 'persoon.x': true }))[0]!;
    expect(res.uitkomst).to.equal('misschien');
    expect(res.voorbehoud?.nl).to.equal('Doe de proefberekening.');
    // What is still open is a "?" line beside the ✓ lines (panel round 5: studiefinanciering
    // was misschien with only ✓ lines under "Waarom misschien").
    expect(res.criteria.map((c) => [c.status, c.tekst.nl])).to.deep.equal([
      ['ja', 'Label persoon.x: ja'],
      ['onbekend', 'Doe de proefberekening.'],
    ]);
    expect(walk(vds, { 'persoon.x': true }, { perspectief: 'zelf', datum: DATUM }).vraag).to.equal(undefined);
  });
  it('leaves past-niet alone', () => {
    const res = explainAll(ctxOf(vds, { 'persoon.x': false }))[0]!;
    expect(res.uitkomst).to.equal('past-niet');
    expect(res.voorbehoud).to.equal(undefined);
  });
});

describe('engine: criterion lines on demand (issue 24)', () => {
  it('explain works out the lines when they are first read, and keeps them', () => {
    const r = res({ 'persoon.leeftijd': 70, 'persoon.huishouden': 'a' });
    // Not built yet: a result screen of thousands of regelingen reads the lines of the few it shows.
    expect(typeof Object.getOwnPropertyDescriptor(r, 'criteria')!.get).to.equal('function');
    const lines = r.criteria;
    expect(lines.map((c) => c.status)).to.deep.equal(['ja', 'ja', 'onbekend']);
    expect(r.criteria).to.equal(lines);
  });
});
