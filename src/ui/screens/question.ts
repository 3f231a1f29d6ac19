/**
 * One question on its own screen (GOV.UK / NL Design System pattern): the question is the
 * legend and heading, a hint under it, the right control, "Weet ik niet" where allowed, and an
 * error message linked to the field. Reading the form back into an answer lives here too, and
 * how an answer reads on the review screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { i18n } from 'i18next';
import type { Language, Perspective, PerspectiveText, Question } from '../../dataset/model.js';
import type { Answer } from '../../engine/types.js';
import type { VraagView } from '../../flow/view.js';
import { back, errorSummary, readAloud, restart, type Screen } from './common.js';

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
}

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
    <input id=${id} type=${type} name="antwoord" .value=${value} ?checked=${checked} .checked=${checked} data-exclusief=${exclusive ? 'ja' : nothing}
      aria-describedby=${hint ? `${id}-hint` : nothing} />
    <label for=${id}>${label}${hint ? html`<span id="${id}-hint" class="hint"><br />${hint}</span>` : nothing}</label>
  </div>`;
}

function controls({ q, lang, value, t }: QuestionProps): TemplateResult {
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
      const shown = typeof value === 'number' ? formatNumber(value, lang) : typeof value === 'string' ? value : '';
      const input =
        q.type === 'datum'
          ? html`<input id=${fieldId(q)} name="waarde" type="date" .value=${shown} aria-describedby="${fieldId(q)}-hint ${fieldId(q)}-fout" />`
          : html`<input id=${fieldId(q)} name="waarde" type="text" inputmode=${q.type === 'bedrag' ? 'decimal' : 'numeric'} autocomplete="off" spellcheck="false"
            .value=${shown} aria-describedby="${fieldId(q)}-hint ${fieldId(q)}-fout" />`;
      return html`<div class="field">
        ${
          q.type === 'bedrag'
            ? html`<div class="money"><span aria-hidden="true">€</span>${input}<span class="visually-hidden">${t('vraag.euro')}</span></div>`
            : q.eenheid
              ? html`<div class="money">${input}<span>${t(`vraag.eenheid.${q.eenheid}`)}</span></div>`
              : input
        }
        ${q.weetNiet ? html`<p class="or"></p>${choice('checkbox', q, 1, DONT_KNOW, t('vraag.weetNiet'), dk, undefined, true)}` : nothing}
      </div>`;
    }
  }
}

function renderQuestion(props: QuestionProps, heading: TemplateResult): TemplateResult {
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

const numbers = new Map<Language, Intl.NumberFormat>();
/** A number as a person reads it in their language ("1.500" / "1,500"); the form shows it so too. */
function formatNumber(n: number, lang: Language): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** Parse a number as a person types it: "1.500", "1500,50", "€ 1.500" (nl) or "1,500.50" (en). */
export function parseNumber(raw: string, lang: Language): number | undefined {
  let s = raw.replace(/[€\s]/g, '');
  if (!s) return undefined;
  if (lang === 'nl') s = s.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  else s = s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** Read the form into an answer, or an error message for the error summary. */
export function readAnswer(form: HTMLFormElement, q: Question, lang: Language, t: i18n['t']): { value: Answer } | { error: string } {
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
      const raw = form.querySelector<HTMLInputElement>('input[name="waarde"]')?.value ?? '';
      const n = parseNumber(raw, lang);
      if (n === undefined || (q.type === 'getal' && !Number.isInteger(n)))
        return { error: t(q.type === 'getal' ? 'vraag.foutGetal' : 'vraag.foutBedrag') };
      if (q.min !== undefined && n < q.min) return { error: t('vraag.foutMin', { min: q.min }) };
      if (q.max !== undefined && n > q.max) return { error: t('vraag.foutMax', { max: q.max }) };
      return { value: n };
    }
  }
}

/** How an answer reads on the review screen. */
export function formatAnswer(q: Question, a: Answer, lang: Language, t: i18n['t']): string {
  if (a === null) return t('vraag.weetNiet');
  if (typeof a === 'boolean') return t(a ? 'vraag.ja' : 'vraag.nee');
  if (typeof a === 'number') {
    if (q.type === 'bedrag') return `€ ${formatNumber(a, lang)}`;
    return q.eenheid ? `${formatNumber(a, lang)} ${t(`vraag.eenheid.${q.eenheid}`)}` : formatNumber(a, lang);
  }
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
    const submit = (e: Event) => {
      e.preventDefault();
      const read = readAnswer(e.target as HTMLFormElement, q, lang, t);
      if ('error' in read) ui.fail(read.error);
      else ui.send({ type: 'ANTWOORD', waarde: read.value });
    };
    return html`
      ${back(ui)}
      ${errorSummary(ui, firstControlId(q))}
      <p class="progress">${t(v.nog > 0 ? 'vraag.voortgang' : 'vraag.voortgangKlaar', { nummer: v.nummer, count: v.nog })}</p>
      ${keyed(
        q.id,
        html`<form novalidate data-vraag=${q.id} data-voorlees @submit=${submit} @change=${exclusive}>
        ${renderQuestion({ q, lang, perspectief: v.perspectief, value: v.antwoord, error: ui.error, t }, heading)}
        <div class="actions"><button class="primary" type="submit">${t('vraag.volgende')}</button>${readAloud(ui, q.label[lang])}</div>
      </form>`,
      )}
      ${restart(ui)}`;
  },
};
