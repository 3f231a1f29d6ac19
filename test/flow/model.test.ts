/**
 * Model-based test of the questionnaire machine (issue 14): an exhaustive breadth-first walk
 * over every event in every reachable state of two small datasets (a branching one, and one
 * with topics, an urgent option and a crisis line), by @xstate/graph's `getAdjacencyMap`: every
 * state by its key, and every transition out of it. Every check reads that one map.
 * Why @xstate/graph (issue 23 spike, 2026-12-07): the walk this file did by hand with
 * `getNextSnapshot` found the same graph (branching: 1,321 states, 17,421 transitions), in twice
 * the time (14.8 s against 6.9 s on the loaded machine: `getNextSnapshot` makes an actor scope
 * per event); the library's is XState's own idiom, and a dev dependency only (not in the bundle).
 * Checked in every state: the view renders; the result stays reachable (no dead end); Back from
 * a question goes somewhere else; Change from the review, answered the same, returns to the
 * review; start over leaves nothing behind.
 */
import { expect } from '@open-wc/testing';
import { type AdjacencyValue, getAdjacencyMap } from '@xstate/graph';
import { createActor, waitFor } from 'xstate';
import { wizardMachine, type FlowEvent } from '../../src/flow/machine.js';
import { viewOf, type Snapshot } from '../../src/flow/view.js';
import type { Dataset, Question } from '../../src/dataset/model.js';
import { opt, q, reg, T } from './builders.js';
import type { Answer } from '../../src/engine/types.js';

const loket = { id: 'l', soort: 'landelijk' as const, naam: T('Loket'), bron: 'https://example.org', peildatum: '2026-01-01' };

const branching: Dataset = {
  vragen: [q('a', { weetNiet: true }), q('b'), q('c'), q('n', { type: 'keuze', opties: [opt('x'), opt('y')] })],
  afgeleid: [],
  cijfers: [],
  loketten: [loket],
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
        { feit: 'n', is: 'x' },
      ],
    }),
  ],
};
const topical: Dataset = {
  vragen: [
    q('hulp', { type: 'meerkeuze', hulpvraag: true, vooraan: true, opties: [opt('nood'), opt('geld'), opt('zorg'), opt('alles')] }),
    q('g'),
    q('z'),
  ],
  afgeleid: [],
  cijfers: [],
  loketten: [
    loket,
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
  ],
};

/** The answers a person can give to a question. */
function answersFor(x: Question): Answer[] {
  const dk: Answer[] = x.weetNiet ? [null] : [];
  if (x.type === 'ja-nee') return [true, false, ...dk];
  if (x.type === 'keuze') return [...x.opties!.map((o) => o.waarde), ...dk];
  if (x.type === 'meerkeuze') return [...x.opties!.map((o) => [o.waarde]), ...dk];
  return [0, 40, ...dk];
}

function events(s: Snapshot, ds: Dataset): FlowEvent[] {
  const c = s.context;
  const out: FlowEvent[] = [
    { type: 'START' },
    { type: 'TERUG' },
    { type: 'BEKIJK_RESULTAAT' },
    { type: 'NAAR_OVERZICHT' },
    { type: 'ONDERWERPEN' },
    { type: 'OPNIEUW' },
    { type: 'OPNIEUW_LADEN' },
  ];
  // Two perspectives: the others take the same transitions (a resident's and a carer's questions differ).
  for (const p of ['zelf', 'mantelzorger'] as const) out.push({ type: 'KIES', perspectief: p });
  const shown = ds.vragen.find((x) => x.id === c.shown);
  if (shown) for (const waarde of answersFor(shown)) out.push({ type: 'ANTWOORD', waarde });
  for (const id of c.walk?.path ?? []) out.push({ type: 'WIJZIG', vraag: id });
  return out;
}

const top = (s: Snapshot) => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]!);
const keyOf = (s: Snapshot) => JSON.stringify([s.value, s.context.shown, s.context.perspectief, Object.entries(s.context.answers).sort()]);

async function loaded(ds: Dataset): Promise<Snapshot> {
  const actor = createActor(wizardMachine, { input: { load: async () => ds } });
  actor.start();
  const s = await waitFor(actor, (x) => x.matches('start'));
  actor.stop();
  return s;
}

/** Every reachable state by its key, with every transition out of it (the event and the state it leads to). */
type Graph = Map<string, { state: Snapshot; out: { e: FlowEvent; to: Snapshot }[] }>;

function explore(start: Snapshot, ds: Dataset): Graph {
  const map = getAdjacencyMap(wizardMachine, {
    fromState: start,
    events: (s) => events(s, ds),
    serializeState: (s) => keyOf(s),
    // The guard against a state explosion: it counts transitions (17,421 for the branching dataset).
    limit: 100_000,
  });
  return new Map(
    (Object.entries(map) as [string, AdjacencyValue<Snapshot, FlowEvent>][]).map(([k, v]) => [
      k,
      { state: v.state, out: Object.values(v.transitions).map((t) => ({ e: t.event, to: t.state })) },
    ]),
  );
}

