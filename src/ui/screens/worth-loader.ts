/**
 * The hook the result screen calls per regeling: the amount and "Dit past wel als …" lines
 * (worth.ts) come from a chunk loaded on demand, the first time a result shows; the screen
 * renders again when it has arrived. The handout reads the amounts through `amountOf` once the
 * chunk is there (printing waits for `worthReady`).
 */
import { nothing, type TemplateResult } from 'lit';
import type { Language } from '../../dataset/model.js';
import type { Result } from '../../engine/types.js';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';

type WorthModule = typeof import('./worth.js');
let worth: WorthModule | undefined;
let loading: Promise<WorthModule> | undefined;
/** The widgets waiting for the chunk (two widgets on a page may both be). */
const waiting = new Set<Ui['open']>();

/** The chunk, loaded once. */
export function worthReady(): Promise<WorthModule> {
  loading ??= import('./worth.js').then((m) => {
    worth = m;
    for (const open of waiting) open('waarde');
    waiting.clear();
    return m;
  });
  return loading;
}

export function regelingWorth(res: Result, v: ResultaatView, ui: Ui): TemplateResult | typeof nothing {
  if (worth) return worth.regelingWorth(res, v, ui);
  waiting.add(ui.open);
  void worthReady();
  return nothing;
}

/** Roughly what a regeling is worth, as words for the handout (once the chunk is loaded). */
export function amountOf(res: Result, v: ResultaatView, lang: Language): ReturnType<WorthModule['amountNote']> {
  return worth?.amountNote(res, v, lang);
}
