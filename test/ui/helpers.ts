/** Drive the widget as a person would: find things by their visible text, click, type. */
import '../../src/index.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';

export async function mount(attrs: Record<string, string> = {}): Promise<RegelingenWizard> {
  const el = document.createElement('regelingen-wizard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'));
  return el;
}

export function root(el: RegelingenWizard): ShadowRoot {
  return el.shadowRoot!;
}

export async function until(el: RegelingenWizard, ok: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`Timed out; screen shows: ${heading(el)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/**
 * The choices without the urgent ones of "Waar zoekt u hulp bij?" (unsafe at home, suicide, no
 * place to sleep): a test that picks "the first choice" should walk an ordinary journey.
 */
export const URGENT = new Set(['geweld', 'zelfdoding', 'geen-slaapplek']);
export function ordinary(el: RegelingenWizard): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].filter((c) => !URGENT.has(c.value));
}

export function heading(el: RegelingenWizard): string {
  return el.shadowRoot?.querySelector('[data-heading]')?.textContent?.trim() ?? '';
}

/** The label element whose text contains `text`, among radios and checkboxes. */
export function labelled(el: RegelingenWizard, text: string): HTMLInputElement {
  const label = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  if (!label) throw new Error(`No choice "${text}" on "${heading(el)}"`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
}

export function button(el: RegelingenWizard, text: string): HTMLButtonElement {
  const b = [...root(el).querySelectorAll('button')].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`No button "${text}" on "${heading(el)}"`);
  return b;
}

/** Click a choice, or type into the text field, then press the main button; wait for the next screen. */
export async function answer(el: RegelingenWizard, ...choices: (string | { type: string })[]): Promise<void> {
  const before = heading(el) + (root(el).querySelector('.progress')?.textContent ?? '');
  for (const c of choices) {
    if (typeof c === 'string') labelled(el, c).click();
    else {
      const input = root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!;
      input.focus();
      input.value = c.type;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  await next(el, before);
}

export async function next(el: RegelingenWizard, before = heading(el) + (root(el).querySelector('.progress')?.textContent ?? '')): Promise<void> {
  const main = root(el).querySelector<HTMLButtonElement>('button.primary')!;
  main.click();
  await until(el, () => heading(el) + (root(el).querySelector('.progress')?.textContent ?? '') !== before || !!root(el).querySelector('.error-summary'));
}

export function text(el: RegelingenWizard): string {
  return root(el).textContent?.replace(/\s+/g, ' ') ?? '';
}
