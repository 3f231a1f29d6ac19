/**
 * Issue 20, end to end: every situation scenario of the issue (regelingen/scenarios/ 90 and up),
 * walked through the widget as a person clicks, with the scenario's own answers. The result page
 * must show what the scenario says must show (past or misschien), must not show what it must not
 * (absent or under "past niet"), must show as coming what comes later (komt), must never tag the ones that are at most misschien as past, and
 * must tag the ones that must fit (moetPassen) as past.
 * The scenario test (test/dataset/scenarios.test.ts) checks the engine; this one checks that the
 * widget asks the same questions and renders the same outcomes.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { mount, openAll, picksOf, plain, root, walkTo } from '../ui/helpers.js';

const national = parseDataset(DEFAULT_FILES);
const nameOf = new Map(national.regelingen.map((r) => [r.id, r.naam.nl]));

/** The scenarios written for issue 20: file names numbered 90 and up, without a municipality. */
const ISSUE_20 = Object.entries(SCENARIOS).filter(([file, s]) => Number.parseInt(file, 10) >= 90 && !s.gemeente);

type Tag = 'past' | 'misschien' | 'komt' | 'past-niet' | 'absent';

/** The outcome tag of the regeling's card on the result page (its heading is the regeling's name). */
function tagOf(el: Parameters<typeof root>[0], id: string): Tag {
  const card = root(el).querySelector(`article.regeling[data-regeling="${id}"]`);
  if (!card) return 'absent';
  // The name as the dataset has it, without the abbreviations the screen writes out.
  expect(plain(card.querySelector('h2, h3, h4, h5, h6')?.textContent ?? '')).to.equal(plain(nameOf.get(id)!));
  const tag = card.querySelector('.tag');
  for (const t of ['past-niet', 'misschien', 'komt', 'past'] as const) if (tag?.classList.contains(t)) return t;
  throw new Error(`${id}: card without an outcome tag`);
}

describe('issue 20 scenarios, through the widget', () => {
  it('covers the issue-20 scenarios', () => {
    expect(ISSUE_20.length).to.be.at.least(15);
  });

  for (const [file, s] of ISSUE_20) {
    it(`${file}: ${s.naam}`, async () => {
      const el = await mount({ datum: s.datum });
      const asked = await walkTo(el, 'resultaat', { ...picksOf(s.antwoorden), perspectief: s.perspectief });
      // The counters and the list of what does not fit are collapsed: open them all, as a person would.
      await openAll(el);
      for (const q of asked) expect(Object.keys(s.antwoorden), `${file}: asked "${q}", which the scenario does not answer`).to.include(q);
      for (const id of s.moetTonen) expect(['past', 'misschien'], `${file}: ${id} must show`).to.include(tagOf(el, id));
      // A regeling that does not fit now may still come ("Kan passen vanaf <maand>"), when the scenario says so.
      for (const id of s.magNietTonen)
        expect(['absent', 'past-niet', ...(s.komt?.includes(id) ? ['komt'] : [])], `${file}: ${id} must not show`).to.include(
          tagOf(el, id),
        );
      for (const id of s.komt ?? []) expect(tagOf(el, id), `${file}: ${id} comes later`).to.equal('komt');
      for (const id of s.hoogstensMisschien ?? []) expect(tagOf(el, id), `${file}: ${id} is at most misschien`).to.not.equal('past');
      for (const id of s.moetPassen ?? []) expect(tagOf(el, id), `${file}: ${id} must show as past`).to.equal('past');
    });
  }
});
