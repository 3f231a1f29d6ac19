/**
 * The hand-over encoding (src/handover/codec.ts): every scenario fixture round trips, the
 * fragment is short, a changed dataset is noticed, hostile fragments give a clear error.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { PERSPECTIVES, type Question } from '../../src/dataset/model.js';
import { embeddedDataset } from '../../src/dataset/source.js';
import type { Answer, Answers } from '../../src/engine/types.js';
import {
  HANDOVER_PREFIX,
  MAX_FRAGMENT_LENGTH,
  decodeHandover,
  encodeHandover,
  layoutTag,
  peekHandover,
  type Decoded,
  type HandoverState,
} from '../../src/handover/codec.js';

const questions = embeddedDataset().vragen;
const byId = new Map(questions.map((q) => [q.id, q]));

/** A multiple-choice answer comes back in option order: compare as the decoder gives it. */
function canonical(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => {
      const q = byId.get(id);
      if (q?.type === 'meerkeuze' && Array.isArray(a)) return [id, (q.opties ?? []).map((o) => o.waarde).filter((v) => a.includes(v))];
      return [id, a];
    }),
  );
}

const ok = (d: Decoded): HandoverState => {
  expect(d.ok, d.ok ? '' : `${d.error.code}: ${d.error.detail}`).to.equal(true);
  return (d as Extract<Decoded, { ok: true }>).state;
};
const error = (d: Decoded) => {
  expect(d.ok).to.equal(false);
  return (d as Extract<Decoded, { ok: false }>).error;
};

/** A small question list with every type, for the edge cases. */
const q = (id: string, type: Question['type'], extra: Partial<Question> = {}): Question =>
  ({ id, onderwerp: 'persoon', type, vraag: { standaard: { nl: id, en: id } }, label: { nl: id, en: id }, ...extra }) as Question;
const opts = (...values: string[]) => values.map((waarde) => ({ waarde, tekst: { nl: waarde, en: waarde } }));
const SMALL: Question[] = [
  q('p.jn', 'ja-nee'),
  q('p.keuze', 'keuze', { opties: opts('a', 'b', 'c') }),
  q('p.meer', 'meerkeuze', { opties: opts('x', 'y', 'z', 'w') }),
  q('p.getal', 'getal', { min: 0, max: 120 }),
  q('p.bedrag', 'bedrag', { min: -1000000 }),
  q('p.datum', 'datum'),
];

