/**
 * Dataset lint, through the validator of src/ (src/dataset/checks.ts, the same checks
 * `npm run validate` and a dataset URL run): the shipped data passes it without a warning, and
 * each lint rule catches the mistake it is for (a planted mistake in a copy of the real data).
 * Below that, content rules that are not lint rules: counts, abolished schemes, the wording for
 * carers, legal bases on wetten.overheid.nl.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import type { DatasetFiles } from '../../src/dataset/merge.js';
import { formatProblem, type Problem } from '../../src/dataset/problems.js';
import { parseDataset, parseOverlay, validateDataset, validateOverlay } from '../../src/dataset/validate.js';
import { DOMAINS, PERSPECTIVES, askableIn, inPerspective } from '../../src/dataset/model.js';
import { factsBehind, indexOf } from '../../src/dataset/condition-tree.js';
import { evaluate, makeContext } from '../../src/engine/index.js';

const national = parseDataset(DEFAULT_FILES);
// The files are found, not registered (import.meta.glob); test/dataset/validate.test.ts checks
// that the embedded files are those of the built dist/regelingen.json, in the same order.
const overlays = Object.keys(DEFAULT_OVERLAYS).map((code) => parseOverlay(DEFAULT_OVERLAYS[code], `gemeenten/${code}.json`));

// ---------------------------------------------------------------- planted mistakes

type Obj = Record<string, unknown> & { id: string };
interface Raw {
  vragen: Obj[];
  cijfers: (Obj & { waarden: Obj[] })[];
  loketten: Obj[];
  /** Each regeling with the file it is in. */
  regelingen: { file: string; index: number; r: Obj }[];
}
/** A copy of the shipped files, and its records to change. */
function copy(): { files: DatasetFiles; raw: Raw } {
  const files = structuredClone(DEFAULT_FILES);
  const raw: Raw = {
    vragen: (files['vragen.json'] as { vragen: Obj[] }).vragen,
    cijfers: (files['cijfers.json'] as { cijfers: Raw['cijfers'] }).cijfers,
    loketten: (files['loketten.json'] as { loketten: Obj[] }).loketten,
    regelingen: Object.entries(files.regelingen).flatMap(([file, f]) =>
      (f as { regelingen: Obj[] }).regelingen.map((r, index) => ({ file: `regelingen/${file}`, index, r })),
    ),
  };
  return { files, raw };
}
/** The problems of one rule after a change to a copy of the shipped data, as `file: path`. */
function planted(rule: string, change: (raw: Raw) => string): { where: string[]; expected: string } {
  const { files, raw } = copy();
  const expected = change(raw);
  const where = validateDataset(files)
    .problems.filter((p) => p.rule === rule)
    .map((p) => `${p.file}: ${p.path}`);
  return { where, expected };
}
const regeling = (raw: Raw, ok: (r: Obj) => boolean) => {
  const found = raw.regelingen.find((x) => ok(x.r));
  if (!found) throw new Error('no regeling in the shipped data fits this case');
  return { ...found, at: (field: string) => `${found.file}: regelingen[${found.index}].${field}` };
};
const text = (r: Obj, field: string) => r[field] as { nl: string; en: string };

