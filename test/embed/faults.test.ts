/**
 * Faults (issue 14): every failing data URL ends on the error screen with a precise reason and a
 * way on ("Probeer opnieuw", a contact), never a blank box or a half-valid dataset; integrity
 * hashes, cookies, an element removed mid-load, two municipalities on one page, a language
 * switch mid-journey.
 */
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { answer, button, heading, mount, root, scherm, text, until, vraag, walkTo } from '../ui/helpers.js';
import { isResult, journey } from './frame.js';

interface ErrorDetail {
  url?: string;
  reden: string;
}

let warned: string[] = [];
let logged: string[] = [];
const { warn, error } = console;
beforeEach(() => {
  warned = [];
  logged = [];
  console.warn = (...a: unknown[]) => {
    warned.push(a.map(String).join(' '));
  };
  console.error = (...a: unknown[]) => {
    logged.push(a.map(String).join(' '));
  };
});
afterEach(() => {
  console.warn = warn;
  console.error = error;
  document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
  document.cookie = 'sessie=; path=/; max-age=0';
});

async function load(attrs: Record<string, string>, ms = 8000): Promise<{ el: RegelingenWizard; errors: ErrorDetail[] }> {
  const el = document.createElement('regelingen-wizard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: ErrorDetail[] = [];
  el.addEventListener('regelingenwijzer:error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
  document.body.append(el);
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'), ms);
  return { el, errors };
}

function failed(el: RegelingenWizard, errors: ErrorDetail[], reason: RegExp): void {
  expect(scherm(el)).to.equal('fout');
  expect(root(el).querySelector('form, input')).to.equal(null);
  expect(button(el, 'Probeer opnieuw')).to.exist;
  expect(errors).to.have.length(1);
  expect(errors[0]!.reden).to.match(reason);
}

async function sri(url: string, alg: 'SHA-256' | 'SHA-384'): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const d = new Uint8Array(await crypto.subtle.digest(alg, bytes));
  return `${alg.replace('-', '').toLowerCase()}-${btoa(String.fromCharCode(...d))}`;
}

describe('failing URLs', () => {
  it('500', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/500.json' });
    failed(el, errors, /HTTP 500/);
  });

  it('a body that stalls after the headers counts as a timeout', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/stall.json?ms=4000', timeout: '500' });
    failed(el, errors, /geen antwoord binnen 500 ms/);
  });

  it('truncated JSON', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/truncated.json' });
    failed(el, errors, /geen geldige JSON/);
  });

  it('valid data with the wrong content type (text/plain) is still validated and used', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/text-plain.json', perspective: 'zelf' });
    expect(errors).to.deep.equal([]);
    expect(scherm(el)).to.equal('start');
  });
});

describe('the error screen', () => {
  it('"Probeer opnieuw" loads again and continues', async () => {
    // Not *.json: the dev server caches what it serves as a .json module by URL.
    const url = `/embed/flaky?id=${Math.random()}`;
    const { el, errors } = await load({ 'dataset-url': url, perspective: 'zelf' });
    failed(el, errors, /HTTP 503/);
    button(el, 'Probeer opnieuw').click();
    await until(el, () => scherm(el) === 'start');
    await journey(el);
    expect(isResult(el)).to.equal(true);
  });

  it("shows the host's contact-* attributes", async () => {
    const { el } = await load({
      'dataset-url': '/embed/fail/404.json',
      'contact-naam': 'KCC Testdorp',
      'contact-telefoon': '14 030',
      'contact-website': 'https://www.testdorp.nl/contact',
    });
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('KCC Testdorp');
    expect(alert.querySelector('a[href="tel:14030"]')).to.exist;
    expect(alert.querySelector('a[href="https://www.testdorp.nl/contact"]')).to.exist;
    expect(warned).to.deep.equal([]);
  });

  it('leaves out contact-* values that do not fit, with a warning, and falls back', async () => {
    const { el } = await load({
      'dataset-url': '/embed/fail/404.json',
      'contact-telefoon': 'bel ons',
      'contact-website': 'javascript:alert(1)',
    });
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.querySelector('a[href^="javascript:"], a[href^="tel:"]')).to.equal(null);
    expect(alert.querySelector('a[href="https://organisaties.overheid.nl/Gemeenten/"]')).to.exist;
    expect(warned.join('\n')).to.match(/contact-telefoon="bel ons"/);
    expect(warned.join('\n')).to.match(/contact-website="javascript:alert\(1\)"/);
  });
});

