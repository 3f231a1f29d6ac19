/**
 * Drive the widget as a person would: mount it as an @open-wc fixture (cleaned up after each
 * test), walk to a screen by its public name (`walkTo`), click, type. UI copy comes from the
 * i18n files (`nl`, `en`), so a reworded heading does not break a test.
 */
import '../../src/index.js';
// The machine's code, which the widget imports at its first start: loaded with the page, so that
// no test's time limit is spent on loading xstate and the engine through the dev server.
import '../../src/flow/actor.js';
import { fixture, waitUntil } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import type { Scherm } from '../../src/flow/view.js';
import { ABBREVIATIONS } from '../../src/ui/screens/abbreviations.js';
import { WAIT } from '../wait.js';
export { WAIT };
export { nl } from '../../src/i18n/nl.js';
export { en } from '../../src/i18n/en.js';
export type { Scherm };

const attr = (s: string) => s.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A widget with these attributes, in a fixture; resolves when its first heading shows. */
export async function mount(attrs: Record<string, string> = {}, ms = WAIT): Promise<RegelingenWizard> {
  const list = Object.entries(attrs)
    .map(([k, v]) => (v === '' ? k : `${k}="${attr(v)}"`))
    .join(' ');
  const el = await fixture<RegelingenWizard>(`<regelingen-wizard ${list}></regelingen-wizard>`);
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'), ms);
  return el;
}

export function root(el: RegelingenWizard): ShadowRoot {
  return el.shadowRoot!;
}

/** Wait until `ok` holds (polling), then for the element's update; the error names the screen. */
export async function until(el: RegelingenWizard, ok: () => boolean, ms = WAIT): Promise<void> {
  try {
    await waitUntil(ok, '', { timeout: ms, interval: 10 });
  } catch {
    throw new Error(`Timed out; screen shows: ${heading(el)}`);
  }
  await el.updateComplete;
}

/**
 * The urgent choices of "Waar zoekt u hulp bij?" (unsafe at home, suicide, no place to sleep): a
 * walk that picks "the first choice" should walk an ordinary journey.
 */
export const URGENT = new Set(['geweld', 'zelfdoding', 'geen-slaapplek']);
export function ordinary(el: RegelingenWizard): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].filter((c) => !URGENT.has(c.value));
}

export function heading(el: RegelingenWizard): string {
  return el.shadowRoot?.querySelector('[data-heading]')?.textContent?.trim() ?? '';
}

/** The radio or checkbox whose label starts with `text`. */
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

const progress = (el: RegelingenWizard) => heading(el) + (root(el).querySelector('.progress')?.textContent ?? '');

/** Click choices (by label) or type into the text field, then press the main button; wait for the next screen. */
export async function answer(el: RegelingenWizard, ...choices: (string | { type: string })[]): Promise<void> {
  const before = progress(el);
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

/** Press the main button; wait for the next screen (or an error summary). */
export async function next(el: RegelingenWizard, before = progress(el)): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await until(el, () => progress(el) !== before || !!root(el).querySelector('.error-summary'));
}

export function text(el: RegelingenWizard): string {
  return root(el).textContent?.replace(/\s+/g, ' ') ?? '';
}

/** The public screen name (the `scherm` of the step event), from the rendered widget. */
export function scherm(el: RegelingenWizard): Scherm | undefined {
  return root(el).querySelector<HTMLElement>('.wizard')?.dataset['scherm'] as Scherm | undefined;
}

/** The id of the question on screen. */
export function vraag(el: RegelingenWizard): string | undefined {
  return root(el).querySelector<HTMLElement>('form[data-vraag]')?.dataset['vraag'];
}

/**
 * Answers by question id: option values (one or more) or the text to type. `perspectief` picks
 * the perspective on the start screen. Anything not listed gets the first ordinary choice (not
 * urgent, not exclusive, not "weet ik niet"), 40 for a number, 1000 for an amount.
 */
export type Picks = Record<string, string | string[]>;

/** A scenario's answers as a person ticks and types them ("weet ik niet" included). */
export const picksOf = (answers: Record<string, unknown>): Picks =>
  Object.fromEntries(
    Object.entries(answers).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map(String) : v === null ? '__weet-niet__' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v),
    ]),
  );

