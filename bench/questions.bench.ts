/**
 * Runs in headless Chromium (bundled by bench/run.mjs): replays every scenario fixture
 * (regelingen/scenarios/, with its overlay merged as the widget does) and counts the questions
 * the engine asks, against the fewest an oracle could ask knowing the answers in advance, and
 * against the questions of the perspective.
 */
import type { Dataset, Perspective } from '../src/dataset/schema.js';
import { applicable, conditionOf, makeContext, walk } from '../src/engine/index.js';
import { nextQuestion } from '../test/engine/reference-walk.js';
import { combine } from '../src/dataset/merge.js';
import { factsBehind } from '../src/dataset/condition-tree.js';
import { askableIn } from '../src/dataset/model.js';
import { embeddedDataset, embeddedOverlay } from '../src/dataset/source.js';
import { SCENARIOS } from '../regelingen/scenarios/index.js';
import type { Answer, Answers } from '../src/engine/index.js';

const DATUM = '2026-03-01';

export interface ScenarioResult {
  file: string;
  perspectief: Perspective;
  asked: number;
  /** The fewest questions any order could have asked, knowing the answers in advance. */
  fewest: number;
  /** Every question of the perspective: those that can be put to this asker (askableIn). */
  ofPerspective: number;
  /** The questions some regeling in scope can depend on (directly, or via a derived fact or figure). */
  reachable: number;
}

/** Smallest subset of the asked questions after which nothing is left to ask (an oracle's path). */
function fewest(ds: Dataset, path: string[], all: Answers, opts: { perspectief: Perspective; datum: string }): number {
  let best = path.length;
  for (let m = 0; m < 1 << path.length; m++) {
    let k = 0;
    for (let x = m; x; x &= x - 1) k++;
    if (k >= best) continue;
    const a: Record<string, Answer> = {};
    path.forEach((q, i) => {
      if (m & (1 << i)) a[q] = all[q]!;
    });
    if (!nextQuestion(makeContext(ds, a, opts)).vraag) best = k;
  }
  return best;
}

/** Path length per scenario (national dataset plus its overlay, as the widget runs it). */
export function benchScenarios(): ScenarioResult[] {
  return Object.entries(SCENARIOS).map(([file, s]) => {
    const overlay = embeddedOverlay(s.gemeente);
    const ds = overlay ? combine(embeddedDataset(), overlay) : embeddedDataset();
    const opts = { perspectief: s.perspectief, datum: s.datum ?? DATUM };
    const ctx = makeContext(ds, {}, opts);
    const ofPerspective = ds.vragen.filter((q) => askableIn(q, s.perspectief));
    const used = new Set<string>();
    for (const r of applicable(ctx)) factsBehind(conditionOf(r, ctx), ctx, used);
    const reachable = ofPerspective.filter((q) => used.has(q.id));
    const path = walk(ds, s.antwoorden, opts).path;
    return {
      file,
      perspectief: s.perspectief,
      asked: path.length,
      fewest: fewest(ds, path, s.antwoorden, opts),
      ofPerspective: ofPerspective.length,
      reachable: reachable.length,
    };
  });
}

(globalThis as unknown as { runScenarios(): ScenarioResult[] }).runScenarios = benchScenarios;
