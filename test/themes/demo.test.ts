/**
 * The demo pages with a real NL Design System theme, as `npm start` serves them: each loads and
 * renders the widget in the theme, and the whole page (host and
 * widget) has zero axe violations.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { until } from '../ui/helpers.js';

const PAGES = [
  { page: 'gemeente.html', className: 'utrecht-theme' },
  { page: 'denhaag.html', className: 'denhaag-theme' },
  { page: 'rijk.html', className: 'rhc-theme' },
];
const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
type AxeWindow = Window &
  typeof globalThis & {
    axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  };

before(() => setViewport({ width: 1120, height: 920 }));
after(() => setViewport({ width: 1280, height: 800 }));
afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

for (const { page, className } of PAGES) {
  it(`demo/${page}: themed by ${className}, widget rendered, zero axe violations`, async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '1100px';
    iframe.style.height = '900px';
    iframe.src = `/demo/${page}`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as AxeWindow;
    const doc = iframe.contentDocument!;
    expect(doc.body.classList.contains(className)).to.equal(true);
    await win.customElements.whenDefined('regelingen-wizard');
    const el = doc.querySelector('regelingen-wizard') as RegelingenWizard;
    await until(el, () => !!el.shadowRoot?.querySelector('button.primary'));
    const primary = win.getComputedStyle(doc.body).getPropertyValue('--utrecht-button-primary-action-background-color').trim();
    expect(primary, 'the theme CSS loaded').not.to.equal('');
    const probe = doc.createElement('span');
    probe.style.color = primary;
    doc.body.append(probe);
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('button.primary')!).backgroundColor).to.equal(
      win.getComputedStyle(probe).color,
    );
    probe.remove();
    // axe in the page's own window, so it sees the page as a visitor does.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((r) => script.addEventListener('load', r, { once: true }));
    doc.head.append(script);
    await ready;
    const { violations } = await win.axe.run(doc.documentElement, AXE);
    expect(violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).to.deep.equal([]);
  });
}
