/**
 * Three real NL Design System themes from npm, each loaded the way a municipality's site loads
 * it (the theme's CSS, its class on an element around the widget), with zero configuration of
 * the widget: every screen is checked with axe-core, zero violations, and the widget must really
 * wear the theme (npm run screenshots takes pictures of every screen).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { heading, next, root, scherm, until, walkTo } from '../ui/helpers.js';
import { THEMES } from './themes.js';

declare global {
  interface Window {
    axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  }
}

const AXE = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { region: { enabled: false } },
};

async function axe(el: Element, where: string): Promise<void> {
  const { violations } = await window.axe.run(el, AXE);
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`).join('\n');
  expect(violations.length, `${where}:\n${report}`).to.equal(0);
}

async function loadCss(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((ok, fail) => {
    link.onload = ok;
    link.onerror = () => fail(new Error(`${href} did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

for (const theme of THEMES) {
  describe(`NL Design System theme: ${theme.name}`, () => {
    let link: HTMLLinkElement;
    let page: HTMLElement;
    before(async () => {
      await setViewport({ width: 1024, height: 900 });
      link = await loadCss(theme.css);
    });
    after(async () => {
      link.remove();
      await setViewport({ width: 1280, height: 800 });
    });
    afterEach(() => page.remove());

    async function mountIn(attrs: Record<string, string>): Promise<RegelingenWizard> {
      page = document.createElement('main');
      page.className = theme.className;
      document.body.append(page);
      const el = document.createElement('regelingen-wizard');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      page.append(el);
      await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'));
      return el;
    }

    it('is worn by the widget without configuration', async () => {
      const el = await mountIn({ gemeente: 'GM0344' });
      const token = (name: string) => getComputedStyle(page).getPropertyValue(name).trim();
      const probe = document.createElement('span');
      page.append(probe);
      const resolve = (value: string, prop: 'color' | 'fontFamily') => {
        probe.style[prop] = value;
        return getComputedStyle(probe)[prop];
      };
      const button = root(el).querySelector<HTMLButtonElement>('button.primary')!;
      expect(token('--utrecht-button-primary-action-background-color'), 'the theme defines a primary button').not.to.equal('');
      expect(getComputedStyle(button).backgroundColor).to.equal(
        resolve(token('--utrecht-button-primary-action-background-color'), 'color'),
      );
      expect(getComputedStyle(button).backgroundColor).not.to.equal('rgb(11, 79, 138)'); // not the widget's default
      expect(getComputedStyle(root(el).querySelector('.wizard')!).fontFamily).to.equal(
        resolve(token('--utrecht-document-font-family'), 'fontFamily'),
      );
      const headingFont = token('--utrecht-heading-font-family') || token('--utrecht-document-font-family');
      expect(getComputedStyle(root(el).querySelector('h2')!).fontFamily).to.equal(resolve(headingFont, 'fontFamily'));
      probe.remove();
    });

    it('every screen: axe-core, zero violations', async () => {
      const el = await mountIn({ gemeente: 'GM0344' });
      await axe(page, 'start');
      await next(el); // no perspective chosen: the error summary (an alert)
      expect(root(el).querySelector('.error-summary')).to.exist;
      await axe(page, 'start with error');
      await walkTo(el, 'vragen');
      await axe(page, `question: ${heading(el)}`);
      await walkTo(el, 'overzicht');
      await axe(page, 'review');
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => scherm(el) === 'resultaat');
      await axe(page, 'result');
    });
  });
}
