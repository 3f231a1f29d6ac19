/**
 * Dataset lint: every regeling is sourced, dated and explained in both languages; overlays
 * only add local regelingen; every file of regelingen/regelingen/ is in the bundle.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { mergeOverlay, parseDataset, parseOverlay } from '../../src/dataset/load.js';
import { DOMAINS, PERSPECTIVES, askableIn, type Regeling } from '../../src/dataset/schema.js';
import { factsBehind } from '../../src/engine/facts.js';
import { inPerspective } from '../../src/engine/evaluate.js';

/** The files in regelingen/regelingen/ (keep in step with the directory: a browser cannot list it). */
const REGELINGEN_FILES = ['veiligheid.json', 'wmo.json', 'mantelzorg.json', 'jeugd.json', 'participatie.json', 'schulden.json', 'inkomen.json', 'zorg.json', 'werkgevers.json', 'wonen.json'];
/** The overlays in regelingen/gemeenten/. */
const OVERLAY_FILES = ['GM0344', 'GM0772'];

const national = parseDataset(DEFAULT_FILES);
const overlays = OVERLAY_FILES.map((code) => parseOverlay(DEFAULT_OVERLAYS[code], `gemeenten/${code}.json`));

function lintRegeling(r: Regeling, where: string): string[] {
  const p: string[] = [];
  const at = `${where}: regeling "${r.id}"`;
  if (!/^https:\/\/\S+$/.test(r.bron)) p.push(`${at}: bron is geen https-adres`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.peildatum)) p.push(`${at}: peildatum ontbreekt`);
  for (const lang of ['nl', 'en'] as const) {
    const n = r.uitleg[lang].length;
    if (n < 40 || n > 600) p.push(`${at}: uitleg.${lang} is ${n} tekens (verwacht 40–600)`);
    if (r.naam[lang].length > 90) p.push(`${at}: naam.${lang} is te lang`);
  }
  if (r.wet?.url && !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}/.test(r.wet.url) && !r.wet.url.startsWith('https://zoek.officielebekendmakingen.nl/')) {
    p.push(`${at}: wet.url is geen wetten.overheid.nl-adres`);
  }
  if (r.geldigTot && r.geldigTot < r.geldigVanaf) p.push(`${at}: geldigTot ligt voor geldigVanaf`);
  return p;
}

