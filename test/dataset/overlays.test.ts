/**
 * The municipal overlays of regelingen/gemeenten/ (issue 20 item 7, audit K-2, K-5, F-8): local
 * schemes exclude whom their own pages exclude, an unknown asset limit keeps a scheme at
 * "misschien", a known one (the bijstand limit the page quotes) says "past niet" to savings far
 * above it, and a condition's wording names the figure it tests.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import type { Answers } from '../../src/engine/types.js';
import { explainAll, makeContext, walk } from '../../src/engine/index.js';
import { mergeOverlay, parseDataset, parseOverlay, validateOverlay } from '../../src/dataset/validate.js';

const national = parseDataset(DEFAULT_FILES);
const withOverlay = (code: string) => mergeOverlay(national, parseOverlay(DEFAULT_OVERLAYS[code], `gemeenten/${code}.json`));

/** The outcome of one regeling for these answers, after the walk asked what it needs. */
function outcome(code: string, id: string, answers: Answers): string | undefined {
  const ds = withOverlay(code);
  const opts = { perspectief: 'zelf' as const, datum: '2026-11-23' };
  const w = walk(ds, answers, opts);
  return explainAll(makeContext(ds, w.answers, opts)).find((r) => r.regeling.id === id)?.uitkomst;
}

const student = (extra: Answers): Answers => ({
  'persoon.hulpvraag': ['geld'],
  'persoon.leeftijd': 23,
  'persoon.huishouden': 'alleen',
  'persoon.beperking': ['geen'],
  'persoon.woning': 'huur-kamer',
  'persoon.kamer-aangewezen': null,
  'persoon.geldzorgen': ['geen'],
  'persoon.werk': ['studie'],
  'persoon.netto-inkomen': 600,
  'persoon.bruto-jaarinkomen': 3000,
  'persoon.vermogen': 500,
  ...extra,
});

describe('Utrecht U-pas: full-time students (u-pas.nl, audit K-2)', () => {
  it('a full-time student without children does not get it; a part-time student does', () => {
    expect(outcome('GM0344', 'u-pas', student({ 'persoon.voltijdstudie': 'hbo-wo' }))).to.equal('past-niet');
    expect(outcome('GM0344', 'u-pas', student({ 'persoon.voltijdstudie': 'mbo' }))).to.equal('past-niet');
    expect(outcome('GM0344', 'u-pas', student({ 'persoon.voltijdstudie': 'nee' }))).to.equal('past');
  });

  it('a pupil of 18 or older at secondary school (vo, vso, vavo) is no full-time student here (panel round 10, r10-02)', () => {
    expect(outcome('GM0344', 'u-pas', student({ 'persoon.voltijdstudie': 'vo' }))).to.equal('past');
  });

  it('a full-time student with her own children may get it', () => {
    const answers = student({
      'persoon.huishouden': 'alleen-met-kinderen',
      'persoon.kinderen': ['0-3'],
      'persoon.voltijdstudie': 'hbo-wo',
    });
    expect(outcome('GM0344', 'u-pas', answers)).to.not.equal('past-niet');
  });

  it('a student who does not know yet: never "past"', () => {
    expect(outcome('GM0344', 'u-pas', student({ 'persoon.voltijdstudie': null }))).to.equal('misschien');
  });
});

describe('Den Haag: hbo/wo students with student finance are excluded, mbo students are not', () => {
  it('Ooievaarspas and Haagse zorgverzekering', () => {
    for (const id of ['denhaag-ooievaarspas', 'denhaag-zorgverzekering']) {
      expect(outcome('GM0518', id, student({ 'persoon.voltijdstudie': 'hbo-wo', 'persoon.studiefinanciering': true })), id).to.equal(
        'past-niet',
      );
      expect(outcome('GM0518', id, student({ 'persoon.voltijdstudie': 'hbo-wo', 'persoon.studiefinanciering': false })), id).to.not.equal(
        'past-niet',
      );
      expect(outcome('GM0518', id, student({ 'persoon.voltijdstudie': 'mbo' })), id).to.not.equal('past-niet');
      expect(outcome('GM0518', id, student({ 'persoon.voltijdstudie': 'vo' })), id).to.not.equal('past-niet');
    }
  });
});

