/**
 * The npm package as a consumer gets it: `npm pack`, installed into a scratch project, used from
 * plain HTML (with Subresource Integrity), from a bundler (Vite) with `define(name)`, from
 * TypeScript, and inside a React 19 app. test/package/server.js prepares it all on the first
 * request; see there.
 */
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { heading, scherm, until } from '../ui/helpers.js';

interface Step {
  name: string;
  ok: boolean;
  ms: number;
  output?: string;
}
interface Report {
  error?: string;
  steps: Step[];
  files: string[];
  integrity: Record<string, string>;
  installedSha384?: string;
}

let report: Report;

before(async function () {
  this.timeout(240000); // npm pack, npm install, tsc and a Vite build on a shared machine
  report = (await (await fetch('/package/report.json')).json()) as Report;
  expect(report.error, report.error).to.equal(undefined);
});

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const step = (name: string) => report.steps.find((s) => s.name === name);

async function page(path: string): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  iframe.src = `/package/consumer/${path}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as Window & typeof globalThis;
}

async function rendered(win: Window, name = 'regelingen-wizard'): Promise<RegelingenWizard> {
  await win.customElements.whenDefined(name);
  // No clock of its own: the suite's timeout ends a wait that never ends.
  while (!win.document.querySelector(name)) await new Promise((r) => setTimeout(r, 10));
  const el = win.document.querySelector(name) as RegelingenWizard;
  expect(el, `<${name}> in the page`).to.exist;
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'), 60000);
  return el;
}

describe('npm package', () => {
  it('writes its type declarations, packs, installs into a clean project, type-checks and builds', () => {
    for (const name of ['types', 'npm pack', 'npm install', 'tsc', 'vite build']) {
      expect(step(name), name).to.exist;
      expect(step(name)!.ok, `${name}: ${step(name)!.output}`).to.equal(true);
    }
  });

  it('holds what a consumer needs and nothing else', () => {
    for (const f of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/regelingen-wizard.js',
      'dist/regelingen-wizard-remote.js',
      'dist/regelingen.json',
      'dist/gemeenten/GM0344.json',
      'dist/integrity.json',
      'dist/types/index.d.ts',
      'dist/types/ui/regelingen-wizard.d.ts',
      'regelingen/schema/gemeente.schema.json',
    ]) {
      expect(report.files, f).to.include(f);
    }
    const allowed =
      /^(package\.json|README\.md|LICENSE(\.md)?|custom-elements\.json|dist\/[\w-]+\.(js|json)|dist\/gemeenten\/GM\d{4}\.json|dist\/types\/.+\.d\.ts|regelingen\/schema\/[\w-]+\.schema\.json)$/;
    expect(report.files.filter((f) => !allowed.test(f))).to.deep.equal([]);
  });

  it('renders from plain HTML with its Subresource Integrity hash', async () => {
    expect(report.installedSha384).to.equal(report.integrity['regelingen-wizard.js']);
    const el = await rendered(await page('plain.html'));
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
  });

  it('is refused by the browser when the file does not match the hash', async () => {
    const win = await page('tampered.html');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.customElements.get('regelingen-wizard')).to.equal(undefined);
  });

  it('works from a bundler: import defines the element, define(name) adds a second name', async () => {
    const win = (await page('dist/bundler.html')) as Window &
      typeof globalThis & { __consumer: { sameClass: boolean; datasetUrl: string } };
    const nl = await rendered(win);
    const en = await rendered(win, 'gemeente-wizard');
    expect(heading(nl)).to.equal('Welke hulp of regeling past bij u?');
    expect(heading(en)).to.equal('Which help or scheme fits you?');
    expect(win.__consumer.sameClass).to.equal(true);
    const dataset = (await (await fetch(new URL(win.__consumer.datasetUrl, win.location.href))).json()) as Record<string, unknown>;
    expect(Object.keys(dataset)).to.include.members(['vragen.json', 'cijfers.json', 'loketten.json', 'regelingen']);
  });

  it("the README's recipe under the README's CSP: the overlay and dataset as files, never data: URLs; the widget uses them", async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain("import overlayUrl from 'regelingenwijzer/gemeenten/GM0344.json?url&no-inline';");
    expect(readme).to.contain("default-src 'self'; script-src 'self'; style-src 'self'");
    const win = (await page('dist/csp.html')) as unknown as Window & {
      __csp: { datasetUrl: string; overlayUrl: string; small: string; inlined: string };
      __violations: string[];
    };
    await rendered(win);
    // without no-inline Vite makes a small file a data: URL, which the policy blocks (issue 25)
    expect(win.__csp.inlined).to.match(/^data:/);
    expect(win.__csp.overlayUrl).to.match(/GM0344[\w-]*\.json$/);
    expect(win.__csp.overlayUrl).not.to.match(/^data:/);
    expect(win.__csp.datasetUrl).not.to.match(/^data:/);
    expect(win.__csp.small).to.match(/GM0363[\w-]*\.json$/);
    // the URLs loaded and validated: the start screen, not the error screen
    const both = [...win.document.querySelectorAll('regelingen-wizard')] as RegelingenWizard[];
    expect(both).to.have.length(2);
    for (const w of both) {
      await until(w, () => scherm(w) !== 'laden');
      expect(scherm(w), w.getAttribute('gemeente')!).to.equal('start');
    }
    expect(win.__violations).to.deep.equal([]);
  });

  it('renders inside a React 19 app: properties from React, events into React state', async () => {
    const win = (await page('dist/react.html')) as Window & typeof globalThis & { __react: { version: string } };
    expect(win.__react.version).to.match(/^19\./);
    const el = await rendered(win);
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
    expect(el.gemeente).to.equal('GM0344');
    const scherm = win.document.getElementById('scherm')!;
    await until(el, () => scherm.textContent === 'start' || scherm.textContent === 'vragen');
    win.document.getElementById('english')!.click();
    await until(el, () => heading(el) === 'Which help or scheme fits you?');
    expect(win.document.querySelectorAll('regelingen-wizard')).to.have.length(1);
  });
});