describe('handover: encoding the answers', () => {
  const fixtures = Object.entries(SCENARIOS);

  it('round trips every scenario fixture exactly, dropping nothing', () => {
    expect(fixtures.length).to.be.greaterThan(20);
    for (const [name, s] of fixtures) {
      const state: HandoverState = {
        perspectief: s.perspectief,
        antwoorden: s.antwoorden,
        ...(s.gemeente ? { gemeente: s.gemeente } : {}),
      };
      const { fragment, dropped } = encodeHandover(state, questions);
      expect(dropped, name).to.deep.equal([]);
      expect(fragment, name).to.match(/^rw1\.[A-Za-z0-9_-]+$/);
      const back = ok(decodeHandover(`#${fragment}`, questions));
      expect(back, name).to.deep.equal({ ...state, antwoorden: canonical(s.antwoorden) });
    }
  });

  it('is short: the fragment length over the scenario fixtures', () => {
    const lengths = fixtures.map(
      ([, s]) => encodeHandover({ perspectief: s.perspectief, gemeente: s.gemeente, antwoorden: s.antwoorden }, questions).fragment.length,
    );
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const max = Math.max(...lengths);
    const json = fixtures.map(([, s]) => encodeURIComponent(JSON.stringify(s.antwoorden)).length);
    console.log(
      `handover fragment over ${lengths.length} scenarios: mean ${mean.toFixed(1)}, max ${max}, min ${Math.min(...lengths)} characters ` +
        `(the answers as URL-encoded JSON: mean ${(json.reduce((a, b) => a + b, 0) / json.length).toFixed(0)})`,
    );
    expect(max).to.be.at.most(60);
    expect(mean).to.be.at.most(40);
  });

  it("round trips any answers of the dataset's own shapes (property)", () => {
    const answerFor = (x: Question): fc.Arbitrary<Answer> => {
      const values = (x.opties ?? []).map((o) => o.waarde);
      const inner: fc.Arbitrary<Answer> =
        x.type === 'ja-nee'
          ? fc.boolean()
          : x.type === 'keuze'
            ? fc.constantFrom(...values)
            : x.type === 'meerkeuze'
              ? fc.subarray(values)
              : x.type === 'datum'
                ? fc
                    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
                    .map((d) => d.toISOString().slice(0, 10))
                : fc.oneof(
                    fc.integer({ min: x.min ?? -1e9, max: x.max ?? 1e9 }),
                    fc.integer({ min: Math.ceil((x.min ?? -1e7) * 100), max: Math.floor((x.max ?? 1e7) * 100) }).map((c) => c / 100),
                  );
      return fc.oneof(inner, fc.constant(null));
    };
    const all = [...questions, ...SMALL];
    const state = fc.record(
      {
        perspectief: fc.constantFrom(...PERSPECTIVES),
        gemeente: fc.option(
          fc.integer({ min: 1, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`),
          { nil: undefined },
        ),
        gemeentePersoon: fc.option(
          fc.integer({ min: 1, max: 9999 }).map((n) => `GM${String(n).padStart(4, '0')}`),
          { nil: undefined },
        ),
        antwoorden: fc.record(Object.fromEntries(all.map((x) => [x.id, answerFor(x)])), { requiredKeys: [] }),
      },
      { requiredKeys: ['perspectief', 'antwoorden'] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const { fragment, dropped } = encodeHandover(s as HandoverState, all);
        expect(dropped).to.deep.equal([]);
        const back = ok(decodeHandover(fragment, all));
        const expected: HandoverState = { perspectief: s.perspectief, antwoorden: s.antwoorden as Answers };
        if (s.gemeente) expected.gemeente = s.gemeente;
        if (s.gemeentePersoon) expected.gemeentePersoon = s.gemeentePersoon;
        const sorted = (a: Answers) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));
        expect({ ...back, antwoorden: sorted(back.antwoorden) }).to.deep.equal({ ...expected, antwoorden: sorted(expected.antwoorden) });
      }),
      { numRuns: 300 },
    );
  });

  it('carries the cared-for person\'s municipality and "weet ik niet" for every type', () => {
    const state: HandoverState = {
      perspectief: 'mantelzorger',
      gemeente: 'GM0344',
      gemeentePersoon: 'GM0034',
      antwoorden: { 'p.jn': null, 'p.keuze': null, 'p.meer': null, 'p.getal': null, 'p.bedrag': null, 'p.datum': null },
    };
    expect(ok(decodeHandover(encodeHandover(state, SMALL).fragment, SMALL))).to.deep.equal(state);
    const some: HandoverState = {
      perspectief: 'werkgever',
      antwoorden: { 'p.meer': [], 'p.bedrag': -12.5, 'p.datum': '2026-02-28', 'p.getal': 0 },
    };
    expect(ok(decodeHandover(encodeHandover(some, SMALL).fragment, SMALL))).to.deep.equal(some);
  });

  it('drops what the questions do not know, says which, and never throws', () => {
    const { fragment, dropped } = encodeHandover(
      {
        perspectief: 'zelf',
        gemeente: 'Utrecht',
        antwoorden: {
          'p.oud': true,
          'p.keuze': 'd',
          'p.meer': ['x', 'v'],
          'p.getal': 121,
          'p.bedrag': 1.234,
          'p.datum': '2026-02-30',
          'p.jn': 'ja',
        },
      },
      SMALL,
    );
    expect(dropped.sort()).to.deep.equal(
      [
        'gemeente: Utrecht',
        'p.bedrag: more than two decimals',
        'p.datum: expected a date JJJJ-MM-DD from 1900 on, or null',
        'p.getal: outside 0–120',
        'p.jn: expected true, false or null',
        'p.keuze=d',
        'p.meer=v',
        'p.oud',
      ].sort(),
    );
    expect(ok(decodeHandover(fragment, SMALL))).to.deep.equal({ perspectief: 'zelf', antwoorden: { 'p.meer': ['x'] } });
    // A multiple-choice answer of only unknown options is dropped whole (not turned into "none").
    const only = encodeHandover({ perspectief: 'zelf', antwoorden: { 'p.meer': ['v'] } }, SMALL);
    expect(ok(decodeHandover(only.fragment, SMALL)).antwoorden).to.deep.equal({});
    expect(() =>
      encodeHandover(
        { perspectief: 'zelf', antwoorden: { 'p.getal': NaN, 'p.bedrag': Infinity, 'p.keuze': 3 as unknown as string } },
        SMALL,
      ),
    ).to.not.throw();
  });

  it('notices a changed dataset and still gives back the perspective and municipalities', () => {
    const state: HandoverState = {
      perspectief: 'mantelzorger',
      gemeente: 'GM0344',
      gemeentePersoon: 'GM0518',
      antwoorden: { 'p.jn': true },
    };
    const { fragment } = encodeHandover(state, SMALL);
    const changes: Question[][] = [
      [...SMALL, q('p.nieuw', 'ja-nee')], // a question added
      SMALL.slice(1), // a question removed
      [SMALL[1]!, SMALL[0]!, ...SMALL.slice(2)], // reordered
      SMALL.map((x) => (x.id === 'p.keuze' ? { ...x, opties: opts('a', 'b', 'c', 'd') } : x)), // an option added
      SMALL.map((x) => (x.id === 'p.jn' ? { ...x, type: 'keuze', opties: opts('ja', 'nee') } : x)) as Question[], // a type changed
    ];
    for (const changed of changes) {
      expect(layoutTag(changed)).to.not.equal(layoutTag(SMALL));
      const e = error(decodeHandover(fragment, changed));
      expect(e.code).to.equal('andere-vragen');
      expect(e.partial).to.deep.equal({ perspectief: 'mantelzorger', gemeente: 'GM0344', gemeentePersoon: 'GM0518' });
      expect(e.message.nl).to.match(/opnieuw/);
      expect(e.message.en).to.match(/again/);
    }
  });

  it('gives the perspective and municipalities before the dataset is there (peekHandover)', () => {
    const state: HandoverState = { perspectief: 'professional', gemeente: 'GM0034', antwoorden: { 'p.jn': true } };
    const { fragment } = encodeHandover(state, SMALL);
    expect(peekHandover(`#${fragment}`)).to.deep.equal({ perspectief: 'professional', gemeente: 'GM0034' });
    expect(
      peekHandover(encodeHandover({ perspectief: 'mantelzorger', gemeentePersoon: 'GM0518', antwoorden: {} }, questions).fragment),
    ).to.deep.equal({ perspectief: 'mantelzorger', gemeentePersoon: 'GM0518' });
    expect(peekHandover('#top')).to.equal(undefined);
    expect(peekHandover(`${HANDOVER_PREFIX}_`)).to.equal(undefined);
  });

  it('leaves fragments that are not its own alone, and refuses other versions', () => {
    expect(error(decodeHandover('#top', questions)).code).to.equal('geen-link');
    expect(error(decodeHandover('', questions)).code).to.equal('geen-link');
    expect(error(decodeHandover(undefined, questions)).code).to.equal('geen-link');
    expect(error(decodeHandover('#rw2.AAAA', questions)).code).to.equal('onbekende-versie');
  });

  it('gives a clear error for damaged fragments', () => {
    const { fragment } = encodeHandover({ perspectief: 'zelf', antwoorden: { 'p.jn': true, 'p.getal': 40 } }, SMALL);
    const damaged = [
      fragment.slice(0, -3), // cut off
      `${fragment}A`, // a character too many
      `${fragment.slice(0, -1)}!`, // not base64url
      `${fragment.slice(0, -1)}%41`,
      `${HANDOVER_PREFIX}_____________`, // perspective 7, nonsense
      HANDOVER_PREFIX,
      HANDOVER_PREFIX + 'A'.repeat(MAX_FRAGMENT_LENGTH),
    ];
    for (const d of damaged) {
      const e = error(decodeHandover(d, SMALL));
      expect(e.code, d).to.equal('beschadigd');
      expect(e.message.nl).to.match(/beschadigd/);
      expect(e.detail).to.be.a('string').and.not.equal('');
    }
  });

  it('never throws on hostile fragments, and what it accepts is valid and re-encodes to itself (property)', () => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
    const body = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((cs) => cs.join(''));
    const hostile = fc.oneof(
      body.map((b) => HANDOVER_PREFIX + b),
      fc.string({ maxLength: 120 }).map((s) => HANDOVER_PREFIX + s),
      fc.string({ maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `#rw1.${s}`),
    );
    for (const qs of [questions, SMALL]) {
      fc.assert(
        fc.property(hostile, (f) => {
          let d: Decoded | undefined;
          expect(() => {
            d = decodeHandover(f, qs);
          }).to.not.throw();
          if (!d!.ok) {
            expect(['geen-link', 'onbekende-versie', 'andere-vragen', 'beschadigd']).to.include(d!.error.code);
            return;
          }
          const s = d!.state;
          expect(PERSPECTIVES).to.include(s.perspectief);
          const again = encodeHandover(s, qs);
          expect(again.dropped).to.deep.equal([]);
          expect(ok(decodeHandover(again.fragment, qs))).to.deep.equal(s);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('never throws when a valid fragment has a character changed (property)', () => {
    const s = Object.values(SCENARIOS)[0]!;
    const { fragment } = encodeHandover({ perspectief: s.perspectief, antwoorden: s.antwoorden }, questions);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.integer({ min: HANDOVER_PREFIX.length, max: fragment.length - 1 }), fc.integer({ min: 0, max: 63 }), (at, c) => {
        const f = fragment.slice(0, at) + alphabet[c] + fragment.slice(at + 1);
        expect(() => decodeHandover(f, questions)).to.not.throw();
      }),
      { numRuns: 500 },
    );
  });
});
