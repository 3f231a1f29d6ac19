/**
 * One question on its own screen (GOV.UK / NL Design System pattern): the question is the
 * legend and heading, a hint under it, the right control, "Weet ik niet" where allowed, and an
 * error message linked to the field. Reading the form back into an answer lives here too, and
 * how an answer reads on the review screen.
 */
import { html, noChange, nothing, type PropertyPart, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { directive, Directive, type PartInfo, PartType } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';
import type { i18n } from 'i18next';
import type { Language, Perspective, PerspectiveText, Question } from '../../dataset/model.js';
import type { Answer } from '../../engine/types.js';
import type { VraagView } from '../../flow/view.js';
import { back, errorSummary, readAloud, type Screen, type Ui } from './common.js';
import { formatNumber, readNumber } from './numbers.js';

export const DONT_KNOW = '__weet-niet__';

export function wording(t: PerspectiveText | undefined, p: Perspective, lang: Language): string {
  if (!t) return '';
  return (t[p] ?? t.standaard)[lang];
}

export interface QuestionProps {
  q: Question;
  lang: Language;
  perspectief: Perspective;
  value: Answer | undefined;
  error?: string;
  t: i18n['t'];
  /** "Bedoelt u € 1.500?" under a number field, when its form has two readings. */
  ask?: TemplateResult;
}

/**
 * A control's state (checked, value, the echo under a field) as the question starts: set when a
 * new question reuses the control (the form is reused, see `questionScreen`), then left to the
 * person. A plain binding would skip a value equal to the last question's, keeping what the
 * person did there; `live` would undo what the person did here on any re-render (an error, the
 * idle warning).
 */
class PerQuestion extends Directive {
  private key?: string;
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY) throw new Error('perQuestion: a property binding only');
  }
  render(_key: string, value: unknown): unknown {
    return value;
  }
  override update(part: PropertyPart, [key, value]: [string, unknown]): unknown {
    if (key === this.key) return noChange;
    this.key = key;
    setCommittedValue(part);
    return value;
  }
}
const perQuestion = directive(PerQuestion);

const fieldId = (q: Question) => `veld-${q.id.replace(/[^a-z0-9-]/g, '-')}`;
export const firstControlId = (q: Question) =>
  q.type === 'getal' || q.type === 'bedrag' || q.type === 'datum' ? fieldId(q) : `${fieldId(q)}-0`;

function choice(
  type: 'radio' | 'checkbox',
  q: Question,
  i: number,
  value: string,
  label: string,
  checked: boolean,
  hint?: string,
  exclusive = false,
): TemplateResult {
  const id = `${fieldId(q)}-${i}`;
  return html`<div class="choice">
    <input id=${id} type=${type} name="antwoord" .value=${value} ?checked=${checked} .checked=${perQuestion(q.id, checked)} data-exclusief=${exclusive ? 'ja' : nothing}
      aria-describedby=${hint ? `${id}-hint` : nothing} />
    <label for=${id}>${label}${hint ? html`<span id="${id}-hint" class="hint"><br />${hint}</span>` : nothing}</label>
  </div>`;
}

function controls({ q, lang, value, t, ask }: QuestionProps): TemplateResult {
  const dk = value === null;
  switch (q.type) {
    case 'ja-nee': {
      const items = [
        choice('radio', q, 0, 'ja', t('vraag.ja'), value === true),
        choice('radio', q, 1, 'nee', t('vraag.nee'), value === false),
      ];
      if (q.weetNiet) items.push(choice('radio', q, 2, DONT_KNOW, t('vraag.weetNiet'), dk));
      return html`<div class="choices">${items}</div>`;
    }
    case 'keuze':
    case 'meerkeuze': {
      const multi = q.type === 'meerkeuze';
      const opts = q.opties ?? [];
      const items = opts.map((o, i) =>
        choice(
          multi ? 'checkbox' : 'radio',
          q,
          i,
          o.waarde,
          o.tekst[lang],
          multi ? Array.isArray(value) && value.includes(o.waarde) : value === o.waarde,
          o.hint?.[lang],
          !!o.exclusief,
        ),
      );
      if (q.weetNiet) items.push(choice(multi ? 'checkbox' : 'radio', q, opts.length, DONT_KNOW, t('vraag.weetNiet'), dk, undefined, true));
      return html`<div class="choices">${items}</div>`;
    }
    case 'getal':
    case 'bedrag':
    case 'datum': {
      const shown = typeof value === 'number' ? formatNumber(value, lang, q.type === 'bedrag') : typeof value === 'string' ? value : '';
      const input =
        q.type === 'datum'
          ? html`<input id=${fieldId(q)} name="waarde" type="date" .value=${perQuestion(q.id, shown)} aria-describedby="${fieldId(q)}-hint ${fieldId(q)}-fout" />`
          : html`<input id=${fieldId(q)} name="waarde" type="text" inputmode=${q.type === 'bedrag' ? 'decimal' : 'numeric'} autocomplete="off" spellcheck="false"
            .value=${perQuestion(q.id, shown)} aria-describedby="${fieldId(q)}-hint ${fieldId(q)}-fout ${fieldId(q)}-echo" />`;
      return html`<div class="field">
        ${
          q.type === 'bedrag'
            ? html`<div class="money"><span aria-hidden="true">€</span>${input}<span class="visually-hidden">${t('vraag.euro')}</span></div>`
            : q.eenheid
              ? html`<div class="money">${input}<span>${t(`vraag.eenheid.${q.eenheid}`)}</span></div>`
              : input
        }
        ${q.type === 'datum' ? nothing : html`<p id="${fieldId(q)}-echo" class="echo" data-echo .textContent=${perQuestion(q.id, echo(q, shown, lang, t))}></p>`}
        ${q.type === 'datum' ? nothing : ask}
        ${q.weetNiet ? html`<p class="or"></p>${choice('checkbox', q, 1, DONT_KNOW, t('vraag.weetNiet'), dk, undefined, true)}` : nothing}
      </div>`;
    }
  }
}

