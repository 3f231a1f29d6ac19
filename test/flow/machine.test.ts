/**
 * The flow alone: an XState actor over a tiny dataset, driven by events, no DOM; and the view
 * model (`viewOf`) it gives each screen.
 */
import { expect } from '@open-wc/testing';
import { createActor, waitFor } from 'xstate';
import { carriedOver, wizardMachine } from '../../src/flow/machine.js';
import { viewOf, type View } from '../../src/flow/view.js';
import type { Dataset } from '../../src/dataset/model.js';
import { opt, q, reg, T } from './builders.js';

// a → (if yes) b; c is needed only when a is no.
const ds: Dataset = {
  vragen: [q('a'), q('b'), q('c')],
  afgeleid: [],
  cijfers: [],
  loketten: [{ id: 'l', soort: 'landelijk', naam: T('Loket'), bron: 'https://example.org', peildatum: '2026-01-01' }],
  regelingen: [
    reg('r1', {
      alle: [
        { feit: 'a', is: true },
        { feit: 'b', is: true },
      ],
    }),
    reg('r2', {
      alle: [
        { feit: 'a', is: false },
        { feit: 'c', is: true },
      ],
    }),
  ],
};

// Topics: "geld" asks g, "zorg" asks z; "nood" is an urgent option with a crisis line.
const topical: Dataset = {
  vragen: [
    q('hulp', { type: 'meerkeuze', hulpvraag: true, vooraan: true, opties: [opt('nood'), opt('geld'), opt('zorg'), opt('alles')] }),
    q('g'),
    q('z'),
  ],
  afgeleid: [],
  cijfers: [],
  loketten: [
    { id: 'l', soort: 'landelijk', naam: T('Loket'), bron: 'https://example.org', peildatum: '2026-01-01' },
    {
      id: 'lijn',
      soort: 'landelijk',
      naam: T('Lijn'),
      telefoon: '0800 1234',
      crisis: true,
      bron: 'https://example.org',
      peildatum: '2026-01-01',
    },
  ],
  regelingen: [
    reg('crisislijn', { feit: 'hulp', bevat: 'nood' }, { loket: 'lijn', crisis: true }),
    reg('geldregeling', { feit: 'g', is: true }, { onderwerpen: ['geld'] }),
    reg('zorgregeling', { feit: 'z', is: true }, { onderwerpen: ['zorg'] }),
    reg('voormantelzorger', { feit: 'g', is: true }, { onderwerpen: ['geld'], voor: 'mantelzorger', perspectieven: ['mantelzorger'] }),
  ],
};

async function started(data: Dataset, perspectief?: 'zelf' | 'mantelzorger') {
  const actor = createActor(wizardMachine, { input: { load: async () => data, perspectief } });
  actor.start();
  await waitFor(actor, (s) => s.matches('start'));
  return actor;
}

type Actor = Awaited<ReturnType<typeof started>>;
const view = (actor: Actor): View => viewOf(actor.getSnapshot());
const shown = (actor: Actor) => actor.getSnapshot().context.shown;

