/**
 * The screen modules, one per public `scherm` of the view (src/flow/view.ts). The result screen
 * (with its actions, amounts and "Dit past wel als …") is a chunk of its own: the first screens
 * do not need it. The element loads it after the first control (`loadResult`) and shows a
 * result only once it is in. The question and review screens (journey.ts) load with the
 * machine (`loadJourney`), behind the start screen: the element starts the machine, the only
 * source of those screens, once they are in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadenView, OverzichtView, ResultaatView, Scherm, VraagView, View } from '../../flow/view.js';
import { crisisNow, heading, restart, urgentHelp, type Screen, type Ui } from './common.js';
import { startScreen } from './start.js';
import { errorScreen, loadingScreen } from './status.js';

type ResultModule = typeof import('./result.js');
let result: ResultModule | undefined;
let resultLoad: Promise<ResultModule> | undefined;

/** Load the result screen's code (once; a failed load is tried again on the next call). */
export function loadResult(): Promise<ResultModule> {
  resultLoad ??= import('./result.js').then(
    (m) => (result = m),
    (e: unknown) => {
      resultLoad = undefined;
      throw e;
    },
  );
  return resultLoad;
}

type JourneyModule = typeof import('./journey.js');
let journey: JourneyModule | undefined;
let journeyLoad: Promise<JourneyModule> | undefined;

/** Load the question and review screens' code (once; a failed load is tried again on the next call). */
export function loadJourney(): Promise<JourneyModule> {
  journeyLoad ??= import('./journey.js').then(
    (m) => (journey = m),
    (e: unknown) => {
      journeyLoad = undefined;
      throw e;
    },
  );
  return journeyLoad;
}

/** A screen of journey.ts: rendered once its code is in (the loading line before; the element waits for `loadJourney`). */
const fromJourney = <K extends 'questionScreen' | 'reviewScreen', V extends View>(name: K): Screen<V> => ({
  title: (v, ui) => (journey ? (journey[name] as unknown as Screen<V>).title(v, ui) : ''),
  render: (v, ui, h) =>
    journey ? (journey[name] as unknown as Screen<V>).render(v, ui, h) : loadingScreen.render(v as unknown as LadenView, ui, h),
});

/** Whether the result screen's code is in (else `loadResult` first). */
export const resultLoaded = (): boolean => !!result;

/** Forget what the result's actions and the what-if hold (link, QR code, agenda file, mail, comparison): nothing when they never loaded. */
export function forgetResult(): void {
  result?.forgetShared();
  result?.forgetWhatIf();
}

/** The result screen; rendered only once its code is in (the element waits for `loadResult`). */
const resultScreen: Screen<ResultaatView> = {
  title: (v, ui) => (result ? result.resultScreen.title(v, ui) : ''),
  render: (v, ui, h) => (result ? result.resultScreen.render(v, ui, h) : loadingScreen.render(v as unknown as LadenView, ui, h)),
};

export const SCREENS: { [K in Scherm]: Screen<Extract<View, { scherm: K }>> } = {
  laden: loadingScreen,
  fout: errorScreen,
  start: startScreen,
  vragen: fromJourney<'questionScreen', VraagView>('questionScreen'),
  overzicht: fromJourney<'reviewScreen', OverzichtView>('reviewScreen'),
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
