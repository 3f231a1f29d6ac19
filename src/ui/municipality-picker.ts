/**
 * The municipality picker: a combobox with a list of suggestions, following the WAI-ARIA
 * Authoring Practices "combobox with listbox popup, list autocomplete" pattern, over the 342
 * municipalities of the CBS list of 1 January 2026 (src/municipalities).
 *
 * Loaded on demand (dynamic import) when a screen shows the choice: neither the list nor this
 * element is in the widget's main bundle. Its own texts (nl, en) live here for the same reason.
 *
 * Keyboard: typing filters; Down/Up move through the suggestions (Down opens the list; Alt+Down
 * opens it without moving); Enter chooses; Escape closes the list, or clears the field when it
 * is closed; Tab leaves (a single suggestion is chosen then). The suggestion under the keyboard
 * is `aria-activedescendant`; focus stays in the field. A polite status says how many were found.
 */
import { css, html, LitElement, nothing } from 'lit';
import {
  MUNICIPALITY_INDEX,
  MUNICIPALITY_SOURCE,
  displayName,
  findMunicipality,
  searchMunicipalities,
  type Match,
} from '../municipalities/index.js';

export const PICKER_TAG = 'regelingenwijzer-gemeentekiezer';
const MAX = 8;

const TEXT = {
  nl: {
    hint: 'Typ de naam van de gemeente, of een deel ervan. Kies dan uit de lijst.',
    found: (n: number) =>
      n === 0
        ? 'Geen gemeente gevonden. Probeer een andere schrijfwijze.'
        : n === 1
          ? '1 gemeente gevonden. Kies met pijltje omlaag en Enter.'
          : `${n} gemeenten gevonden. Kies met pijltje omlaag en Enter.`,
    more: (n: number) => `En nog ${n}. Typ meer letters.`,
    chosen: (name: string) => `Gekozen: ${name}`,
    source: (titel: string) => `Bron: CBS, ${titel}`,
  },
  en: {
    hint: 'Type the name of the municipality, or part of it. Then choose from the list.',
    found: (n: number) =>
      n === 0
        ? 'No municipality found. Try another spelling.'
        : n === 1
          ? '1 municipality found. Choose with arrow down and Enter.'
          : `${n} municipalities found. Choose with arrow down and Enter.`,
    more: (n: number) => `And ${n} more. Type more letters.`,
    chosen: (name: string) => `Chosen: ${name}`,
    source: (titel: string) => `Source: CBS (Statistics Netherlands), ${titel}`,
  },
};

let uid = 0;