describe('dataset lint', () => {
  it('every national regeling is sourced, dated and explained in nl and en', () => {
    const problems = national.regelingen.flatMap((r) => lintRegeling(r, 'regelingen'));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('has at least 60 regelingen, in every domain', () => {
    expect(national.regelingen.length).to.be.at.least(60);
    const domains = new Set(national.regelingen.map((r) => r.domein));
    for (const d of DOMAINS) expect(domains.has(d), `geen regeling in domein "${d}"`).to.equal(true);
  });

  it('imports every file of regelingen/regelingen in default-dataset.ts', () => {
    expect(Object.keys(DEFAULT_FILES.regelingen).sort()).to.deep.equal([...REGELINGEN_FILES].sort());
  });

  it('registers every overlay in DEFAULT_OVERLAYS, keyed by its own code', () => {
    expect(Object.keys(DEFAULT_OVERLAYS).sort()).to.deep.equal([...OVERLAY_FILES].sort());
    for (const o of overlays) expect(DEFAULT_OVERLAYS[o.gemeente], `overlay ${o.gemeente}`).to.not.equal(undefined);
  });

  it('overlays add only local (gemeentelijk) regelingen, sourced and dated, and merge cleanly', () => {
    const problems: string[] = [];
    for (const o of overlays) {
      for (const r of o.regelingen ?? []) {
        if (r.niveau !== 'gemeentelijk') problems.push(`gemeenten/${o.gemeente}.json: regeling "${r.id}" is niet gemeentelijk`);
        problems.push(...lintRegeling(r, `gemeenten/${o.gemeente}.json`));
      }
      expect(() => mergeOverlay(national, o)).to.not.throw();
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every crisis regeling points to a crisis counter and every municipal role has generic wording', () => {
    for (const r of national.regelingen.filter((x) => x.crisis)) {
      expect(national.loketten.find((c) => c.id === r.loket)?.crisis, `regeling "${r.id}"`).to.equal(true);
    }
    for (const c of national.loketten.filter((x) => x.soort === 'rol')) expect(c.algemeen, `loket "${c.id}"`).to.not.equal(undefined);
  });

  it('never offers the abolished employer schemes', () => {
    const ids = national.regelingen.map((r) => r.id);
    expect(ids).to.not.include('mobiliteitsbonus');
    expect(ids).to.not.include('lkv-oudere-werknemer');
  });
  it('every question reads differently from the others, in every perspective', () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const q of national.vragen) {
      for (const [p, text] of Object.entries(q.vraag)) {
        const key = `${p}|${text!.nl}`;
        if (seen.has(key)) problems.push(`vragen.json: "${q.id}" en "${seen.get(key)}" hebben dezelfde vraag: "${text!.nl}"`);
        seen.set(key, q.id);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('topics of regelingen are options of the hulpvraag question, and citizens\' regelingen have topics', () => {
    const topic = national.vragen.find((q) => q.hulpvraag);
    expect(topic, 'a question with "hulpvraag": true').to.exist;
    const options = new Set(topic!.opties!.map((o) => o.waarde));
    expect(options.has('alles'), 'an option "alles"').to.equal(true);
    const all = [...national.regelingen, ...overlays.flatMap((o) => o.regelingen ?? [])];
    const problems = all.flatMap((r) => [
      ...(r.onderwerpen ?? []).filter((t) => !options.has(t)).map((t) => `regeling "${r.id}": onderwerp "${t}" is geen optie van ${topic!.id}`),
      ...(r.voor === 'persoon' && !r.crisis && !r.onderwerpen && r.id !== 'maatschappelijke-opvang' ? [`regeling "${r.id}": geef onderwerpen op, anders telt hij bij elke hulpvraag`] : []),
    ]);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every question a regeling depends on can be put to each asker the regeling is for', () => {
    const questions = new Map(national.vragen.map((q) => [q.id, q]));
    const problems: string[] = [];
    for (const r of [...national.regelingen, ...overlays.flatMap((o) => o.regelingen ?? [])]) {
      const facts = factsBehind(r.voorwaarden, national);
      for (const p of PERSPECTIVES.filter((x) => inPerspective(r, x))) {
        for (const f of facts) {
          const q = questions.get(f);
          if (q && !askableIn(q, p)) problems.push(`regeling "${r.id}" (voor ${p}) hangt af van "${f}", maar die vraag heeft geen tekst voor ${p}: voeg vraag.${p} toe`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('a crisis line needs one answer: its condition asks only the first question, whose options name the crisis', () => {
    const topic = national.vragen.find((q) => q.hulpvraag)!;
    const options = new Set(topic.opties!.map((o) => o.waarde));
    const problems: string[] = [];
    const visit = (c: unknown, id: string): void => {
      if (!c || typeof c !== 'object') return;
      if (Array.isArray(c)) { c.forEach((x) => visit(x, id)); return; }
      const o = c as Record<string, unknown>;
      if (typeof o['feit'] === 'string') {
        if (o['feit'] !== topic.id) problems.push(`regeling "${id}": een crisislijn mag alleen van ${topic.id} afhangen, niet van "${o['feit']}"`);
        for (const v of [o['bevat'] ?? []].flat()) if (!options.has(v as string)) problems.push(`regeling "${id}": "${v}" is geen optie van ${topic.id}`);
      }
      for (const v of Object.values(o)) visit(v, id);
    };
    const crisis = national.regelingen.filter((r) => r.crisis);
    expect(crisis.length, 'crisislijnen in de dataset').to.be.greaterThan(0);
    for (const r of crisis) visit(r.voorwaarden, r.id);
    expect(topic.vooraan, `${topic.id} komt als eerste`).to.equal(true);
    expect(topic.opties!.find((o) => o.waarde === 'alles')?.exclusief, '"alles" wist een gekozen crisis niet').to.not.equal(true);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
