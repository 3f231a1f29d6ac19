/**
 * The hook the result screen calls per regeling: the amount and "Dit past wel als …" lines
 * (worth.ts). The handout reads the amounts through `amountOf`; printing awaits `worthReady`.
 *
 * worth.ts comes with the result screen's chunk (src/ui/screens/index.ts loads it after the
 * first control), not in a chunk of its own. That the engine's modules and lit stay in the main
 * bundle when a lazy chunk imports them is vite.config.ts's `$initial` group (rolldown issue 10731).
 */
import type { TemplateResult } from 'lit';
import type { Language } from '../../dataset/model.js';
import type { Result } from '../../engine/types.js';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import { amountNote, regelingWorth as worthOf } from './worth.js';

/** The amounts module, ready. */
export function worthReady(): Promise<void> {
  return Promise.resolve();
}

export function regelingWorth(res: Result, v: ResultaatView, ui: Ui): TemplateResult {
  return worthOf(res, v, ui);
}

/** Roughly what a regeling is worth, as words for the handout. */
export function amountOf(res: Result, v: ResultaatView, lang: Language): ReturnType<typeof amountNote> {
  return amountNote(res, v, lang);
}
