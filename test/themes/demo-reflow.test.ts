/**
 * Issue 22 item 7: every themed demo page reflows at 320 px (WCAG 1.4.10), event log included:
 * the page never scrolls sideways, on the start screen and after a step has been logged.
 */
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { until } from '../ui/helpers.js';

const PAGES = ['gemeente.html', 'denhaag.html', 'rijk.html', 'huisarts.html', 'werkgever.html'];

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

for (const page of PAGES) {
  it(`demo/${page} at 320 px: no sideways scrolling, event log included`, async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '320px';
    iframe.style.height = '640px';
    iframe.style.border = '0';
    iframe.src = `/demo/${page}`;
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow!;
    const doc = iframe.contentDocument!;
    await win.customElements.whenDefined('regelingen-wizard');
    const el = doc.querySelector('regelingen-wizard') as RegelingenWizard;
    await until(el, () => !!el.shadowRoot?.querySelector('button.primary'));
    const log = doc.querySelector('[data-event-log]')!;
    expect(log, 'the page has its event log').to.exist;
    // A step the person takes is logged (a long line of JSON): the page must still fit.
    const before = log.textContent!.length;
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]');
    radio?.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(el, () => log.textContent!.length > before);
    const html = doc.documentElement;
    expect(html.clientWidth).to.equal(320);
    expect(html.scrollWidth, `${page} scrolls sideways`).to.be.at.most(html.clientWidth);
  });
}
