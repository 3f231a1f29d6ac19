/**
 * Every explanation line on the results of every scenario (regelingen/scenarios/, run through
 * src/tooling/run-scenario.ts) is true of what the person said (issue 20, "untrue lines"): a ✓ or
 * ✗ line names a fact that was answered in this walk and may be asked in this perspective; the
 * count above the lines counts the lines shown; and no "Dit past wel als …" line offers a fact the
 * person cannot change (an age, a birth, a past event); no line says the same as another; every
 * misschien has a "?" line that says what is still open.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { mergeOverlay, parseDataset, parseOverlay } from '../../src/dataset/validate.js';
import type { Dataset } from '../../src/dataset/schema.js';
import type { Context, Criterion, Result } from '../../src/engine/index.js';
import { isAskable, isFixed } from '../../src/engine/facts.js';
import { wouldFit } from '../../src/engine/would-fit.js';
import { runScenario } from '../../src/tooling/run-scenario.js';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';

const national = parseDataset(DEFAULT_FILES);
function datasetFor(code: string | undefined): Dataset {
  const raw = code ? DEFAULT_OVERLAYS[code] : undefined;
  return raw ? mergeOverlay(national, parseOverlay(raw, `gemeenten/${code}.json`)) : national;
}

/** The lines the result screen shows: for "past niet" the ones not met, else all. */
const shown = (r: Result) => (r.uitkomst === 'past-niet' ? r.criteria.filter((c) => c.status === 'nee') : r.criteria);

/** What is wrong with a ✓ / ✗ line: it names no fact, or one that was not answered or not asked here. */
function untrue(c: Criterion, r: Result, ctx: Context): string[] {
  if (c.status === 'onbekend') return [];
  if (c.of) return c.of.flat().flatMap((l) => untrue(l, r, ctx));
  const where = `${r.regeling.id}: "${c.tekst.nl}"`;
  // A line without a fact: only the reason a regeling that comes instead fits (its own answers).
  if (!c.feit) return r.voorrang?.zeker && c.tekst.nl === r.voorrang.reden.nl ? [] : [`${where} names no fact`];
  const asked = ctx.derived.get(c.feit)?.deel ?? c.feit;
  const answer = ctx.answers[asked];
  if (answer === undefined || answer === null) return [`${where}: ${asked} was not answered`];
  if (!isAskable(ctx, asked)) return [`${where}: ${asked} is not asked in the ${ctx.perspectief} view`];
  return [];
}

/**
 * The facts "Dit past wel als …" may offer as a change, reviewed one by one (panel round 5): a
 * person's work, income or savings, a choice such as childcare or a full-time course, an
 * employer's plan. The household and the home are `vast` (household form is not advice), and so
 * are a need for care ("Dag en nacht zorg of toezicht nodig"), a burden, a limitation, a decision
 * already taken (a Wlz-indicatie), a diploma and the stairs in the house. A fact offered in some
 * scenario that is not on this list fails the test: mark it `vast`, or add it here when changing
 * it is advice a person can act on.
 */
const MAY_BE_OFFERED = new Set([
  'persoon.werk',
  'persoon.netto-inkomen',
  'persoon.bruto-jaarinkomen',
  'persoon.vermogen',
  'persoon.overwaarde',
  'persoon.kinderopvang',
  'persoon.voltijdstudie',
  'persoon.doelgroepregister',
  'mantelzorger.werk',
  'werkgever.situatie',
  'werkgever.verlof',
]);

describe('scenario explanations: every line is about what the person said', () => {
  let lines = 0;
  let groups = 0;
  const offered = new Set<string>();
  for (const [file, s] of Object.entries(SCENARIOS)) {
    it(`${file}: every ✓/✗ line names an answered fact; the count counts the lines shown; no line offers a fixed fact`, () => {
      const run = runScenario(datasetFor(s.gemeente), s);
      const ctx = run.context;
      const problems: string[] = [];
      for (const r of run.results) {
        const seen = shown(r);
        lines += seen.length;
        groups += seen.filter((c) => c.of).length;
        for (const c of seen) problems.push(...untrue(c, r, ctx));
        // A misschien shows what is still open: a "?" line (an open fact, a cap's reason or the
        // voorbehoud), never only ✓ lines (panel round 5, studiefinanciering).
        if (r.uitkomst === 'misschien' && !seen.some((c) => c.status === 'onbekend'))
          problems.push(`${r.regeling.id}: misschien without a "?" line`);
        // A fact is said once (panel round 5: "Huishouden: Alleen met kinderen" twice).
        const texts = seen.map((c) => `${c.status} ${c.tekst.nl}`);
        for (const [i, x] of texts.entries()) if (texts.indexOf(x) !== i) problems.push(`${r.regeling.id}: "${x}" twice`);
        // "voldoet niet aan N van de M": N is the ✗ lines shown; "voldoet aan M van M" above M ✓ lines.
        if (r.uitkomst === 'past-niet' && seen.length > r.totaal - r.voldaan)
          problems.push(`${r.regeling.id}: ${seen.length} ✗ lines, ${r.totaal - r.voldaan} criteria not met`);
        if (r.uitkomst === 'past' && (r.voldaan !== r.totaal || seen.length !== r.totaal))
          problems.push(`${r.regeling.id}: voldoet aan ${r.voldaan} van ${r.totaal}, ${seen.length} lines`);
        for (const l of wouldFit(r, ctx)) {
          offered.add(l.feit);
          if (isFixed(ctx, l.feit)) problems.push(`${r.regeling.id}: "Dit past wel als" offers ${l.feit}`);
          if (!MAY_BE_OFFERED.has(l.feit)) problems.push(`${r.regeling.id}: "Dit past wel als" offers ${l.feit}, not reviewed as a change`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
  it('the check is not vacuous: lines and groups were read', () => {
    expect(lines).to.be.greaterThan(1000);
    expect(groups).to.be.greaterThan(0);
    expect(offered.size).to.be.greaterThan(5);
  });
});
