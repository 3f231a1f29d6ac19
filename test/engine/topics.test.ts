/** The hulpvraag (topics) question: asked first among the useful ones, narrows what is considered. */
import { expect } from '@open-wc/testing';
import { explainAll, makeContext, walk } from '../../src/engine/index.js';
import { dataset, DATUM, opties, regeling, vraag } from './fixtures.js';

const ds = dataset({
  vragen: [
    vraag('persoon.hulpvraag', 'meerkeuze', { hulpvraag: true, vooraan: true, opties: opties('geld', 'thuis', 'alles') }),
    vraag('persoon.x'),
    vraag('persoon.y'),
  ],
  regelingen: [
    regeling('toeslag', { feit: 'persoon.x', is: true }, { onderwerpen: ['geld'] }),
    regeling('hulp', { feit: 'persoon.y', is: true }, { onderwerpen: ['thuis'] }),
    regeling('crisis', { feit: 'persoon.x', is: true }), // no topics: always considered
  ],
});
const opts = { perspectief: 'zelf' as const, datum: DATUM };

describe('engine: topics (hulpvraag)', () => {
  it('asks the topic question first', () => {
    expect(walk(ds, {}, opts).vraag?.id).to.equal('persoon.hulpvraag');
  });

  it('asks only what the chosen topics need', () => {
    const w = walk(ds, { 'persoon.hulpvraag': ['geld'], 'persoon.x': true }, opts);
    expect(w.path).to.deep.equal(['persoon.hulpvraag', 'persoon.x']);
    expect(w.vraag).to.equal(undefined);
  });

  it('leaves regelingen of other topics out of the result, not in the not-fitting list', () => {
    const w = walk(ds, { 'persoon.hulpvraag': ['geld'], 'persoon.x': true }, opts);
    const ids = explainAll(makeContext(ds, w.answers, opts)).map((r) => [r.regeling.id, r.uitkomst]);
    expect(ids).to.deep.equal([
      ['toeslag', 'past'],
      ['crisis', 'past'],
    ]);
  });

  it('"alles" considers every topic', () => {
    const w = walk(ds, { 'persoon.hulpvraag': ['alles'], 'persoon.x': false, 'persoon.y': true }, opts);
    expect(w.path).to.have.members(['persoon.hulpvraag', 'persoon.x', 'persoon.y']);
    const out = explainAll(makeContext(ds, w.answers, opts)).map((r) => r.regeling.id);
    expect(out).to.deep.equal(['toeslag', 'hulp', 'crisis']);
  });

  it('does not count the topic as a criterion in "met X van Y"', () => {
    const w = walk(ds, { 'persoon.hulpvraag': ['geld'], 'persoon.x': true }, opts);
    const toeslag = explainAll(makeContext(ds, w.answers, opts)).find((r) => r.regeling.id === 'toeslag')!;
    expect([toeslag.voldaan, toeslag.totaal]).to.deep.equal([1, 1]);
  });
});