/** The state that event `e` leads to from `s` (read from the graph: every event of events() was tried). */
function after(g: Graph, s: Snapshot, e: FlowEvent): Snapshot {
  const to = g.get(keyOf(s))!.out.find((t) => JSON.stringify(t.e) === JSON.stringify(e))?.to;
  if (!to) throw new Error(`${keyOf(s)}: ${JSON.stringify(e)} was not tried`);
  return to;
}

for (const [name, ds, modes] of [
  ['branching', branching, []],
  ['topics and a crisis line', topical, ['{"vragen":"aanvullen"}']],
] as const) {
  describe(`model-based: every state of the machine (${name})`, () => {
    let g: Graph;
    before(async () => {
      const t0 = performance.now();
      g = explore(await loaded(ds), ds);
      const transitions = [...g.values()].reduce((n, v) => n + v.out.length, 0);
      console.log(`model (${name}): ${g.size} states, ${transitions} transitions, ${Math.round(performance.now() - t0)} ms`);
    });

    it('reaches every screen and mode, and every view renders', () => {
      const states = [...g.values()].map((v) => v.state);
      const seen = new Set(states.map((s) => JSON.stringify(s.value)));
      for (const v of ['"start"', '{"vragen":"doorlopen"}', '{"vragen":"wijzigen"}', '"overzicht"']) expect(seen, v).to.include(v);
      expect([...seen].some((v) => v.includes('resultaat'))).to.equal(true);
      for (const v of modes) expect(seen, v).to.include(v);
      for (const s of states) expect(() => viewOf(s)).not.to.throw();
    });

    it('has no dead end: the result is reachable from every state', () => {
      const back = new Map<string, string[]>();
      for (const [from, { out }] of g) for (const { to } of out) back.set(keyOf(to), [...(back.get(keyOf(to)) ?? []), from]);
      const good = new Set([...g].filter(([, v]) => top(v.state) === 'resultaat').map(([k]) => k));
      const queue = [...good];
      while (queue.length)
        for (const p of back.get(queue.shift()!) ?? [])
          if (!good.has(p)) {
            good.add(p);
            queue.push(p);
          }
      const stuck = [...g.keys()].filter((k) => !good.has(k));
      expect(stuck).to.deep.equal([]);
    });

    it('Back from every question goes somewhere else, never to a blank screen', () => {
      let n = 0;
      for (const { state: s } of g.values()) {
        if (top(s) !== 'vragen') continue;
        const back = after(g, s, { type: 'TERUG' });
        expect(keyOf(back)).not.to.equal(keyOf(s));
        expect(['start', 'vragen', 'overzicht', 'resultaat']).to.include(top(back));
        if (top(back) === 'vragen') expect(back.context.shown).to.be.a('string');
        n++;
      }
      expect(n).to.be.greaterThan(3);
    });

    it('Change from the review, answered the same, returns to the review with the same answers', () => {
      let n = 0;
      let _m = 0;
      for (const { state: s } of g.values()) {
        if (top(s) !== 'overzicht') continue;
        for (const id of s.context.walk!.path) {
          const editing = after(g, s, { type: 'WIJZIG', vraag: id });
          expect(editing.matches({ vragen: 'wijzigen' })).to.equal(true);
          const again = after(g, editing, { type: 'ANTWOORD', waarde: s.context.answers[id]! });
          // Back to the review; or, when the review was left with a question open (Back from a
          // change that needed a new answer), on to that open question.
          const open = s.context.walk!.vraag?.id;
          if (open === undefined) {
            expect(top(again), `${keyOf(s)} WIJZIG ${id}`).to.equal('overzicht');
            expect(again.context.walk!.answers).to.deep.equal(s.context.walk!.answers);
            n++;
          } else {
            expect(again.context.shown, `${keyOf(s)} WIJZIG ${id}`).to.equal(open);
            _m++;
          }
        }
      }
      expect(n).to.be.greaterThan(3);
    });

    it('start over from every state leaves nothing behind', () => {
      for (const { state: s } of g.values()) {
        const r = after(g, s, { type: 'OPNIEUW' });
        expect(top(r)).to.be.oneOf(['start', 'laden']);
        expect(r.context.answers).to.deep.equal({});
        expect(r.context.shown).to.equal(undefined);
        expect(r.context.uitkomst).to.equal(undefined);
        expect(r.context.crisis).to.deep.equal([]);
        expect(r.context.perspectief).to.equal(undefined);
      }
    });
  });
}

describe('model-based: loading', () => {
  it('a failing load ends on the error screen; "Probeer opnieuw" loads again', async () => {
    let calls = 0;
    const actor = createActor(wizardMachine, {
      input: {
        load: async () => {
          if (calls++ === 0) throw new Error('kapot');
          return branching;
        },
      },
    });
    actor.start();
    await waitFor(actor, (s) => s.matches('fout'));
    expect(viewOf(actor.getSnapshot()).scherm).to.equal('fout');
    actor.send({ type: 'OPNIEUW_LADEN' });
    await waitFor(actor, (s) => s.matches('start'));
    expect(calls).to.equal(2);
  });
});
