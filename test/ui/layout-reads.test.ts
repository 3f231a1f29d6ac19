/**
 * The result costs what a person reads (issues 22 and 24): no layout reads across the result
 * tree. Every API that forces a layout (sizes, positions, scrolling into view, innerText,
 * computed style) is wrapped in this test page and counted while the result appears and while
 * a counter, the list of what to bring and the not-fitting list are opened. Counted, not timed.
 */
import { expect } from '@open-wc/testing';
import scenario46 from '../../regelingen/scenarios/46-huurachterstand-na-inkomensval.json';
import { button, mount, nl, picksOf, root, scherm, until, walkTo } from './helpers.js';

type Restore = () => void;

/** Count calls of every layout-reading API on nodes inside `inside()` (and of getComputedStyle). */
function countLayoutReads(inside: () => Node | undefined): { reads: string[]; restore: Restore } {
  const reads: string[] = [];
  const restores: Restore[] = [];
  const mine = (n: unknown) => {
    const r = inside();
    return !!r && n instanceof Node && (n.getRootNode() === r || r.contains(n));
  };
  const method = (proto: object, name: string) => {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    const real = d.value as (...a: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      ...d,
      value(this: unknown, ...a: unknown[]) {
        if (mine(this)) reads.push(name);
        return real.apply(this, a);
      },
    });
    restores.push(() => Object.defineProperty(proto, name, d));
  };
  const getter = (proto: object, name: string) => {
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      ...d,
      get(this: unknown) {
        if (mine(this)) reads.push(name);
        return d.get!.call(this);
      },
    });
    restores.push(() => Object.defineProperty(proto, name, d));
  };
  for (const m of ['getBoundingClientRect', 'getClientRects', 'scrollIntoView', 'checkVisibility']) method(Element.prototype, m);
  for (const g of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight', 'offsetParent', 'innerText']) getter(HTMLElement.prototype, g);
  for (const g of ['clientTop', 'clientLeft', 'clientWidth', 'clientHeight', 'scrollTop', 'scrollLeft', 'scrollWidth', 'scrollHeight'])
    getter(Element.prototype, g);
  const realStyle = window.getComputedStyle;
  window.getComputedStyle = (el: Element, pseudo?: string | null) => {
    if (mine(el)) reads.push('getComputedStyle');
    return realStyle(el, pseudo);
  };
  restores.push(() => {
    window.getComputedStyle = realStyle;
  });
  return { reads, restore: () => restores.reverse().forEach((r) => r()) };
}

describe('no layout reads across the result tree', () => {
  it('showing the result and opening its parts reads no layout', async () => {
    const el = await mount({ perspective: 'zelf', datum: scenario46.datum });
    await walkTo(el, 'overzicht', picksOf(scenario46.antwoorden));
    const { reads, restore } = countLayoutReads(() => el.shadowRoot ?? undefined);
    try {
      button(el, nl.overzicht.knop).click();
      await until(el, () => scherm(el) === 'resultaat');
      // Focus moves to the heading after the next frame: wait for it.
      await until(el, () => root(el).activeElement?.hasAttribute('data-heading') ?? false);
      for (const sel of ['details.counter', 'details.bring', 'details.not-fitting']) {
        const d = root(el).querySelector<HTMLDetailsElement>(sel)!;
        d.open = true;
        await until(el, () => d.querySelectorAll('li, article').length > 0);
      }
      expect(root(el).querySelectorAll('article').length, 'the opened parts rendered').to.be.greaterThan(10);
    } finally {
      restore();
    }
    expect(reads).to.deep.equal([]);
  });

  it('the counting sees a layout read (the test can fail)', async () => {
    const el = await mount({ perspective: 'zelf' });
    const { reads, restore } = countLayoutReads(() => el.shadowRoot ?? undefined);
    try {
      root(el).querySelector('h2')!.getBoundingClientRect();
      void root(el).querySelector<HTMLElement>('h2')!.offsetHeight;
    } finally {
      restore();
    }
    expect(reads).to.deep.equal(['getBoundingClientRect', 'offsetHeight']);
  });
});