describe('the questionnaire machine', () => {
  it('asks only the questions the answers make relevant, then reviews and shows the result', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    expect(shown(actor)).to.equal('a');
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(shown(actor)).to.equal('b');
    actor.send({ type: 'ANTWOORD', waarde: false });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    expect(actor.getSnapshot().context.walk!.path).to.deep.equal(['a', 'b']);
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    expect(actor.getSnapshot().matches('resultaat')).to.equal(true);
  });

  it('needs a perspective before it starts', async () => {
    const actor = await started(ds);
    expect(actor.getSnapshot().can({ type: 'START' })).to.equal(false);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
    actor.send({ type: 'KIES', perspectief: 'zelf' });
    expect(actor.getSnapshot().can({ type: 'START' })).to.equal(true);
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().matches({ vragen: 'doorlopen' })).to.equal(true);
  });

  it('goes back and forth without losing an answer', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'TERUG' });
    expect(shown(actor)).to.equal('a');
    expect(actor.getSnapshot().context.answers['a']).to.equal(true);
    actor.send({ type: 'TERUG' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
  });

  it('changes an answer from the review in its own state: asks what became relevant, keeps what did not, returns to the review', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
    actor.send({ type: 'WIJZIG', vraag: 'a' });
    expect(actor.getSnapshot().matches({ vragen: 'wijzigen' })).to.equal(true);
    expect(shown(actor)).to.equal('a');
    actor.send({ type: 'ANTWOORD', waarde: false });
    // c became relevant: asked before returning to the review.
    expect(shown(actor)).to.equal('c');
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

  it('Back while changing from the review returns to the review', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'WIJZIG', vraag: 'b' });
    actor.send({ type: 'TERUG' });
    expect(actor.getSnapshot().matches('overzicht')).to.equal(true);
  });

  it('starts over with nothing kept', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'OPNIEUW' });
    expect(actor.getSnapshot().matches('start')).to.equal(true);
    expect(actor.getSnapshot().context.answers).to.deep.equal({});
  });

  it('shows the error state when the dataset cannot be loaded', async () => {
    const actor = createActor(wizardMachine, {
      input: {
        load: async () => {
          throw new Error('404');
        },
      },
    });
    actor.start();
    await waitFor(actor, (s) => s.matches('fout'));
    expect((actor.getSnapshot().context.error as Error).message).to.equal('404');
    const v = viewOf(actor.getSnapshot());
    expect(v.scherm).to.equal('fout');
    expect(v.scherm === 'fout' && v.fout).to.deep.equal({ reden: 'Error: 404' });
  });

  it('computes the outcome once, on entering the result', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().context.uitkomst).to.equal(undefined);
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const { results, routes } = actor.getSnapshot().context.uitkomst!;
    expect(results.map((r) => [r.regeling.id, r.uitkomst])).to.deep.equal([
      ['r1', 'past'],
      ['r2', 'past-niet'],
    ]);
    expect(routes.map((r) => r.loket.id)).to.deep.equal(['l']);
  });
});

describe('the view of each screen', () => {
  it('a question: the question, its answer, its number and how many may follow; the step event names it', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'TERUG' });
    const v = view(actor);
    expect(v.scherm).to.equal('vragen');
    expect(v.step).to.deep.equal({ scherm: 'vragen', vraag: 'a' });
    expect(v.scherm === 'vragen' && [v.vraag.id, v.antwoord, v.nummer, v.nog]).to.deep.equal(['a', true, 1, 1]);
  });

  it('the review: each question on the path with its answer', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: false });
    actor.send({ type: 'ANTWOORD', waarde: true });
    const v = view(actor);
    expect(v.scherm === 'overzicht' && v.rijen.map((r) => [r.vraag.id, r.antwoord])).to.deep.equal([
      ['a', false],
      ['c', true],
    ]);
  });

  it('the result: the ids of the result event are those the screen shows', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const v = view(actor);
    expect(v.scherm).to.equal('resultaat');
    expect(v.scherm === 'resultaat' && v.uitslag).to.deep.equal({ past: ['r1'], misschien: [] });
    expect(
      v.scherm === 'resultaat' && v.groepen.flatMap((g) => g.routes.flatMap((r) => r.results.map((x) => x.regeling.id))),
    ).to.deep.equal(['r1']);
    expect(v.scherm === 'resultaat' && v.pastNiet.map((x) => x.regeling.id)).to.deep.equal(['r2']);
  });

  it('an urgent option: the crisis line from the next screen on, leading the result', async () => {
    const actor = await started(topical, 'zelf');
    actor.send({ type: 'START' });
    expect(view(actor).crisis).to.deep.equal([]);
    actor.send({ type: 'ANTWOORD', waarde: ['nood', 'geld'] });
    expect(view(actor).step).to.deep.equal({ scherm: 'vragen', vraag: 'g' });
    expect(view(actor).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(view(actor).scherm).to.equal('overzicht');
    expect(view(actor).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const v = view(actor);
    expect(v.scherm === 'resultaat' && v.leiding.map((r) => r.loket.id)).to.deep.equal(['lijn']);
    expect(v.scherm === 'resultaat' && v.routes.map((r) => r.loket.id)).to.deep.equal(['lijn', 'l']);
  });

  it('more topics from the result: only the extra questions, every answer kept, back to the result; it says what was not checked', async () => {
    const actor = await started(topical, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: ['geld'] });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const before = view(actor);
    expect(before.scherm === 'resultaat' && before.onderwerpen!.nietBekeken.map((o) => o.waarde)).to.deep.equal(['zorg']);
    actor.send({ type: 'ONDERWERPEN' });
    expect(actor.getSnapshot().matches({ vragen: 'aanvullen' })).to.equal(true);
    expect(shown(actor)).to.equal('hulp');
    actor.send({ type: 'ANTWOORD', waarde: ['geld', 'zorg'] });
    expect(shown(actor)).to.equal('z');
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(actor.getSnapshot().matches('resultaat')).to.equal(true);
    expect(actor.getSnapshot().context.answers).to.deep.equal({ hulp: ['geld', 'zorg'], g: true, z: true });
    const after = view(actor);
    expect(after.scherm === 'resultaat' && after.uitslag.past).to.deep.equal(['geldregeling', 'zorgregeling']);
    expect(after.scherm === 'resultaat' && after.onderwerpen!.nietBekeken).to.deep.equal([]);
  });

  it('in the carer view the result is grouped per person, counters in the engine order; a counter appears once (issue 12)', async () => {
    const actor = await started(topical, 'mantelzorger');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: ['geld'] });
    actor.send({ type: 'ANTWOORD', waarde: true });
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const v = view(actor);
    expect(v.scherm === 'resultaat' && v.perPersoon).to.equal(true);
    expect(v.scherm === 'resultaat' && v.groepen.map((g) => [g.voor, g.routes.flatMap((r) => r.results.map((x) => x.regeling.id))]))
      // Both are asked for at the same counter: it stands once, with the first person it serves.
      .to.deep.equal([['persoon', ['geldregeling', 'voormantelzorger']]]);
  });
});

