/**
 * Bounded time for any input (issue 25, item 3): a dataset or overlay URL however deep, long or
 * wide ends in use or in a precise error, with the national crisis lines on screen. The hostile
 * texts are made here and served as blob: URLs. The longest main-thread block (PerformanceObserver
 * "longtask") is logged for each case, never asserted: speed belongs in `npm run bench`.
 */
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { root, scherm, until } from '../ui/helpers.js';

interface ErrorDetail {
  url?: string;
  reden: string;
}

const NATIONAL = ['tel:112', 'tel:113', 'tel:08002000', 'tel:08000432'];
const helpTel = (el: RegelingenWizard) => {
  const d = root(el).querySelector<HTMLDetailsElement>('details.urgent-help');
  return d?.open ? [...d.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')) : [];
};

const urls: string[] = [];
const blob = (text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  urls.push(url);
  return url;
};
afterEach(() => {
  document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
  urls.splice(0).forEach((u) => URL.revokeObjectURL(u));
});

/** Mount with `attrs`, wait for the first screen after loading; the longest long task meanwhile (ms, 0 when none). */
async function load(
  attrs: Record<string, string>,
  name: string,
): Promise<{ el: RegelingenWizard; errors: ErrorDetail[]; longest: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  const el = document.createElement('regelingen-wizard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const errors: ErrorDetail[] = [];
  el.addEventListener('regelingenwijzer:error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
  document.body.append(el);
  await until(el, () => scherm(el) !== 'laden' && !!el.shadowRoot?.querySelector('[data-heading]'), 60000);
  await new Promise((r) => setTimeout(r, 100));
  tasks.push(...observer.takeRecords().map((e) => e.duration));
  observer.disconnect();
  const longest = Math.round(Math.max(0, ...tasks));
  console.log(`bounded: ${name}: longest main-thread block ${longest} ms (${tasks.length} long tasks)`);
  return { el, errors, longest };
}

function refused(el: RegelingenWizard, errors: ErrorDetail[], reason: RegExp): void {
  expect(scherm(el)).to.equal('fout');
  expect(errors).to.have.length(1);
  expect(errors[0]!.reden).to.match(reason);
  expect(helpTel(el), 'the crisis lines on the error screen').to.deep.equal(NATIONAL);
}

const overlay = async (): Promise<Record<string, unknown>> => (await fetch('/embed/fixtures/overlay-testdorp.json')).json();
const dataset = async (): Promise<string> => (await fetch('/embed/dataset.json')).text();
const nested = (depth: number) => `${'{"alle":['.repeat(depth)}{"vraag":"persoon.leeftijd","is":1}${']}'.repeat(depth)}`;

describe('bounded time for any input (issue 25)', () => {
  for (const depth of [10_000, 20_000, 100_000]) {
    it(`an overlay nested ${depth} levels deep: a precise error with field and place, crisis lines on screen`, async () => {
      const o = await overlay();
      const text = JSON.stringify({ ...o, regelingen: [{ id: 'diep', voorwaarde: '@' }] }).replace('"@"', nested(depth));
      const { el, errors } = await load({ gemeente: o['gemeente'] as string, 'overlay-url': blob(text) }, `overlay ${depth} deep`);
      refused(
        el,
        errors,
        /te diep genest: meer dan 64 niveaus, bij regelingen\[0\]\.voorwaarde(\.alle\[0\])+\.alle \(regel 1, kolom \d+\)/,
      );
    });
  }

  it('the national dataset through dataset-url (the ordinary case, for comparison): used', async () => {
    const { el, errors } = await load({ 'dataset-url': blob(await dataset()), perspective: 'zelf' }, 'national dataset, valid');
    expect(errors).to.deep.equal([]);
    expect(scherm(el)).to.equal('start');
  });

  it('a dataset nested 20,000 levels deep (dataset-url): a precise error', async () => {
    const text = (await dataset()).replace('"vragen.json":{', `"diep":${nested(20_000)},"vragen.json":{`);
    const { el, errors } = await load({ 'dataset-url': blob(text) }, 'dataset 20000 deep');
    refused(el, errors, /te diep genest: meer dan 64 niveaus, bij diep(\.alle\[0\])+\.alle \(regel 1, kolom \d+\)/);
  });

  it('a 100,000-character key over 2,000 values: a precise error naming the field', async () => {
    const o = await overlay();
    const key = 'k'.repeat(100_000);
    const text = JSON.stringify({ ...o, loketten: { [key]: Array.from({ length: 2000 }, (_, i) => i) } });
    const { el, errors } = await load({ gemeente: o['gemeente'] as string, 'overlay-url': blob(text) }, '100k key, 2000 values');
    refused(el, errors, /loketten\.kkkk/);
  });

  it('100,000-character texts in an overlay: valid ones are used', async () => {
    const o = await overlay();
    const long = 'a'.repeat(100_000);
    const text = JSON.stringify({ ...o, naam: long, bron: `https://testdorp.example.org/${long}` });
    const { el, errors } = await load(
      { gemeente: o['gemeente'] as string, 'overlay-url': blob(text), perspective: 'zelf' },
      '100k texts, valid',
    );
    expect(errors).to.deep.equal([]);
    expect(scherm(el)).to.equal('start');
  });

  it('100,000-character texts where they do not fit: a precise error naming the field', async () => {
    const o = await overlay();
    const long = 'a'.repeat(100_000);
    const text = JSON.stringify({ ...o, bron: long, peildatum: long, loketten: { [long]: { naam: { nl: long } } } });
    const { el, errors } = await load({ gemeente: o['gemeente'] as string, 'overlay-url': blob(text) }, '100k texts, invalid');
    refused(el, errors, /bron: verwacht een https-adres/);
  });

  it('a text over the size limit is refused before parsing', async () => {
    const text = `{"x":"${'a'.repeat(8_100_000)}"}`;
    const { el, errors } = await load({ 'dataset-url': blob(text) }, '8.1M characters');
    refused(el, errors, /te groot: 8100008 bytes/);
  });

  it('a wide overlay (2,000 regelingen) is refused before zod looks inside', async () => {
    const o = await overlay();
    const regelingen = Array.from({ length: 2000 }, (_, i) => ({ id: `breed-${i}`, niveau: 'gemeentelijk' }));
    const { el, errors } = await load(
      { gemeente: o['gemeente'] as string, 'overlay-url': blob(JSON.stringify({ ...o, regelingen })) },
      'overlay 2000 regelingen',
    );
    refused(el, errors, /regelingen: te veel onderdelen: 2000, hoogstens 250/);
  });

  it('the widest overlay allowed, every part wrong (250 regelingen of 250 conditions): the first error and the count', async () => {
    const o = await overlay();
    const voorwaarde = { alle: Array.from({ length: 250 }, () => ({ vraag: 'persoon.leeftijd', is: 'x' })) };
    const regelingen = Array.from({ length: 250 }, (_, i) => ({ id: `breed-${i}`, niveau: 'gemeentelijk', voorwaarde }));
    const { el, errors } = await load(
      { gemeente: o['gemeente'] as string, 'overlay-url': blob(JSON.stringify({ ...o, regelingen })) },
      'overlay 250 x 250, all wrong',
    );
    refused(el, errors, /regelingen\[0\]\..* \(en \d+ meer\)/);
  });
});
