/**
 * `<regelingen-wizard>`: renders the questionnaire machine's state and sends it events.
 *
 * @summary Helps people find the regelingen that may apply to them and the counter to go to.
 * @attr gemeente - CBS municipality code (GM0344) whose overlay fills in local counters and regelingen.
 * @attr lang - Language: nl (default) or en. Switches live without losing answers.
 * @attr perspective - Preselect who it is for: zelf, mantelzorger, werkgever or professional.
 * @attr mode - resident (default) or professional (starts in the professional perspective).
 * @attr dataset-url - URL of a full dataset (JSON) to use instead of the embedded one.
 * @attr overlay-url - URL of a municipal overlay (JSON).
 * @attr datum - Check date JJJJ-MM-DD (default: today).
 * @attr timeout - Milliseconds before a dataset or overlay URL counts as failed (default 10000).
 * @attr persist - Opt in to keep answers in sessionStorage (cleared on start over).
 * @fires regelingenwijzer:step - A new screen is shown. detail: { scherm, vraag? } (no answers).
 * @fires regelingenwijzer:result - The result is shown. detail: { past: string[], misschien: string[] }.
 * @fires regelingenwijzer:error - The dataset could not be loaded. detail: { url, reden }.
 * @cssproperty --regelingenwijzer-primary-color - Buttons; falls back to --utrecht-button-primary-action-background-color.
 */
import { keyed } from 'lit/directives/keyed.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import type { i18n } from 'i18next';
import { createI18n, toLanguage } from '../i18n/index.js';
import { wizardMachine } from '../flow/machine.js';
import { loadDataset, embeddedOverlay, type LoadError } from '../dataset/source.js';
import { PERSPECTIVES, type Dataset, type Language, type Perspective, type Question } from '../dataset/model.js';
import { makeContext } from '../engine/context.js';
import { ALL_TOPICS, explainAll } from '../engine/evaluate.js';
import { route, type Route } from '../engine/route.js';
import type { Answers, Result } from '../engine/types.js';
import { styles } from './styles.js';
import { firstControlId, formatAnswer, readAnswer, renderQuestion, wording } from './question-view.js';
import { renderResult } from './result-view.js';
import { phoneLink } from './contact.js';

type Snapshot = SnapshotFrom<typeof wizardMachine>;
const STORAGE_KEY = 'regelingenwijzer:antwoorden';

export class RegelingenWizard extends LitElement {
  static override styles = styles;
  static override properties = {
    gemeente: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    perspective: { type: String, reflect: true },
    mode: { type: String, reflect: true },
    datasetUrl: { type: String, attribute: 'dataset-url' },
    overlayUrl: { type: String, attribute: 'overlay-url' },
    datum: { type: String },
    persist: { type: Boolean },
    timeout: { type: Number },
    snapshot: { state: true },
    error: { state: true },
  };

  /** CBS municipality code, e.g. GM0344. */
  declare gemeente: string | undefined;
  declare lang: string;
  /** Preselected perspective: zelf | mantelzorger | werkgever | professional. */
  declare perspective: Perspective | undefined;
  /** resident | professional. */
  declare mode: 'resident' | 'professional' | undefined;
  declare datasetUrl: string | undefined;
  declare overlayUrl: string | undefined;
  declare datum: string | undefined;
  declare persist: boolean;
  declare timeout: number | undefined;
  declare snapshot: Snapshot | undefined;
  declare error: string | undefined;

  private actor?: Actor<typeof wizardMachine>;
  private i18n?: i18n;
  private lastScreen = '';
  /** The results on the result screen, as rendered (the result event reports the same). */
  private shownResults: Result[] = [];

  constructor() {
    super();
    this.lang = 'nl';
    this.persist = false;
  }

  private get language(): Language {
    return toLanguage(this.lang);
  }