describe('crisis lines by construction (issue 25)', () => {
  it('a crisis line that fitted stays on the loading and the error screen of a restart whose load fails', async () => {
    const actor = await started(topical, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: ['nood', 'geld'] });
    const crisis = actor.getSnapshot().context.crisis;
    expect(crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
    actor.stop();
    // The element restarts the machine with the answers and the crisis lines (a new gemeente); the load fails.
    let fail!: (e: Error) => void;
    const again = createActor(wizardMachine, {
      input: {
        load: () => new Promise<Dataset>((_, reject) => void (fail = reject)),
        perspectief: 'zelf',
        answers: { hulp: ['nood'] },
        crisis,
      },
    });
    again.start();
    expect(viewOf(again.getSnapshot()).scherm).to.equal('laden');
    expect(viewOf(again.getSnapshot()).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
    fail(new Error('404'));
    await waitFor(again, (s) => s.matches('fout'));
    expect(viewOf(again.getSnapshot()).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
  });

  it('the crisis help on a question goes straight to the result with the answers so far', async () => {
    const actor = await started(topical, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: ['nood', 'geld'] });
    expect(view(actor).step).to.deep.equal({ scherm: 'vragen', vraag: 'g' });
    actor.send({ type: 'BEKIJK_RESULTAAT' });
    const v = view(actor);
    expect(v.scherm).to.equal('resultaat');
    expect(v.scherm === 'resultaat' && v.leiding.map((r) => r.loket.id)).to.deep.equal(['lijn']);
  });

  for (const datum of ['1900-01-01', '2014-06-01']) {
    it(`datum=${datum}: the crisis line still fits and questions are still asked`, async () => {
      const warned: string[] = [];
      const { warn } = console;
      console.warn = (...a: unknown[]) => void warned.push(a.join(' '));
      try {
        const actor = createActor(wizardMachine, { input: { load: async () => topical, perspectief: 'zelf', datum } });
        actor.start();
        await waitFor(actor, (s) => s.matches('start'));
        actor.send({ type: 'START' });
        expect(view(actor).step).to.deep.equal({ scherm: 'vragen', vraag: 'hulp' });
        actor.send({ type: 'ANTWOORD', waarde: ['nood', 'geld'] });
        expect(view(actor).step).to.deep.equal({ scherm: 'vragen', vraag: 'g' });
        expect(view(actor).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
        // Before the dataset's earliest period (2020-01-01 here): today's rules, with a warning.
        expect(actor.getSnapshot().context.datum).to.equal(undefined);
        expect(warned.join('\n')).to.contain(`datum="${datum}" ligt voor de eerste periode van de dataset (2020-01-01)`);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('a check date inside the dataset keeps its own rules, and a crisis line that starts later still fits', async () => {
    const later: Dataset = { ...topical, regelingen: topical.regelingen.map((r) => (r.crisis ? { ...r, geldigVanaf: '2025-01-01' } : r)) };
    const actor = createActor(wizardMachine, { input: { load: async () => later, perspectief: 'zelf', datum: '2021-06-01' } });
    actor.start();
    await waitFor(actor, (s) => s.matches('start'));
    expect(actor.getSnapshot().context.datum).to.equal('2021-06-01');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: ['nood', 'geld'] });
    expect(view(actor).crisis.map((r) => r.loket.id)).to.deep.equal(['lijn']);
  });
});

describe('a restart in the middle of a journey (new settings, moved in the DOM)', () => {
  /** Restart the way the element does: a new machine with what the old one carries over. */
  function restart(old: Actor, load: () => Promise<Dataset> = async () => ds) {
    const carried = carriedOver(old.getSnapshot());
    old.stop();
    const again = createActor(wizardMachine, { input: { load, ...carried } });
    const seen: string[] = [];
    again.subscribe((s) => seen.push(viewOf(s).scherm));
    again.start();
    return { again, seen, carried };
  }

  it('goes on at the next open question, in the same perspective, without passing the start screen', async () => {
    const actor = await started(ds, 'mantelzorger');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: true });
    expect(shown(actor)).to.equal('b');
    const { again, seen, carried } = restart(actor);
    expect(carried.hervat).to.equal('mantelzorger');
    await waitFor(again, (s) => !s.matches('laden'));
    expect(view(again).step).to.deep.equal({ scherm: 'vragen', vraag: 'b' });
    expect(again.getSnapshot().context.perspectief).to.equal('mantelzorger');
    expect(again.getSnapshot().context.answers).to.deep.equal({ a: true });
    expect(seen).to.not.include('start');
  });

  it('from the review or the result, with nothing open: the review', async () => {
    for (const to of ['overzicht', 'resultaat'] as const) {
      const actor = await started(ds, 'zelf');
      actor.send({ type: 'START' });
      actor.send({ type: 'ANTWOORD', waarde: true });
      actor.send({ type: 'ANTWOORD', waarde: true });
      if (to === 'resultaat') actor.send({ type: 'BEKIJK_RESULTAAT' });
      expect(actor.getSnapshot().matches(to)).to.equal(true);
      const { again } = restart(actor);
      await waitFor(again, (s) => !s.matches('laden'));
      expect(view(again).scherm, `restarted on ${to}`).to.equal('overzicht');
      expect(again.getSnapshot().context.answers).to.deep.equal({ a: true, b: true });
    }
  });

  it('on the start screen it stays a start: the answers are kept, the place is not', async () => {
    const actor = await started(ds);
    const { again, carried } = restart(actor);
    expect(carried.hervat).to.equal(undefined);
    await waitFor(again, (s) => !s.matches('laden'));
    expect(view(again).scherm).to.equal('start');
  });

  it('a reload that fails and is tried again still goes on where the person was', async () => {
    const actor = await started(ds, 'zelf');
    actor.send({ type: 'START' });
    actor.send({ type: 'ANTWOORD', waarde: false });
    expect(shown(actor)).to.equal('c');
    let tries = 0;
    const { again } = restart(actor, async () => {
      if (tries++ === 0) throw new Error('offline');
      return ds;
    });
    await waitFor(again, (s) => s.matches('fout'));
    again.send({ type: 'OPNIEUW_LADEN' });
    await waitFor(again, (s) => !s.matches('laden'));
    expect(view(again).step).to.deep.equal({ scherm: 'vragen', vraag: 'c' });
  });
});
