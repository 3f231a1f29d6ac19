/** Validating a scenario fixture against a dataset: its schema, every id it names, and its answers. */
import { withPositions } from './positions.js';
import { errorsOf, problem } from './problems.js';
import { found } from './rules.js';
import { schemaCheck, shown, type Report } from './schema-check.js';
import { ScenarioSchema, type Dataset, type Scenario } from './schema.js';
import * as z from './zod.js';

/** Whether an answer fits its question (null is "weet ik niet"); the expectation when it does not. */
function answerProblem(q: Dataset['vragen'][number], a: unknown): { nl: string; en: string } | undefined {
  // null is "weet ik niet": only where the widget offers it, or the scenario holds what no person could answer
  if (a === null)
    return q.weetNiet
      ? undefined
      : {
          nl: 'een antwoord: deze vraag heeft geen "weet ik niet" (weetNiet), dus null kan een mens niet kiezen',
          en: 'an answer: this question offers no "don\'t know" (weetNiet), so no person can answer null',
        };
  const options = q.opties?.map((o) => o.waarde) ?? [];
  switch (q.type) {
    case 'ja-nee':
      return typeof a === 'boolean' ? undefined : { nl: 'verwacht true of false', en: 'expected true or false' };
    case 'keuze':
      return typeof a === 'string' && options.includes(a)
        ? undefined
        : { nl: `verwacht een van: ${options.join(', ')}`, en: `expected one of: ${options.join(', ')}` };
    case 'meerkeuze':
      return Array.isArray(a) && a.every((x) => options.includes(x))
        ? undefined
        : { nl: `verwacht een lijst met: ${options.join(', ')}`, en: `expected a list of: ${options.join(', ')}` };
    case 'getal':
    case 'bedrag':
      return typeof a === 'number' && a >= (q.min ?? -Infinity) && a <= (q.max ?? Infinity)
        ? undefined
        : {
            nl: `verwacht een getal${q.min !== undefined ? ` vanaf ${q.min}` : ''}${q.max !== undefined ? ` tot en met ${q.max}` : ''}`,
            en: `expected a number${q.min !== undefined ? ` from ${q.min}` : ''}${q.max !== undefined ? ` up to ${q.max}` : ''}`,
          };
    case 'datum':
      return typeof a === 'string' && z.iso.date().safeParse(a).success
        ? undefined
        : { nl: 'verwacht een datum als JJJJ-MM-DD', en: 'expected a date as YYYY-MM-DD' };
  }
}

/** Validate a scenario fixture against a dataset: schema, every id it names, and its answers. */
export function validateScenario(raw: unknown, ds: Dataset, file: string, text?: string): Report<Scenario> {
  const r = schemaCheck(ScenarioSchema, file, raw);
  const problems = [...r.problems];
  const s = r.value;
  if (s) {
    const questions = new Map(ds.vragen.map((q) => [q.id, q]));
    const ids = new Set(ds.regelingen.map((x) => x.id));
    const missing = (path: string, what: [string, string], id: string, fix: [string, string]) =>
      problems.push(problem({ file, path, ...found('onbekend-id', { kind: what, id, fix: { nl: fix[0], en: fix[1] } }) }));
    for (const [id, answer] of Object.entries(s.antwoorden)) {
      const q = questions.get(id);
      if (!q) {
        missing(`antwoorden.${id}`, ['vraag', 'question'], id, [
          'Kies het id van een vraag uit vragen.json.',
          'Choose the id of a question in vragen.json.',
        ]);
        continue;
      }
      const wrong = answerProblem(q, answer);
      if (wrong)
        problems.push(problem({ file, path: `antwoorden.${id}`, ...found('antwoord', { expected: wrong, found: shown(answer) }) }));
    }
    // magNietTonen may name regelingen that are not there at all (abolished, another municipality's)
    (['moetTonen', 'urgent', 'komt'] as const).forEach((key) =>
      (s[key] ?? []).forEach((id, i) => {
        if (!ids.has(id))
          missing(`${key}[${i}]`, ['regeling', 'regeling'], id, ['Kies het id van een regeling.', 'Choose the id of a regeling.']);
      }),
    );
    if (s.eersteLoket && !ds.loketten.some((c) => c.id === s.eersteLoket))
      missing('eersteLoket', ['loket', 'counter'], s.eersteLoket, [
        'Kies het id van een loket uit loketten.json.',
        'Choose the id of a counter in loketten.json.',
      ]);
  }
  const named = withPositions(problems, { [file]: text });
  return { problems: named, value: errorsOf(named).length ? undefined : s };
}
