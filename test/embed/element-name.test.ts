import { expect } from '@open-wc/testing';
import { define, requestedName, RegelingenWizard } from '../../src/index.js';
import { WAIT, heading, until } from '../ui/helpers.js';
import { closeFrames, loadFrame, openFrame, requireDist, type Frame } from './frame.js';

afterEach(() => {
  closeFrames();
  document.querySelectorAll('main-wizard, other-wizard, gemeente-wizard').forEach((e) => e.remove());
});

describe('custom element name', () => {
  it('defines <regelingen-wizard> by default', () => {
    expect(customElements.get('regelingen-wizard')).to.equal(RegelingenWizard);
  });

  it('reads ?element= from the module URL (a module script has no document.currentScript)', () => {
    expect(requestedName('https://gemeente.example/js/regelingen-wizard.js?element=gemeente-wizard')).to.equal('gemeente-wizard');
    expect(requestedName('https://gemeente.example/js/regelingen-wizard.js')).to.equal(undefined);
    expect(requestedName('https://gemeente.example/js/regelingen-wizard.js?element=')).to.equal(undefined);
  });

  it('define(name) registers a second name that works beside the first', async () => {
    const ctor = define('other-wizard');
    expect(customElements.get('other-wizard')).to.equal(ctor);
    expect(ctor).not.to.equal(RegelingenWizard);
    expect(define('other-wizard')).to.equal(ctor);
    const el = document.createElement('other-wizard') as RegelingenWizard;
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await until(el, () => heading(el) === 'Which help or scheme fits you?');
    expect(el).to.be.instanceOf(RegelingenWizard);
  });

  it('regelingen-wizard.js?element=gemeente-wizard defines only that name (source module)', async () => {
    const { win, el } = await openFrame({ element: 'gemeente-wizard' });
    expect(win.customElements.get('gemeente-wizard')).to.exist;
    expect(win.customElements.get('regelingen-wizard')).to.equal(undefined);
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
  });

  it('regelingen-wizard.js?element=gemeente-wizard works with the built file', async () => {
    await requireDist();
    const { win, el } = await openFrame({ element: 'gemeente-wizard', src: 'dist' });
    expect(win.customElements.get('regelingen-wizard')).to.equal(undefined);
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
  });

  it('?element= with a name the page already uses for another element: a console warning naming it', async () => {
    const iframe = await loadFrame({ element: 'gemeente-wizard', taken: 'gemeente-wizard' });
    const win = iframe.contentWindow as Frame['win'] & { __warnings?: string[] };
    const end = performance.now() + WAIT;
    while (!win.__warnings?.length && performance.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(win.__warnings!.join('\n')).to.contain('de naam "gemeente-wizard" is al in gebruik voor een ander element');
    expect(win.__errors!.some((e) => e.startsWith('Uncaught'))).to.equal(false);
  });

  it('define(name) with a name taken by another element warns and returns that element', () => {
    const other = class extends HTMLElement {};
    customElements.define('bezet-wizard', other);
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
    try {
      expect(define('bezet-wizard')).to.equal(other);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('"bezet-wizard" is al in gebruik');
    expect(define('other-wizard')).to.equal(customElements.get('other-wizard'));
  });

  it('an invalid name is reported with console.error, not thrown at the page', async () => {
    const iframe = await loadFrame({ element: 'nohyphen' });
    const win = iframe.contentWindow as Frame['win'];
    // Wait for the report however long it takes; the test's timeout ends a wait that never ends.
    while (!win.__errors?.length) await new Promise((r) => setTimeout(r, 20));
    expect(win.__errors!.join('\n')).to.contain('kan element "nohyphen" niet definiëren');
    expect(win.__errors!.some((e) => e.startsWith('Uncaught'))).to.equal(false);
    expect(win.customElements.get('regelingen-wizard')).to.equal(undefined);
  });
});
