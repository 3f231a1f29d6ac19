/**
 * "Wat als …?" on the result: change one answer and see which outcomes and amounts change.
 * Pure: the result of these answers and the result with one answer changed, both worked out
 * here in the browser, compared per regeling. The caller says how answers become the result's
 * context (`contextFor`; the result view's keeps only the answers that still count, as the
 * machine does; engine/walk.ts is not imported here, so a chunk loaded on demand can use this). Nothing is stored, sent or changed: the person's answers stay as they are.
 */
import { factsBehind, formulaInputs, leafOf } from '../dataset/condition-tree.js';
import type { Question, Regeling } from '../dataset/schema.js';
import { worth, type Worth } from './amount.js';
import { makeContext } from './context.js';
import { conditionOf, explainAll } from './outcome.js';
import type { Answer, Answers, Context, Outcome, Result } from './types.js';

/** The kinds of answer the what-if can change: a number, an amount, one or more choices, yes or no (not a date). */
export const WHAT_IF_TYPES: readonly Question['type'][] = ['getal', 'bedrag', 'keuze', 'meerkeuze', 'ja-nee'];

/** One regeling on one side of the comparison. */
export interface Side {
  /** Undefined: not on the result at all (out of scope, or a broad check that does not fit). */
  uitkomst?: Outcome;
  /** Past niet now, but it comes within a year as the person gets older. */
  komt: boolean;
  /** Roughly what it is worth (engine/amount.ts), when the outcome is settled enough. */
  bedrag?: Worth;
  /** The questions that would still settle a misschien. */
  onbekend: string[];
}

export interface WhatIfRow {
  regeling: Regeling;
  voor: Side;
  na: Side;
}

export interface WhatIf {
  feit: string;
  voor: Answer | undefined;
  na: Answer;
  /** Only the regelingen whose outcome or amount changes, in the order of the result. */
  rijen: WhatIfRow[];
  /** Whether the new answer makes an outcome wait for a question the person did not answer (it stays misschien). */
  nieuweVragen: boolean;
}

/**
 * The answers the person gave (on the path, "Weet ik niet" included) that the what-if offers: a
 * number, an amount, a choice or yes/no that the conditions or the amount of at least one
 * regeling on this result depend on. In the order they were asked.
 */
export function whatIfQuestions(ctx: Context, results: readonly Result[] = explainAll(ctx)): Question[] {
  const behind = new Set<string>();
  for (const r of results) {
    factsBehind(conditionOf(r.regeling, ctx), ctx, behind);
    if (!r.regeling.bedrag) continue;
    const { feiten, als } = formulaInputs(r.regeling.bedrag.formule);
    for (const feit of feiten) factsBehind(leafOf(feit, 'is', true), ctx, behind);
    for (const c of als) factsBehind(c, ctx, behind);
  }
  return Object.keys(ctx.answers)
    .map((id) => ctx.questions.get(id))
    .filter((q): q is Question => !!q && q !== ctx.topic && WHAT_IF_TYPES.includes(q.type) && behind.has(q.id));
}

function side(res: Result | undefined, ctx: Context): Side {
  if (!res) return { komt: false, onbekend: [] };
  const bedrag = worth(res, ctx);
  return { uitkomst: res.uitkomst, komt: !!res.komt, onbekend: res.onbekend, ...(bedrag ? { bedrag } : {}) };
}

const sameWorth = (a?: Worth, b?: Worth) =>
  a === b || (!!a && !!b && a.per === b.per && a.totaal === b.totaal && a.bedrag[0] === b.bedrag[0] && a.bedrag[1] === b.bedrag[1]);

const same = (a: Side, b: Side) => a.uitkomst === b.uitkomst && a.komt === b.komt && sameWorth(a.bedrag, b.bedrag);

/**
 * The result with `feit` answered `waarde` and every other answer as given (made a context by
 * `contextFor`), compared with the result of the answers as given (`before`, default: worked out
 * from `ctx`): per regeling on either result, before → after, only where its outcome or its
 * amount changes.
 */
export function whatIf(
  ctx: Context,
  feit: string,
  waarde: Answer,
  contextFor: (answers: Answers) => Context = (answers) => makeContext(ctx.ds, answers, ctx),
  before: readonly Result[] = explainAll(ctx),
): WhatIf {
  const next = contextFor({ ...ctx.answers, [feit]: waarde });
  const after = explainAll(next);
  const byId = new Map(after.map((r) => [r.regeling.id, r]));
  const rijen: WhatIfRow[] = [];
  for (const r of before) {
    const row = { regeling: r.regeling, voor: side(r, ctx), na: side(byId.get(r.regeling.id), next) };
    byId.delete(r.regeling.id);
    if (!same(row.voor, row.na)) rijen.push(row);
  }
  // On the new result only: a broad check the new answer makes fit.
  for (const r of byId.values()) {
    const row = { regeling: r.regeling, voor: side(undefined, ctx), na: side(r, next) };
    if (!same(row.voor, row.na)) rijen.push(row);
  }
  const nieuweVragen = after.some((r) => r.onbekend.some((f) => next.answers[f] === undefined));
  return { feit, voor: ctx.answers[feit], na: waarde, rijen, nieuweVragen };
}
