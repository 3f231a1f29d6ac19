/**
 * The reference for the questionnaire's walk (src/engine/walk.ts), for the tests and the bench
 * only: the next question computed from scratch for a context (`nextQuestion`), and the path
 * by replaying it from the start (`replayWalk`). `walk` gives the same, one analysis per answer.
 */
import type { Question, Regeling } from '../../src/dataset/schema.js';
import { makeContext } from '../../src/engine/context.js';
import { amountQuestion, applicable, comingQuestion, conditionOf, monthQuestion } from '../../src/engine/outcome.js';
import { analyse } from '../../src/engine/relevance.js';
import type { Answers, Context, Options } from '../../src/engine/types.js';
import { chooseQuestion, walkStats, type Walk } from '../../src/engine/walk.js';

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
  const vraag = chooseQuestion(ctx.ds.vragen, waiting) ?? comingQuestion(ctx) ?? monthQuestion(ctx) ?? amountQuestion(ctx);
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
