/** Nothing leaves the browser: no requests but the configured dataset URLs, no cookies, no storage unless opted in. */
import { expect } from '@open-wc/testing';
import { button, heading, mount, root, text, until } from '../ui/helpers.js';
import { closeFrames, isResult, journey, openFrame, requireDist } from './frame.js';

/**
 * The widget's own code for the municipality picker (issue 12), loaded from the widget's folder
 * when a result on a page without `gemeente` shows a municipal counter: code, never a request
 * about the person, so it is left out of the exact lists below.
 */
const PICKER = /\/dist\/regelingen-wizard-(municipality-picker|municipalities|generic)\.js$/;

/** The first widget on this page without an id (README: one key per widget). */
const STORAGE_KEY = `regelingenwijzer:${location.pathname}#0`;

afterEach(() => {
  closeFrames();
  document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
  sessionStorage.clear();
});

describe('network', () => {
  it('requests only the page, the widget file and the configured dataset URLs (built file)', async () => {
    await requireDist();
    const { win, el } = await openFrame({
      src: 'dist',
      csp: 'strict',
      'a.dataset-url': '/dist/regelingen.json',
      'a.overlay-url': '/embed/fixtures/overlay-testdorp.json',
      'a.perspective': 'zelf',
    });
    await journey(el);
    el.setAttribute('lang', 'en');
    // English on screen: its strings have arrived (however slow the machine); then a moment for
    // any request that should not be there.
    await until(el, () => heading(el) === 'What you can do');
    await new Promise((r) => setTimeout(r, 200));
    const paths = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname + new URL(e.name).search)
      .filter((p) => !PICKER.test(p))
      .sort();
    expect(paths).to.deep.equal([
      '/dist/regelingen-wizard-dataset.js', // the widget's own embedded dataset, a chunk beside it
      '/dist/regelingen-wizard-en.js', // the English strings: the test switches to lang="en"
      '/dist/regelingen-wizard-flow.js', // the machine and the engine, loaded while the start screen is up
      '/dist/regelingen-wizard-remote.js', // fetching and validating, loaded because URLs are configured
      '/dist/regelingen-wizard-result.js', // the result screen, loaded after the first control
      '/dist/regelingen-wizard-rolldown-runtime.js', // the bundler's helper for the result chunk's exports
      '/dist/regelingen-wizard.js',
      '/dist/regelingen.json',
      '/embed/fixtures/overlay-testdorp.json',
      '/embed/host.css',
      '/embed/violations.js',
    ]);
    const fetches = win.performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch');
    expect(fetches).to.have.length(2);
  });

  it('with the embedded dataset it requests nothing but its own files', async () => {
    await requireDist();
    const { win, el } = await openFrame({ src: 'dist', 'a.perspective': 'zelf' });
    await journey(el);
    const other = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !['/embed/host.css', '/embed/violations.js'].includes(p) && !PICKER.test(p))
      .sort();
    // The main chunk, the embedded dataset's chunk, and behind the first screen the machine and
    // the engine, the English strings and the result screen (with the bundler's helper for exports).
    expect(other).to.deep.equal([
      '/dist/regelingen-wizard-dataset.js',
      '/dist/regelingen-wizard-en.js',
      '/dist/regelingen-wizard-flow.js',
      '/dist/regelingen-wizard-result.js',
      '/dist/regelingen-wizard-rolldown-runtime.js',
      '/dist/regelingen-wizard.js',
    ]);
  });
});

describe('storage', () => {
  it('no cookies, no localStorage, no sessionStorage without persist', async () => {
    const { win, el, doc } = await openFrame({ src: 'dev', 'a.perspective': 'zelf' });
    await journey(el);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    const dbs = await win.indexedDB.databases();
    expect(dbs).to.deep.equal([]);
  });

  it('with persist: sessionStorage only, answers restored in a new widget, cleared on start over', async () => {
    sessionStorage.clear();
    const el = await mount({ perspective: 'zelf', persist: '' });
    await journey(el);
    expect(isResult(el)).to.equal(true);
    expect(sessionStorage.getItem(STORAGE_KEY)).to.be.a('string');
    expect(Object.keys(sessionStorage)).to.deep.equal([STORAGE_KEY]);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    el.remove();
    const again = await mount({ perspective: 'zelf', persist: '' });
    expect(heading(again)).to.equal('Welke hulp of regeling past bij u?');
    const restored = (again as unknown as { snapshot: { context: { answers: Record<string, unknown> } } }).snapshot.context.answers;
    expect(Object.keys(restored).length).to.be.greaterThan(0);
    button(again, 'Start').click();
    await until(again, () => !!root(again).querySelector('.progress'));
    button(again, 'Opnieuw beginnen').click();
    await until(again, () => !!root(again).querySelector('.confirm'));
    button(again, 'Ja, wis alles').click();
    await until(again, () => heading(again) === 'Welke hulp of regeling past bij u?');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
  });
});

describe('dataset text is rendered as text', () => {
  it('HTML and script in every dataset and overlay text stay inert and visible as text', async () => {
    const { win, el } = await openFrame({
      csp: 'both',
      'a.perspective': 'zelf',
      'a.dataset-url': '/embed/dataset.json?xss=1',
      'a.overlay-url': '/embed/fixtures/overlay-xss.json',
    });
    const seen = await journey(el);
    expect(seen.some((h) => h.startsWith('<img src=x onerror='))).to.equal(true);
    const shadow = el.shadowRoot!;
    expect(shadow.querySelector('img, script, [onerror]')).to.equal(null);
    expect(text(el)).to.contain('<script>window.__pwned=1</script>');
    // Open every collapsed part so every text is rendered.
    shadow.querySelectorAll('details').forEach((d) => {
      d.open = true;
    });
    await el.updateComplete;
    expect(shadow.querySelector('img, script, iframe, object, [onerror]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__pwned).to.equal(undefined);
    expect(win.__violations).to.deep.equal([]);
    expect(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)).not.to.include('/embed/x');
  });
});
