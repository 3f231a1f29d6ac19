/**
 * "Uw eerste stappen" (issue 22): the result opens with a short summary; the rest is grouped per
 * counter and collapsed, the regeling names visible, the details rendered when opened. The
 * money-worries first view stays within 2,700 px at 1280×900 and 600 words. Sentences are at
 * most 15 words; abbreviations are written out at first use; a "Misschien" says what is still
 * unknown, never "voldoet aan N van N".
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { en as enStrings } from '../../src/i18n/en.js';
import { nl as nlStrings } from '../../src/i18n/nl.js';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import { ABBREVIATIONS } from '../../src/ui/screens/abbreviations.js';
import { FIRST_STEPS } from '../../src/ui/screens/result.js';
import { counterNames, nl, openCounters, plain, root, until } from './helpers.js';
import { MONEY_WORRIES, measure, resultAt, sentencesOf, wordsOf } from './result-measure.js';

const [scenario3] = MONEY_WORRIES.map((m) => m.s);

async function axe(el: Element): Promise<string[]> {
  const r = await (
    window as unknown as { axe: { run(e: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
  ).axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  return r.violations.map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('the money-worries result, first view', () => {
  after(() => setViewport({ width: 1280, height: 800 }));
  for (const { naam, s } of MONEY_WORRIES) {
    it(`${naam}: at most 2,700 px tall at 1280×900 and at most 600 words, no sentence over 15 words`, async () => {
      const { m } = await resultAt(s);
      const { m: phone } = await resultAt(s, 320, 640);
      console.log(
        `[measure] ${naam}: ${m.height} px at 1280×900, ${phone.height} px at 320, ${m.words} words, ${m.long.length} long sentences`,
      );
      expect(m.height).to.be.at.most(2700);
      expect(m.words).to.be.at.most(600);
      expect(m.long).to.deep.equal([]);
    });
  }
});

describe('"Uw eerste stappen"', () => {
  it('the few counters that matter most, in the engine order, each with what to ask for and how to reach it', async () => {
    const { el } = await resultAt(scenario3!);
    const steps = [...root(el).querySelectorAll('.first-steps .steps > li')];
    expect(steps.length).to.be.within(1, FIRST_STEPS);
    // The same counters the engine ranks first, in that order.
    const names = steps.map((li) => plain(li.querySelector('strong')!.textContent!));
    expect(names).to.deep.equal(counterNames(el).slice(0, steps.length));
    for (const li of steps) {
      expect(li.textContent).to.contain(nl.resultaat.vraagNaarKort.split(':')[0]);
      expect(li.querySelectorAll('a').length, `${li.textContent}: a way to reach it`).to.be.greaterThan(0);
    }
    // The urgent debt counter first.
    expect(steps[0]!.textContent).to.contain(nl.resultaat.urgent);
  });

  it('every counter collapsed with its regeling names; its details rendered when opened, by keyboard', async () => {
    const { el } = await resultAt(scenario3!);
    const counters = [...root(el).querySelectorAll<HTMLDetailsElement>('details.counter')];
    expect(counters.length).to.be.greaterThan(FIRST_STEPS);
    for (const d of counters) {
      expect(d.open).to.equal(false);
      expect(d.querySelector('article'), 'nothing rendered inside a closed counter').to.equal(null);
      expect(d.querySelector('summary .names')!.textContent).to.match(/\d+ regeling(en)?: \S/);
    }
    expect(root(el).querySelectorAll('article').length, 'no regeling rendered in the first view').to.equal(0);
    // Keyboard: focus the first counter's summary, press Enter.
    counters[0]!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => !!counters[0]!.querySelector('article'));
    expect(counters[0]!.open).to.equal(true);
    expect(root(el).querySelectorAll('details.counter article').length, 'only the opened counter').to.equal(
      counters[0]!.querySelectorAll('article').length,
    );
  });

  it('at 320 px with everything open: no sideways scrolling, and axe finds nothing', async () => {
    const { el } = await resultAt(scenario3!, 320, 640);
    try {
      await openCounters(el);
      for (const sel of ['details.bring', 'details.not-fitting']) {
        const d = root(el).querySelector<HTMLDetailsElement>(sel)!;
        d.open = true;
        await until(el, () => d.querySelectorAll('li, article').length > 0);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(await axe(el)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});

describe('words on the result', () => {
  it('every UI sentence in both languages has at most 15 words', () => {
    const long: string[] = [];
    const walk = (o: unknown, path: string) => {
      if (typeof o === 'string') {
        for (const s of sentencesOf(o.replace(/\{\{\w+\}\}/g, 'x'))) if (wordsOf(s).length > 15) long.push(`${path}: ${s}`);
      } else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(nlStrings, 'nl');
    walk(enStrings, 'en');
    expect(long).to.deep.equal([]);
  });

  for (const { naam, s: journey } of MONEY_WORRIES) {
    it(`${naam}: with every counter and what to bring open, no sentence over 15 words`, async () => {
      const { el } = await resultAt(journey);
      await openCounters(el);
      const bring = root(el).querySelector<HTMLDetailsElement>('details.bring')!;
      bring.open = true;
      await until(el, () => bring.querySelectorAll('li').length > 0);
      expect(measure(el).long).to.deep.equal([]);
    });
  }

  it('a "Misschien" says what is still unknown, never "voldoet aan N van N"', async () => {
    const { el } = await resultAt(scenario3!);
    await openCounters(el);
    const maybe = [...root(el).querySelectorAll('article')].filter((a) => a.querySelector('.tag.misschien'));
    expect(maybe.length).to.be.greaterThan(0);
    for (const a of maybe) {
      const t = a.textContent!.replace(/\s+/g, ' ');
      expect(t, plain(a.querySelector('h4, h5')!.textContent!)).not.to.match(/voldoet aan \d+ van \d+/);
      expect(t).to.contain(nl.resultaat.waaromMisschien);
    }
  });

  it('a "Misschien" with an open question names the question still unknown', async () => {
    // Scenario 1 answers "weet ik niet" to 24-hour supervision: the money journeys answer everything.
    const { el } = await resultAt(scenario1);
    await openCounters(el);
    const unknown = [...root(el).querySelectorAll('article')].filter(
      (a) => a.querySelector('.tag.misschien') && a.querySelector('.unknown'),
    );
    expect(unknown.length, 'misschien with open questions say which').to.be.greaterThan(0);
    for (const a of unknown) {
      expect(a.querySelector('.unknown')!.textContent).to.match(new RegExp(`^${nl.resultaat.nogOnbekend} \\S`));
      expect(a.textContent).not.to.match(/voldoet aan \d+ van \d+/);
    }
  });

  it('every abbreviation is written out at its first use on the screen, and marked as <abbr>', async () => {
    const { el } = await resultAt(MONEY_WORRIES[1]!.s);
    await openCounters(el);
    const all = root(el).querySelector('.wizard')!.textContent!.replace(/\s+/g, ' ');
    let found = 0;
    for (const [abbr, full] of Object.entries(ABBREVIATIONS)) {
      const at = all.search(new RegExp(`\\b${abbr}\\b`));
      if (at < 0) continue;
      found++;
      const near = all.slice(at, at + abbr.length + 80);
      expect(near, abbr).to.contain(full.nl);
      const marked = [...root(el).querySelectorAll('abbr')].filter((a) => a.textContent === abbr);
      expect(marked.length, abbr).to.be.greaterThan(0);
      expect(marked.every((a) => a.title === full.nl)).to.equal(true);
    }
    expect(found, 'the money-worries result names at least one (UWV)').to.be.greaterThan(0);
  });
});
