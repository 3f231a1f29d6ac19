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

/** A page whose chunk the test server holds back until `release` (embed/page.html, src=held). */
function heldPage(params: Record<string, string>): {
  id: string;
  found: () => RegelingenWizard | null | undefined;
  arrived: (path: string) => PerformanceEntry[];
} {
  const iframe = document.createElement('iframe');
  const id = String(Math.random()).slice(2);
  iframe.src = `/embed/page.html?${new URLSearchParams({ src: 'held', id, ...params })}`;
  document.body.append(iframe);
  return {
    id,
    found: () => iframe.contentDocument?.querySelector('regelingen-wizard') as RegelingenWizard | null | undefined,
    // The resources whose name ends in `path` and whose response has come in.
    arrived: (path) =>
      iframe
        .contentWindow!.performance.getEntriesByType('resource')
        .filter((r) => r.name.endsWith(path) && (r as PerformanceResourceTiming).responseEnd > 0),
  };
}

/** Let the held chunk of page `id` come. */
const release = (id: string) =>
  waitUntil(
    async () => (await (await fetch(`/embed/release?id=${id}`, { cache: 'no-store' })).text()) === 'released',
    'the chunk was held',
    { timeout: 20000, interval: 50 },
  );

/**
 * Start as "zelf" while page `id`'s chunk is held: no question may come (`before` names what it
 * waits for); then let the chunk come and wait for the first question.
 */
async function startWhileHeld(el: RegelingenWizard, id: string, before: string): Promise<void> {
  root(el).querySelector<HTMLInputElement>('input[name="perspectief"][value="zelf"]')!.click();
  root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
  await el.updateComplete;
  expect(root(el).querySelector('form[data-vraag]'), `no question before ${before}`).to.equal(null);
  await release(id);
  await until(el, () => !!root(el).querySelector('form[data-vraag]'));
}

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
    const { id, found, arrived } = heldPage({});
    await waitUntil(() => !!found()?.shadowRoot?.querySelector('[data-heading]'), 'the start screen', { timeout: 20000, interval: 10 });
    const el = found()!;
    el.addEventListener('regelingenwijzer:step', (e) => steps.push((e as CustomEvent<{ scherm: string }>).detail.scherm));
    expect(heading(el)).to.equal(nl.start.kop);
    const dataset = () => arrived(`/embed/held/${id}/regelingen-wizard-dataset.js`);
    expect(dataset(), 'the dataset chunk has not arrived yet').to.deep.equal([]);
    // The dataset may come once Start was pressed.
    await startWhileHeld(el, id, 'the data');
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
      const { id, found, arrived } = heldPage({ hold: 'flow', 'a.lang': lang });
      await waitUntil(
        () => found()?.shadowRoot?.querySelector('[data-heading]')?.textContent === strings.start.kop,
        `the start screen in ${lang}`,
        { timeout: 20000, interval: 10 },
      );
      const el = found()!;
      const flow = () => arrived('/regelingen-wizard-flow.js');
      expect(flow(), "the machine's chunk has not arrived yet").to.deep.equal([]);
      expect(root(el).querySelector('.wizard')!.getAttribute('lang')).to.equal(lang);
      expect(root(el).textContent).to.contain(strings.start.privacy);
      expect(root(el).textContent).to.contain(strings.perspectief.zelf);
      await startWhileHeld(el, id, 'the machine');
      expect(flow()).to.have.length(1);
      expect(root(el).querySelector('.wizard')!.getAttribute('lang')).to.equal(lang);
    });
});
