import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { answer, heading, mount, root, scherm, text, until } from '../ui/helpers.js';
import { journey } from './frame.js';

const actorOf = (el: RegelingenWizard) => (el as unknown as { actor?: { getSnapshot(): { status: string } } }).actor;

let errors: string[] = [];
const consoleError = console.error;
const onError = (e: ErrorEvent) => errors.push(e.message);
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
});
afterEach(() => {
  console.error = consoleError;
  window.removeEventListener('error', onError);
  document.querySelectorAll('regelingen-wizard, style[data-hostile], div[data-theme]').forEach((e) => e.remove());
});

describe('two widgets on one page', () => {
  it('work independently, each in its own language', async () => {
    const nl = await mount({ lang: 'nl' });
    const en = await mount({ lang: 'en' });
    expect(heading(nl)).to.equal('Welke hulp of regeling past bij u?');
    expect(heading(en)).to.equal('Which help or scheme fits you?');
    await answer(nl, 'Voor mijzelf');
    expect(heading(nl)).not.to.equal('Welke hulp of regeling past bij u?');
    expect(heading(en)).to.equal('Which help or scheme fits you?');
    await answer(en, 'For someone I care for');
    expect(heading(en)).to.match(/\?$/);
    expect(text(en)).not.to.contain('Volgende');
    expect(text(nl)).not.to.contain('Next');
    en.setAttribute('lang', 'nl');
    await until(en, () => text(en).includes('Volgende'));
    expect(text(nl)).to.contain('Volgende');
    expect(errors).to.deep.equal([]);
  });
});

describe('removed and re-added', () => {
  it('stops its machine on disconnect and starts again on connect, without errors', async () => {
    const el = await mount({ perspective: 'zelf' });
    const first = actorOf(el)!;
    expect(first.getSnapshot().status).to.equal('active');
    el.remove();
    expect(first.getSnapshot().status).to.equal('stopped');
    expect(actorOf(el)).to.equal(undefined);
    document.body.append(el);
    const second = actorOf(el)!;
    expect(second).to.exist.and.not.equal(first);
    expect(second.getSnapshot().status).to.equal('active');
    await until(el, () => !!root(el).querySelector('[data-heading]'));
    // Still works: walk to the result.
    await journey(el);
    expect(errors).to.deep.equal([]);
  });

  it('survives being moved in the DOM many times (no leaked machines)', async () => {
    const el = await mount();
    const box = document.createElement('div');
    document.body.append(box);
    const actors = new Set<unknown>();
    for (let i = 0; i < 20; i++) {
      (i % 2 ? document.body : box).append(el);
      actors.add(actorOf(el));
    }
    for (const a of actors)
      if (a !== actorOf(el)) expect((a as { getSnapshot(): { status: string } }).getSnapshot().status).to.equal('stopped');
    await until(el, () => heading(el) === 'Welke hulp of regeling past bij u?');
    box.remove();
    expect(errors).to.deep.equal([]);
  });
});