export class MunicipalityPicker extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    label: { type: String },
    lang: { type: String },
    value: { type: String },
    invalid: { type: Boolean, reflect: true },
    query: { state: true },
    open: { state: true },
    active: { state: true },
  };
  static override styles = css`
    :host { display: block; margin-block: 0.75em; position: relative; }
    label { display: block; font-weight: bold; margin-block-end: 0.25em; }
    .hint, .source { color: var(--_muted, #4a4a4a); margin: 0 0 0.4em; }
    .source { font-size: 0.85em; margin-block-start: 0.4em; }
    input { font: inherit; box-sizing: border-box; width: 100%; max-width: 24em; min-height: 44px; padding: 0.4em 0.6em;
      border: 2px solid var(--_border, #5a5a5a); border-radius: var(--_radius, 4px); background: var(--_bg, #fff); color: var(--_text, #1a1a1a); }
    :host([invalid]) input { border-color: var(--_error, #b00020); border-width: 3px; }
    input:focus { outline: var(--_focus-width, 3px) solid var(--_focus, #1a1a1a); outline-offset: 2px; }
    ul { list-style: none; margin: 0.25em 0 0; padding: 0; max-width: 24em; border: 2px solid var(--_border, #5a5a5a);
      border-radius: var(--_radius, 4px); background: var(--_bg, #fff); color: var(--_text, #1a1a1a); }
    li { padding: 0.5em 0.6em; min-height: 44px; box-sizing: border-box; cursor: pointer; border-block-end: 1px solid #ddd; }
    li:last-child { border-block-end: 0; }
    li[aria-selected='true'] { background: var(--_focus-bg, #ffdd00); outline: 2px solid #1a1a1a; outline-offset: -2px; }
    li .prov { color: #4a4a4a; font-size: 0.9em; }
    .more { padding: 0.4em 0.6em; color: #4a4a4a; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    @media (forced-colors: active) { li[aria-selected='true'] { outline-color: Highlight; } }
  `;

  declare label: string;
  declare lang: string;
  /** The chosen municipality's GM code (empty when none). */
  declare value: string;
  declare invalid: boolean;
  declare query: string;
  declare open: boolean;
  declare active: number;
  private readonly pid = `gk${++uid}`;
  private found: Match[] = [];
  private total = 0;

  constructor() {
    super();
    this.label = '';
    this.lang = 'nl';
    this.value = '';
    this.invalid = false;
    this.query = '';
    this.open = false;
    this.active = -1;
  }

  /** The chosen municipality ({ code, naam }: the CBS name), or undefined. */
  get selected(): { code: string; naam: string } | undefined {
    const m = findMunicipality(MUNICIPALITY_INDEX, this.value);
    return m ? { code: m.code, naam: m.naam } : undefined;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('value') && this.value && !this.query) {
      const m = findMunicipality(MUNICIPALITY_INDEX, this.value);
      if (m) this.query = displayName(m);
    }
  }

  private get text() {
    return TEXT[this.lang === 'en' ? 'en' : 'nl'];
  }

  private search(q: string): void {
    const all = searchMunicipalities(MUNICIPALITY_INDEX, q);
    this.total = all.length;
    this.found = all.slice(0, MAX);
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.value = '';
    this.search(this.query);
    this.open = this.query.trim().length > 0;
    this.active = -1;
  }

  private choose(m: Match): void {
    this.value = m.gemeente.code;
    this.query = displayName(m.gemeente);
    this.open = false;
    this.active = -1;
    this.invalid = false;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.found.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          this.search(this.query);
          this.open = n > 0 || this.found.length > 0;
          if (e.altKey) return;
        }
        if (!e.altKey && this.found.length) this.active = (this.active + 1) % this.found.length;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!this.open) {
          this.search(this.query);
          this.open = this.found.length > 0;
        }
        if (this.found.length) this.active = this.active <= 0 ? this.found.length - 1 : this.active - 1;
        break;
      case 'Enter':
        if (this.open && this.active >= 0) {
          e.preventDefault();
          this.choose(this.found[this.active]!);
        } else if (this.open && n === 1) {
          e.preventDefault();
          this.choose(this.found[0]!);
        }
        break;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query) {
          e.preventDefault();
          this.query = '';
          this.value = '';
        }
        break;
      case 'Tab':
        if (this.open && this.active >= 0) this.choose(this.found[this.active]!);
        else if (this.open && n === 1) this.choose(this.found[0]!);
        else this.open = false;
        break;
    }
  }

  override render() {
    const t = this.text;
    const list = `${this.pid}-lijst`;
    const shown = this.open && this.found.length > 0;
    const chosen = this.selected;
    return html`
      <label for="${this.pid}-veld">${this.label}</label>
      <p class="hint" id="${this.pid}-hint">${t.hint}</p>
      <input id="${this.pid}-veld" type="text" role="combobox" autocomplete="off" spellcheck="false"
        aria-autocomplete="list" aria-expanded=${shown ? 'true' : 'false'} aria-controls=${list}
        aria-describedby="${this.pid}-hint" aria-invalid=${this.invalid ? 'true' : nothing}
        aria-activedescendant=${shown && this.active >= 0 ? `${this.pid}-o${this.active}` : nothing}
        .value=${this.query} @input=${this.onInput} @keydown=${this.onKey} @blur=${() =>
          setTimeout(() => {
            this.open = false;
          }, 150)} />
      <ul id=${list} role="listbox" aria-label=${this.label} ?hidden=${!shown}>
        ${
          shown
            ? this.found.map(
                (m, i) => html`<li id="${this.pid}-o${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'}
          @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(m)}>${displayName(m.gemeente)}
          ${m.gemeente.provincie ? html`<span class="prov">(${m.gemeente.provincie})</span>` : nothing}</li>`,
              )
            : nothing
        }
      </ul>
      ${shown && this.total > MAX ? html`<p class="more" aria-hidden="true">${t.more(this.total - MAX)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.open ? t.found(this.total) : chosen ? t.chosen(displayName(findMunicipality(MUNICIPALITY_INDEX, chosen.code)!)) : ''}</p>
      <p class="source">${t.source(MUNICIPALITY_SOURCE.titel)}</p>`;
  }
}

if (!customElements.get(PICKER_TAG)) customElements.define(PICKER_TAG, MunicipalityPicker);
