/**
 * Run a scenario fixture (regelingen/scenarios/) against a dataset, as the scenario tests do:
 * walk the questions with the fixture's answers, then check what must and must not show, the
 * urgent ones and the first counter. For the preview page and `npm run overview`.
 *
 * src/tooling/ is the layer above the engine for tools (never part of the widget's bundle).
 */
import type { Dataset, Scenario } from '../dataset/schema.js';
import { makeContext } from '../engine/context.js';
import { explainAll } from '../engine/outcome.js';
import { route } from '../engine/route.js';
import type { Context, Result } from '../engine/types.js';
import { walk } from '../engine/walk.js';

export interface ScenarioRun {
  /** Every check held. */
  passed: boolean;
  /** What did not hold, in Dutch and English, with the scenario's field it is about. */
  failures: { nl: string; en: string; pad: string }[];
  /** Regelingen shown (past or misschien), in the order of the result. */
  shown: string[];
  /** The first counter of the result. */
  firstCounter?: string;
  /** Every regeling's result, with its explanation lines, and the context they were worked out in. */
  results: Result[];
  context: Context;
}

export function runScenario(ds: Dataset, s: Scenario): ScenarioRun {
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
  const failures: ScenarioRun['failures'] = [];
  if (w.vraag)
    failures.push({
      nl: `vraag "${w.vraag.id}" heeft geen antwoord in het scenario`,
      en: `question "${w.vraag.id}" has no answer in the scenario`,
      pad: 'antwoorden',
    });
  s.moetTonen.forEach((id, i) => {
    if (!shown(id))
      failures.push({
        pad: `moetTonen[${i}]`,
        nl: `"${id}" moet getoond worden, maar is ${byId.get(id)?.uitkomst ?? 'niet aangeboden'}`,
        en: `"${id}" must show, but is ${byId.get(id)?.uitkomst ?? 'not offered'}`,
      });
  });
  s.magNietTonen.forEach((id, i) => {
    if (shown(id))
      failures.push({
        pad: `magNietTonen[${i}]`,
        nl: `"${id}" mag niet getoond worden, maar is ${byId.get(id)!.uitkomst}`,
        en: `"${id}" must not show, but is ${byId.get(id)!.uitkomst}`,
      });
  });
  (s.hoogstensMisschien ?? []).forEach((id, i) => {
    if (byId.get(id)?.uitkomst === 'past')
      failures.push({
        nl: `"${id}" mag hoogstens "misschien" zijn, maar is past`,
        en: `"${id}" may be at most "maybe", but is past`,
        pad: `hoogstensMisschien[${i}]`,
      });
  });
  (s.moetPassen ?? []).forEach((id, i) => {
    if (byId.get(id)?.uitkomst !== 'past')
      failures.push({
        nl: `"${id}" moet "past waarschijnlijk" zijn, maar is ${byId.get(id)?.uitkomst ?? 'niet aangeboden'}`,
        en: `"${id}" must be "likely", but is ${byId.get(id)?.uitkomst ?? 'not offered'}`,
        pad: `moetPassen[${i}]`,
      });
  });
  (s.urgent ?? []).forEach((id, i) => {
    if (!byId.get(id)?.urgent) failures.push({ nl: `"${id}" moet dringend zijn`, en: `"${id}" must be urgent`, pad: `urgent[${i}]` });
  });
  (s.komt ?? []).forEach((id, i) => {
    const r = byId.get(id);
    if (!r?.komt)
      failures.push({
        nl: `"${id}" moet binnen een jaar komen, maar is ${r?.uitkomst ?? 'niet aangeboden'}`,
        en: `"${id}" must come within a year, but is ${r?.uitkomst ?? 'not offered'}`,
        pad: `komt[${i}]`,
      });
  });
  const first = routes[0]?.loket.id;
  if (s.eersteLoket && first !== s.eersteLoket)
    failures.push({
      nl: `eerste loket is ${first ?? 'geen'}, verwacht ${s.eersteLoket}`,
      en: `first counter is ${first ?? 'none'}, expected ${s.eersteLoket}`,
      pad: 'eersteLoket',
    });
  return {
    passed: failures.length === 0,
    failures,
    shown: routes.flatMap((r) => r.results.map((x) => x.regeling.id)),
    firstCounter: first,
    results,
    context: ctx,
  };
}