describe('hostile host CSS', () => {
  function hostile(cssText: string): void {
    const style = document.createElement('style');
    style.dataset['hostile'] = '';
    style.textContent = cssText;
    document.head.append(style);
  }

  it('page rules do not reach inside the shadow root', async () => {
    const el = await mount({ perspective: 'zelf' });
    hostile(
      '* { display: none !important; color: red } button { all: unset } h2, p, label, input { font-size: 40px !important; visibility: hidden !important }',
    );
    const button = root(el).querySelector<HTMLButtonElement>('button.primary')!;
    const cs = getComputedStyle(button);
    expect(cs.display).not.to.equal('none');
    expect(cs.cursor).to.not.equal('auto', 'button { all: unset } reached inside');
    const h2 = root(el).querySelector('h2')!;
    expect(getComputedStyle(h2).visibility).to.equal('visible');
    expect(getComputedStyle(h2).fontSize).not.to.equal('40px');
    // Still usable.
    button.click();
    await until(el, () => !!root(el).querySelector('.progress'));
  });

  it('inherited host colour does not bleed into the widget text', async () => {
    const el = await mount();
    hostile('* { color: red }');
    const h2 = root(el).querySelector('h2')!;
    expect(getComputedStyle(h2).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('still takes the host page’s --utrecht-* tokens, and --regelingenwijzer-* before them', async () => {
    const theme = document.createElement('div');
    theme.dataset['theme'] = '';
    theme.className = 'utrecht-theme';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `.utrecht-theme { --utrecht-button-primary-action-background-color: rgb(1, 2, 3); --utrecht-button-primary-action-color: rgb(250, 250, 250); --utrecht-document-font-family: "Fira Sans", serif; }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.body.append(theme);
    const el = document.createElement('regelingen-wizard');
    theme.append(el);
    await until(el, () => !!root(el).querySelector('button.primary'));
    const button = root(el).querySelector<HTMLButtonElement>('button.primary')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).color).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle(root(el).querySelector('h2')!).fontFamily).to.contain('Fira Sans');
    el.style.setProperty('--regelingenwijzer-primary-color', 'rgb(9, 8, 7)');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(9, 8, 7)');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
});

describe('attribute changes apply live', () => {
  it('lang switches the text and keeps the answers', async () => {
    const el = await mount({ perspective: 'zelf' });
    await answer(el);
    const before = root(el).querySelector('.progress')!.textContent;
    el.lang = 'en';
    await until(el, () => text(el).includes('Next'));
    expect(root(el).querySelector('.wizard')!.getAttribute('lang')).to.equal('en');
    el.setAttribute('lang', 'nl');
    await until(el, () => text(el).includes('Volgende'));
    expect(root(el).querySelector('.progress')!.textContent).to.equal(before);
  });

  it('overlay-url change re-resolves the counters', async () => {
    const el = await mount({ perspective: 'zelf', 'overlay-url': '/embed/fixtures/overlay-testdorp.json' });
    await journey(el);
    expect(text(el)).to.contain('Testdorp');
    el.setAttribute('overlay-url', '/embed/fixtures/overlay-proefstad.json');
    // A new overlay restarts the machine; the answers survive, so it resumes at the review,
    // and the result it leads to has the new municipality's counters.
    await until(el, () => scherm(el) === 'overzicht');
    expect(text(el)).not.to.contain('Testdorp');
    await journey(el);
    expect(scherm(el)).to.equal('resultaat');
    expect(text(el)).to.contain('Proefstad');
    expect(text(el)).not.to.contain('Testdorp');
  });

  it('gemeente set after the first render reloads with that municipality', async () => {
    const url = `/embed/dataset.json?live=${Math.random()}`;
    // The test page has loaded hundreds of source modules by now, and a full resource timing
    // buffer (250 entries) records no more requests: room for this test's.
    performance.clearResourceTimings();
    const el = await mount({ 'dataset-url': url });
    const loads = () => performance.getEntriesByName(new URL(url, location.href).href).length;
    expect(loads()).to.equal(1);
    el.setAttribute('gemeente', 'GM0344');
    await el.updateComplete;
    await until(el, () => !!root(el).querySelector('[data-heading]'));
    expect(loads()).to.equal(2);
  });
});

describe('inside another framework or a CMS', () => {
  afterEach(() => document.querySelectorAll('.framework-host').forEach((e) => e.remove()));

  it('takes properties from a framework template and survives its re-renders', async () => {
    const { html, render } = await import('lit');
    const host = document.createElement('div');
    host.className = 'framework-host';
    document.body.append(host);
    const view = (lang: string, gemeente: string) => html`<section><h1>Host app</h1>
      <regelingen-wizard .lang=${lang} .gemeente=${gemeente} .perspective=${'zelf'}></regelingen-wizard></section>`;
    render(view('nl', 'GM0344'), host);
    const el = host.querySelector('regelingen-wizard')!;
    await until(el, () => heading(el) === 'Welke hulp of regeling past bij u?');
    render(view('en', 'GM0344'), host); // the framework re-renders with a new property value
    await until(el, () => heading(el) === 'Which help or scheme fits you?');
    expect(host.querySelector('regelingen-wizard')).to.equal(el); // same element, not recreated
  });

  it('starts when a CMS inserts it as HTML', async () => {
    const host = document.createElement('div');
    host.className = 'framework-host';
    host.innerHTML = '<p>Artikel</p><regelingen-wizard gemeente="GM0772" lang="nl"></regelingen-wizard>';
    document.body.append(host);
    const el = host.querySelector('regelingen-wizard')!;
    await until(el, () => heading(el) === 'Welke hulp of regeling past bij u?');
  });
});
