/**
 * The widget under a strict Content-Security-Policy. The test harness itself uses inline scripts,
 * so each policy is set as an HTTP header on a host page in an iframe (/embed/page.html, served by
 * test/embed/server.js), which loads the widget as a module: from src/ (dev server) and, when
 * built, the real dist/regelingen-wizard.js. A classic script records securitypolicyviolation events.
 */
import { expect } from '@open-wc/testing';
import { heading, root } from '../ui/helpers.js';
import { closeFrames, isResult, journey, openFrame, requireDist } from './frame.js';

afterEach(closeFrames);

for (const csp of ['strict', 'tt', 'both'] as const) {
  for (const src of ['dev', 'dist'] as const) {
    describe(`CSP ${csp}, widget from ${src}`, () => {
      it('runs a journey to the result with zero violations', async () => {
        if (src === 'dist') await requireDist();
        const { win, el, doc } = await openFrame({
          csp,
          src,
          'a.gemeente': 'GM9991',
          'a.overlay-url': '/embed/fixtures/overlay-testdorp.json',
        });
        expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
        await journey(el);
        expect(isResult(el)).to.equal(true);
        // Switch language and start over too: more rendering paths.
        el.setAttribute('lang', 'en');
        await el.updateComplete;
        [...root(el).querySelectorAll('button')].find((b) => /Start again|Opnieuw beginnen/.test(b.textContent ?? ''))!.click();
        await el.updateComplete;
        [...root(el).querySelectorAll('button')].find((b) => /Yes, clear everything|Ja, wis alles/.test(b.textContent ?? ''))!.click();
        await el.updateComplete;
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        // Styles really apply (adoptedStyleSheets, not blocked <style>): the host page's token reaches the button.
        const button = root(el).querySelector<HTMLButtonElement>('button.primary')!;
        expect(win.getComputedStyle(button).backgroundColor).to.equal('rgb(204, 0, 0)');
        expect(doc.querySelectorAll('style').length).to.equal(0);
      });
    });
  }
}

describe('the violation check is not blind', () => {
  it('sees an inline style and an innerHTML assignment under the combined policy', async () => {
    const { win, doc } = await openFrame({ csp: 'both' });
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw();
    // Wait for both reports however long it takes; the test's timeout ends a wait that never ends.
    while ((win.__violations?.length ?? 0) < 2) await new Promise((r) => setTimeout(r, 20));
    const directives = win.__violations!.map((v) => v.directive);
    expect(directives).to.include('require-trusted-types-for');
    expect(directives.some((d) => d.startsWith('style-src'))).to.equal(true);
  });
});
