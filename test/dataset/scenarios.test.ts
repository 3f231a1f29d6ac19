/**
 * The scenario fixtures of regelingen/scenarios/: answers in, what must and must not be shown out.
 * Each fixture answers every question the engine asks on its path (the walk ends with no open
 * question), so the outcome is fully determined by the fixture.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { mergeOverlay, parseDataset, parseOverlay } from '../../src/dataset/validate.js';
import type { Dataset, Perspective } from '../../src/dataset/schema.js';
import { PERSPECTIVES } from '../../src/dataset/model.js';
import { explainAll, makeContext, route, walk, type Answers } from '../../src/engine/index.js';
import { nextQuestion } from '../engine/reference-walk.js';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';

const national = parseDataset(DEFAULT_FILES);
function datasetFor(code: string | undefined): Dataset {
  const raw = code ? DEFAULT_OVERLAYS[code] : undefined;
  return raw ? mergeOverlay(national, parseOverlay(raw, `gemeenten/${code}.json`)) : national;
}

describe('scenario fixtures (regelingen/scenarios)', () => {
  it('there are at least 13 scenarios, the three journeys among them, and every perspective has one', () => {
    expect(Object.keys(SCENARIOS).length).to.be.at.least(13);
    // The three journeys of the first brief: a carer, an employer, a resident with arrears.
    const journeys: [file: string, perspectief: Perspective][] = [
      ['01-mantelzorger-moeder-dementie.json', 'mantelzorger'],
      ['02-werkgever-banenafspraak.json', 'werkgever'],
      ['03-betalingsachterstanden.json', 'zelf'],
    ];
    for (const [file, perspectief] of journeys) expect(SCENARIOS[file]?.perspectief, file).to.equal(perspectief);
    const seen = new Set(Object.values(SCENARIOS).map((s) => s.perspectief));
    for (const p of PERSPECTIVES) expect(seen.has(p), `a scenario for ${p}`).to.equal(true);
  });

  it('every regeling, national and local, must show in at least one scenario', () => {
    const covered = new Set(Object.values(SCENARIOS).flatMap((s) => s.moetTonen));
    const local = Object.values(DEFAULT_OVERLAYS).flatMap((o) => (o as { regelingen?: { id: string }[] }).regelingen ?? []);
    const untested = [...national.regelingen, ...local].map((r) => r.id).filter((id) => !covered.has(id));
    expect(untested, 'regelingen die in geen enkel scenario getoond moeten worden: voeg een scenario toe').to.deep.equal([]);
  });

  for (const [file, s] of Object.entries(SCENARIOS)) {
    describe(`${file}: ${s.naam}`, () => {
      const ds = datasetFor(s.gemeente);
      const opts = { perspectief: s.perspectief, datum: s.datum };
      const w = walk(ds, s.antwoorden, opts);
      const ctx = makeContext(ds, w.answers, opts);
      const results = explainAll(ctx);
      const routes = route(ctx, results);
      const byId = new Map(results.map((r) => [r.regeling.id, r]));
      const shown = (id: string) => {
        const r = byId.get(id);
        return !!r && r.uitkomst !== 'past-niet';
      };

      it('answers every question the engine asks', () => {
        expect(w.vraag?.id, `scenario "${s.naam}": vraag "${w.vraag?.id}" heeft geen antwoord in de fixture`).to.equal(undefined);
      });
      it('uses only ids that exist', () => {
        const ids = new Set(ds.regelingen.map((r) => r.id));
        const counters = new Set(ds.loketten.map((c) => c.id));
        const facts = new Set(ds.vragen.map((q) => q.id));
        for (const id of Object.keys(s.antwoorden)) expect(facts.has(id), `scenario "${s.naam}": onbekende vraag "${id}"`).to.equal(true);
        for (const id of [...s.moetTonen, ...(s.moetPassen ?? []), ...(s.hoogstensMisschien ?? []), ...(s.urgent ?? []), ...(s.komt ?? [])])
          expect(ids.has(id), `scenario "${s.naam}": onbekende regeling "${id}"`).to.equal(true);
        if (s.eersteLoket) expect(counters.has(s.eersteLoket), `scenario "${s.naam}": onbekend loket "${s.eersteLoket}"`).to.equal(true);
      });
      it('shows what it must show', () => {
        for (const id of s.moetTonen) {
          expect(
            shown(id),
            `scenario "${s.naam}": regeling "${id}" moet getoond worden, maar is ${byId.get(id)?.uitkomst ?? 'niet aangeboden'}`,
          ).to.equal(true);
        }
      });
      it('marks as coming within a year what must come (komt)', () => {
        for (const id of s.komt ?? []) {
          expect(
            byId.get(id)?.komt,
            `scenario "${s.naam}": regeling "${id}" moet binnen een jaar komen, maar is ${byId.get(id)?.uitkomst}`,
          ).to.not.equal(undefined);
        }
      });
      it('does not show what it must not show', () => {
        for (const id of s.magNietTonen) {
          expect(shown(id), `scenario "${s.naam}": regeling "${id}" mag niet getoond worden, maar is ${byId.get(id)?.uitkomst}`).to.equal(
            false,
          );
        }
      });
      it('asks at most one question more than the best order could, knowing the answers', () => {
        // More answers never reopen a decided outcome, so it is enough to check every set that
        // leaves out two of the questions asked: none of them may leave nothing to ask.
        const p = w.path;
        for (let i = 0; i < p.length; i++) {
          for (let j = i + 1; j < p.length; j++) {
            const fewer = Object.fromEntries(p.filter((_, k) => k !== i && k !== j).map((q) => [q, s.antwoorden[q]!]));
            const left = nextQuestion(makeContext(ds, fewer, opts)).vraag;
            expect(left, `scenario "${s.naam}": zonder "${p[i]}" en "${p[j]}" was de uitkomst al bekend`).to.not.equal(undefined);
          }
        }
      });
      it('shows the ones that are at most misschien never as past', () => {
        for (const id of s.hoogstensMisschien ?? [])
          expect(byId.get(id)?.uitkomst, `scenario "${s.naam}": regeling "${id}" mag hoogstens misschien zijn`).to.not.equal('past');
      });
      it('shows the ones that must fit as past', () => {
        for (const id of s.moetPassen ?? [])
          expect(byId.get(id)?.uitkomst, `scenario "${s.naam}": regeling "${id}" moet past zijn`).to.equal('past');
      });
      it('marks the urgent ones urgent', () => {
        for (const id of s.urgent ?? [])
          expect(byId.get(id)?.urgent, `scenario "${s.naam}": regeling "${id}" moet dringend zijn`).to.equal(true);
      });
      if (s.eersteLoket) {
        it(`leads with ${s.eersteLoket}`, () => {
          expect(routes[0]?.loket.id, `scenario "${s.naam}": eerste loket`).to.equal(s.eersteLoket);
        });
      }
      if (s.gemeente && !DEFAULT_OVERLAYS[s.gemeente]) {
        it('uses the honest generic wording for municipal roles (no overlay)', () => {
          for (const r of routes.filter((x) => x.loket.soort === 'rol')) {
            expect(r.algemeen, `scenario "${s.naam}": loket "${r.loket.id}" heeft geen algemene tekst`).to.not.equal(undefined);
          }
        });
      }
      if (s.gemeente && DEFAULT_OVERLAYS[s.gemeente]) {
        it("fills municipal roles with the overlay's own counters", () => {
          const local = routes.filter((x) => x.loket.soort === 'rol' && ds.gemeente?.loketten[x.loket.id]);
          expect(local.length, `scenario "${s.naam}": geen enkel loket van de gemeente zelf`).to.be.greaterThan(0);
          for (const r of local) expect(r.contact?.naam.nl).to.equal(ds.gemeente!.loketten[r.loket.id]!.naam.nl);
        });
      }
    });
  }
});

describe('question order: what only another topic needs is not asked (panel rounds 4 and 5)', () => {
  // Parents who came for money (r4-01, r4-02, r4-07 and others) were asked whether the school is
  // too far (leerlingenvervoer, topics "kinderen" and "thuis"). With only "geld" chosen that
  // question can change no outcome, so it is never asked; with "kinderen" chosen too it may
  // (leerlingenvervoer is then in scope) and it comes last, after what their money questions need.
  const parents = [
    'p4-r4-01-sanne-scheiding.json',
    'p4-r4-02-ahmed-weduwnaar.json',
    'p4-r4-07-familie-haddad-statushouder.json',
    'p3-r3-04-marja-63-kleinzoon.json',
    'p1-s06-lisa-alleenstaande-moeder.json',
    '07-jeugd-twee-deuren.json',
  ];
  /** The path when every question the walk asks is answered from the scenario (school: not far). */
  const pathOf = (file: string, topics: string[]) => {
    const s = SCENARIOS[file]!;
    const pool: Answers = { 'persoon.school-ver': false, ...s.antwoorden, 'persoon.hulpvraag': topics };
    const opts = { perspectief: s.perspectief, datum: s.datum };
    let w = walk(national, {}, opts);
    while (w.vraag) {
      expect(w.vraag.id in pool, `${file}: ${w.vraag.id} heeft geen antwoord`).to.equal(true);
      w = walk(national, { ...w.answers, [w.vraag.id]: pool[w.vraag.id]! }, opts);
    }
    return w.path;
  };
  for (const file of parents) {
    it(`${file}: only "geld": never the school question; with "kinderen" too: the school question last`, () => {
      expect(pathOf(file, ['geld'])).to.not.include('persoon.school-ver');
      const own = SCENARIOS[file]!.antwoorden['persoon.hulpvraag'] as string[];
      expect(own).to.include('kinderen');
      expect(pathOf(file, own).at(-1)).to.equal('persoon.school-ver');
    });
  }
});
