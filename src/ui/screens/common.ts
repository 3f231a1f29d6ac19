/**
 * What every screen shares: the renderer's toolbox (`Ui`), the heading, the error summary, the
 * phone link, the crisis lines at the top and "Direct hulp nodig?".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { i18n } from 'i18next';
import type { Contact, Language } from '../../dataset/model.js';
import { CRISIS_LINES } from '../../crisis/lines.js';
import type { Route } from '../../engine/route.js';
import type { FlowEvent } from '../../flow/machine.js';

export interface Ui {
  lang: Language;
  t: i18n['t'];
  /** Send an event to the machine (the person acted). */
  send(e: FlowEvent): void;
  /** The form's validation error on this screen. */
  error?: string;
  /** The host's general contact (`contact-*` attributes), for the error screen. */
  contact?: Contact;
  /** Show a validation error and move focus to its summary. */
  fail(message: string): void;
  /**
   * Move focus to `selector` after the next render, because the person acted on this screen; it
   * cancels a pending move to the heading (see controllers/focus.ts).
   */
  focus(selector: string): Promise<void>;
  /** The readings of an ambiguous number ("1,500") the person is asked to choose from. */
  asked?: number[];
  /** Ask which reading is meant (focus on the question), or stop asking (undefined). */
  ask(readings: number[] | undefined): void;
  /** "Volgende patiënt": clear everything of this person (as the idle clear of a GP's screen does). */
  nextPatient(): void;
  /** Whether the part `id` of this screen was opened (rendered only then). */
  opened(id: string): boolean;
  /** The page is being printed (Ctrl+P): render every collapsed part, so paper shows it all. */
  printing?: boolean;
  open(id: string): void;
  close(id: string): void;
  /** The host's settings a screen needs: hand-over on (`overdracht`), a GP's consult (`professional`). */
  host?: { overdracht: boolean; professional: boolean };
  /** "Lees voor": present only when the device has a local voice for the language. */
  speech?: {
    /** The label of the part being read now, if any. */
    reading?: string;
    /** Read the part `el` aloud (or stop, when it is being read). */
    toggle(el: Element, label: string): void;
  };
}

/** A screen: its heading text (also announced) and its content. */
export interface Screen<V> {
  title(v: V, ui: Ui): string;
  render(v: V, ui: Ui, heading: TemplateResult): TemplateResult;
}

export const heading = (text: string) => html`<h2 tabindex="-1" data-heading>${text}</h2>`;

/**
 * How the widget shows a phone number: as a tel: link a phone can dial, always left to right and
 * isolated (`dir="ltr"`), without direction characters: text around it cannot reverse the digits.
 */
export const phoneLink = (phone: string) =>
  html`<a dir="ltr" href="tel:${phone.replace(/[^0-9+]/g, '')}">${phone.replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')}</a>`;

export const external = (url: string, text: string) => html`<a href=${url} rel="noopener noreferrer" target="_blank">${text}</a>`;

export function errorSummary(ui: Ui, target: string): TemplateResult | typeof nothing {
  const go = (e: Event) => {
    e.preventDefault();
    void ui.focus(`#${target}`);
  };
  return ui.error
    ? html`<div class="error-summary" role="alert" aria-labelledby="fout-kop">
    <h2 id="fout-kop">${ui.t('fout.samenvatting')}</h2>
    <ul><li><a href="#${target}" @click=${go}>${ui.error}</a></li></ul>
  </div>`
    : nothing;
}

/**
 * "Lees voor" for the part of the screen around it (`data-voorlees`), shown only when the device
 * has a local voice for the language; `label` names the part for screen readers.
 */
export function readAloud(ui: Ui, label: string): TemplateResult | typeof nothing {
  const s = ui.speech;
  if (!s) return nothing;
  const reading = s.reading === label;
  return html`<button type="button" class="link read-aloud no-print" data-lees aria-pressed=${reading ? 'true' : 'false'}
    @click=${(e: Event) => s.toggle((e.currentTarget as Element).closest('[data-voorlees]')!, label)}
  >${ui.t(reading ? 'voorlezen.stop' : 'voorlezen.knop')}<span class="visually-hidden">: ${label}</span></button>`;
}

export const back = (ui: Ui) =>
  html`<button type="button" class="link back" @click=${() => ui.send({ type: 'TERUG' })}>${ui.t('vraag.terug')}</button>`;

