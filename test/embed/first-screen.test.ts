/**
 * The first screen before the dataset (issue 24): the built widget carries its embedded dataset
 * in a chunk of its own, as JSON text, and draws the start screen while that chunk loads; what
 * the person chooses there is kept and acted on once the data is in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { Regeling } from '../../src/dataset/schema.js';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { heading, root, until } from '../ui/helpers.js';
import { closeFrames } from './frame.js';

afterEach(closeFrames);

const body = async (path: string) => {
  const res = await fetch(path, { cache: 'no-store' });
  expect(res.status, path).to.equal(200);
  return res.text();
};
// Ids, not names: the test server may write non-ASCII letters as escapes.
const ids = Object.values(DEFAULT_FILES.regelingen).flatMap((f) => (f as { regelingen: Regeling[] }).regelingen.map((r) => `"${r.id}"`));

describe('the embedded dataset: a chunk of its own, as JSON text', () => {
  it('the main chunk holds no regeling; the dataset chunk holds every one', async () => {
    const main = await body('/dist/regelingen-wizard.js');
    const data = await body('/dist/regelingen-wizard-dataset.js');
    expect(ids.length).to.be.greaterThan(50);
    // (an id may also be a string of the code, such as a crisis line's: a few at most)
    expect(ids.filter((id) => main.includes(id)).length).to.be.lessThan(5);
    expect(ids.filter((id) => !data.includes(id))).to.deep.equal([]);
  });

  it('the start screen shows while the dataset loads; Start pressed then leads to the first question', async () => {
    const steps: string[] = [];
    // Not openFrame: the frame's load event waits for the dataset chunk too.
    const iframe = document.createElement('iframe');
    const id = String(Math.random()).slice(2);
    iframe.src = `/embed/page.html?${new URLSearchParams({ src: 'held', id })}`;
    document.body.append(iframe);
    const found = () => iframe.contentDocument?.querySelector('regelingen-wizard') as RegelingenWizard | null | undefined;
    await waitUntil(() => !!found()?.shadowRoot?.querySelector('[data-heading]'), 'the start screen', { timeout: 20000, interval: 10 });
    const el = found()!;
    const win = iframe.contentWindow!;
    el.addEventListener('regelingenwijzer:step', (e) => steps.push((e as CustomEvent<{ scherm: string }>).detail.scherm));
    expect(heading(el)).to.equal(nl.start.kop);
    const dataset = () =>
      win.performance
        .getEntriesByType('resource')
        .filter(
          (r) => r.name.endsWith(`/embed/held/${id}/regelingen-wizard-dataset.js`) && (r as PerformanceResourceTiming).responseEnd > 0,
        );
    expect(dataset(), 'the dataset chunk has not arrived yet').to.deep.equal([]);
    root(el).querySelector<HTMLInputElement>('input[name="perspectief"][value="zelf"]')!.click();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('form[data-vraag]'), 'no question before the data').to.equal(null);
    // Now the dataset may come.
    await waitUntil(
      async () => (await (await fetch(`/embed/release?id=${id}`, { cache: 'no-store' })).text()) === 'released',
      'the chunk was held',
      {
        timeout: 20000,
        interval: 50,
      },
    );
    await until(el, () => !!root(el).querySelector('form[data-vraag]'));
    expect(dataset()).to.have.length(1);
    // One step event for the question; the start screen's came before and is not repeated.
    expect(steps).to.deep.equal(['vragen']);
    await until(el, () => !!root(el).activeElement?.hasAttribute('data-heading'));
  });
});

describe('the first screen before the machine and i18next', () => {
  // The flow chunk holds the machine, the engine and i18next; the start screen's strings come
  // from src/i18n/first.ts (Dutch in the main chunk, English a small chunk of its own).
  for (const lang of ['nl', 'en'] as const)
    it(`lang="${lang}": the start screen shows while the machine's chunk is held; Start then leads to the first question`, async () => {
      const strings = lang === 'nl' ? nl : en;
      const iframe = document.createElement('iframe');
      const id = String(Math.random()).slice(2);
      iframe.src = `/embed/page.html?${new URLSearchParams({ src: 'held', hold: 'flow', id, 'a.lang': lang })}`;
      document.body.append(iframe);
      const found = () => iframe.contentDocument?.querySelector('regelingen-wizard') as RegelingenWizard | null | undefined;
      await waitUntil(
        () => found()?.shadowRoot?.querySelector('[data-heading]')?.textContent === strings.start.kop,
        `the start screen in ${lang}`,
        { timeout: 20000, interval: 10 },
      );
      const el = found()!;
      const win = iframe.contentWindow!;
      const flow = () =>
        win.performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith(`/regelingen-wizard-flow.js`) && (r as PerformanceResourceTiming).responseEnd > 0);
      expect(flow(), "the machine's chunk has not arrived yet").to.deep.equal([]);
      expect(root(el).querySelector('.wizard')!.getAttribute('lang')).to.equal(lang);
      expect(root(el).textContent).to.contain(strings.start.privacy);
      expect(root(el).textContent).to.contain(strings.perspectief.zelf);
      root(el).querySelector<HTMLInputElement>('input[name="perspectief"][value="zelf"]')!.click();
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('form[data-vraag]'), 'no question before the machine').to.equal(null);
      await waitUntil(
        async () => (await (await fetch(`/embed/release?id=${id}`, { cache: 'no-store' })).text()) === 'released',
        'the chunk was held',
        { timeout: 20000, interval: 50 },
      );
      await until(el, () => !!root(el).querySelector('form[data-vraag]'));
      expect(flow()).to.have.length(1);
      expect(root(el).querySelector('.wizard')!.getAttribute('lang')).to.equal(lang);
    });
});
