/**
 * Choosing the next question: only what can still change an outcome (see relevance.ts for
 * the rule and why it is not the stricter one-step rule).
 *
 * A question is useful when an undecided regeling's condition, simplified with the answers so
 * far (Kleene: a decided branch drops out), still depends on it: then some answer to it,
 * together with answers to the other open questions, changes that regeling's outcome.
 * Order: questions marked `vooraan` first, then by how many undecided regelingen wait for
 * it, then by the dataset's order.
 *
 * `walk` (the path for a set of answers, as the questionnaire uses it) lives in walk.ts: it
 * gives the same as replaying `nextQuestion` (`replayWalk`), one evaluation per answer.
 */
import type { Question, Regeling } from '../dataset/schema.js';
import { makeContext } from './context.js';
import { applicable, conditionOf, monthQuestion } from './evaluate.js';
import { analyse } from './relevance.js';
import type { Answers, Context, Options } from './types.js';
import { chooseQuestion, walkStats, type Walk } from './walk.js';

export { walk, walkStats, type Walk } from './walk.js';

export interface Step {
  /** The next question, or undefined when nothing more can change an outcome. */
  vraag?: Question;
  /** Upper bound of questions still to come (including `vraag`): an honest progress. */
  nogHoogstens: number;
  undecided: Regeling[];
}

export function nextQuestion(ctx: Context): Step {
  const waiting = new Map<string, number>();
  const undecided: Regeling[] = [];
  for (const r of applicable(ctx)) {
    walkStats.analysed++;
    const e = analyse(conditionOf(r, ctx), ctx);
    if (e.open.length === 0) continue;
    undecided.push(r);
    for (const f of e.open) waiting.set(f, (waiting.get(f) ?? 0) + 1);
  }
  const vraag = chooseQuestion(ctx.ds.vragen, waiting) ?? monthQuestion(ctx);
  return { vraag, nogHoogstens: waiting.size || (vraag ? 1 : 0), undecided };
}

/**
 * The path by replaying the questionnaire from the start: `nextQuestion` once per answer on the
 * path, so k answers cost k² × n / 2 analyses. The reference for `walk` (walk.ts), which gives
 * the same result incrementally; kept for the tests that compare the two.
 */
export function replayWalk(ds: Context['ds'], all: Answers, opts: Options): Walk {
  const path: string[] = [];
  const used: Record<string, Answers[string]> = {};
  for (let guard = 0; guard <= ds.vragen.length; guard++) {
    const step = nextQuestion(makeContext(ds, used, opts));
    const q = step.vraag;
    if (!q || !(q.id in all)) return { path, vraag: q, nogHoogstens: step.nogHoogstens, answers: used };
    used[q.id] = all[q.id]!;
    path.push(q.id);
  }
  return { path, nogHoogstens: 0, answers: used };
}