/**
 * "Opnieuw beginnen" clears every answer, so it asks first: "Alle antwoorden wissen?" with
 * "Ja, wis alles" and "Nee, ga verder". Focus goes to the question, and back to the button on "Nee".
 */
export function restart(ui: Ui): TemplateResult {
  const { t } = ui;
  const ask = () => {
    ui.open('opnieuw');
    void ui.focus('#opnieuw-vraag');
  };
  const keep = () => {
    ui.close('opnieuw');
    void ui.focus('[data-opnieuw]');
  };
  return ui.opened('opnieuw')
    ? html`<div class="confirm no-print" role="group" aria-labelledby="opnieuw-vraag">
    <p id="opnieuw-vraag" tabindex="-1"><strong>${t('opnieuwVraag.kop')}</strong></p>
    <div class="actions">
      <button type="button" class="secondary" data-wis @click=${() => ui.send({ type: 'OPNIEUW' })}>${t('opnieuwVraag.ja')}</button>
      <button type="button" class="link" @click=${keep}>${t('opnieuwVraag.nee')}</button>
    </div>
  </div>`
    : html`<div class="actions no-print"><button type="button" class="link" data-opnieuw @click=${ask}>${t('opnieuw')}</button></div>`;
}

/** One of the widget's own crisis lines: name, number, when to call. */
const crisisLine = (l: (typeof CRISIS_LINES)[number], lang: 'nl' | 'en') =>
  html`<li><strong>${l.naam[lang]}</strong>: ${phoneLink(l.telefoon)}. ${l.wanneer[lang]}</li>`;

/** 112 first in every crisis block: in immediate danger, whatever the crisis, call 112 (rijksoverheid.nl, 113.nl). */
const DANGER = CRISIS_LINES.find((l) => l.id === '112')!;

/** The 112 line that leads a crisis block or a result that a crisis line leads. */
export const dangerLine = (lang: 'nl' | 'en') => crisisLine(DANGER, lang);

/**
 * The crisis lines that fit the answers so far, at the top of every screen from then on (also
 * while loading and on the error screen), led by 112 for immediate danger. On a question, the
 * person can go straight to the result.
 */
export function crisisNow(routes: Route[], ui: Ui, toResult = false): TemplateResult | typeof nothing {
  const { lang, t } = ui;
  return routes.length
    ? html`<section class="crisis-now" aria-labelledby="crisis-kop">
    <h2 id="crisis-kop" tabindex="-1">${t('resultaat.crisis')}</h2>
    <ul>${dangerLine(lang)}${routes.map(
      (r) =>
        html`<li><strong>${(r.contact?.naam ?? r.loket.naam)[lang]}</strong>${
          r.contact?.telefoon ? html`: ${phoneLink(r.contact.telefoon)}` : nothing
        }${r.algemeen ? html`. ${r.algemeen[lang]}` : nothing}</li>`,
    )}</ul>
    ${
      toResult
        ? html`<button type="button" class="link" @click=${() => ui.send({ type: 'BEKIJK_RESULTAAT' })}>${t('nood.naarResultaat')}</button>`
        : nothing
    }
  </section>`
    : nothing;
}

/** The crisis lines in one line each, for the live region: "Eerst: hulp nu. 113 Zelfmoordpreventie: 113." */
export const crisisSpoken = (routes: Route[], ui: Ui) =>
  routes.length
    ? `${ui.t('resultaat.crisis')}. ${DANGER.naam[ui.lang]}: ${DANGER.telefoon}. ${routes.map((r) => `${(r.contact?.naam ?? r.loket.naam)[ui.lang]}${r.contact?.telefoon ? `: ${r.contact.telefoon}` : ''}.`).join(' ')} `
    : '';

/**
 * "Direct hulp nodig?" on every screen: the national crisis lines of the widget itself (not of
 * the dataset), collapsed; open while loading and on the error screen.
 */
export function urgentHelp(ui: Ui, open = false): TemplateResult {
  const { lang, t } = ui;
  return html`<details class="urgent-help no-print" ?open=${open}><summary>${t('nood.kop')}</summary>
    <ul>
      ${CRISIS_LINES.map((l) => crisisLine(l, lang))}
    </ul>
  </details>`;
}