describe('assets on local minima schemes (audit K-5)', () => {
  // An AOW pensioner living alone with € 40.000 in savings and a low income.
  const pensioner: Answers = {
    'persoon.hulpvraag': ['geld'],
    'persoon.leeftijd': 70,
    'persoon.huishouden': 'alleen',
    'persoon.beperking': ['geen'],
    'persoon.woning': 'huur-zelfstandig',
    'persoon.geldzorgen': ['geen'],
    'persoon.werk': ['aow'],
    'persoon.netto-inkomen': 1500,
    'persoon.bruto-jaarinkomen': 20000,
    'persoon.vermogen': 40000,
  };
  it('where the asset limit is the bijstand limit the page quotes: "past niet"', () => {
    expect(outcome('GM0518', 'denhaag-zorgverzekering', pensioner)).to.equal('past-niet');
  });
  it('where the asset limit is not stored: at most "misschien", never "past"', () => {
    expect(outcome('GM0518', 'denhaag-ooievaarspas', pensioner)).to.equal('misschien');
    expect(outcome('GM0855', 'tilburg-meedoenregeling', pensioner)).to.equal('misschien');
  });
  it('the same pensioner with hardly any savings still sees the Ooievaarspas', () => {
    expect(outcome('GM0518', 'denhaag-ooievaarspas', { ...pensioner, 'persoon.vermogen': 500 })).to.not.equal('past-niet');
  });
});

describe('Rotterdam: the income supplement is tested against 130% of the minimum wage, not the bijstandsnorm', () => {
  const single = (netto: number): Answers => ({
    'persoon.hulpvraag': ['geld'],
    'persoon.leeftijd': 45,
    'persoon.huishouden': 'alleen',
    'persoon.beperking': ['geen'],
    'persoon.woning': 'huur-zelfstandig',
    'persoon.geldzorgen': ['geen'],
    'persoon.werk': ['loondienst'],
    'persoon.netto-inkomen': netto,
    'persoon.bruto-jaarinkomen': netto * 14,
    'persoon.vermogen': 1000,
  });
  it('a single person at about 140% of the norm is not told "past niet" (the national 110–140% rule of before 8 December 2026 did)', () => {
    expect(outcome('GM0599', 'rotterdam-individuele-inkomenstoeslag', single(2000))).to.equal('misschien');
  });
  it('far above the limit: "past niet"', () => {
    expect(outcome('GM0599', 'rotterdam-individuele-inkomenstoeslag', single(4000))).to.equal('past-niet');
  });
});

describe('every overlay in regelingen/gemeenten', () => {
  it('has no warning or error, and its wording names the figures it tests (rule tekst-cijfer, audit F-8)', () => {
    for (const code of Object.keys(DEFAULT_OVERLAYS)) {
      const r = validateOverlay(DEFAULT_OVERLAYS[code], national, { file: `gemeenten/${code}.json`, gemeente: code });
      expect(
        r.problems.map((p) => `${p.file} ${p.path}: ${p.message}`),
        code,
      ).to.deep.equal([]);
    }
  });

  it('validate warns when a condition says another percentage than its figure (the old U-pas text, 110 tot 130% for 100–150%)', () => {
    const utrecht = structuredClone(DEFAULT_OVERLAYS.GM0344) as { regelingen: { voorwaarden: { alle: { tekst: { nl: string } }[] } }[] };
    utrecht.regelingen[0]!.voorwaarden.alle[0]!.tekst.nl =
      'Inkomen niet hoger dan de grens van de gemeente (110 tot 130% van de bijstandsnorm)';
    const r = validateOverlay(utrecht, national, { file: 'GM0344.json', gemeente: 'GM0344' });
    expect(r.problems.map((p) => [p.rule, p.level, p.path, p.message])).to.deep.equal([
      [
        'tekst-cijfer',
        'waarschuwing',
        'regelingen[0].voorwaarden.alle[0].tekst.nl',
        'de tekst noemt 110–130%, maar het cijfer "minimagrens" is 100–150%',
      ],
    ]);
  });

  it('every phone number of an overlay has its source and check date (the schema requires both for every contact)', () => {
    for (const code of Object.keys(DEFAULT_OVERLAYS)) {
      const o = parseOverlay(DEFAULT_OVERLAYS[code], code);
      for (const [role, c] of Object.entries(o.loketten ?? {})) {
        if (!c.telefoon) continue;
        expect(c.bron, `${code} ${role}`).to.match(/^https:\/\//);
        expect(c.peildatum, `${code} ${role}`).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