describe('dataset lint (src/dataset/checks.ts)', () => {
  const shown = (problems: Problem[]) => problems.map((p) => formatProblem(p));

  it('the national dataset passes it: no error, no warning', () => {
    expect(shown(validateDataset(DEFAULT_FILES).problems)).to.deep.equal([]);
  });

  it('every overlay of regelingen/gemeenten passes it, merged into the national dataset', () => {
    expect(overlays.length, 'overlays').to.be.at.least(2);
    for (const code of Object.keys(DEFAULT_OVERLAYS)) {
      const report = validateOverlay(DEFAULT_OVERLAYS[code], national, { file: `gemeenten/${code}.json`, gemeente: code });
      expect(shown(report.problems), code).to.deep.equal([]);
      expect(report.value, code).to.be.an('object');
    }
  });

  const cases: [rule: string, what: string, change: (raw: Raw) => string][] = [
    [
      'uitleg-lengte',
      'an explanation under 40 characters',
      (raw) => {
        const x = regeling(raw, () => true);
        text(x.r, 'uitleg').nl = 'Te kort.';
        return x.at('uitleg.nl');
      },
    ],
    [
      'naam-lengte',
      'a name over 90 characters',
      (raw) => {
        const x = regeling(raw, () => true);
        text(x.r, 'naam').en = 'A name that goes on and on '.repeat(4);
        return x.at('naam.en');
      },
    ],
    [
      'wet-url',
      'a legal basis linked outside the official sites',
      (raw) => {
        const x = regeling(raw, (r) => !!r['wet']);
        (x.r['wet'] as { url: string }).url = 'https://www.example.org/wet';
        return x.at('wet.url');
      },
    ],
    [
      'bedrag-in-tekst',
      'a euro amount in the text of a regeling without an end date',
      (raw) => {
        const x = regeling(raw, (r) => !r['geldigTot'] && text(r, 'uitleg').nl.length < 500);
        text(x.r, 'uitleg').nl += ' U krijgt € 120 per jaar.';
        return x.at('uitleg.nl');
      },
    ],
    [
      'geen-onderwerpen',
      "a residents' regeling without topics",
      (raw) => {
        const x = regeling(raw, (r) => r['voor'] === 'persoon' && !r['crisis'] && !r['breed'] && !!r['onderwerpen']);
        delete x.r['onderwerpen'];
        return x.at('onderwerpen');
      },
    ],
    [
      'cijfer-einddatum',
      'a figure value without an end date',
      (raw) => {
        const i = raw.cijfers.findIndex((f) => f.waarden.length === 1);
        delete raw.cijfers[i]!.waarden[0]!['geldigTot'];
        return `cijfers.json: cijfers[${i}].waarden[0]`;
      },
    ],
    [
      'cijfer-gat',
      'a gap between two values of a figure',
      (raw) => {
        const i = raw.cijfers.findIndex((f) => f.waarden.length === 2 && !f.waarden.some((w) => w['als']));
        raw.cijfers[i]!.waarden[0]!['geldigTot'] = dayBefore(raw.cijfers[i]!.waarden[0]!['geldigTot'] as string);
        return `cijfers.json: cijfers[${i}].waarden[1].geldigVanaf`;
      },
    ],
    [
      'dubbele-vraag',
      'two questions with the same wording',
      (raw) => {
        const [a, b] = raw.vragen.filter((q) => !q['hulpvraag']) as (Obj & { vraag: { standaard: { nl: string } } })[];
        b!.vraag.standaard = structuredClone(a!.vraag.standaard);
        return `vragen.json: vragen[${raw.vragen.indexOf(b!)}].vraag.standaard.nl`;
      },
    ],
    [
      'huisarts-professional',
      'a regeling that sends the person to the GP but is hidden from the GP (r6-20: hulp bij verslaving)',
      (raw) => {
        const x = regeling(raw, (r) => r['id'] === 'hulp-bij-verslaving');
        x.r['perspectieven'] = ['zelf', 'mantelzorger'];
        return x.at('perspectieven');
      },
    ],
    [
      'huisarts-professional',
      'a regeling that sends the person to the GP, with no text of its own for the GP',
      (raw) => {
        const x = regeling(raw, (r) => r['id'] === 'hulp-bij-eenzaamheid');
        delete (x.r['uitlegPerspectief'] as Record<string, unknown>)['professional'];
        return x.at('uitleg');
      },
    ],
    [
      'werkgever-doel',
      "an employer regeling that does not check the employer's goal (r6-15: jobcoach for an employer who is parting)",
      (raw) => {
        const x = regeling(raw, (r) => r['id'] === 'jobcoach-uwv');
        const all = (x.r['voorwaarden'] as { alle: { feit?: string }[] }).alle;
        (x.r['voorwaarden'] as { alle: unknown[] }).alle = all.filter((c) => c.feit !== 'werkgever.situatie');
        return x.at('voorwaarden');
      },
    ],
    [
      'loket-lezer',
      'an employer regeling whose counter is the employee\'s own employer (r12-23: "Uw werkgever" for the employer arranging care leave)',
      (raw) => {
        const x = regeling(raw, (r) => r['id'] === 'werkgever-zorgverlof');
        x.r['loket'] = 'werkgever-eigen';
        return x.at('loket');
      },
    ],
    [
      'loket-lezer',
      'any regeling an employer sees whose counter addresses an employee (a new counter, not a known id)',
      (raw) => {
        const x = regeling(raw, (r) => r['voor'] === 'werkgever' && r['loket'] === 'uwv');
        raw.loketten.push({
          ...structuredClone(raw.loketten.find((c) => c.id === 'uwv')!),
          id: 'hr',
          naam: { nl: 'De HR-afdeling van uw werkgever', en: 'HR at your employer' },
        });
        x.r['loket'] = 'hr';
        return x.at('loket');
      },
    ],
    [
      'loket-lezer',
      'a regeling a GP sees whose counter says "Uw werkgever" (the GP reads it as their own employer)',
      (raw) => {
        const x = regeling(raw, (r) => r['id'] === 'loondoorbetaling-bij-ziekte');
        const counter = raw.loketten.find((c) => c.id === x.r['loket'])!;
        counter['naam'] = { nl: 'Uw werkgever', en: 'Your employer' };
        return x.at('loket');
      },
    ],
    [
      'vraag-perspectief',
      'a regeling for carers that depends on a question with no wording for carers',
      (raw) => {
        const byId = new Map(national.vragen.map((q) => [q.id, q]));
        const index = indexOf(national);
        for (const x of raw.regelingen) {
          const r = national.regelingen.find((n) => n.id === x.r.id)!;
          if (!inPerspective(r, 'mantelzorger')) continue;
          const q = [...factsBehind(r.voorwaarden, index)]
            .map((f) => byId.get(f))
            .find((v) => v && !v.perspectieven && v.onderwerp === 'persoon' && v.vraag.mantelzorger);
          if (!q) continue;
          delete (raw.vragen.find((v) => v.id === q.id)!['vraag'] as Record<string, unknown>)['mantelzorger'];
          return `${x.file}: regelingen[${x.index}].voorwaarden`;
        }
        throw new Error('no regeling for carers asks a question with wording for carers');
      },
    ],
    [
      'onbekend-onderwerp',
      'a topic that is no option of the help question',
      (raw) => {
        const x = regeling(raw, (r) => !!r['onderwerpen']);
        x.r['onderwerpen'] = ['bestaat-niet'];
        return x.at('onderwerpen[0]');
      },
    ],
    [
      'datum-volgorde',
      'a regeling that ends before it starts',
      (raw) => {
        const x = regeling(raw, () => true);
        x.r['geldigVanaf'] = '2026-01-01';
        x.r['geldigTot'] = '2025-12-31';
        return x.at('geldigTot');
      },
    ],
    [
      'crisis-loket',
      'a crisis line sent to an ordinary counter',
      (raw) => {
        const x = regeling(raw, (r) => !!r['crisis']);
        x.r['loket'] = raw.loketten.find((c) => !c['crisis'] && c['soort'] !== 'rol')!.id;
        return x.at('loket');
      },
    ],
    [
      'crisis-een-antwoord',
      'a crisis line that needs more than the first answer',
      (raw) => {
        const x = regeling(raw, (r) => !!r['crisis']);
        x.r['voorwaarden'] = { alle: [x.r['voorwaarden'], { feit: 'persoon.leeftijd', minstens: 18 }] };
        return x.at('voorwaarden.alle[1].feit');
      },
    ],
    [
      'hulpvraag-vooraan',
      'a help question that is not asked first',
      (raw) => {
        const i = raw.vragen.findIndex((q) => q['hulpvraag']);
        delete raw.vragen[i]!['vooraan'];
        return `vragen.json: vragen[${i}].vooraan`;
      },
    ],
    [
      'hulpvraag-alles',
      'an "alles" option that would clear a chosen crisis',
      (raw) => {
        const i = raw.vragen.findIndex((q) => q['hulpvraag']);
        const opties = raw.vragen[i]!['opties'] as Record<string, unknown>[];
        const k = opties.findIndex((o) => o['waarde'] === 'alles');
        opties[k]!['exclusief'] = true;
        return `vragen.json: vragen[${i}].opties[${k}].exclusief`;
      },
    ],
    [
      'rol-algemeen',
      'a municipal role without general wording',
      (raw) => {
        const i = raw.loketten.findIndex((c) => c['soort'] === 'rol');
        delete raw.loketten[i]!['algemeen'];
        return `loketten.json: loketten[${i}].algemeen`;
      },
    ],
    [
      'tekst-breder',
      'a line that says "Een ziekte of handicap" while its condition leaves out psychische problemen (issue 20)',
      (raw) => {
        const x = regeling(raw, (r) => r.id === 'aftrek-specifieke-zorgkosten');
        const leaf = (x.r['voorwaarden'] as { alle: { feit: string; bevat?: string[] }[] }).alle.findIndex(
          (l) => l.feit === 'persoon.beperking',
        );
        const l = (x.r['voorwaarden'] as { alle: { bevat: string[] }[] }).alle[leaf]!;
        l.bevat = l.bevat.filter((o) => o !== 'psychisch');
        return x.at(`voorwaarden.alle[${leaf}].tekst.nl`);
      },
    ],
    [
      'onbekende-optie',
      'a broad word of a question (begrippen) that names an option the question does not have',
      (raw) => {
        const i = raw.vragen.findIndex((q) => q['begrippen']);
        (raw.vragen[i]!['begrippen'] as { opties: string[] }[])[0]!.opties.push('bestaat-niet');
        const k = (raw.vragen[i]!['begrippen'] as { opties: string[] }[])[0]!.opties.length - 1;
        return `vragen.json: vragen[${i}].begrippen[0].opties[${k}]`;
      },
    ],
  ];
  for (const [rule, what, change] of cases) {
    it(`${rule}: ${what}`, () => {
      const { where, expected } = planted(rule, change);
      expect(where, `rule ${rule}`).to.include(expected);
    });
  }

  it('wet-url accepts the official places of a law or a local bylaw (wetten, lokaleregelgeving, officielebekendmakingen)', () => {
    for (const url of [
      'https://wetten.overheid.nl/BWBR0020031/2026-01-01',
      'https://lokaleregelgeving.overheid.nl/CVDR123456',
      'https://zoek.officielebekendmakingen.nl/gmb-2025-1',
    ]) {
      const { where } = planted('wet-url', (raw) => {
        const x = regeling(raw, (r) => !!r['wet']);
        (x.r['wet'] as { url: string }).url = url;
        return x.at('wet.url');
      });
      expect(where, url).to.deep.equal([]);
    }
  });

  it('tekst-breder: a line in the words of the options it checks is not wider, whichever broad word those words contain; a broad word wider than its check is, in English too', () => {
    const broad = (tekst: { nl: string; en: string }, bevat: string[]) => {
      const { files, raw } = copy();
      const x = regeling(raw, (r) => r.id === 'aftrek-specifieke-zorgkosten');
      const alle = (x.r['voorwaarden'] as { alle: Record<string, unknown>[] }).alle;
      const i = alle.findIndex((l) => l['feit'] === 'persoon.beperking');
      alle[i] = { feit: 'persoon.beperking', bevat, tekst };
      // the languages whose line is wider than its check, of this leaf only
      return validateDataset(files)
        .problems.filter((p) => p.rule === 'tekst-breder' && p.path.startsWith(`regelingen[${x.index}].voorwaarden.alle[${i}].tekst.`))
        .map((p) => p.path.split('.').at(-1));
    };
    // "Een ernstige of langdurige ziekte" is the option's own wording: not the broad word "ziekte".
    expect(broad({ nl: 'Een ernstige of langdurige ziekte', en: 'A serious or long-term illness' }, ['ziekte'])).to.deep.equal([]);
    expect(
      broad({ nl: 'Psychische problemen of dementie', en: 'Mental health problems or dementia' }, ['psychisch', 'geheugen']),
    ).to.deep.equal([]);
    // "ziekte" as a broad word, checking only the option "ziekte": both languages are flagged.
    expect(broad({ nl: 'Heeft een ziekte', en: 'Has an illness' }, ['ziekte'])).to.deep.equal(['nl', 'en']);
    // The Dutch text is wide, the English one is not: only the Dutch one.
    expect(broad({ nl: 'Een handicap', en: 'Difficulty walking' }, ['lopen'])).to.deep.equal(['nl']);
  });

  it('the schema refuses an http source and a missing peildatum, as errors', () => {
    const { files, raw } = copy();
    const [a, b] = raw.regelingen;
    a!.r['bron'] = 'http://www.example.org/regeling';
    delete b!.r['peildatum'];
    const where = validateDataset(files)
      .problems.filter((p) => p.level === 'fout')
      .map((p) => `${p.file}: ${p.path}`);
    expect(where).to.include(`${a!.file}: regelingen[${a!.index}].bron`);
    expect(where).to.include(`${b!.file}: regelingen[${b!.index}].peildatum`);
  });
});

