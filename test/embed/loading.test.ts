import { expect } from '@open-wc/testing';
import { sourceDefaults } from '../../src/dataset/source.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { heading, root, text, until } from '../ui/helpers.js';
import { isResult, journey, requireDist } from './frame.js';

interface ErrorDetail {
  url?: string;
  reden: string;
  problemen?: { file: string; path: string; message: string }[];
}

let logged: string[] = [];
const consoleError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...a: unknown[]) => {
    logged.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
  };
});
afterEach(() => {
  console.error = consoleError;
  sourceDefaults.timeout = 10000;
  document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
});

/** Mount with listeners attached before connecting; wait for the first heading (the question or the error). */
async function load(attrs: Record<string, string>, ms = 6000): Promise<{ el: RegelingenWizard; errors: ErrorDetail[] }> {
  const el = document.createElement('regelingen-wizard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: ErrorDetail[] = [];
  el.addEventListener('regelingenwijzer:error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
  document.body.append(el);
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'), ms);
  return { el, errors };
}

function expectFailure(el: RegelingenWizard, errors: ErrorDetail[], url: string, reason: RegExp): void {
  const alert = root(el).querySelector('[role="alert"]');
  expect(alert, 'role=alert').to.exist;
  expect(heading(el)).to.equal('De regelingen konden niet worden geladen');
  expect(alert!.textContent).to.contain('Neem contact op met uw gemeente');
  // The municipality's general contact (embedded overlay), or the national register of municipalities.
  expect(alert!.querySelector('a[href]'), 'a contact link').to.exist;
  // Never questions from a half-valid dataset.
  expect(root(el).querySelector('form, input')).to.equal(null);
  // The only way on: try again (issue 14).
  expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Probeer opnieuw']);
  expect(errors).to.have.length(1);
  expect(errors[0]!.url).to.equal(url);
  expect(errors[0]!.reden).to.match(reason);
  expect(logged.join('\n')).to.contain(url);
  expect(logged.join('\n')).to.match(reason);
}

describe('a failing dataset-url or overlay-url', () => {
  it('404', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/404.json', gemeente: 'GM0344' });
    expectFailure(el, errors, '/embed/fail/404.json', /HTTP 404/);
  });

  it('times out', async () => {
    sourceDefaults.timeout = 300;
    const { el, errors } = await load({ 'overlay-url': '/embed/fail/slow.json?ms=3000' });
    expectFailure(el, errors, '/embed/fail/slow.json?ms=3000', /geen antwoord binnen 300 ms/);
  });

  it('returns an HTML page instead of JSON', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/not-json.json' });
    expectFailure(el, errors, '/embed/fail/not-json.json', /geen geldige JSON.*text\/html/);
  });

  it('returns JSON that is not a dataset at all', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/fail/null.json' });
    expectFailure(el, errors, '/embed/fail/null.json', /ongeldige dataset: verwacht een JSON-object/);
  });

  it('returns a half-valid dataset: one bad regeling fails the whole load, with the field named', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/dataset.json?break=1' });
    expectFailure(
      el,
      errors,
      '/embed/dataset.json?break=1',
      /ongeldige dataset: \/embed\/dataset\.json\?break=1 › regelingen\/wmo\.json:\d+:\d+: regelingen\[1\]\.domein: verwacht een van: /,
    );
    expect(errors[0]!.problemen![0]).to.include({
      file: '/embed/dataset.json?break=1 › regelingen/wmo.json',
      path: 'regelingen[1].domein',
    });
  });

  it('returns an overlay with an invalid schema', async () => {
    const { el, errors } = await load({ 'overlay-url': '/embed/fixtures/overlay-invalid.json' });
    expectFailure(el, errors, '/embed/fixtures/overlay-invalid.json', /ongeldige dataset: .*gemeente/);
    const paths = errors[0]!.problemen!.map((p) => p.path);
    expect(paths).to.include('gemeente');
    expect(paths.some((p) => p.includes('telefoon'))).to.equal(true);
  });

  it('a good dataset-url with a failing overlay-url still fails as a whole', async () => {
    const { el, errors } = await load({ 'dataset-url': '/embed/dataset.json', 'overlay-url': '/embed/fail/404.json' });
    expectFailure(el, errors, '/embed/fail/404.json', /HTTP 404/);
  });
});

describe('good URLs', () => {
  it("dataset-url with the build's dist/regelingen.json works like the embedded dataset", async () => {
    await requireDist('regelingen.json');
    const { el, errors } = await load({ 'dataset-url': '/dist/regelingen.json', perspective: 'zelf' });
    expect(errors).to.deep.equal([]);
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
    await journey(el);
    expect(isResult(el)).to.equal(true);
    expect(logged).to.deep.equal([]);
  });

  it('dataset-url plus an overlay-url: fetched, validated and merged (local counters in the result)', async () => {
    const { el, errors } = await load({
      'dataset-url': '/embed/dataset.json',
      'overlay-url': '/embed/fixtures/overlay-testdorp.json',
      perspective: 'zelf',
    });
    expect(errors).to.deep.equal([]);
    await journey(el);
    expect(text(el)).to.contain('Testdorp');
    expect(text(el)).to.contain('0900 1111');
  });

  it('shows a loading message, never a blank box, while a slow URL loads', async () => {
    const el = document.createElement('regelingen-wizard');
    el.setAttribute('dataset-url', '/embed/fail/slow.json?ms=600');
    document.body.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]:not([data-live])')!.textContent).to.contain('Even geduld');
    await until(el, () => !!root(el).querySelector('[data-heading]'));
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
  });
});
