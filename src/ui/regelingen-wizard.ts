import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { i18n } from 'i18next';
import { firstT, loadStrings, prefetchLanguages, stringsOf, toLanguage } from '../i18n/first.js';
import type { Language } from '../dataset/schema.js';
import type { FlowEvent } from '../flow/machine.js';
import type { Snapshot, StartView, View } from '../flow/view.js';
import type { FlowActor } from '../flow/actor.js';
import { embeddedPending, loadDataset } from '../dataset/source.js';
import type { Contact, Perspective } from '../dataset/model.js';
import { styles } from './styles.js';
import { crisisSpoken, type Ui } from './screens/common.js';
import { lazyModule } from './lazy-module.js';
import { forgetResult, loadJourney, loadResult, page, resultLoaded } from './screens/index.js';
import { warmFormats } from './format.js';
import { warmNumbers } from './screens/numbers.js';
import { FocusController } from './controllers/focus.js';
import { HostEventsController } from './controllers/host-events.js';
import { PersistController } from './controllers/persist.js';
import { IdleController } from './controllers/idle.js';
import { ReadAloudController } from './controllers/read-aloud.js';
import { checkDatum, checkGemeente, checkIdle, checkTimeout, hostContact, presetOf, RESTART } from './settings.js';
import { onHandover, takeCapturedHandover } from '../handover/capture.js';
import type { ViewController } from './controllers/types.js';

type FlowModule = typeof import('../flow/actor.js');
let flow: FlowModule | undefined;
let flowLoad: Promise<FlowModule> | undefined;

type I18nModule = typeof import('../i18n/index.js');
/**
 * i18next and its set-up (src/i18n/index.ts): in the machine's chunk (one request), loaded with
 * it behind the first screen, whose strings `firstT` gives meanwhile. A failed load is tried again.
 */
const i18nChunk = lazyModule<I18nModule>(() => import('../i18n/index.js'));
const loadI18next = i18nChunk.load;

/** The first screen's `t` per language while i18next is on its way (made at the first render). */
const shellT: Partial<Record<Language, i18n['t']>> = {};

/**
 * The machine, xstate and the engine: a chunk of their own, loaded at the first start while the
 * start screen (or the loading line) is up, with i18next and the question and review screens:
 * the machine starts once all are in, so every screen after the first is translated by i18next
 * and has its code. A failed load is tried again on the next start.
 */
function loadFlow(): Promise<FlowModule> {
  flowLoad ??= Promise.all([import('../flow/actor.js'), loadI18next(), loadJourney()]).then(
    ([m]) => (flow = m),
    (e: unknown) => {
      flowLoad = undefined;
      throw e;
    },
  );
  return flowLoad;
}

