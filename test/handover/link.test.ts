/**
 * The hand-over link: answers only in the fragment, never in the query string; on opening, the
 * fragment is read and removed from the address bar with history.replaceState (the real
 * window's location and history, in Chromium).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { PERSPECTIVES } from '../../src/dataset/model.js';
import { embeddedDataset } from '../../src/dataset/source.js';
import { decodeHandover, encodeHandover, type HandoverState } from '../../src/handover/codec.js';
import { buildHandoverLink, captureHandover, hasHandover, takeHandover } from '../../src/handover/link.js';

const questions = embeddedDataset().vragen;
const scenario = Object.values(SCENARIOS)[0]!;
const state: HandoverState = { perspectief: scenario.perspectief, gemeente: 'GM0344', antwoorden: scenario.antwoorden };

/** Every answer value as text, to look for in places it must not be. */
const answerTexts = (s: HandoverState) =>
  Object.values(s.antwoorden)
    .flatMap((a) => (Array.isArray(a) ? a : [a]))
    .filter((a) => a !== null)
    .map(String)
    .filter((t) => t.length > 3);

describe('handover: the link', () => {
  const original = location.pathname + location.search + location.hash;
  afterEach(() => history.replaceState(history.state, '', original));

  it('puts the answers in the fragment and leaves path and query exactly as they were', () => {
    const page = 'https://www.gemeente.example/pagina/wijzer?utm=x&b=2#inhoud';
    const { link, fragment, dropped } = buildHandoverLink(page, state, questions);
    expect(dropped).to.deep.equal([]);
    const url = new URL(link);
    expect(url.origin + url.pathname).to.equal('https://www.gemeente.example/pagina/wijzer');
    expect(url.search).to.equal('?utm=x&b=2');
    expect(url.hash).to.equal(`#${fragment}`);
    expect(fragment).to.equal(encodeHandover(state, questions).fragment);
    expect(answerTexts(state).length).to.be.greaterThan(3);
    for (const t of answerTexts(state)) expect(link, t).to.not.contain(t);
  });

  it('never puts anything in the query string, whatever the page and the answers (property)', () => {
    const page = fc
      .record({
        path: fc.webPath(),
        query: fc.option(fc.webQueryParameters(), { nil: undefined }),
        hash: fc.option(fc.webFragments(), { nil: undefined }),
      })
      .map(
        ({ path, query, hash }) =>
          `https://host.example${path.startsWith('/') ? '' : '/'}${path}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`,
      );
    const scenarios = Object.values(SCENARIOS);
    fc.assert(
      fc.property(page, fc.integer({ min: 0, max: scenarios.length - 1 }), fc.constantFrom(...PERSPECTIVES), (p, i, perspectief) => {
        const before = new URL(p);
        const s = { perspectief, antwoorden: scenarios[i]!.antwoorden };
        const after = new URL(buildHandoverLink(p, s, questions).link);
        expect(after.search).to.equal(before.search);
        expect(after.pathname).to.equal(before.pathname);
        expect(after.hash.startsWith('#rw1.')).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the fragment on opening and removes it at once, keeping path, query and history state', () => {
    const { link } = buildHandoverLink(location.href, state, questions);
    const url = new URL(link);
    history.replaceState({ host: 'state' }, '', `${location.pathname}?x=1${url.hash}`);
    const entries = history.length;
    expect(hasHandover()).to.equal(true);
    const result = takeHandover(questions);
    expect(result?.ok).to.equal(true);
    expect(result?.ok && result.state.gemeente).to.equal('GM0344');
    expect(location.hash).to.equal('');
    expect(location.href).to.not.contain('#');
    expect(location.search).to.equal('?x=1');
    expect(history.state).to.deep.equal({ host: 'state' });
    expect(history.length).to.equal(entries);
    for (const t of answerTexts(state)) expect(location.href, t).to.not.contain(t);
    // Once taken, it is gone: a reload would find nothing.
    expect(takeHandover(questions)).to.equal(undefined);
  });

  it('captures the fragment at once, before the dataset is there, and decodes it later', () => {
    const { fragment } = buildHandoverLink(location.href, state, questions);
    history.replaceState(null, '', `${location.pathname}${location.search}#${fragment}`);
    const captured = captureHandover();
    expect(captured).to.equal(`#${fragment}`);
    expect(location.hash).to.equal('');
    const decoded = decodeHandover(captured, questions);
    expect(decoded.ok && decoded.state.perspectief).to.equal(state.perspectief);
    expect(captureHandover()).to.equal(undefined);
  });

  it('leaves a fragment that is not a hand-over link alone', () => {
    history.replaceState(null, '', `${location.pathname}#inhoud`);
    expect(hasHandover()).to.equal(false);
    expect(takeHandover(questions)).to.equal(undefined);
    expect(location.hash).to.equal('#inhoud');
  });

  it('removes a damaged link too, and says why it could not be read', () => {
    history.replaceState(null, '', `${location.pathname}#rw1.@@@`);
    const result = takeHandover(questions);
    expect(result?.ok).to.equal(false);
    expect(result?.ok === false && result.error.code).to.equal('beschadigd');
    expect(location.hash).to.equal('');
  });
});
