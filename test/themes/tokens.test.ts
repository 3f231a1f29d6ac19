/**
 * The design tokens are one list, kept true three ways: the `@cssprop` JSDoc in src/ui/styles.ts
 * (which `npm run manifest` puts into custom-elements.json), the CSS itself, and the README's
 * token table. For every documented token this checks, in Chromium, that each NL Design System
 * token it names really is read, in the documented order, and that the component token wins.
 */
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { RegelingenWizard } from '../../src/index.js';
import { mount } from '../ui/helpers.js';

interface CssProperty {
  name: string;
  description: string;
}
const element = (manifest as { modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'regelingen-wizard')!;
const documented = element.cssProperties ?? [];
/** The NL Design System tokens a description names, in order ("Falls back to --a, --b, then x."). */
const fallbacks = (p: CssProperty) => (/Falls back to ([\s\S]*?)(?:, then|$)/.exec(p.description)?.[1] ?? '').match(/--[\w-]+/g) ?? [];
const cssText = [RegelingenWizard.styles]
  .flat(Infinity as 1)
  .map((s) => (s as { cssText: string }).cssText)
  .join('\n');
/** The internal variables set on :host, through which every token reaches the CSS. */
const internal = [...new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!))];

let wrapper: HTMLDivElement;
let el: RegelingenWizard;
const values = () => Object.fromEntries(internal.map((n) => [n, getComputedStyle(el).getPropertyValue(n).trim()]));
const changed = (before: Record<string, string>, after: Record<string, string>) => internal.filter((n) => before[n] !== after[n]);

beforeEach(async () => {
  wrapper = document.createElement('div');
  document.body.append(wrapper);
  el = await mount();
  wrapper.append(el);
});
afterEach(() => wrapper.remove());

describe('design tokens', () => {
  it('are documented: at least the colours, fonts, buttons, fields, links, focus and headings', () => {
    expect(documented.length).to.be.at.least(25);
    for (const part of [
      'font-family',
      'primary-color',
      'border-color',
      'choice-color',
      'link-color',
      'focus-color',
      'error-color',
      'heading-color',
    ]) {
      expect(
        documented.map((p) => p.name),
        part,
      ).to.include(`--regelingenwijzer-${part}`);
    }
  });

  it('in the CSS are exactly the documented ones, and every internal variable is used', () => {
    const inCss = [...new Set([...cssText.matchAll(/var\((--regelingenwijzer-[\w-]+)/g)].map((m) => m[1]))].sort();
    expect(inCss).to.deep.equal(documented.map((p) => p.name).sort());
    for (const n of internal) expect(cssText.split(`var(${n})`).length - 1, `${n} is set but never used`).to.be.at.least(1);
  });

  for (const p of documented) {
    it(`${p.name}: ${fallbacks(p).join(' → ') || 'no fallback'} → default; the component token wins`, () => {
      const base = values();
      const chain = fallbacks(p);
      // Set the fallbacks from the last to the first: each one set must take over.
      for (const [i, token] of [...chain].reverse().entries()) {
        const before = values();
        wrapper.style.setProperty(token, `sentinel-${i}`);
        const after = values();
        const hit = changed(before, after);
        expect(hit, `${token} is not read`).not.to.deep.equal([]);
        for (const n of hit) expect(after[n], n).to.contain(`sentinel-${i}`);
      }
      el.style.setProperty(p.name, 'sentinel-own');
      const own = values();
      const hit = changed(base, own);
      expect(hit, `${p.name} is not read`).not.to.deep.equal([]);
      for (const n of hit) expect(own[n], n).to.contain('sentinel-own');
    });
  }

  it('with nothing set, use their documented default values', () => {
    const literal = (p: CssProperty) =>
      /(?:then|Default) (#[0-9a-f]{6}|[\d.]+(?:rem|em|px)?|bold|none|system-ui)\.$/.exec(p.description)?.[1];
    const withLiteral = documented.filter(literal);
    expect(withLiteral.length).to.be.at.least(20);
    const base = values();
    for (const p of withLiteral) {
      el.style.setProperty(p.name, 'sentinel-own');
      const hit = changed(base, values());
      el.style.removeProperty(p.name);
      expect(
        hit.map((n) => base[n]!.split(',')[0]),
        p.name,
      ).to.include(literal(p));
    }
  });

  it('are listed in the README table as documented, with the same fallbacks', async () => {
    const readme = await (await fetch('/README.md')).text();
    const rows = readme
      .split('\n')
      .filter((l) => l.startsWith('| `--regelingenwijzer-'))
      .map((l) => l.split('|').map((c) => c.trim()))
      .map((cells) => ({ name: cells[1]!.replace(/`/g, ''), fallbacks: cells[3]!.match(/--[\w-]+/g) ?? [] }));
    expect(rows).to.deep.equal(documented.map((p) => ({ name: p.name, fallbacks: fallbacks(p) })));
  });
});