function renderQuestion(props: QuestionProps, heading: unknown): TemplateResult {
  const { q, lang, perspectief, error } = props;
  const hint = wording(q.hint, perspectief, lang);
  const isField = q.type === 'getal' || q.type === 'bedrag' || q.type === 'datum';
  return html`<fieldset class=${error ? 'has-error' : ''} aria-describedby=${isField ? nothing : `${fieldId(q)}-hint ${fieldId(q)}-fout`}>
    <legend>${heading}</legend>
    ${isField ? html`<label class="visually-hidden" for=${fieldId(q)}>${wording(q.vraag, perspectief, lang)}</label>` : nothing}
    <p id="${fieldId(q)}-hint" class="hint" ?hidden=${!hint}>${hint}</p>
    <p id="${fieldId(q)}-fout" class="error-message" ?hidden=${!error}>${error ? html`<span class="visually-hidden">${props.t('fout.samenvatting')}: </span>${error}` : nothing}</p>
    ${controls(props)}
  </fieldset>`;
}

/** Why a number does not fit the question, or undefined. */
function refuse(q: Question, n: number, t: i18n['t']): string | undefined {
  if (q.type === 'getal' && !Number.isInteger(n)) return t('vraag.foutGetal');
  if (q.min !== undefined && n < q.min) return t('vraag.foutMin', { min: q.min });
  if (q.max !== undefined && n > q.max) return t('vraag.foutMax', { max: q.max });
  return undefined;
}

/**
 * Read the form into an answer, an error message for the error summary, or (a number typed in a
 * form with two readings, "1,500") the readings that fit, to ask which one is meant.
 */
export function readAnswer(
  form: HTMLFormElement,
  q: Question,
  lang: Language,
  t: i18n['t'],
): { value: Answer } | { error: string } | { ask: number[] } {
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="antwoord"]:checked')].map((i) => i.value);
  if (checked.includes(DONT_KNOW)) return { value: null };
  switch (q.type) {
    case 'ja-nee':
      return checked[0] ? { value: checked[0] === 'ja' } : { error: t('vraag.foutKies') };
    case 'keuze':
      return checked[0] ? { value: checked[0] } : { error: t('vraag.foutKies') };
    case 'meerkeuze':
      return checked.length ? { value: checked } : { error: t('vraag.foutKiesMeer') };
    case 'datum': {
      const v = form.querySelector<HTMLInputElement>('input[name="waarde"]')?.value ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v } : { error: t('vraag.foutDatum') };
    }
    case 'getal':
    case 'bedrag': {
      const read = readNumber(form.querySelector<HTMLInputElement>('input[name="waarde"]')?.value ?? '', lang);
      if (!read) return { error: t(q.type === 'getal' ? 'vraag.foutGetal' : 'vraag.foutBedrag') };
      if ('readings' in read) {
        const fit = read.readings.filter((n) => !refuse(q, n, t));
        return fit.length ? { ask: fit } : { error: refuse(q, read.readings[0], t)! };
      }
      const error = refuse(q, read.value, t);
      return error ? { error } : { value: read.value };
    }
  }
}

/** A number as the widget understood it: "€ 1.500 per maand", "40 jaar". */
export function formatNumberAnswer(q: Question, n: number, lang: Language, t: i18n['t']): string {
  if (q.type === 'bedrag') return `€ ${formatNumber(n, lang, true)}${q.per ? ` ${t(`vraag.per.${q.per}`)}` : ''}`;
  return q.eenheid ? `${formatNumber(n, lang)} ${t(`vraag.eenheid.${q.eenheid}`)}` : formatNumber(n, lang);
}

/** What the field under a number question says back while the person types (empty when it cannot be read at once). */
function echo(q: Question, raw: string, lang: Language, t: i18n['t']): string {
  const read = readNumber(raw, lang);
  return read && 'value' in read ? t('vraag.echo', { waarde: formatNumberAnswer(q, read.value, lang, t) }) : '';
}

