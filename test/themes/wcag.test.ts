/**
 * WCAG 2.2 criteria that a host page's or a visitor's own styles put to the test, checked
 * under a real NL Design System theme (docs/toegankelijkheid.md refers here):
 * - 1.4.4 Resize Text: text at 200 % (the visitor's zoom or the theme's font size) loses nothing;
 * - 1.4.12 Text Spacing: the WCAG text-spacing values lose nothing;
 * - 3.1.2 Language of Parts: the widget marks its own language, whatever the page's.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { root, scherm, until, walkTo } from '../ui/helpers.js';

let page: HTMLElement;
let link: HTMLLinkElement;

before(async () => {
  link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/@utrecht/design-tokens/dist/theme.css';
  const loaded = new Promise((r) => {
    link.onload = r;
  });
  document.head.append(link);
  await loaded;
});
after(async () => {
  link.remove();
  await setViewport({ width: 1280, height: 800 });
});
afterEach(() => page.remove());

async function mountIn(attrs: Record<string, string>, style = ''): Promise<RegelingenWizard> {
  page = document.createElement('main');
  page.className = 'utrecht-theme';
  page.setAttribute('style', style);
  document.body.append(page);
  const el = document.createElement('regelingen-wizard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  page.append(el);
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'));
  return el;
}

/** Elements whose content is cut off: wider or taller than their box while hiding the overflow. */
function clipped(el: RegelingenWizard): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('*')]
    .filter((e) => {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || e.closest('.visually-hidden')) return false;
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      return (hides(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) || (hides(cs.overflowY) && e.scrollHeight > e.clientHeight + 1);
    })
    .map((e) => e.outerHTML.slice(0, 80));
}

/**
 * Walk to the result, checking every screen on the way and the result. The result page is long
 * (at 200 % several screens): on a busy machine it may take longer than a step.
 */
async function everyScreen(el: RegelingenWizard, check: () => void): Promise<void> {
  await walkTo(el, 'overzicht', {}, check);
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await until(el, () => scherm(el) === 'resultaat');
  check();
}

/** Every control and text box lies inside the widget's width (nothing pushed off to the side). */
function outside(el: RegelingenWizard): string[] {
  const box = el.getBoundingClientRect();
  return [...root(el).querySelectorAll<HTMLElement>('button, input, label, h2, p, a, summary')]
    .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > box.right + 1)
    .map((e) => e.outerHTML.slice(0, 80));
}

describe('WCAG criteria under a host theme', () => {
  it('1.4.4: text at 200 % on a 640 px wide page (1280 px zoomed 200 %): nothing cut off or off to the side', async () => {
    await setViewport({ width: 640, height: 800 });
    const el = await mountIn({ gemeente: 'GM0344' }, '--utrecht-document-font-size: 2.25rem');
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(36);
    await everyScreen(el, () => {
      expect(document.documentElement.scrollWidth, scherm(el)).to.be.at.most(640);
      expect(clipped(el), scherm(el)).to.deep.equal([]);
      expect(outside(el), scherm(el)).to.deep.equal([]);
    });
  });

  it('1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16: nothing cut off', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await mountIn({ gemeente: 'GM0344' });
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
    );
    root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, spacing];
    await everyScreen(el, () => {
      expect(document.documentElement.scrollWidth, scherm(el)).to.be.at.most(320);
      expect(clipped(el), scherm(el)).to.deep.equal([]);
      expect(outside(el), scherm(el)).to.deep.equal([]);
    });
  });

  it('3.1.2: an English widget on a Dutch page says it is English, and the other way round', async () => {
    const original = document.documentElement.lang;
    document.documentElement.lang = 'nl';
    const en = await mountIn({ lang: 'en' });
    expect(root(en).querySelector('.wizard')!.getAttribute('lang')).to.equal('en');
    page.remove();
    document.documentElement.lang = 'en';
    const nl = await mountIn({});
    expect(root(nl).querySelector('.wizard')!.getAttribute('lang')).to.equal('nl');
    document.documentElement.lang = original;
  });
});
