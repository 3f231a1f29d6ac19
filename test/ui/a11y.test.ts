/**
 * WCAG 2.2 AA by construction: axe-core on every screen of several journeys, zero violations;
 * focus moves to the new heading at every step; a keyboard-only journey from start to result.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { heading, mount, next, ordinary, root, until } from './helpers.js';

declare global {
  interface Window { axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }
}

const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } };

async function axe(el: RegelingenWizard, where: string): Promise<void> {
  const { violations } = await window.axe.run(el, AXE);
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`).join('\n');
  expect(violations.length, `${where}:\n${report}`).to.equal(0);
}

afterEach(() => document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove()));

/** Answer whatever is asked with the first choice, or a plausible number. */
async function answerAny(el: RegelingenWizard, checkScreen: (type: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < 30 && root(el).querySelector('form fieldset input[name="antwoord"], form input[name="waarde"]') && !heading(el).startsWith('Controleer'); i++) {
    const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
    const type = field ? (field.inputMode === 'decimal' ? 'bedrag' : 'getal') : root(el).querySelector('input[type="checkbox"]') ? 'meerkeuze' : 'keuze';
    await checkScreen(type);
    if (field) field.value = field.inputMode === 'decimal' ? '1200' : '45';
    else {
      ordinary(el)[0]!.click();
    }
    await next(el);
  }
}

describe('accessibility (axe-core, zero violations)', () => {
  for (const perspective of ['zelf', 'mantelzorger', 'werkgever', 'professional']) {
    it(`every screen of a ${perspective} journey`, async function () {
      this.timeout(90000);
      const el = await mount();
      await axe(el, 'start');
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => !!root(el).querySelector('.error-summary'));
      await axe(el, 'start with error');
      const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="perspectief"]')];
      radios.find((r) => r.value === perspective)!.click();
      await next(el);
      const seen = new Set<string>();
      await answerAny(el, async (type) => {
        if (!seen.has(type)) { seen.add(type); await axe(el, `question (${type}): ${heading(el)}`); }
        if (!seen.has('error')) {
          seen.add('error');
          await next(el); // submit empty: error state
          if (root(el).querySelector('.error-summary')) await axe(el, `error state: ${heading(el)}`);
        }
      });
      expect(heading(el)).to.equal('Controleer uw antwoorden');
      await axe(el, 'summary');
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => heading(el) === 'Dit kunt u doen');
      await axe(el, 'result');
      const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting');
      if (details) { details.open = true; await axe(el, 'result with the not-fitting list open'); }
    });
  }

  it('at 320 px wide, and in English', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ lang: 'en', perspective: 'zelf' });
    await axe(el, 'start 320');
    expect(el.scrollWidth).to.be.at.most(320);
    await next(el);
    await axe(el, `question 320: ${heading(el)}`);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 1280, height: 800 });
  });

  it('in forced-colors and reduced-motion mode', async () => {
    await emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    const el = await mount({ perspective: 'zelf' });
    await axe(el, 'forced colors start');
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
  });

  it('right-to-left', async () => {
    const el = await mount({ perspective: 'zelf', dir: 'rtl' });
    await next(el);
    await axe(el, 'rtl question');
    const fieldset = root(el).querySelector('fieldset')!;
    expect(getComputedStyle(fieldset).direction).to.equal('rtl');
  });
});

describe('focus and announcements', () => {
  it('moves focus to the new heading at every step and announces it', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    const h = root(el).querySelector('[data-heading]')!;
    await until(el, () => root(el).activeElement === h);
    const live = root(el).querySelector('[data-live]')!;
    expect(live.textContent).to.equal(h.textContent!.trim());
  });

  it('has targets of at least 24 by 24 px', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    for (const t of root(el).querySelectorAll<HTMLElement>('button, input')) {
      const r = t.getBoundingClientRect();
      expect(r.width, t.outerHTML).to.be.at.least(24);
      expect(r.height, t.outerHTML).to.be.at.least(24);
    }
  });
});

describe('keyboard only', () => {
  it('goes from start to result with Tab, arrows, Space and Enter', async () => {
    const el = await mount();
    // Start: Tab into the perspective radios, choose the first with Space, submit with Enter.
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('perspectief');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => !!root(el).querySelector('form fieldset'));
    for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
      const before = heading(el) + root(el).querySelector('.progress')?.textContent;
      await until(el, () => !!root(el).activeElement?.hasAttribute('data-heading'));
      // Tab past the Back link? Focus is on the heading, which comes after Back: Tab goes to the first control.
      await sendKeys({ press: 'Tab' });
      const active = root(el).activeElement as HTMLInputElement;
      if (active.name === 'waarde') await sendKeys({ type: '40' });
      else await sendKeys({ press: 'Space' });
      if (active.type === 'checkbox' || active.name === 'waarde') {
        // Tab to the Next button and press Enter.
        while ((root(el).activeElement as HTMLElement)?.textContent?.trim() !== 'Volgende') await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
      } else {
        await sendKeys({ press: 'Enter' });
      }
      await until(el, () => heading(el) + root(el).querySelector(".progress")?.textContent !== before).catch((e) => { throw new Error(`${e.message}; active=${(root(el).activeElement as HTMLElement)?.outerHTML}; error=${root(el).querySelector(".error-summary")?.textContent}`); });
    }
    expect(heading(el)).to.equal('Controleer uw antwoorden');
    while ((root(el).activeElement as HTMLElement)?.textContent?.trim() !== 'Bekijk de uitkomst') await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => heading(el) === 'Dit kunt u doen');
    await until(el, () => !!root(el).activeElement?.hasAttribute('data-heading'));
  });
});
