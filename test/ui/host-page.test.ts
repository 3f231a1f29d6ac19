/**
 * The widget never takes the host page's focus or scroll position (issue 10.7): on load nothing
 * moves; focus moves into the widget only after the person acts in it.
 */
import { expect } from '@open-wc/testing';
import { mount, next, root, until } from './helpers.js';

describe('on a host page with 3000 px of content above the widget', () => {
  let block: HTMLDivElement;
  beforeEach(() => {
    window.scrollTo(0, 0);
    block = document.createElement('div');
    block.style.height = '3000px';
    document.body.prepend(block);
  });
  afterEach(() => {
    block.remove();
    window.scrollTo(0, 0);
  });

  /** Long enough for any deferred focus to have happened. */
  const settle = () => new Promise((r) => setTimeout(r, 500));

  for (const attrs of [{}, { perspective: 'zelf' }, { mode: 'professional', lang: 'en' }] as Record<string, string>[]) {
    it(`on load (${JSON.stringify(attrs)}) the page stays at the top and keeps its focus`, async () => {
      const el = await mount(attrs);
      await settle();
      expect(window.scrollY).to.equal(0);
      expect(document.activeElement).not.to.equal(el);
      expect(root(el).activeElement).to.equal(null);
    });
  }

  it('after the person acts in it, focus moves to the new heading and the page scrolls there', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    await until(el, () => document.activeElement === el);
    expect(root(el).activeElement?.hasAttribute('data-heading')).to.equal(true);
    expect(window.scrollY).to.be.greaterThan(0);
  });
});

describe('a setting the host page changes mid-journey (issue 22)', () => {
  const settle = () => new Promise((r) => setTimeout(r, 500));
  for (const [attr, value] of [
    ['gemeente', 'GM0344'],
    ['datum', '2026-01-01'],
    ['lang', 'en'],
  ] as const) {
    it(`${attr} changed while focus is on the host page: focus stays on the host page`, async () => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'zoeken op de site');
      document.body.prepend(input);
      try {
        const el = await mount({ perspective: 'zelf' });
        await next(el);
        await until(el, () => document.activeElement === el);
        const question = root(el).querySelector('[data-heading]')!.textContent;
        input.focus();
        el.setAttribute(attr, value);
        await until(el, () => !!root(el).querySelector('form[data-vraag]') && root(el).querySelector('[data-heading]')!.textContent !== '');
        await settle();
        expect(document.activeElement, `after ${attr}="${value}" on "${question}"`).to.equal(input);
        expect(root(el).activeElement).to.equal(null);
        expect(root(el).querySelector('[data-live]')!.textContent, 'nothing announced either').to.equal('');
      } finally {
        input.remove();
      }
    });
  }

  it('gemeente changed while focus is in the widget: focus comes back to the question', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    await until(el, () => document.activeElement === el);
    el.setAttribute('gemeente', 'GM0344');
    await until(el, () => root(el).activeElement?.hasAttribute('data-heading') === true);
  });
});
