/**
 * WCAG 2.2 AA by construction: axe-core on every screen of a journey in each perspective, zero
 * violations; focus moves to the new heading at every step once the person acts, and is
 * announced; a keyboard-only journey from start to result.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { heading, mount, next, nl, root, scherm, until, vraag, walkTo } from './helpers.js';

declare global {
  interface Window {
    axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  }
}

const AXE = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { region: { enabled: false } },
};

async function axe(el: RegelingenWizard, where: string): Promise<void> {
  const { violations } = await window.axe.run(el, AXE);
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`).join('\n');
  expect(violations.length, `${where}:\n${report}`).to.equal(0);
}

describe('accessibility (axe-core, zero violations)', () => {
  for (const perspective of ['zelf', 'mantelzorger', 'werkgever', 'professional']) {
    it(`every screen of a ${perspective} journey, the error states included`, async () => {
      const el = await mount();
      await axe(el, 'start');
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => !!root(el).querySelector('.error-summary'));
      await axe(el, 'start with error');
      await walkTo(el, 'vragen', { perspectief: perspective });
      await next(el); // submit empty: error state
      expect(root(el).querySelector('.error-summary')).to.exist;
      await axe(el, `error state: ${heading(el)}`);
      await walkTo(el, 'resultaat', { perspectief: perspective }, (s) => axe(el, `${s}: ${heading(el)}`));
    });
  }

  it('the result with the not-fitting list open', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', { 'persoon.hulpvraag': scenario3.antwoorden['persoon.hulpvraag'] });
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    await axe(el, 'result with the not-fitting list open');
  });

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
    expect(getComputedStyle(root(el).querySelector('fieldset')!).direction).to.equal('rtl');
  });
});

describe('focus and announcements', () => {
  it('moves focus to the new heading at every step once the person acts, and announces it', async () => {
    const el = await mount({ perspective: 'zelf' });
    const live = root(el).querySelector('[data-live]')!;
    expect(live.textContent, 'nothing announced on load').to.equal('');
    await walkTo(el, 'overzicht', {}, async (s) => {
      const h = root(el).querySelector('[data-heading]')!;
      await until(el, () => s === 'start' || root(el).activeElement === h);
      expect(live.textContent).to.equal(s === 'start' ? '' : h.textContent!.trim());
    });
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
  it('goes from start to result with Tab, Space, typing and Enter', async () => {
    const el = await mount();
    // Start: Tab into the perspective radios, choose the first with Space, submit with Enter.
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('perspectief');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => scherm(el) === 'vragen');
    let crisisFocused = 0;
    for (let i = 0; i < 40 && scherm(el) === 'vragen'; i++) {
      const before = `${vraag(el)} ${root(el).querySelector('.progress')?.textContent}`;
      // Focus is on the heading, or on the crisis help the first time a crisis line shows (Space on
      // the first option of the topic question ticks an urgent one). Tab goes to the first control.
      await until(el, () => !!root(el).activeElement?.matches('[data-heading], #crisis-kop'));
      if (root(el).activeElement?.id === 'crisis-kop') crisisFocused++;
      await sendKeys({ press: 'Tab' });
      while (!root(el).activeElement?.closest('form[data-vraag]')) await sendKeys({ press: 'Tab' });
      // Space ticks a choice (a space in a number field is ignored), typing fills a number field.
      await sendKeys({ press: 'Space' });
      await sendKeys({ type: '40' });
      while ((root(el).activeElement as HTMLElement)?.textContent?.trim() !== nl.vraag.volgende) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(el, () => `${vraag(el)} ${root(el).querySelector('.progress')?.textContent}` !== before);
    }
    expect(heading(el)).to.equal(nl.overzicht.kop);
    expect(crisisFocused, 'the crisis help takes focus once, on the screen where it first shows').to.be.at.most(1);
    while ((root(el).activeElement as HTMLElement)?.textContent?.trim() !== nl.overzicht.knop) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => heading(el) === nl.resultaat.kop);
    await until(el, () => !!root(el).activeElement?.hasAttribute('data-heading'));
  });
});