function fill(el: RegelingenWizard, picks: Picks): void {
  const id = vraag(el)!;
  const want = picks[id];
  const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
  const choices = [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')];
  for (const c of choices) c.checked = false;
  if (field && want === '__weet-niet__') {
    // "Weet ik niet" next to a number field: tick it, leave the field empty.
    field.value = '';
    const dk = choices.find((c) => c.value === want);
    if (!dk) throw new Error(`${id}: no "weet ik niet"`);
    dk.checked = true;
    return;
  }
  if (field) {
    field.value = typeof want === 'string' ? want : field.type === 'date' ? '2000-01-01' : field.inputMode === 'decimal' ? '1000' : '40';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const values = want === undefined ? undefined : [want].flat();
  const picked = values
    ? choices.filter((c) => values.includes(c.value))
    : [choices.find((c) => !URGENT.has(c.value) && c.dataset['exclusief'] !== 'ja' && !c.value.startsWith('__')) ?? choices[0]!];
  if (values && picked.length !== values.length) throw new Error(`${id}: no choice ${values.join(', ')}`);
  for (const c of picked) c.checked = true;
}

/**
 * A single renter of 35 (alone, own rented home, in loondienst, € 2.000 savings, no money worries) who asks
 * about money; `netto` a month and `bruto` a year. The amounts, what-if and hand-over tests walk this person.
 */
export const singleRenter = (netto: string, bruto: string): Picks => ({
  'persoon.hulpvraag': ['geld'],
  'persoon.leeftijd': '35',
  'persoon.huishouden': 'alleen',
  'persoon.woning': 'huur-zelfstandig',
  'persoon.kostendelers': 'nee',
  'persoon.werk': ['loondienst'],
  'persoon.vermogen': '2000',
  'persoon.geldzorgen': ['geen'],
  'persoon.netto-inkomen': netto,
  'persoon.bruto-jaarinkomen': bruto,
});

/**
 * Walk to a screen by public screen name, answering as `picks` says (see Picks). Throws when the
 * screen is not reached in 40 steps or an answer is refused. `each` sees every screen on the
 * way, the last one included. Returns the question ids asked, once the widget has moved focus to
 * the screen reached (as it does after every action, after the first frame): a test that then
 * focuses a field or a summary itself is not overtaken by that move (a race seen under load).
 */
export async function walkTo(
  el: RegelingenWizard,
  target: Scherm,
  picks: Picks = {},
  each?: (scherm: Scherm) => void | Promise<void>,
): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    await until(el, () => scherm(el) !== 'laden');
    const now = scherm(el)!;
    await each?.(now);
    if (now === target) {
      if (i > 0) await until(el, () => root(el).activeElement !== null);
      return asked;
    }
    if (now === 'start') {
      const p = [...root(el).querySelectorAll<HTMLInputElement>('input[name="perspectief"]')].find(
        (r) => r.value === (picks['perspectief'] ?? 'zelf'),
      );
      if (p) p.checked = true;
    } else if (now === 'vragen') {
      asked.push(vraag(el)!);
      fill(el, picks);
    } else if (now !== 'overzicht') throw new Error(`Cannot walk from ${now} to ${target}`);
    await next(el);
    if (root(el).querySelector('.error-summary'))
      throw new Error(`Answer refused on ${vraag(el)}: ${root(el).querySelector('.error-summary')!.textContent}`);
  }
  throw new Error(`${target} not reached in 40 steps; on ${scherm(el)} ${vraag(el) ?? ''}`);
}

const WRITTEN_OUT = new RegExp(
  ` \\((?:(?:${Object.keys(ABBREVIATIONS).join('|')}): )?(?:${Object.values(ABBREVIATIONS)
    .flatMap((t) => [t.nl, t.en])
    .join('|')})\\)`,
  'g',
);
/** A text as the dataset has it: without the written-out abbreviations the screen adds ("UWV (Uitvoeringsinstituut …)"). */
export const plain = (s: string) => s.replace(WRITTEN_OUT, '').replace(/\s+/g, ' ').trim();

/** The counters of the result (collapsed, "Alle loketten en regelingen"), by name, in order. */
export function counterNames(el: RegelingenWizard): string[] {
  return [...root(el).querySelectorAll('details.counter .name')].map((n) => plain(n.textContent!));
}

/** Open every counter of the result, as a person clicks them, and wait until their details show. */
export async function openCounters(el: RegelingenWizard): Promise<HTMLDetailsElement[]> {
  const all = [...root(el).querySelectorAll<HTMLDetailsElement>('details.counter')];
  for (const d of all) d.open = true;
  await until(el, () => all.every((d) => !!d.querySelector('.counter-body')));
  return all;
}

/** Open every counter and the list of what does not fit, so every regeling's card is rendered. */
export async function openAll(el: RegelingenWizard): Promise<void> {
  await openCounters(el);
  const notFitting = root(el).querySelector<HTMLDetailsElement>('details.not-fitting');
  if (!notFitting) return;
  notFitting.open = true;
  await until(el, () => !!notFitting.querySelector('article'));
}

/**
 * Press "Afdrukken" with window.print stubbed (the real dialog would block the test page);
 * resolves once the widget asked to print, with the handout element.
 */
export async function printHandout(el: RegelingenWizard): Promise<HTMLElement> {
  const realPrint = window.print;
  let printed = 0;
  window.print = () => {
    printed++;
  };
  try {
    root(el).querySelector<HTMLButtonElement>('[data-afdrukken]')!.click();
    await until(el, () => printed === 1);
  } finally {
    window.print = realPrint;
  }
  return root(el).querySelector<HTMLElement>('.handout')!;
}
