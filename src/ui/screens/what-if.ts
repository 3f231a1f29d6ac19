/**
 * "Wat als …?" on the result (issue 21, item 4), loaded on first open (what-if-loader.ts): the
 * person picks one answer they gave, types or picks another value, and sees which outcomes and
 * amounts change, before → after, only the regelingen that change, then "Verder verandert er
 * niets". The comparison is engine/what-if.ts, worked out in the browser: nothing is sent, and
 * the person's answers and the result stay as they are ("Terug naar uw uitslag" closes it).
 * It does not offer to take the new answer over: that is "Antwoorden wijzigen", on purpose.
 *
 * The comparison is a list with text (no colour, no table: it fits 320 px), under a heading that
 * takes focus when it appears, so a screen reader reads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Question } from '../../dataset/model.js';
import type { Answer, Context } from '../../engine/types.js';
import { whatIf, whatIfQuestions, type Side, type WhatIf } from '../../engine/what-if.js';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import { readNumber } from './numbers.js';
import type { formatAnswer } from './question.js';
import type { amountText } from './worth.js';
import { TEXT as WORTH } from './worth-text.js';

/**
 * The result screen's own formatters, handed in by what-if-loader.ts: importing question.ts or
 * worth.ts here makes Rolldown split lit and the engine off the main bundle (see worth-loader.ts).
 */
export interface Formats {
  answer: typeof formatAnswer;
  amount: typeof amountText;
}

const nl = {
  uitleg: 'Kies één antwoord. Probeer dan een ander antwoord. U ziet wat er dan verandert aan de uitslag.',
  privacy: 'Uw antwoorden blijven zoals ze zijn. De wijzer stuurt niets.',
  welk: 'Welk antwoord wilt u anders proberen?',
  nu: 'nu: {{antwoord}}',
  ander: 'Probeer dit antwoord',
  bekijk: 'Bekijk wat er verandert',
  terug: 'Terug naar uw uitslag',
  geenVragen: 'Er is geen antwoord dat u hier kunt veranderen.',
  kop: 'Als ‘{{label}}’ {{na}} is in plaats van {{voor}}',
  nuLabel: 'Nu',
  straks: 'Met dit antwoord',
  nietGetoond: 'Niet in de uitslag',
  geen: 'Met dit antwoord verandert er niets aan de uitslag.',
  verder: 'Verder verandert er niets.',
  nieuweVragen: 'Met dit antwoord zijn er nog vragen die u niet hebt beantwoord. Daarom staat er soms ‘misschien’.',
  foutGetal: 'Vul een getal in, bijvoorbeeld 1500.',
  foutMin: 'Vul {{min}} of meer in.',
  foutMax: 'Vul {{max}} of minder in.',
  foutTwee: 'Dit getal kan op twee manieren gelezen worden. Typ het zonder punt of komma.',
  foutKies: 'Kies een ander antwoord.',
  foutVraag: 'Kies eerst welk antwoord u anders wilt proberen.',
  foutZelfde: 'Dit is uw antwoord nu. Kies of typ een ander antwoord.',
};

const en: typeof nl = {
  uitleg: 'Choose one answer. Then try another answer. You see what changes in the result.',
  privacy: 'Your answers stay as they are. Nothing is sent.',
  welk: 'Which answer do you want to try differently?',
  nu: 'now: {{antwoord}}',
  ander: 'Try this answer',
  bekijk: 'See what changes',
  terug: 'Back to your result',
  geenVragen: 'There is no answer you can change here.',
  kop: 'If ‘{{label}}’ is {{na}} instead of {{voor}}',
  nuLabel: 'Now',
  straks: 'With this answer',
  nietGetoond: 'Not in the result',
  geen: 'With this answer nothing changes in the result.',
  verder: 'Nothing else changes.',
  nieuweVragen: 'With this answer there are questions you have not answered. So some say ‘maybe’.',
  foutGetal: 'Enter a number, for example 1500.',
  foutMin: 'Enter {{min}} or more.',
  foutMax: 'Enter {{max}} or less.',
  foutTwee: 'This number can be read in two ways. Type it without a point or comma.',
  foutKies: 'Choose another answer.',
  foutVraag: 'First choose which answer you want to try differently.',
  foutZelfde: 'This is your answer now. Choose or type another answer.',
};