  private get t(): i18n['t'] {
    if (!this.i18n) this.i18n = createI18n(this.language);
    return this.i18n.t;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('translate', 'no');
    this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actor?.stop();
    this.actor = undefined;
    this.lastScreen = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.i18n && this.i18n.language !== this.language) void this.i18n.changeLanguage(this.language);
    const restart = ['gemeente', 'datasetUrl', 'overlayUrl', 'perspective', 'mode', 'datum', 'timeout'] as const;
    if (this.hasUpdated && this.actor && restart.some((k) => changed.has(k))) this.start();
  }

  private presetPerspective(): Perspective | undefined {
    if (this.perspective && (PERSPECTIVES as readonly string[]).includes(this.perspective)) return this.perspective;
    return this.mode === 'professional' ? 'professional' : undefined;
  }

  private restored(): Answers | undefined {
    if (!this.persist) return undefined;
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') ?? undefined; } catch { return undefined; }
  }

  /** (Re)start the machine with the current configuration. Answers survive a restart. */
  private start(): void {
    const keep = this.snapshot?.context.answers;
    this.actor?.stop();
    const opts = { gemeente: this.gemeente, datasetUrl: this.datasetUrl, overlayUrl: this.overlayUrl, timeout: this.timeout };
    this.actor = createActor(wizardMachine, {
      input: { load: () => loadDataset(opts), perspectief: this.presetPerspective(), datum: this.datum, answers: keep ?? this.restored() },
    });
    this.actor.subscribe((s) => { this.snapshot = s; this.onSnapshot(s); });
    this.actor.start();
  }

  private send(event: Parameters<Actor<typeof wizardMachine>['send']>[0]): void {
    this.error = undefined;
    this.actor?.send(event);
  }

  private screenOf(s: Snapshot): string {
    return s.matches('vragen') ? `vragen:${s.context.shown}` : String(s.value);
  }

  private onSnapshot(s: Snapshot): void {
    if (this.persist) {
      try {
        if (Object.keys(s.context.answers).length) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s.context.answers));
        else sessionStorage.removeItem(STORAGE_KEY);
      } catch { /* storage blocked: keep going without it */ }
    }
    const screen = this.screenOf(s);
    if (screen === this.lastScreen) return;
    const first = this.lastScreen === '';
    this.lastScreen = screen;
    this.updateComplete.then(() => this.afterScreenChange(s, first));
  }

  private afterScreenChange(s: Snapshot, first: boolean): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    if (heading && !first) heading.focus();
    const live = this.renderRoot.querySelector('[data-live]');
    if (live && !first) live.textContent = heading?.textContent?.trim() ?? '';
    const scherm = String(s.value);
    this.emit('step', { scherm, vraag: s.matches('vragen') ? s.context.shown : undefined });
    if (s.matches('resultaat')) {
      const results = this.shownResults;
      this.emit('result', {
        past: results.filter((r) => r.uitkomst === 'past').map((r) => r.regeling.id),
        misschien: results.filter((r) => r.uitkomst === 'misschien').map((r) => r.regeling.id),
      });
    }
    if (s.matches('fout')) {
      const e = s.context.error;
      // By name: the on-demand chunk may carry its own copy of the class.
      const load = (e as Error | undefined)?.name === 'LoadError' ? (e as LoadError) : undefined;
      console.error(e instanceof Error ? e.message : e, load ? load.problems : '');
      this.emit('error', load ? { url: load.url, reden: load.reason, problemen: load.problems } : { reden: String(e) });
    }
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(`regelingenwijzer:${name}`, { detail, bubbles: true, composed: true }));
  }

  // ---------------------------------------------------------------- rendering

  private heading(text: string): TemplateResult {
    return html`<h2 tabindex="-1" data-heading>${text}</h2>`;
  }

  override render(): TemplateResult {
    const s = this.snapshot;
    return html`<div class="wizard" lang=${this.language} data-scherm=${s ? String(s.value) : "laden"}>
      <div class="visually-hidden" role="status" aria-live="polite" data-live></div>
      ${!s || s.matches('laden') ? html`<p role="status">${this.t('laden')}</p>` : nothing}
      ${s?.matches('fout') ? this.renderLoadError() : nothing}
      ${s?.matches('start') ? this.renderStart(s) : nothing}
      ${s && (s.matches('vragen') || s.matches('overzicht')) ? this.renderCrisis(s.context.crisis) : nothing}
      ${s?.matches('vragen') ? this.renderQuestionScreen(s) : nothing}
      ${s?.matches('overzicht') ? this.renderReview(s) : nothing}
      ${s?.matches('resultaat') ? this.renderResultScreen(s) : nothing}
      ${s && s.context.dataset && !s.matches('resultaat') ? this.renderUrgentHelp(s.context.dataset) : nothing}
    </div>`;
  }

  /**
   * On every screen before the result: the crisis lines of the dataset, collapsed. The first
   * question also offers "not safe at home" and the like; this is the safety net for whoever
   * does not get that far.
   */
  private renderUrgentHelp(ds: Dataset): TemplateResult | typeof nothing {
    const lines = ds.loketten.filter((l) => l.crisis && l.telefoon);
    if (!lines.length) return nothing;
    const lang = this.language;
    return html`<details class="urgent-help no-print"><summary>${this.t('nood.kop')}</summary>
      <ul>
        <li>${this.t('nood.gevaar')}</li>
        ${lines.map((l) => html`<li><strong>${l.naam[lang]}</strong>: ${phoneLink(l.telefoon!)}${l.uitleg ? html`. ${l.uitleg[lang].split(/(?<=[.?!])\s/)[0]}` : nothing}</li>`)}
      </ul>
    </details>`;
  }

  /** The crisis lines that fit the answers so far, at the top of every screen from then on. */
  private renderCrisis(routes: Route[]): TemplateResult | typeof nothing {
    if (!routes.length) return nothing;
    const lang = this.language;
    return html`<section class="crisis-now" aria-labelledby="crisis-kop">
      <h2 id="crisis-kop">${this.t('resultaat.crisis')}</h2>
      <ul>${routes.map((r) => html`<li><strong>${(r.contact?.naam ?? r.loket.naam)[lang]}</strong>${r.contact?.telefoon ? html`: ${phoneLink(r.contact.telefoon)}` : nothing}${r.algemeen ? html`. ${r.algemeen[lang]}` : nothing}</li>`)}</ul>
    </section>`;
  }

  private renderLoadError(): TemplateResult {
    const overlay = embeddedOverlay(this.gemeente);
    const contact = overlay?.loketten?.['gemeente-algemeen'] ?? overlay?.loketten?.['wmo-loket'];
    const lang = this.language;
    return html`<div role="alert">
      ${this.heading(this.t('laadFout.kop'))}
      <p>${this.t('laadFout.tekst')}</p>
      ${contact ? html`<p><strong>${contact.naam[lang]}</strong><br />
        ${contact.telefoon ? html`${this.t('resultaat.telefoon')}: ${phoneLink(contact.telefoon)}<br />` : nothing}
        ${contact.website ? html`<a href=${contact.website} rel="noopener noreferrer" target="_blank">${contact.website}</a>` : nothing}</p>`
        : html`<p><a href="https://organisaties.overheid.nl/Gemeenten/" rel="noopener noreferrer" target="_blank">organisaties.overheid.nl/Gemeenten</a></p>`}
    </div>`;
  }

  private renderErrorSummary(message: string, target: string): TemplateResult {
    return html`<div class="error-summary" role="alert" aria-labelledby="fout-kop">
      <h2 id="fout-kop">${this.t('fout.samenvatting')}</h2>
      <ul><li><a href="#${target}" @click=${(e: Event) => { e.preventDefault(); this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus(); }}>${message}</a></li></ul>
    </div>`;
  }

  private renderStart(s: Snapshot): TemplateResult {
    const chosen = s.context.perspectief;
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const p = form.querySelector<HTMLInputElement>('input[name="perspectief"]:checked')?.value as Perspective | undefined;
      if (!p && !s.context.preset) { this.error = this.t('start.foutKies'); return; }
      if (p) this.send({ type: 'KIES', perspectief: p });
      this.send({ type: 'START' });
    };
    return html`
      ${this.error ? this.renderErrorSummary(this.error, 'perspectief-0') : nothing}
      ${this.heading(this.t('start.kop', { context: s.context.preset }))}
      <p>${this.t('start.intro', { context: s.context.preset })} ${this.t('start.duur')}</p>
      <p>${this.t('start.privacy')}</p>
      <form novalidate @submit=${submit}>
        ${s.context.preset ? nothing : html`<fieldset class=${this.error ? 'has-error' : ''} aria-describedby="start-fout">
          <legend><h3>${this.t('start.voorWie')}</h3></legend>
          <p id="start-fout" class="error-message" ?hidden=${!this.error}>${this.error}</p>
          <div class="choices">
            ${PERSPECTIVES.map((p, i) => html`<div class="choice">
              <input type="radio" id="perspectief-${i}" name="perspectief" .value=${p} ?checked=${chosen === p} />
              <label for="perspectief-${i}">${this.t(`perspectief.${p}`)}</label></div>`)}
          </div>
        </fieldset>`}
        <div class="actions"><button class="primary" type="submit">${this.t('start.knop')}</button></div>
      </form>`;
  }

  private renderQuestionScreen(s: Snapshot): TemplateResult {
    const { dataset, shown, perspectief, walk, answers } = s.context;
    const q = dataset?.vragen.find((x) => x.id === shown);
    if (!q || !perspectief || !walk) return html``;
    const lang = this.language;
    const index = walk.path.indexOf(q.id);
    const number = (index >= 0 ? index : walk.path.length) + 1;
    const remaining = index >= 0 ? walk.path.length - index - 1 + walk.nogHoogstens : walk.nogHoogstens - 1;
    const submit = (e: Event) => {
      e.preventDefault();
      const read = readAnswer(e.target as HTMLFormElement, q, lang, this.t);
      if ('error' in read) { this.error = read.error; this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary a')?.focus()); return; }
      this.send({ type: 'ANTWOORD', waarde: read.value });
    };
    const exclusive = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.type !== 'checkbox' || !input.checked) return;
      const form = input.form!;
      const others = [...form.querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].filter((i) => i !== input);
      for (const o of others) if (input.dataset['exclusief'] === 'ja' || o.dataset['exclusief'] === 'ja') o.checked = false;
      if (input.dataset['exclusief'] === 'ja') { const field = form.querySelector<HTMLInputElement>('input[name="waarde"]'); if (field) field.value = ''; }
    };
    return html`
      <button type="button" class="link back" @click=${() => this.send({ type: 'TERUG' })}>${this.t('vraag.terug')}</button>
      ${this.error ? this.renderErrorSummary(this.error, firstControlId(q)) : nothing}
      <p class="progress">${remaining > 0 ? this.t('vraag.voortgang', { nummer: number, nog: remaining }) : this.t('vraag.voortgangKlaar', { nummer: number })}</p>
      ${keyed(q.id, html`<form novalidate data-vraag=${q.id} @submit=${submit} @change=${exclusive}>
        ${renderQuestion({ q, lang, perspectief, value: answers[q.id], error: this.error, t: this.t }, this.heading(wording(q.vraag, perspectief, lang)))}
        <div class="actions"><button class="primary" type="submit">${this.t('vraag.volgende')}</button></div>
      </form>`)}
      ${this.renderRestart()}`;
  }

  private renderReview(s: Snapshot): TemplateResult {
    const { dataset, walk, perspectief, answers } = s.context;
    const lang = this.language;
    const rows = (walk?.path ?? []).map((id) => dataset!.vragen.find((q) => q.id === id)!);
    return html`
      <button type="button" class="link back" @click=${() => this.send({ type: 'TERUG' })}>${this.t('vraag.terug')}</button>
      ${this.heading(this.t('overzicht.kop'))}
      <p>${rows.length ? this.t('overzicht.intro') : this.t('overzicht.geenVragen')}</p>
      <dl class="summary">
        ${rows.map((q) => html`<div class="summary-row">
          <dt>${wording(q.vraag, perspectief!, lang)}</dt>
          <dd>${formatAnswer(q, answers[q.id]!, lang, this.t)}</dd>
          <dd><button type="button" class="link" aria-label=${this.t('overzicht.wijzigVraag', { vraag: q.label[lang] })}
            @click=${() => this.send({ type: 'WIJZIG', vraag: q.id })}>${this.t('overzicht.wijzig')}</button></dd>
        </div>`)}
      </dl>
      <div class="actions"><button class="primary" type="button" @click=${() => this.send({ type: 'BEKIJK_RESULTAAT' })}>${this.t('overzicht.knop')}</button></div>
      ${this.renderRestart()}`;
  }

  private renderResultScreen(s: Snapshot): TemplateResult {
    const { dataset, walk, perspectief, datum } = s.context;
    const ctx = makeContext(dataset!, walk!.answers, { perspectief: perspectief!, datum });
    const results = (this.shownResults = explainAll(ctx));
    const lang = this.language;
    const labelOf = (id: string) => (ctx.questions.get(id)?.label ?? dataset!.afgeleid.find((d) => d.id === id)?.label)?.[lang] ?? id;
    return html`
      ${this.heading(this.t('resultaat.kop'))}
      ${renderResult({
        routes: route(ctx, results),
        // A crisis line that does not apply is not a regeling someone missed: leave it out.
        notFitting: results.filter((r) => r.uitkomst === 'past-niet' && !r.regeling.crisis),
        lang, perspectief: perspectief!, datum: ctx.datum, questions: ctx.questions, labelOf, t: this.t,
      })}
      ${this.renderTopics(ctx.topic, walk!.answers)}
      <div class="actions">
        <button class="secondary" type="button" @click=${() => this.send({ type: 'NAAR_OVERZICHT' })}>${this.t('resultaat.wijzigAntwoorden')}</button>
        <button class="secondary" type="button" @click=${() => window.print()}>${this.t('resultaat.afdrukken')}</button>
      </div>
      ${this.renderRestart()}`;
  }

  /** Which topics the result covers, and a way to look at the others. */
  private renderTopics(topic: Question | undefined, answers: Answers): TemplateResult | typeof nothing {
    const chosen = topic ? answers[topic.id] : undefined;
    if (!topic || !Array.isArray(chosen) || chosen.includes(ALL_TOPICS)) return nothing;
    const lang = this.language;
    const names = chosen.map((v) => topic.opties?.find((o) => o.waarde === v)?.tekst[lang] ?? v);
    return html`<p class="no-print">${this.t('resultaat.onderwerpen', { onderwerpen: names.join('; ') })}
      <button type="button" class="link" @click=${() => this.send({ type: 'WIJZIG', vraag: topic.id })}>${this.t('resultaat.andereOnderwerpen')}</button></p>`;
  }

  private renderRestart(): TemplateResult {
    return html`<div class="actions no-print"><button type="button" class="link" @click=${() => this.restartAll()}>${this.t('opnieuw')}</button></div>`;
  }

  private restartAll(): void {
    if (this.persist) try { sessionStorage.removeItem(STORAGE_KEY); } catch { /* ignore */ }
    this.send({ type: 'OPNIEUW' });
  }
}
