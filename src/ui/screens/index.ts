/** The screen modules, one per public `scherm` of the view (src/flow/view.ts). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Scherm, View } from '../../flow/view.js';
import { crisisNow, heading, restart, urgentHelp, type Screen, type Ui } from './common.js';
import { startScreen } from './start.js';
import { questionScreen } from './question.js';
import { reviewScreen } from './review.js';
import { resultScreen } from './result.js';
import { errorScreen, loadingScreen } from './status.js';

export const SCREENS: { [K in Scherm]: Screen<Extract<View, { scherm: K }>> } = {
  laden: loadingScreen,
  fout: errorScreen,
  start: startScreen,
  vragen: questionScreen,
  overzicht: reviewScreen,
  resultaat: resultScreen,
};

/**
 * One screen as the element shows it: its title (the heading, also announced), and the body: the
 * crisis lines that fit first, the screen, "Direct hulp nodig?", then on questions and the review
 * "Opnieuw beginnen" (not next after "Volgende"). (test/ui/screens.test.ts
 * renders it from a view literal.)
 */
export function page(v: View, ui: Ui): { title: string; body: TemplateResult } {
  const screen = SCREENS[v.scherm] as Screen<View>;
  const title = screen.title(v, ui);
  return {
    title,
    body: html`${crisisNow(v.crisis, ui, v.scherm === 'vragen')}
      ${screen.render(v, ui, heading(title))}
      ${urgentHelp(ui, v.scherm === 'laden' || v.scherm === 'fout')}
      ${v.scherm === 'vragen' || v.scherm === 'overzicht' ? restart(ui) : nothing}`,
  };
}