export const TEXT = { nl, en };
type Key = keyof typeof nl;
const say = (lang: Language, key: Key, vars: Record<string, string | number> = {}) =>
  TEXT[lang][key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The what-if of the result on screen: which answer, the value typed, the comparison shown. */
let state:
  | {
      ctx: Context;
      feit?: string;
      raw?: string;
      keuze?: string;
      /** The ticked options of a meerkeuze (starting from the answer now). */
      keuzes?: string[];
      shown?: WhatIf;
      error?: string;
    }
  | undefined;

/** The question's label for the person ("Bruto inkomen per jaar"). */
const label = (q: Question, lang: Language) => q.label[lang];

/** The new answer from the form, or why it cannot be read. */
function read(q: Question, ui: Ui, current: Answer | undefined): { value: Answer } | { error: string } {
  const { lang } = ui;
  let value: Answer;
  if (q.type === 'getal' || q.type === 'bedrag') {
    const r = readNumber(state?.raw ?? '', lang);
    if (!r) return { error: say(lang, 'foutGetal') };
    if ('readings' in r) return { error: say(lang, 'foutTwee') };
    if (q.type === 'getal' && !Number.isInteger(r.value)) return { error: say(lang, 'foutGetal') };
    if (q.min !== undefined && r.value < q.min) return { error: say(lang, 'foutMin', { min: q.min }) };
    if (q.max !== undefined && r.value > q.max) return { error: say(lang, 'foutMax', { max: q.max }) };
    value = r.value;
  } else if (q.type === 'meerkeuze') {
    const ticked = (q.opties ?? []).map((o) => o.waarde).filter((w) => state?.keuzes?.includes(w));
    if (!ticked.length) return { error: say(lang, 'foutKies') };
    const now = Array.isArray(current) ? current : [];
    if (ticked.length === now.length && ticked.every((w) => now.includes(w))) return { error: say(lang, 'foutZelfde') };
    return { value: ticked };
  } else {
    const k = state?.keuze;
    if (k === undefined) return { error: say(lang, 'foutKies') };
    value = q.type === 'ja-nee' ? k === 'ja' : k;
  }
  return value === current ? { error: say(lang, 'foutZelfde') } : { value };
}

/** One side of a row: the outcome, and the amount when there is one. */
function sideText(s: Side, ui: Ui, f: Formats): string {
  const { lang, t } = ui;
  if (!s.uitkomst) return say(lang, 'nietGetoond');
  const outcome = s.komt ? t('resultaat.komtBinnenJaar') : t(`resultaat.${s.uitkomst === 'past-niet' ? 'pastNiet' : s.uitkomst}`);
  const w = s.bedrag;
  return w
    ? `${outcome}. ${WORTH[lang][w.totaal ? 'totaal' : 'bedrag'].replace('{{bedrag}}', f.amount(w.bedrag, lang)).replace('{{per}}', WORTH[lang][`per_${w.per}`])}`
    : outcome;
}

function comparison(w: WhatIf, q: Question, ui: Ui, f: Formats): TemplateResult {
  const { lang, t } = ui;
  // "€ 70.000" never breaks after the euro sign.
  const answer = (a: Answer | undefined) => (a === undefined ? '—' : f.answer(q, a, lang, t).replace(/€ /g, '€\u00a0'));
  // The amounts always come with the year of their figures.
  const years = [...new Set(w.rijen.flatMap((r) => [...(r.voor.bedrag?.jaren ?? []), ...(r.na.bedrag?.jaren ?? [])]))].sort();
  return html`<div class="what-if-result">
    <h4 id="watals-uitkomst" tabindex="-1">${say(lang, 'kop', { label: label(q, lang), na: answer(w.na), voor: answer(w.voor) })}</h4>
    ${
      w.rijen.length
        ? html`<ul class="what-if-rows">${w.rijen.map(
            (r) => html`<li data-regeling=${r.regeling.id}><strong>${r.regeling.naam[lang]}</strong>
            <dl>
              <div><dt>${say(lang, 'nuLabel')}:</dt> <dd data-voor>${sideText(r.voor, ui, f)}</dd></div>
              <div><dt>${say(lang, 'straks')}:</dt> <dd data-na>${sideText(r.na, ui, f)}</dd></div>
            </dl></li>`,
          )}</ul>
          <p data-verder>${say(lang, 'verder')}</p>
          ${years.length ? html`<p class="meta">${WORTH[lang].jaar.replace('{{jaar}}', years.join(', '))}</p>` : nothing}`
        : html`<p data-verder>${say(lang, 'geen')}</p>`
    }
    ${w.nieuweVragen ? html`<p class="meta">${say(lang, 'nieuweVragen')}</p>` : nothing}
  </div>`;
}

/**
 * The control for the other value: a number field; for one choice a radio per option (the
 * current one left out); for several choices the checkboxes, ticked as answered now.
 */
function valueControl(q: Question, ui: Ui, current: Answer | undefined, changed: () => void): TemplateResult {
  const { lang, t } = ui;
  if (q.type === 'getal' || q.type === 'bedrag') {
    const unit = q.type === 'bedrag' ? '€' : q.eenheid ? t(`vraag.eenheid.${q.eenheid}`) : '';
    const input = html`<input id="watals-waarde" type="text" inputmode=${q.type === 'bedrag' ? 'decimal' : 'numeric'} autocomplete="off"
      spellcheck="false" .value=${state?.raw ?? ''} aria-describedby="watals-fout"
      @input=${(e: Event) => {
        state!.raw = (e.target as HTMLInputElement).value;
      }} />`;
    return html`<div class="field">
      <label for="watals-waarde">${say(lang, 'ander')}: ${label(q, lang)}</label>
      <div class="money">${q.type === 'bedrag' ? html`<span aria-hidden="true">${unit}</span>${input}<span class="visually-hidden">${t('vraag.euro')}</span>` : html`${input}${unit ? html`<span>${unit}</span>` : nothing}`}</div>
    </div>`;
  }
  if (q.type === 'meerkeuze') {
    const ticked = (state!.keuzes ??= Array.isArray(current) ? [...current] : []);
    // Ticking an option marked exclusive ("Geen van deze") clears the others, and back.
    const tick = (waarde: string, on: boolean, exclusief: boolean) => {
      const now = state!.keuzes ?? [];
      const rest = on ? now.filter((w) => !exclusief && !q.opties?.find((o) => o.waarde === w)?.exclusief) : now;
      state!.keuzes = on ? [...rest, waarde] : rest.filter((w) => w !== waarde);
      changed();
    };
    return html`<fieldset aria-describedby="watals-fout">
      <legend>${say(lang, 'ander')}: ${label(q, lang)}</legend>
      <div class="choices">${(q.opties ?? []).map(
        (o, i) => html`<div class="choice"><input id="watals-optie-${i}" type="checkbox" name="watals-optie" .value=${o.waarde}
          .checked=${ticked.includes(o.waarde)} @change=${(e: Event) => tick(o.waarde, (e.target as HTMLInputElement).checked, !!o.exclusief)} />
          <label for="watals-optie-${i}">${o.tekst[lang]}</label></div>`,
      )}</div>
    </fieldset>`;
  }
  const options: { waarde: string; tekst: string }[] =
    q.type === 'ja-nee'
      ? [
          { waarde: 'ja', tekst: t('vraag.ja') },
          { waarde: 'nee', tekst: t('vraag.nee') },
        ]
      : (q.opties ?? []).map((o) => ({ waarde: o.waarde, tekst: o.tekst[lang] }));
  const now = current === true ? 'ja' : current === false ? 'nee' : current;
  return html`<fieldset aria-describedby="watals-fout">
    <legend>${say(lang, 'ander')}: ${label(q, lang)}</legend>
    <div class="choices">${options
      .filter((o) => o.waarde !== now)
      .map(
        (o, i) => html`<div class="choice"><input id="watals-optie-${i}" type="radio" name="watals-optie" .value=${o.waarde}
          .checked=${state?.keuze === o.waarde} @change=${() => {
            state!.keuze = o.waarde;
            changed();
          }} /><label for="watals-optie-${i}">${o.tekst}</label></div>`,
      )}</div>
  </fieldset>`;
}

/** The panel: the answers to choose from, the other value, the comparison, and back. */
export function whatIfPanel(v: ResultaatView, ui: Ui, close: () => void, f: Formats): TemplateResult {
  const { lang, t } = ui;
  const ctx = v.context;
  if (state?.ctx !== ctx) state = { ctx };
  const s = state;
  const questions = whatIfQuestions(ctx);
  const q = questions.find((x) => x.id === s.feit);
  const current = q ? ctx.answers[q.id] : undefined;
  const rerender = () => ui.open('watals');
  const choose = (id: string) => {
    if (s.feit === id) return;
    Object.assign(s, { feit: id, raw: undefined, keuze: undefined, keuzes: undefined, shown: undefined, error: undefined });
    rerender();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!q) {
      s.error = say(lang, 'foutVraag');
      rerender();
      await ui.focus('#watals-vraag-0');
      return;
    }
    const r = read(q, ui, current);
    if ('error' in r) {
      s.error = r.error;
      s.shown = undefined;
      rerender();
      await ui.focus(q.type === 'getal' || q.type === 'bedrag' ? '#watals-waarde' : '#watals-optie-0');
      return;
    }
    s.error = undefined;
    s.shown = whatIf(ctx, q.id, r.value, v.contextFor);
    rerender();
    await ui.focus('#watals-uitkomst');
  };
  return html`<section class="what-if no-print" aria-labelledby="watals-kop">
    <h3 id="watals-kop" tabindex="-1">${t('resultaat.watAls')}</h3>
    ${
      questions.length
        ? html`<p>${say(lang, 'uitleg')}</p>
    <p class="meta">${say(lang, 'privacy')}</p>
    <form novalidate @submit=${submit}>
      <fieldset>
        <legend>${say(lang, 'welk')}</legend>
        <div class="choices">${questions.map(
          (x, i) => html`<div class="choice"><input id="watals-vraag-${i}" type="radio" name="watals-vraag" .value=${x.id}
            .checked=${x.id === s.feit} @change=${() => choose(x.id)} /><label for="watals-vraag-${i}">${label(x, lang)}
            <span class="hint">(${say(lang, 'nu', { antwoord: f.answer(x, ctx.answers[x.id]!, lang, t) })})</span></label></div>`,
        )}</div>
      </fieldset>
      ${q ? valueControl(q, ui, current, rerender) : nothing}
      <p id="watals-fout" class="error-message" ?hidden=${!s.error}>${s.error ?? ''}</p>
      <div class="actions"><button type="submit" class="primary" data-watals-bekijk>${say(lang, 'bekijk')}</button></div>
    </form>
    ${s.shown && q && s.shown.feit === q.id ? comparison(s.shown, q, ui, f) : nothing}`
        : html`<p>${say(lang, 'geenVragen')}</p>`
    }
    <div class="actions"><button type="button" class="secondary" data-watals-terug @click=${close}>${say(lang, 'terug')}</button></div>
  </section>`;
}

/** Forget the what-if (start again, next patient). */
export function forgetWhatIf(): void {
  state = undefined;
}
