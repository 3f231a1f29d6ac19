/** Driving the municipality picker (a combobox in its own shadow root) as a person would, by keyboard. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { type Picks, root, text, until, walkTo } from '../ui/helpers.js';

export type Picker = HTMLElement & { value: string; updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };

export async function picker(el: RegelingenWizard, name: 'zelf' | 'persoon'): Promise<Picker> {
  await until(
    el,
    () =>
      !!customElements.get('regelingenwijzer-gemeentekiezer') &&
      !!root(el).querySelector(`regelingenwijzer-gemeentekiezer[name="${name}"]`)?.shadowRoot,
  );
  const p = root(el).querySelector<Picker>(`regelingenwijzer-gemeentekiezer[name="${name}"]`)!;
  await p.updateComplete;
  return p;
}
export const input = (p: Picker) => p.shadowRoot.querySelector<HTMLInputElement>('input[role="combobox"]')!;
export const options = (p: Picker) => [...p.shadowRoot.querySelectorAll<HTMLElement>('[role="option"]')];

/** Choose by keyboard: focus, type, arrow down to the option that starts with `name`, Enter. */
export async function chooseByKeyboard(p: Picker, typed: string, name: string): Promise<void> {
  input(p).focus();
  await sendKeys({ type: typed });
  await p.updateComplete;
  const at = options(p).findIndex((o) => o.textContent!.trim().startsWith(name));
  expect(
    at,
    `${name} among ${options(p)
      .map((o) => o.textContent!.trim())
      .join(' | ')}`,
  ).to.be.at.least(0);
  for (let i = 0; i <= at; i++) await sendKeys({ press: 'ArrowDown' });
  await p.updateComplete;
  await sendKeys({ press: 'Enter' });
  await p.updateComplete;
}

/** Choose by typing into the field and clicking the option (journeys that are not about the keyboard). */
export async function choose(p: Picker, typed: string, name: string): Promise<void> {
  const field = input(p);
  field.value = typed;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await p.updateComplete;
  const option = options(p).find((o) => o.textContent!.trim().startsWith(name));
  expect(
    option,
    `${name} among ${options(p)
      .map((o) => o.textContent!.trim())
      .join(' | ')}`,
  ).to.not.equal(undefined);
  option!.click();
  await p.updateComplete;
  expect(p.value).to.match(/^GM\d{4}$/);
}

/**
 * Show the result for the chosen municipality: submit the choice, then answer, from `picks`, the
 * questions its local regelingen still need (the U-pas asks about work: it is not for full-time
 * students). Returns the questions asked after the choice.
 */
export async function submitChoice(el: RegelingenWizard, picks: Picks): Promise<string[]> {
  const before = text(el);
  root(el).querySelector<HTMLButtonElement>('.gemeente-keuze button[type="submit"]')!.click();
  await until(el, () => text(el) !== before);
  return walkTo(el, 'resultaat', picks);
}
