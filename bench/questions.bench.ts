/**
 * Runs in headless Chromium (bundled by bench/run.mjs): replays every scenario fixture
 * (regelingen/scenarios/, with its overlay merged as the widget does) and counts the questions
 * the engine asks, against the fewest an oracle could ask knowing the answers in advance, and
 * against the questions of the perspective.
 *
 * The oracle's count is a search over subsets of the asked questions, exponential in the path
 * length, so it is bounded: it goes down from the whole path (which leaves nothing to ask), one
 * question left out at a time, and keeps only the sets that still leave nothing to ask, each set
 * checked once (memoised). That is exact because more answers never reopen a decided outcome
 * (Kleene logic is monotone: a set that leaves nothing to ask is reached from the whole path
 * through such sets). Each scenario may check at most `perScenario` sets, and the whole run stops
 * at `deadline`: a scenario past either gets `fewest: null` with the reason and the bound found
 * (`fewestAtMost`), and the means are over the scenarios measured.
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
  /** The fewest questions any order could have asked, knowing the answers in advance; null: not measured (`note`). */
  fewest: number | null;
  /** When not measured: the fewest found before the search stopped (an upper bound). */
  fewestAtMost?: number;
  /** How many subsets of the asked questions were checked. */
  checked: number;
  note?: string;
  /** Every question of the perspective: those that can be put to this asker (askableIn). */
  ofPerspective: number;
  /** The questions some regeling in scope can depend on (directly, or via a derived fact or figure). */
  reachable: number;
}

export interface Limits {
  /** Subsets one scenario may check (one full next-question computation each). */
  perScenario: number;
  /** `performance.now()` past which no further subset is checked. */
  deadline: number;
}

interface Fewest {
  fewest: number | null;
  atMost: number;
  checked: number;
  note?: string;
}

/** Smallest subset of the asked questions after which nothing is left to ask (an oracle's path), bounded by `limits`. */
export function fewest(
  ds: Dataset,
  path: readonly string[],
  all: Answers,
  opts: { perspectief: Perspective; datum: string },
  limits: Limits,
): Fewest {
  let checked = 0;
  const done = (kept: readonly number[]): boolean => {
    checked++;
    const a: Record<string, Answer> = {};
    for (const i of kept) a[path[i]!] = all[path[i]!]!;
    return !nextQuestion(makeContext(ds, a, opts)).vraag;
  };
  const whole = path.map((_, i) => i);
  let level: number[][] = [whole];
  let best = path.length;
  // Level by level: the sets one smaller than a set that leaves nothing to ask.
  while (level.length && best > 0) {
    const seen = new Set<string>();
    const next: number[][] = [];
    for (const set of level)
      for (let j = 0; j < set.length; j++) {
        const smaller = set.filter((_, k) => k !== j);
        const key = smaller.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        if (checked >= limits.perScenario)
          return { fewest: null, atMost: best, checked, note: `stopped after ${checked} subsets (the scenario's budget)` };
        if (performance.now() > limits.deadline)
          return { fewest: null, atMost: best, checked, note: `stopped after ${checked} subsets (the section's time budget)` };
        if (done(smaller)) next.push(smaller);
      }
    if (next.length) best--;
    level = next;
  }
  return { fewest: best, atMost: best, checked };
}

/** Path length per scenario (national dataset plus its overlay, as the widget runs it). */
export function benchScenarios(limits: Limits): ScenarioResult[] {
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
    const f = fewest(ds, path, s.antwoorden, opts, limits);
    return {
      file,
      perspectief: s.perspectief,
      asked: path.length,
      fewest: f.fewest,
      ...(f.fewest === null ? { fewestAtMost: f.atMost, note: f.note } : {}),
      checked: f.checked,
      ofPerspective: ofPerspective.length,
      reachable: reachable.length,
    };
  });
}

/** `budgetMs`: the section's time; `perScenario`: the subsets one scenario may check. */
(globalThis as unknown as { runScenarios(budgetMs: number, perScenario: number): ScenarioResult[] }).runScenarios = (
  budgetMs,
  perScenario,
) => benchScenarios({ deadline: performance.now() + budgetMs, perScenario });
