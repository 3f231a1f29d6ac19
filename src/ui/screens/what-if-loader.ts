/**
 * The hook the result screen calls for "Wat als …?": a button that loads what-if.ts on first use
 * (a chunk of its own) and opens the panel in its place; "Terug naar uw uitslag" closes it, with
 * focus back on the button. The result itself is not changed.
 */
import { html, type TemplateResult } from 'lit';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import { formatAnswer } from './question.js';
import { amountText } from './worth.js';

let module: typeof import('./what-if.js') | undefined;

export function whatIfHook(v: ResultaatView, ui: Ui): TemplateResult {
  if (ui.opened('watals') && module && !ui.printing)
    return module.whatIfPanel(
      v,
      ui,
      () => {
        ui.close('watals');
        void ui.focus('[data-watals]');
      },
      { answer: formatAnswer, amount: amountText },
    );
  const open = async () => {
    module ??= await import('./what-if.js');
    ui.open('watals');
    await ui.focus('#watals-kop');
  };
  return html`<div class="actions no-print"><button type="button" class="secondary" data-watals @click=${open}>${ui.t('resultaat.watAls')}</button></div>`;
}

/** Forget the what-if's answer and comparison (next patient). */
export function forgetWhatIf(): void {
  module?.forgetWhatIf();
}
