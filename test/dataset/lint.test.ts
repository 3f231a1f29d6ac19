/**
 * Dataset lint: every regeling is sourced, dated and explained in both languages; overlays
 * only add local regelingen; every file of regelingen/regelingen/ is in the bundle.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { mergeOverlay, parseDataset, parseOverlay } from '../../src/dataset/validate.js';
import { DOMAINS, PERSPECTIVES, askableIn, inPerspective } from '../../src/dataset/model.js';
import type { Regeling } from '../../src/dataset/schema.js';
import { factsBehind, indexOf } from '../../src/dataset/condition-tree.js';
import { evaluate, makeContext } from '../../src/engine/index.js';

const national = parseDataset(DEFAULT_FILES);
// The files are found, not registered (import.meta.glob); test/dataset/validate.test.ts checks
// that the embedded files are those of the built dist/regelingen.json, in the same order.
const overlays = Object.keys(DEFAULT_OVERLAYS).map((code) => parseOverlay(DEFAULT_OVERLAYS[code], `gemeenten/${code}.json`));

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
  if (
    r.wet?.url &&
    !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}/.test(r.wet.url) &&
    !/^https:\/\/(zoek\.officielebekendmakingen\.nl|lokaleregelgeving\.overheid\.nl)\//.test(r.wet.url)
  ) {
    // The same rule as `npm run validate` (src/dataset/checks.ts) and the overlay guide: a local
    // bylaw lives on lokaleregelgeving.overheid.nl.
    p.push(`${at}: wet.url is geen adres op wetten.overheid.nl, lokaleregelgeving.overheid.nl of zoek.officielebekendmakingen.nl`);
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

  it('finds the overlays of regelingen/gemeenten, each file named after its own code', () => {
    expect(overlays.length, 'overlays').to.be.at.least(2);
    for (const o of overlays) expect(DEFAULT_OVERLAYS[o.gemeente], `gemeenten/${o.gemeente}.json`).to.not.equal(undefined);
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

  it("topics of regelingen are options of the hulpvraag question, and citizens' regelingen have topics", () => {
    const topic = national.vragen.find((q) => q.hulpvraag);
    expect(topic, 'a question with "hulpvraag": true').to.exist;
    const options = new Set(topic!.opties!.map((o) => o.waarde));
    expect(options.has('alles'), 'an option "alles"').to.equal(true);
    const all = [...national.regelingen, ...overlays.flatMap((o) => o.regelingen ?? [])];
    const problems = all.flatMap((r) => [
      ...(r.onderwerpen ?? [])
        .filter((t) => !options.has(t))
        .map((t) => `regeling "${r.id}": onderwerp "${t}" is geen optie van ${topic!.id}`),
      ...(r.voor === 'persoon' && !r.crisis && !r.onderwerpen && r.id !== 'maatschappelijke-opvang'
        ? [`regeling "${r.id}": geef onderwerpen op, anders telt hij bij elke hulpvraag`]
        : []),
    ]);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every question a regeling depends on can be put to each asker the regeling is for', () => {
    const questions = new Map(national.vragen.map((q) => [q.id, q]));
    const problems: string[] = [];
    for (const r of [...national.regelingen, ...overlays.flatMap((o) => o.regelingen ?? [])]) {
      const facts = factsBehind(r.voorwaarden, indexOf(national));
      for (const p of PERSPECTIVES.filter((x) => inPerspective(r, x))) {
        for (const f of facts) {
          const q = questions.get(f);
          if (q && !askableIn(q, p))
            problems.push(
              `regeling "${r.id}" (voor ${p}) hangt af van "${f}", maar die vraag heeft geen tekst voor ${p}: voeg vraag.${p} toe`,
            );
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
      if (Array.isArray(c)) {
        c.forEach((x) => visit(x, id));
        return;
      }
      const o = c as Record<string, unknown>;
      if (typeof o['feit'] === 'string') {
        if (o['feit'] !== topic.id)
          problems.push(`regeling "${id}": een crisislijn mag alleen van ${topic.id} afhangen, niet van "${o['feit']}"`);
        for (const v of [o['bevat'] ?? []].flat())
          if (!options.has(v as string)) problems.push(`regeling "${id}": "${v}" is geen optie van ${topic.id}`);
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
  it('no "past waarschijnlijk" on facts never asked: a regeling without voorbehoud fits only on answers that can be given in each of its perspectives, and never on no answer at all (issue 10.3)', () => {
    const problems: string[] = [];
    for (const r of national.regelingen) {
      if (r.voorbehoud || r.crisis) continue;
      const facts = [...factsBehind(r.voorwaarden, indexOf(national))].filter((f) => national.vragen.some((q) => q.id === f));
      for (const p of PERSPECTIVES.filter((x) => inPerspective(r, x))) {
        const hidden = facts.filter((f) => !askableIn(national.vragen.find((q) => q.id === f)!, p));
        if (hidden.length)
          problems.push(
            `regeling "${r.id}" (${p}): hangt af van ${hidden.join(', ')}, die in dit perspectief niet gevraagd worden; geef een voorbehoud dat zegt wat nagevraagd moet worden`,
          );
      }
      const ctx = makeContext(national, {}, { perspectief: 'zelf', datum: '2026-11-24' });
      if (evaluate(r.voorwaarden, ctx).tri === 'ja')
        problems.push(`regeling "${r.id}": past al zonder één antwoord; geef een voorwaarde of een voorbehoud`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('a carer reads about the person cared for, not to them: every regeling for the person that the carer sees and whose uitleg says "u" has uitlegPerspectief.mantelzorger, which does not open by asking "u" about their own limitation (issue 10.8)', () => {
    const forCarer = national.regelingen.filter(
      (r) => r.voor === 'persoon' && inPerspective(r, 'mantelzorger') && /\b(u|uw)\b/i.test(r.uitleg.nl),
    );
    expect(forCarer.length, 'regelingen die een mantelzorger ziet en die "u" zeggen').to.be.greaterThan(80);
    const problems: string[] = [];
    for (const r of forCarer) {
      const t = r.uitlegPerspectief?.mantelzorger;
      if (!t) {
        problems.push(`regeling "${r.id}": uitlegPerspectief.mantelzorger ontbreekt`);
        continue;
      }
      if (/^(Heeft|Vindt|Kunt|Bent) u\b/.test(t.nl))
        problems.push(
          `regeling "${r.id}": uitlegPerspectief.mantelzorger.nl vraagt de mantelzorger naar zichzelf: "${t.nl.slice(0, 40)}…"`,
        );
      if (/^(Do|Are|Can|Have) you\b/.test(t.en))
        problems.push(`regeling "${r.id}": uitlegPerspectief.mantelzorger.en asks the carer about themselves: "${t.en.slice(0, 40)}…"`);
      for (const lang of ['nl', 'en'] as const) {
        if (t[lang].length < 40 || t[lang].length > 600)
          problems.push(`regeling "${r.id}": uitlegPerspectief.mantelzorger.${lang} is ${t[lang].length} tekens (verwacht 40–600)`);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});

/** The day after an ISO date (JJJJ-MM-DD), in UTC. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('dataset lint: legal basis and dated figures (issue 11)', () => {
  it('every national regeling with a legal basis links to it on wetten.overheid.nl (BWBR id)', () => {
    const problems = national.regelingen
      .filter((r) => r.wet && !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}(\/|$|#)/.test(r.wet.url ?? ''))
      .map(
        (r) =>
          `regeling "${r.id}": wet "${r.wet!.naam.nl}" heeft geen wetten.overheid.nl-adres met een BWBR-nummer (${r.wet!.url ?? 'geen url'})`,
      );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('a local regeling with a legal basis links to the national law or to the published local rule', () => {
    const local = /^https:\/\/(wetten\.overheid\.nl\/BWBR\d{7}|zoek\.officielebekendmakingen\.nl\/|lokaleregelgeving\.overheid\.nl\/CVDR)/;
    const problems = overlays.flatMap((o) =>
      (o.regelingen ?? [])
        .filter((r) => r.wet && !local.test(r.wet.url ?? ''))
        .map((r) => `gemeenten/${o.gemeente}.json: regeling "${r.id}": wet zonder link naar wetten.overheid.nl of de bekendmaking`),
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every figure value has an end date, and the next value for the same case starts the day after (no gap, no overlap)', () => {
    const problems: string[] = [];
    const figures = [
      ...national.cijfers.map((f) => ({ f, where: 'cijfers.json' })),
      ...overlays.flatMap((o) => (o.cijfers ?? []).map((f) => ({ f, where: `gemeenten/${o.gemeente}.json` }))),
    ];
    expect(figures.length, 'cijfers in de dataset').to.be.greaterThan(0);
    for (const { f, where } of figures) {
      const byCase = new Map<string, { geldigVanaf: string; geldigTot?: string }[]>();
      for (const w of f.waarden) {
        if (!w.geldigTot)
          problems.push(
            `${where}: cijfer "${f.id}" vanaf ${w.geldigVanaf} heeft geen geldigTot: zet er een einddatum op (tot wanneer de bron het bedrag noemt)`,
          );
        else if (w.geldigTot < w.geldigVanaf)
          problems.push(`${where}: cijfer "${f.id}": geldigTot ${w.geldigTot} ligt voor geldigVanaf ${w.geldigVanaf}`);
        const key = JSON.stringify(w.als ?? null);
        byCase.set(key, [...(byCase.get(key) ?? []), w]);
      }
      for (const entries of byCase.values()) {
        const sorted = [...entries].sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? -1 : 1));
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1]!,
            next = sorted[i]!;
          if (prev.geldigTot && dayAfter(prev.geldigTot) !== next.geldigVanaf) {
            problems.push(
              `${where}: cijfer "${f.id}": na ${prev.geldigTot} begint de volgende waarde pas op ${next.geldigVanaf} (verwacht ${dayAfter(prev.geldigTot)})`,
            );
          }
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('no euro amount in the text of a regeling that does not end: amounts live in cijfers.json, with their dates', () => {
    const all = [...national.regelingen, ...overlays.flatMap((o) => o.regelingen ?? [])];
    const problems = all
      .filter((r) => !r.geldigTot)
      .flatMap((r) =>
        [r.uitleg, r.voorbehoud]
          .flatMap((t) => (t ? [t.nl, t.en] : []))
          .filter((s) => /€\s?\d/.test(s))
          .map((s) => `regeling "${r.id}": bedrag in de tekst zonder einddatum: "${s.slice(0, 80)}…"`),
      );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('has at least 110 national regelingen (issue 11)', () => {
    expect(national.regelingen.length).to.be.at.least(110);
  });
});