describe('dataset content', () => {
  it('has at least 110 national regelingen, in every domain (issue 11)', () => {
    expect(national.regelingen.length).to.be.at.least(110);
    const domains = new Set(national.regelingen.map((r) => r.domein));
    for (const d of DOMAINS) expect(domains.has(d), `geen regeling in domein "${d}"`).to.equal(true);
  });

  it('finds the overlays of regelingen/gemeenten, each file named after its own code', () => {
    expect(overlays.length, 'overlays').to.be.at.least(2);
    for (const o of overlays) expect(DEFAULT_OVERLAYS[o.gemeente], `gemeenten/${o.gemeente}.json`).to.not.equal(undefined);
  });

  it('child items are judged on the child: on a regeling about a child in the household, a line on the person\'s own age says "Zelf", so a parent never reads "✗ Jonger dan 18" as about the child (panel round 3)', () => {
    const problems: string[] = [];
    const leavesOf = (c: unknown): Record<string, unknown>[] =>
      c && typeof c === 'object'
        ? 'feit' in (c as object)
          ? [c as Record<string, unknown>]
          : Object.values(c as object).flatMap((x) => (Array.isArray(x) ? x.flatMap(leavesOf) : leavesOf(x)))
        : [];
    for (const r of national.regelingen) {
      const leaves = leavesOf(r.voorwaarden);
      if (!leaves.some((l) => l.feit === 'persoon.kinderen')) continue;
      for (const l of leaves) {
        const tekst = l.tekst as { nl: string; en: string } | undefined;
        if (
          l.feit === 'persoon.leeftijd' &&
          typeof l.onder === 'number' &&
          !(tekst && /^Zelf /.test(tekst.nl) && /themselves$/.test(tekst.en))
        )
          problems.push(`regeling "${r.id}": "${tekst?.nl ?? `onder ${l.onder}`}" gaat over de persoon zelf; begin met "Zelf"`);
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the day-and-night question asks "blijvend" in every perspective, as the Wlz lines say (panel round 9: "✓ Heeft blijvend dag en nacht zorg" after a question without it)', () => {
    const q = national.vragen.find((v) => v.id === 'persoon.toezicht-24-uur')!;
    const lines = national.regelingen.flatMap((r) => JSON.stringify(r.voorwaarden).match(/Heeft blijvend dag en nacht[^"]*/g) ?? []);
    expect(lines.length, 'the Wlz lines say blijvend').to.be.greaterThan(0);
    for (const [p, v] of Object.entries(q.vraag)) {
      expect(v!.nl, `${p} nl`).to.match(/blijvend/);
      expect(v!.en, `${p} en`).to.match(/permanently/);
    }
  });

  it('never offers the abolished employer schemes', () => {
    const ids = national.regelingen.map((r) => r.id);
    expect(ids).to.not.include('mobiliteitsbonus');
    expect(ids).to.not.include('lkv-oudere-werknemer');
  });

  it("a person's tax deduction goes to the income tax return, never to the employer's payroll tax return (panel round 5)", () => {
    // The counter "Belastingdienst (loonaangifte)" is where an employer claims a wage cost
    // benefit; a person deducts care costs in the aangifte inkomstenbelasting.
    const payroll = national.regelingen.filter((r) => r.loket === 'belastingdienst');
    expect(payroll.length).to.be.greaterThan(0);
    for (const r of payroll) expect(r.voor, `regeling "${r.id}" gaat naar de loonaangifte`).to.equal('werkgever');
    const aftrek = national.regelingen.find((r) => r.id === 'aftrek-specifieke-zorgkosten')!;
    expect(national.loketten.find((c) => c.id === aftrek.loket)?.naam.nl).to.contain('aangifte inkomstenbelasting');
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

  it('a regeling that comes on top of another ("naast kinderopvangtoeslag") reads every fact the other one requires: "kinderopvang: nee" cannot make the toeslag past niet and the vergoeding of its eigen bijdrage misschien (panel round 6, r6-07)', () => {
    const index = indexOf(national);
    const pairs: [string, string][] = [];
    const problems: string[] = [];
    for (const r of national.regelingen) {
      for (const o of national.regelingen) {
        if (o === r || !r.uitleg.nl.toLowerCase().includes(`naast ${o.naam.nl.toLowerCase()}`)) continue;
        pairs.push([r.id, o.id]);
        const reads = factsBehind(r.voorwaarden, index);
        const required = 'alle' in o.voorwaarden ? o.voorwaarden.alle.filter((c) => 'feit' in c) : [];
        for (const c of required)
          if ('feit' in c && !reads.has(c.feit)) problems.push(`regeling "${r.id}" komt naast "${o.id}" maar leest "${c.feit}" niet`);
      }
    }
    expect(pairs).to.deep.include(['vergoeding-eigen-bijdrage-kinderopvang', 'kinderopvangtoeslag']);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('a person can answer where they live and whether there are stairs: "Waar woont u?" has an answer for the home of parents or family, the stairs question has "weet ik niet" (panel round 10, r10-02 and r10-12)', () => {
    const q = (id: string) => national.vragen.find((v) => v.id === id);
    expect((q('persoon.woning')?.opties ?? []).map((o) => o.waarde)).to.include('bij-ouders');
    expect(q('persoon.trap-in-huis')?.weetNiet).to.equal(true);
  });

  it('a choice question asked as a yes/no question has options that answer it: "Volgt u een voltijdopleiding?" is answered "Nee, …" / "Ja, op het mbo", not with bare levels (panel round 6, r6-02)', () => {
    const yesNo = /^(Volgt|Heeft|Is|Gaat|Bent|Woont|Krijgt|Kan|Kunt|Zit|Staat|Werkt|Had|Moet|Wil|Doet|Zorgt)\b/;
    const asked = national.vragen.filter((q) => q.type === 'keuze' && Object.values(q.vraag).some((t) => yesNo.test(t!.nl)));
    expect(asked.map((q) => q.id)).to.include('persoon.voltijdstudie');
    const problems = asked.flatMap((q) =>
      (q.opties ?? []).flatMap((o) => [
        ...(/^(Ja|Nee)\b/.test(o.tekst.nl) ? [] : [`vraag "${q.id}": optie "${o.waarde}" antwoordt niet met ja of nee: "${o.tekst.nl}"`]),
        ...(/^(Yes|No)\b/.test(o.tekst.en) ? [] : [`question "${q.id}": option "${o.waarde}" does not answer yes or no: "${o.tekst.en}"`]),
      ]),
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every national regeling with a legal basis links to it on wetten.overheid.nl (BWBR id)', () => {
    const problems = national.regelingen
      .filter((r) => r.wet && !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}(\/|$|#)/.test(r.wet.url ?? ''))
      .map(
        (r) =>
          `regeling "${r.id}": wet "${r.wet!.naam.nl}" heeft geen wetten.overheid.nl-adres met een BWBR-nummer (${r.wet!.url ?? 'geen url'})`,
      );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  // Issue 20 (WTOS had no legal basis): a national regeling without "wet" is one of these, each
  // with why (a helpline, advice, a foundation, a municipal policy, a pension fund's own rules),
  // or "to check" where a law may apply but no article was looked up yet; a new one is looked at.
  const WITHOUT_LAW: Record<string, string> = {
    nabestaandenpensioen: "the pension fund's own rules",
    'nazorg-na-detentie': 'to check: municipal aftercare, no one article found',
    'kinderopvang-sociaal-medisch': 'municipal policy',
    'mantelzorger-zelf-kinderopvang-sociaal-medisch': 'municipal policy (as kinderopvang-sociaal-medisch)',
    kindertelefoon: 'a helpline',
    'mantelzorglijn-advies': 'advice line',
    'jonge-mantelzorger': 'a helpline',
    'mantelzorger-eigen-mantelzorglijn': 'advice line',
    'mantelzorger-van-persoon-mantelzorglijn': 'advice line',
    're-integratie-uwv': 'UWV services under several laws (WW, WIA, ZW)',
    geldfit: 'advice',
    meedoenregeling: 'municipal policy',
    kindpakket: 'municipal policy',
    'stichting-leergeld': 'a foundation',
    voedselbank: 'a foundation',
    'sociaal-raadslieden': 'advice',
    'eenmalige-gemeentelijke-tegemoetkoming': 'municipal policy, differs per year',
    '113-zelfmoordpreventie': 'a helpline',
    'de-luisterlijn': 'a helpline',
    'centrum-seksueel-geweld': 'care, no one law',
    'slachtofferhulp-nederland': 'support, no one article',
    werkplekaanpassing: 'to check: municipal policy, perhaps under Participatiewet article 10',
    'proefplaatsing-gemeente': 'to check: municipal policy, perhaps under Participatiewet article 10',
    praktijkroute: 'a programme of schools and SBB',
    valys: 'a contract of the ministry of VWS, no law',
  };
  it('every national regeling has a legal basis, or is on the checked list of those without one', () => {
    const without = national.regelingen.filter((r) => !r.wet).map((r) => r.id);
    expect(
      without.filter((id) => !(id in WITHOUT_LAW)),
      'regelingen without a legal basis: add "wet" (with its wetten.overheid.nl link), or add it to WITHOUT_LAW with the reason',
    ).to.deep.equal([]);
    expect(
      Object.keys(WITHOUT_LAW).filter((id) => !without.includes(id)),
      'on WITHOUT_LAW but has a legal basis (or is gone): take it off the list',
    ).to.deep.equal([]);
  });
});

/** The day before an ISO date (JJJJ-MM-DD), in UTC. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