describe('what the data URL gets and must be', () => {
  it("data URLs are fetched without the site's cookies", async () => {
    document.cookie = 'sessie=geheim; path=/';
    expect(document.cookie).to.contain('sessie=geheim');
    const { el, errors } = await load({ 'dataset-url': '/embed/cookie.json', perspective: 'zelf' });
    expect(errors).to.deep.equal([]);
    expect(scherm(el)).to.equal('start');
  });

  it('dataset-integrity and overlay-integrity that match: used', async () => {
    const overlay = '/embed/fixtures/overlay-testdorp.json';
    const { el, errors } = await load({
      'dataset-url': '/embed/dataset.json',
      'dataset-integrity': await sri('/embed/dataset.json', 'SHA-384'),
      'overlay-url': overlay,
      'overlay-integrity': `sha256-AAAA ${await sri(overlay, 'SHA-384')}`,
      perspective: 'zelf',
    });
    expect(errors).to.deep.equal([]);
    await journey(el);
    expect(text(el)).to.contain('Testdorp');
  });

  it('an integrity hash that does not match: a load error that says so', async () => {
    const wrong = (await sri('/embed/dataset.json', 'SHA-384')).replace(/^sha384-./, 'sha384-A');
    const { el, errors } = await load({ 'dataset-url': '/embed/dataset.json', 'dataset-integrity': wrong });
    failed(el, errors, /integriteit klopt niet: de inhoud heeft sha384-/);
  });

  it('an integrity value that is no SRI hash: a load error that says so', async () => {
    const { el, errors } = await load({ 'overlay-url': '/embed/fixtures/overlay-testdorp.json', 'overlay-integrity': 'md5-abc' });
    failed(el, errors, /geen sha256-, sha384- of sha512-hash/);
  });
});

describe('the page around it', () => {
  it('removed mid-load and added again: loads once more and works', async () => {
    const el = document.createElement('regelingen-wizard');
    el.setAttribute('dataset-url', '/embed/fail/slow.json?ms=600');
    el.setAttribute('perspective', 'zelf');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await new Promise((r) => setTimeout(r, 700));
    document.body.append(el);
    await until(el, () => scherm(el) === 'start');
    await journey(el);
    expect(isResult(el)).to.equal(true);
    expect(logged).to.deep.equal([]);
  });

  it('two widgets with different municipalities each use their own overlay', async () => {
    const a = await mount({ gemeente: 'GM0344', perspective: 'zelf' });
    const b = await mount({ gemeente: 'GM0772', perspective: 'zelf' });
    const ds = (el: RegelingenWizard) =>
      (el as unknown as { snapshot: { context: { dataset: { gemeente?: { code: string } } } } }).snapshot.context.dataset;
    expect(ds(a).gemeente?.code).to.equal('GM0344');
    expect(ds(b).gemeente?.code).to.equal('GM0772');
    await Promise.all([journey(a), journey(b)]);
    expect(isResult(a) && isResult(b)).to.equal(true);
  });

  it('a language switch mid-journey keeps the answers and the question', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    const first = vraag(el);
    root(el).querySelector<HTMLInputElement>('input[name="antwoord"]:not([value^="__"])')!.click();
    button(el, 'Volgende').click();
    await until(el, () => vraag(el) !== first);
    const id = vraag(el);
    const nl = heading(el);
    el.setAttribute('lang', 'en');
    await until(el, () => heading(el) !== nl);
    expect(vraag(el)).to.equal(id);
    expect(button(el, 'Next')).to.exist;
    await journey(el);
    expect(heading(el)).to.equal('What you can do');
  });
});