/**
 * `<regelingen-wizard>`: asks a few questions and shows which regelingen may apply and the
 * counter to go to. It renders the questionnaire machine's view (src/flow) and sends it events.
 *
 * @summary Helps people find the regelingen that may apply to them and the counter to go to.
 * @fires regelingenwijzer:step - A new screen is shown. detail: { scherm, vraag? }, scherm one of laden, start, vragen, overzicht, resultaat, fout (no answers).
 * @fires regelingenwijzer:result - The result is shown. detail: { past: string[], misschien: string[] } (regeling ids).
 * @fires regelingenwijzer:error - The dataset could not be loaded. detail: { url, reden, problemen }.
 * @cssproperty --regelingenwijzer-primary-color - Buttons; falls back to --utrecht-button-primary-action-background-color.
 */
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
    datasetIntegrity: { type: String, attribute: 'dataset-integrity' },
    overlayIntegrity: { type: String, attribute: 'overlay-integrity' },
    overdracht: { type: String },
    wisNa: { type: String, attribute: 'wis-na' },
    snapshot: { state: true },
    error: { state: true },
    asked: { state: true },
  };

  /** CBS municipality code (GM0344) whose overlay fills in local counters and regelingen. */
  declare gemeente: string | undefined;
  /** Language: nl (default) or en. Switches live without losing answers. */
  declare lang: string;
  /** Preselect who it is for: zelf, mantelzorger, werkgever or professional. */
  declare perspective: Perspective | undefined;
  /** resident (default) or professional (starts in the professional perspective). */
  declare mode: 'resident' | 'professional' | undefined;
  /** URL of a full dataset (JSON) to use instead of the embedded one. */
  declare datasetUrl: string | undefined;
  /** URL of a municipal overlay (JSON). */
  declare overlayUrl: string | undefined;
  /** Check date JJJJ-MM-DD (default: today in the Netherlands). */
  declare datum: string | undefined;
  /** Opt in to keep answers in sessionStorage for this tab (cleared on start over). */
  declare persist: boolean;
  /** Milliseconds before a dataset or overlay URL counts as failed (default 10000). */
  declare timeout: number | undefined;
  /** SRI hash (`sha384-…`) the file at dataset-url must match; a mismatch is a load error. */
  declare datasetIntegrity: string | undefined;
  /** SRI hash (`sha384-…`) the file at overlay-url must match. */
  declare overlayIntegrity: string | undefined;
  /** `uit` turns off "Verder op uw telefoon" (QR code and link) and restoring from such a link. */
  declare overdracht: string | undefined;
  /**
   * Professional mode (a GP's consult): seconds without any action before the widget clears
   * itself as "Volgende patiënt" does (default 600, ten minutes), with a warning 30 seconds
   * before and "Ga door" to keep the journey. `uit` turns it off.
   */
  declare wisNa: string | undefined;
  /** The machine's current snapshot. @internal */
  declare snapshot: Snapshot | undefined;
  /** The validation error of the form on screen. @internal */
  declare error: string | undefined;
  /** The readings of an ambiguous number the person is asked to choose from. @internal */
  declare asked: number[] | undefined;

  private actor?: FlowActor;
  private view: View = { scherm: 'laden', key: '', step: { scherm: 'laden' }, crisis: [] };
  private i18n?: i18n;
  /** `i18n.t`, remembering its strings (memoT): the screens call it tens of times per render. */
  private t?: i18n['t'];
  /** The language on screen: the `lang` asked for once its strings are loaded. */
  private shown: Language = 'nl';
  /** Loading the strings of the language asked for (updateComplete waits for it). */
  private languageLoad?: Promise<void>;
  private prefetched = false;
  /** Loading the result screen's code before showing a result (updateComplete waits for it). */
  private resultLoad?: Promise<void>;
  /** Loading the machine's code before the first start (the start it will make). */
  private flowWait?: Promise<void>;
  /**
   * The start screen drawn while the embedded dataset is still on its way (the built widget loads
   * it as a chunk of its own): what the person does there waits in `queue` until the machine is
   * at its start screen. Only on a first start without answers to restore.
   */
  private shell?: { queue: FlowEvent[]; gekozen?: Perspective };
  /** The host's general contact (`contact-*`), for the error screen. */
  private contact?: Contact;
  /** Parts of the current screen the person opened (rendered only then). */
  private opened = new Set<string>();
  private readonly store = new PersistController(this);
  private readonly attention = new FocusController(this);
  /** A professional's screen clears itself after `wis-na` seconds without an action. */
  private readonly idle = new IdleController(
    this,
    () =>
      this.snapshot &&
      flow?.midJourney(this.snapshot) &&
      (this.mode === 'professional' || this.snapshot.context.perspectief === 'professional')
        ? checkIdle(this.wisNa)
        : undefined,
    () => {
      // Cleared for nobody's action: focus follows only when it is in the widget now.
      this.attention.hostChanged();
      this.nextPatient();
    },
  );
  private readonly voice = new ReadAloudController(this);
  private readonly controllers: ViewController[] = [this.store, this.attention, new HostEventsController(this), this.idle, this.voice];
  constructor() {
    super();
    this.lang = 'nl';
    this.persist = false;
  }

  /** The page is being printed: every collapsed part is rendered (print styles show it open). */
  private printing = false;
  private readonly printStart = () => {
    this.printing = true;
    this.requestUpdate();
  };
  private readonly printEnd = () => {
    this.printing = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.printStart);
    addEventListener('afterprint', this.printEnd);
    this.setAttribute('translate', 'no');
    this.stopListening = onHandover(() => this.handover());
    this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
    removeEventListener('beforeprint', this.printStart);
    removeEventListener('afterprint', this.printEnd);
    this.actor?.stop();
    this.actor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.syncLanguage();
    const restart = RESTART.some((k) => changed.has(k));
    // The host page changed a setting: that is no action of the person (no focus move, no announcement).
    if (this.hasUpdated && (restart || changed.has('lang'))) this.attention.hostChanged();
    if (this.hasUpdated && this.actor && restart) this.start();
    // A new idle limit applies at once (the count is not restarted).
    if (this.hasUpdated && changed.has('wisNa')) this.idle.changed(this.view);
  }

  private stopListening?: () => void;

  /**
   * A hand-over link opened in this tab without a reload: start afresh with its answers, as on a
   * fresh load (the first widget with the feature on takes it; the others keep their journey).
   */
  private handover(): void {
    if (this.overdracht === 'uit') return;
    const fragment = takeCapturedHandover();
    if (fragment === undefined) return;
    this.snapshot = undefined;
    this.start(fragment);
  }

  /**
   * Shows the language asked for: at once when its strings are loaded, else after they are
   * (the screen keeps its language meanwhile, so text and `lang` never disagree).
   */
  private syncLanguage(): void {
    const want = toLanguage(this.lang);
    if (want === this.shown) return;
    // Before i18next is in, the strings alone (the first screen's `t` speaks them).
    const i18n = this.instance();
    if (i18n ? i18nChunk.loaded()!.hasLanguage(i18n, want) : stringsOf(want)) {
      if (i18n) void i18n.changeLanguage(want);
      this.shown = want;
    } else
      this.languageLoad ??= (i18n ? i18nChunk.loaded()!.addLanguage(i18n, want) : loadStrings(want).then(() => undefined)).then(
        () => {
          this.languageLoad = undefined;
          this.requestUpdate();
        },
        (e: unknown) => {
          this.languageLoad = undefined;
          console.error('Regelingenwijzer: strings not loaded', e);
        },
      );
  }

  /** The element's i18next instance once i18next is in, speaking the language on screen. */
  private instance(): i18n | undefined {
    const setUp = i18nChunk.loaded();
    return setUp ? (this.i18n ??= setUp.createI18n(this.shown, stringsOf(this.shown))) : undefined;
  }

  /** Loading the strings of the language asked for, if they are not there yet (the first screen waits for them with the dataset). */
  private languageReady(): Promise<void> | undefined {
    this.syncLanguage();
    return this.languageLoad;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.languageLoad || this.resultLoad) {
      await Promise.all([this.languageLoad, this.resultLoad]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** (Re)start the machine with the current settings. Answers survive a restart; mid-journey it goes on where it was. */
  private start(fragment?: string): void {
    // A restart carries the journey over; a first start (or a hand-over) takes the answers the host let us keep.
    const journey = this.snapshot && flow ? flow.carriedOver(this.snapshot) : { answers: this.store.restored() };
    this.actor?.stop();
    this.actor = undefined;
    const { datasetUrl, overlayUrl } = this;
    const gemeente = checkGemeente(this.gemeente);
    const timeout = checkTimeout(this.timeout, this.getAttribute('timeout'));
    this.contact = hostContact(this);
    const preset = presetOf(this.perspective, this.mode);
    const handover = this.overdracht === 'uit' ? undefined : (fragment ?? takeCapturedHandover());
    // A first start without answers to restore shows the start screen at once ("the shell"): what
    // the person does there waits until the machine is at its own start screen.
    const plain = !this.snapshot && !handover && !datasetUrl && !overlayUrl && !Object.keys(journey.answers ?? {}).length;
    if (!flow) {
      // The machine's code is on its way: the start screen (or the loading line) meanwhile.
      this.shell = plain ? (this.shell ?? { queue: [] }) : undefined;
      const prev = this.view;
      this.view = this.shell ? this.shellStart(preset) : { scherm: 'laden', key: '', step: { scherm: 'laden' }, crisis: [] };
      this.shown_(prev);
      const load = loadFlow().then(
        () => {
          if (this.flowWait === load && this.isConnected) this.start(handover);
        },
        (e: unknown) => console.error('Regelingenwijzer: could not load the questionnaire', e),
      );
      this.flowWait = load;
      return;
    }
    this.flowWait = undefined;
    const actor = flow.flowActor({
      // The person may choose another municipality on the result (not with an overlay URL: that one is the host's).
      load: (g?: string) => {
        const dataset = loadDataset({
          gemeente: overlayUrl ? gemeente : (g ?? gemeente),
          datasetUrl,
          overlayUrl,
          timeout,
          datasetIntegrity: this.datasetIntegrity,
          overlayIntegrity: this.overlayIntegrity,
        });
        const strings = this.languageReady();
        return strings ? Promise.all([dataset, strings]).then(([d]) => d) : dataset;
      },
      perspectief: preset,
      datum: checkDatum(this.datum),
      gemeente,
      // A crisis line that fitted stays at the top through the reload, also when it fails.
      ...journey,
      handover,
    });
    this.actor = actor;
    this.shell = plain && (embeddedPending() || this.shell) ? (this.shell ?? { queue: [] }) : undefined;
    const viewOf = flow.viewOf;
    const show = (s: Snapshot) => {
      const prev = this.view;
      const next = this.shellView(s) ?? viewOf(s);
      // The result screen's code is a chunk of its own (prefetched after the first control):
      // the screen before stays until it is in, then the latest snapshot is shown.
      if (next.scherm === 'resultaat' && !resultLoaded()) {
        const load = loadResult().then(
          () => {
            if (this.actor === actor && this.resultLoad === load) show(actor.getSnapshot());
          },
          (e: unknown) => {
            // Tried again with the next snapshot (the person acts again).
            if (this.resultLoad === load) this.resultLoad = undefined;
            console.error('Regelingenwijzer: result screen not loaded', e);
          },
        );
        this.resultLoad = load;
        return;
      }
      this.resultLoad = undefined;
      this.view = next;
      this.snapshot = s;
      this.shown_(prev, s);
    };
    actor.subscribe(show);
    actor.start();
  }

  /** The start screen while the machine is not there yet (same key as its own: no second step event, no focus move). */
  private shellStart(preset: Perspective | undefined, crisis: View['crisis'] = []): StartView {
    return {
      key: 'start:',
      step: { scherm: 'start', vraag: undefined },
      crisis,
      scherm: 'start',
      preset,
      gekozen: this.shell?.gekozen ?? preset,
    };
  }

  /** A new screen (`this.view`) is up: tell the controllers; after the first control, fetch what comes later. */
  private shown_(prev: View, s?: Snapshot): void {
    if (prev.key !== this.view.key) {
      this.opened = new Set();
      this.asked = undefined;
    }
    // The first screen with a control is up: fetch the other language's strings and the result
    // screen behind it, and make the number, date and list formats.
    if (!this.prefetched && this.view.scherm !== 'laden') {
      this.prefetched = true;
      void this.updateComplete.then(() => {
        setTimeout(() => {
          prefetchLanguages();
          loadResult().catch(() => undefined);
        }, 0);
        // The number, date and list formats when the page is idle (a timeout where there is no requestIdleCallback, as in Safari).
        const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
        idle(() => {
          warmNumbers(this.shown);
          warmFormats(this.shown);
        });
      });
    }
    for (const c of this.controllers) c.changed(this.view, prev, s);
    this.requestUpdate();
  }

  /** "Volgende patiënt": everything of this person goes (answers, municipality, handout, link, stored answers). */
  private nextPatient(): void {
    forgetResult();
    this.error = undefined;
    this.actor?.send({ type: 'OPNIEUW' });
  }

  /**
   * While the shell is up: its start screen as long as the machine loads, the same screen (same
   * key: no second step event, no focus move) as the machine's own start screen. When the
   * machine is at its start screen, what the person did in the shell is sent to it.
   */
  private shellView(s: Snapshot): StartView | undefined {
    const shell = this.shell;
    if (!shell) return undefined;
    if (s.value === 'laden') return this.shellStart(s.context.preset, s.context.crisis);
    this.shell = undefined;
    if (s.value === 'start' && shell.queue.length) queueMicrotask(() => shell.queue.forEach((e) => this.actor?.send(e)));
    return undefined;
  }

  /** What the screens get: language, texts, and the way back to the machine. */
  private get ui(): Ui {
    const lang = this.shown;
    // i18next once it is in; before, the first screen's `t` (the same strings, first.ts).
    const i18n = this.instance();
    const t = this.t ?? (i18n ? (this.t = i18nChunk.loaded()!.memoT(i18n)) : (shellT[lang] ??= firstT(stringsOf(lang)!, lang)));
    return {
      lang,
      t,
      error: this.error,
      contact: this.contact,
      host: {
        overdracht: this.overdracht !== 'uit',
        professional:
          !this.snapshot?.context.overgedragen &&
          (this.mode === 'professional' || (this.view.step.scherm !== 'laden' && this.snapshot?.context.perspectief === 'professional')),
      },
      send: (e: FlowEvent) => {
        this.attention.act();
        this.error = undefined;
        this.asked = undefined;
        if (this.shell) {
          this.shell.queue.push(e);
          if (e.type === 'KIES') this.shell.gekozen = e.perspectief;
          this.requestUpdate();
        } else this.actor?.send(e);
      },
      fail: (message: string) => {
        this.error = message;
        this.attention.summary();
      },
      focus: (selector: string) => this.attention.to(selector),
      asked: this.asked,
      ask: (readings?: number[]) => {
        this.asked = readings;
        this.error = undefined;
        if (readings) void this.attention.to('#bedoelt-vraag');
      },
      nextPatient: () => {
        this.attention.act();
        this.nextPatient();
      },
      speech: this.voice.can(lang)
        ? { reading: this.voice.reading, toggle: (el: Element, label: string) => void this.voice.toggle(el, label, lang) }
        : undefined,
      opened: (id: string) => this.opened.has(id),
      printing: this.printing,
      open: (id: string) => {
        this.opened.add(id);
        this.requestUpdate();
      },
      close: (id: string) => {
        this.opened.delete(id);
        this.requestUpdate();
      },
    };
  }

  override render(): TemplateResult {
    const v = this.view;
    const ui = this.ui;
    const { title, body } = page(v, ui);
    return html`<div class="wizard" lang=${ui.lang} data-scherm=${v.scherm}>
      <div class="visually-hidden" role="status" aria-live="polite" data-live>${
        this.attention.announce ? (this.attention.crisisFirst ? crisisSpoken(v.crisis, ui) : '') + title : ''
      }</div>
      ${this.idle.render(ui)}
      ${body}
    </div>`;
  }
}
