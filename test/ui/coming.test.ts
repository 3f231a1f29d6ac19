/**
 * Life transitions (issue 20): a regeling that starts at an age the person reaches within twelve
 * months is on the result as coming, "Kan passen vanaf januari 2027" when the birth month was
 * given, "Kan binnen een jaar passen" when not, never under "Wat niet past"; the birth month is
 * asked last, only then; the handout lists it too. Through the built widget, by clicking.
 */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import scenario72 from '../../regelingen/scenarios/72-bijna-18-met-jeugdhulp.json';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { explainAll, makeContext, walk } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/types.js';
import { en, mount, nl, picksOf, root, text, until, walkTo, printHandout } from './helpers.js';

declare global {
  interface Window {
    axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  }
}

/**
 * What comes within a year for these answers, as the dataset says (the engine on the scenario's
 * answers): the names, sorted. The scenario lists what must come; the dataset may add more.
 */
function comingFor(answers: Record<string, unknown>): string[] {
  const national = parseDataset(DEFAULT_FILES);
  const opts = { perspectief: scenario72.perspectief as 'zelf', datum: scenario72.datum };
  const ctx = makeContext(national, walk(national, answers as Answers, opts).answers, opts);
  const names = explainAll(ctx)
    .filter((r) => r.komt)
    .map((r) => r.regeling.naam.nl)
    .sort();
  const must = scenario72.komt!.map((id) => national.regelingen.find((r) => r.id === id)!.naam.nl);
  for (const n of must) expect(names, `the scenario's "${n}"`).to.include(n);
  return names;
}

const coming = (el: Element & { shadowRoot: ShadowRoot | null }) => root(el as never).querySelector<HTMLElement>('.coming');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ');

describe('a regeling that starts at an age reached within a year (17, almost 18)', () => {
  it('the birth month is asked last; the result shows what comes, with the month, outside "Wat niet past"', async () => {
    const el = await mount({ perspective: 'zelf', datum: scenario72.datum });
    const asked = await walkTo(el, 'resultaat', picksOf(scenario72.antwoorden));
    expect(asked.at(-1)).to.equal('persoon.geboortemaand');
    const section = coming(el)!;
    expect(section, 'a section for what comes').to.exist;
    expect(squash(section.querySelector('h3')!.textContent)).to.equal(nl.resultaat.komtKop);
    const tags = [...section.querySelectorAll('.tag.komt')].map((t) => squash(t.textContent).trim());
    const names = [...section.querySelectorAll('article h4')].map((h) => squash(h.textContent).trim());
    expect([...names].sort()).to.deep.equal(comingFor(scenario72.antwoorden));
    expect(tags.length).to.equal(names.length);
    for (const t of tags) expect(t).to.equal(nl.resultaat.komtVanaf.replace('{{maand}}', 'januari 2027'));
    // Each says where to apply, with the counter's name (it is in no counter on this result).
    for (const a of section.querySelectorAll('article'))
      expect(squash(a.querySelector('.apply')?.textContent).trim(), 'where to apply').to.match(
        new RegExp(`^${nl.resultaat.komtLoket} \\S`),
      );
    const notFitting = root(el).querySelector<HTMLDetailsElement>('details.not-fitting');
    if (notFitting) {
      notFitting.open = true;
      await until(el, () => notFitting.querySelectorAll('article').length > 0);
      const there = [...notFitting.querySelectorAll('article h4')].map((h) => squash(h.textContent).trim());
      for (const n of names) expect(there, `${n} not under "Wat niet past"`).not.to.include(n);
    }
    const { violations } = await window.axe.run(el, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { region: { enabled: false } },
    });
    expect(violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('"weet ik niet" for the birth month: "binnen een jaar", never a month nobody gave', async () => {
    const el = await mount({ perspective: 'zelf', datum: scenario72.datum });
    const answers = { ...scenario72.antwoorden, 'persoon.geboortemaand': null };
    await walkTo(el, 'resultaat', picksOf(answers));
    const tags = [...coming(el)!.querySelectorAll('.tag.komt')].map((t) => squash(t.textContent).trim());
    expect(tags.length).to.equal(comingFor(answers).length);
    for (const t of tags) expect(t).to.equal(nl.resultaat.komtBinnenJaar);
  });

  it('in English, and on the handout', async () => {
    const el = await mount({ perspective: 'zelf', datum: scenario72.datum, lang: 'en' });
    await walkTo(el, 'resultaat', picksOf(scenario72.antwoorden));
    expect(text(el)).to.contain(en.resultaat.komtVanaf.replace('{{maand}}', 'January 2027'));
    await printHandout(el);
    const handout = squash(root(el).querySelector('.handout')!.textContent);
    expect(handout).to.contain('May fit soon (because of age)');
    expect(handout).to.contain('from January 2027');
  });
});