/** The tel: links of "Direct hulp nodig?" when it is open, and of the crisis block at the top. */
const helpTel = (el: RegelingenWizard) => {
  const d = root(el).querySelector<HTMLDetailsElement>('details.urgent-help');
  return d?.open ? [...d.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')) : [];
};
const topTel = (el: RegelingenWizard) => [...root(el).querySelectorAll('.crisis-now a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const NATIONAL = ['tel:112', 'tel:113', 'tel:08002000', 'tel:08000432'];

describe('crisis lines by construction (issue 25)', () => {
  it('while the data loads, the national crisis lines are on screen', async () => {
    const el = document.createElement('regelingen-wizard');
    el.setAttribute('dataset-url', '/embed/fail/slow.json?ms=2000');
    document.body.append(el);
    await until(el, () => scherm(el) === 'laden' && helpTel(el).length > 0);
    expect(helpTel(el)).to.deep.equal(NATIONAL);
    expect(root(el).activeElement, 'nothing takes focus').to.equal(null);
    await until(el, () => scherm(el) === 'start');
    expect(root(el).querySelector<HTMLDetailsElement>('details.urgent-help')!.open, 'collapsed once loaded').to.equal(false);
  });

  for (const [name, attrs] of [
    ['404', { 'dataset-url': '/embed/fail/404.json' }],
    [
      'an integrity mismatch',
      { 'dataset-url': '/embed/dataset.json', 'dataset-integrity': 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' },
    ],
    ['invalid data', { 'dataset-url': '/embed/dataset.json?break=1' }],
    ['an overlay for another municipality', { gemeente: 'GM9992', 'overlay-url': '/embed/fixtures/overlay-testdorp.json' }],
  ] as const) {
    it(`the error screen (${name}) shows the national crisis lines, open`, async () => {
      const { el } = await load(attrs);
      expect(scherm(el)).to.equal('fout');
      expect(helpTel(el)).to.deep.equal(NATIONAL);
    });
  }

  it('a crisis answer keeps 113 at the top when gemeente changes mid-journey and the reload fails', async () => {
    const el = await mount({ gemeente: 'GM9991', 'overlay-url': '/embed/fixtures/overlay-testdorp.json', perspective: 'zelf' });
    await walkTo(el, 'vragen');
    await answer(el, 'Gedachten aan zelfdoding');
    expect(topTel(el)).to.deep.equal(['tel:112', 'tel:113']);
    // The new municipality's overlay answers slowly and is no overlay at all.
    el.setAttribute('overlay-url', '/embed/fail/slow.json?ms=1500');
    el.setAttribute('gemeente', 'GM9992');
    await until(el, () => scherm(el) === 'laden');
    expect(topTel(el), 'while it reloads').to.deep.equal(['tel:112', 'tel:113']);
    await until(el, () => scherm(el) === 'fout');
    expect(topTel(el), 'on the error screen').to.deep.equal(['tel:112', 'tel:113']);
    expect(root(el).querySelector('.crisis-now')!.compareDocumentPosition(root(el).querySelector('[data-heading]')!)).to.equal(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  type Files = {
    'loketten.json': { loketten: { id: string; telefoon?: string }[] };
    regelingen: Record<string, { regelingen: { loket: string; geldigVanaf: string }[] }>;
  };
  const files = async (): Promise<Files> => (await fetch('/embed/dataset.json')).json();
  const blob = (x: unknown) => URL.createObjectURL(new Blob([JSON.stringify(x)], { type: 'application/json' }));
  const without113 = (f: Files) => {
    f['loketten.json'].loketten = f['loketten.json'].loketten.filter((c) => c.id !== '113-zelfmoordpreventie');
    const v = f.regelingen['veiligheid.json']!;
    v.regelingen = v.regelingen.filter((r) => r.loket !== '113-zelfmoordpreventie');
  };
  const number = (f: Files) => {
    f['loketten.json'].loketten.find((c) => c.id === '113-zelfmoordpreventie')!.telefoon = '0900 1234567';
  };
  const dated = (f: Files) => {
    for (const r of f.regelingen['veiligheid.json']!.regelingen) if (r.loket === '113-zelfmoordpreventie') r.geldigVanaf = '2099-01-01';
  };
  for (const [name, edit, reason] of [
    ['without 113', without113, /een dataset kan die niet weglaten/],
    ['with 0900 1234567 for 113', number, /een dataset kan het nummer niet veranderen/],
    ['with 113 dated 2099', dated, /een dataset kan die niet zo dateren dat hij vandaag niet geldt/],
  ] as const) {
    it(`a full dataset ${name} is refused, like an overlay`, async () => {
      const f = await files();
      edit(f);
      const url = blob(f);
      const { el, errors } = await load({ 'dataset-url': url });
      failed(el, errors, reason);
      expect(helpTel(el)).to.deep.equal(NATIONAL);
      URL.revokeObjectURL(url);
    });
  }

  it('datum="1900-01-01": questions are still asked, with today\'s rules and a console warning', async () => {
    const { el } = await load({ datum: '1900-01-01', perspective: 'zelf' });
    expect(warned.join('\n')).to.contain('datum="1900-01-01" ligt voor de eerste periode van de dataset');
    await walkTo(el, 'vragen');
    expect(vraag(el)).to.equal('persoon.hulpvraag');
  });

  for (const datum of ['2019-06-01', '2014-06-01']) {
    it(`datum="${datum}": a crisis answer still puts 113 at the top`, async () => {
      const el = await mount({ datum, perspective: 'zelf' });
      await walkTo(el, 'vragen');
      await answer(el, 'Gedachten aan zelfdoding');
      expect(topTel(el)).to.deep.equal(['tel:112', 'tel:113']);
    });
  }
});
