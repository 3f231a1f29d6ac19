/**
 * The flow alone: an XState actor over a tiny dataset, driven by events, no DOM.
 */
import { expect } from '@open-wc/testing';
import { createActor, waitFor } from 'xstate';
import { wizardMachine } from '../../src/flow/machine.js';
import type { Dataset, Question, Regeling } from '../../src/dataset/schema.js';

const T = (s: string) => ({ nl: s, en: s });
const q = (id: string, extra: Partial<Question> = {}): Question => ({ id, onderwerp: 'persoon', type: 'ja-nee', vraag: { standaard: T(id) }, label: T(id), ...extra });
const reg = (id: string, voorwaarden: Regeling['voorwaarden']): Regeling => ({
  id, naam: T(id), uitleg: T(id), domein: 'wmo', voor: 'persoon', niveau: 'landelijk', beslist: T('x'), loket: 'l',
  bron: 'https://example.org', peildatum: '2026-01-01', geldigVanaf: '2020-01-01', voorwaarden,
});

// a → (if yes) b; c is needed only when a is no.
const ds: Dataset = {
  vragen: [q('a'), q('b'), q('c')],
  afgeleid: [], cijfers: [],
  loketten: [{ id: 'l', soort: 'landelijk', naam: T('Loket'), bron: 'https://example.org', peildatum: '2026-01-01' }],
  regelingen: [
    reg('r1', { alle: [{ feit: 'a', is: true }, { feit: 'b', is: true }] }),
    reg('r2', { alle: [{ feit: 'a', is: false }, { feit: 'c', is: true }] }),
  ],
};

async function started(perspectief?: 'zelf') {
  const actor = createActor(wizardMachine, { input: { load: async () => ds, perspectief } });
  actor.start();
  await waitFor(actor, (s) => s.matches('start'));
  return actor;
}

describe('the questionnaire machine', () => {
  it('asks only the questions the answers make relevant, then reviews and shows the result', async () => {
    const actor = await started('zelf');
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.shown).to.equal('a');
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().context.shown).to.equal('b');
    actor.send({ type: 'ANTWOORD', waarde: false });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    expect(actor.getSnapshot().context.walk!.path).to.deep.equal(['a', 'b']);
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    expect(actor.getSnapshot().matches('resultaat')).to.equal(true);
  });

  it('needs a perspective before it starts', async () => {
    const actor = await started();
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
    actor.send({ type: 'KIES', perspectief: 'zelf' });
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches('vragen')).to.equal(true);
  });

  it('goes back and forth without losing an answer', async () => {
    const actor = await started('zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'TERUG' });
    expect(actor.getSnapshot().context.shown).to.equal('a');
    expect(actor.getSnapshot().context.answers['a']).to.equal(true);
    actor.send({ type: 'TERUG' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
  });

  it('changes an answer from the review: asks what became relevant, keeps what did not, returns to the review', async () => {
    const actor = await started('zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    actor.send({ type: 'WIJZIG', vraag: 'a' });
    expect(actor.getSnapshot().context.shown).to.equal('a');
    actor.send({ type: 'ANTWOORD', waarde: false });
    // c became relevant: asked before returning to the review.
    expect(actor.getSnapshot().context.shown).to.equal('c');
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    expect(actor.getSnapshot().context.walk!.path).to.deep.equal(['a', 'c']);
    // b is kept, not counted; it comes back when a is yes again.
    expect(actor.getSnapshot().context.answers['b']).to.equal(true);
    actor.send({ type: 'WIJZIG', vraag: 'a' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    expect(actor.getSnapshot().context.walk!.path).to.deep.equal(['a', 'b']);
  });

  it('starts over with nothing kept', async () => {
    const actor = await started('zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'OPNIEUW' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
    expect(actor.getSnapshot().context.answers).to.deep.equal({});
  });

  it('shows the error state when the dataset cannot be loaded', async () => {
    const actor = createActor(wizardMachine, { input: { load: async () => { throw new Error('404'); } } });
    actor.start();
    await waitFor(actor, (s) => s.matches('fout'));
    expect((actor.getSnapshot().context.error as Error).message).to.equal('404');
  });
});