/**
 * "Bedoelt u € 1.500?": the readings of an ambiguous number that fit, one button each (the
 * answer, then on). The person may also change the field.
 */
function askWhich(q: Question, readings: number[], ui: Ui): TemplateResult {
  const { lang, t } = ui;
  const shown = readings.map((n) => formatNumberAnswer(q, n, lang, t));
  return html`<div class="confirm" role="group" aria-labelledby="bedoelt-vraag" data-bedoelt>
    <p id="bedoelt-vraag" tabindex="-1"><strong>${
      shown.length > 1 ? t('vraag.bedoeltOf', { a: shown[0], b: shown[1] }) : t('vraag.bedoelt', { waarde: shown[0] })
    }</strong></p>
    <p class="hint">${t('vraag.bedoeltHint')}</p>
    <div class="actions">${readings.map(
      (n, i) =>
        html`<button type="button" class="secondary" @click=${() => ui.send({ type: 'ANTWOORD', waarde: n })}>${
          shown.length > 1 ? shown[i] : t('vraag.bedoeltJa', { waarde: shown[i] })
        }</button>`,
    )}</div>
  </div>`;
}

/** How an answer reads on the review screen. */
export function formatAnswer(q: Question, a: Answer, lang: Language, t: i18n['t']): string {
  if (a === null) return t('vraag.weetNiet');
  if (typeof a === 'boolean') return t(a ? 'vraag.ja' : 'vraag.nee');
  if (typeof a === 'number') return formatNumberAnswer(q, a, lang, t);
  const label = (v: string) => q.opties?.find((o) => o.waarde === v)?.tekst[lang] ?? v;
  return Array.isArray(a) ? a.map(label).join(', ') : label(a);
}

/** A checkbox marked exclusive ("Weet ik niet", "Geen van deze") clears the others, and back. */
function exclusive(e: Event): void {
  const input = e.target as HTMLInputElement;
  if (input.type !== 'checkbox' || !input.checked) return;
  const only = input.dataset['exclusief'] === 'ja';
  for (const o of input.form!.querySelectorAll<HTMLInputElement>('input[name="antwoord"]')) {
    if (o !== input && (only || o.dataset['exclusief'] === 'ja')) o.checked = false;
  }
  const field = input.form!.querySelector<HTMLInputElement>('input[name="waarde"]');
  if (only && field) field.value = '';
}

export const questionScreen: Screen<VraagView> = {
  title: (v, ui) => wording(v.vraag.vraag, v.perspectief, ui.lang),
  render(v, ui, heading) {
    const q = v.vraag;
    const { lang, t } = ui;
    const next = (form: HTMLFormElement) => {
      const read = readAnswer(form, q, lang, t);
      if ('error' in read) ui.fail(read.error);
      else if ('ask' in read) ui.ask(read.ask);
      else ui.send({ type: 'ANTWOORD', waarde: read.value });
    };
    // "Volgende" is a plain button, not a submit button: submitting a form makes the browser
    // read every field for its autofill (5 ms of a step at 4x CPU in a profile, issue 24). Enter
    // in a field still submits the form (implicit submission), and then `submit` reads it.
    const submit = (e: Event) => {
      e.preventDefault();
      next(e.target as HTMLFormElement);
    };
    // Say the number back as it is typed; a changed number is no longer the one asked about.
    const typed = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.name !== 'waarde' || input.type !== 'text') return;
      const out = input.form!.querySelector('[data-echo]');
      if (out) out.textContent = echo(q, input.value, lang, t);
      if (ui.asked) ui.ask(undefined);
    };
    // One form for every question, updated in place (a new form per question cost a step its
    // DOM: importing, inserting and styling it, and removing the old one, issue 24); the
    // controls take their state per question (`perQuestion`). The heading is new per question,
    // so that moving focus to it always announces it.
    return html`
      ${back(ui)}
      ${errorSummary(ui, firstControlId(q))}
      <p class="progress">${t(v.nog > 0 ? 'vraag.voortgang' : 'vraag.voortgangKlaar', { nummer: v.nummer, count: v.nog })}</p>
      <form novalidate data-vraag=${q.id} data-voorlees @submit=${submit} @change=${exclusive} @input=${typed}>
        ${renderQuestion(
          {
            q,
            lang,
            perspectief: v.perspectief,
            value: v.antwoord,
            error: ui.error,
            t,
            ask: ui.asked ? askWhich(q, ui.asked, ui) : undefined,
          },
          keyed(q.id, heading),
        )}
        <div class="actions"><button class="primary" type="button" @click=${(e: Event) => next((e.currentTarget as HTMLButtonElement).form!)}>${t('vraag.volgende')}</button>${readAloud(ui, q.label[lang])}</div>
      </form>`;
  },
};
