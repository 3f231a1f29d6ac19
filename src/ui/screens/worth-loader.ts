/**
 * The hook the result screen calls per regeling: the amount and "Dit past wel als …" lines
 * (worth.ts). The handout reads the amounts through `amountOf`; printing awaits `worthReady`.
 *
 * worth.ts is in the main bundle, not a chunk loaded on demand: a chunk that imports the engine
 * (outcome.ts) makes Rolldown 1.2 split lit, the condition tree and the crisis lines off the
 * main bundle into three more files the page must load before the widget starts (rolldown issue
 * 10731). One file is what README promises; the cost is about 3.4 KB gzip (`npm run size`).
 * The promise-shaped API stays, so making it lazy again is a change to this file only.
 */
import type { TemplateResult } from 'lit';
import type { Language } from '../../dataset/model.js';
import type { Result } from '../../engine/types.js';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import * as worth from './worth.js';

type WorthModule = typeof worth;

/** The amounts module, ready. */
export function worthReady(): Promise<WorthModule> {
  return Promise.resolve(worth);
}

export function regelingWorth(res: Result, v: ResultaatView, ui: Ui): TemplateResult {
  return worth.regelingWorth(res, v, ui);
}

/** Roughly what a regeling is worth, as words for the handout. */
export function amountOf(res: Result, v: ResultaatView, lang: Language): ReturnType<WorthModule['amountNote']> {
  return worth.amountNote(res, v, lang);
}
