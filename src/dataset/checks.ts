/**
 * The checks between records and files that a schema cannot do: references, duplicates, cycles,
 * conditions that do not fit their question, topics, crisis lines, and the editorial lint
 * (warnings). They run on whatever parts of the dataset passed the schema, so every problem
 * comes in one pass. `at(record)` names the file and field path of a record.
 */
import { NUMBER_OPERATORS, factsBehind, figuresOf, indexOf, leaves, operatorOf, optionsOf, operandOf } from './condition-tree.js';
import { checkFigures } from './figure-checks.js';
import { ALL_TOPICS, PERSPECTIVES, askableIn, inPerspective } from './model.js';
import { problem, type Found, type Problem } from './problems.js';
import type { AmountRule, Condition, Dataset, Formula, Question, Regeling } from './schema.js';

export interface Location {
  file: string;
  path: string;
}
export type Locate = (record: object) => Location;

/** Ids of records that exist in the files but failed the schema: not reported as missing again. */
export interface Known {
  facts: Set<string>;
  figures: Set<string>;
  counters: Set<string>;
  regelingen: Set<string>;
  /** Regelingen with a schema error, kept with only the fields that passed: references only, no lint. */
  partial: Set<object>;
}
export const noneKnown = (): Known => ({
  facts: new Set(),
  figures: new Set(),
  counters: new Set(),
  regelingen: new Set(),
  partial: new Set(),
});

/** Which operators fit a question type, and the wording for the message. */
const FITS: Record<Question['type'], { ops: string[]; nl: string; en: string }> = {
  'ja-nee': { ops: ['is'], nl: 'is (true of false)', en: 'is (true or false)' },
  keuze: { ops: ['is', 'in'], nl: 'is of in', en: 'is or in' },
  meerkeuze: { ops: ['bevat'], nl: 'bevat', en: 'bevat' },
  getal: { ops: [...NUMBER_OPERATORS], nl: 'minstens, hoogstens, onder of boven', en: 'minstens, hoogstens, onder or boven' },
  bedrag: { ops: [...NUMBER_OPERATORS], nl: 'minstens, hoogstens, onder of boven', en: 'minstens, hoogstens, onder or boven' },
  datum: { ops: ['vanaf', 'voor'], nl: 'vanaf of voor', en: 'vanaf or voor' },
};
const TYPE_NL: Record<Question['type'], string> = {
  'ja-nee': 'ja-neevraag',
  keuze: 'keuzevraag',
  meerkeuze: 'meerkeuzevraag',
  getal: 'getalvraag',
  bedrag: 'bedragvraag',
  datum: 'datumvraag',
};
const TYPE_EN: Record<Question['type'], string> = {
  'ja-nee': 'yes/no question',
  keuze: 'choice question',
  meerkeuze: 'multiple-choice question',
  getal: 'number question',
  bedrag: 'amount question',
  datum: 'date question',
};

export function checkDataset(ds: Dataset, at: Locate, known: Known = noneKnown()): Problem[] {
  const out: Problem[] = [];
  const add = (where: Location, p: Omit<Found, 'file' | 'path'> & { field?: string }) => {
    const { field, ...rest } = p;
    out.push(problem({ file: where.file, path: field ? (where.path ? `${where.path}.${field}` : field) : where.path, ...rest }));
  };
  const questions = new Map(ds.vragen.map((q) => [q.id, q]));
  const derived = new Map(ds.afgeleid.map((x) => [x.id, x]));
  const facts = new Set([...questions.keys(), ...derived.keys(), ...known.facts]);
  const figures = new Set([...ds.cijfers.map((f) => f.id), ...known.figures]);
  const counters = new Map(ds.loketten.map((c) => [c.id, c]));
  const regelingen = new Map(ds.regelingen.map((r) => [r.id, r]));
  const topicQuestion = ds.vragen.find((q) => q.hulpvraag);

  // ------------------------------------------------------------ duplicate ids
  const dupes = (records: { id: string }[], what: [string, string]) => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id))
        add(at(r), {
          field: 'id',
          rule: 'dubbel-id',
          message: `${what[0]} "${r.id}" komt twee keer voor`,
          en: `${what[1]} "${r.id}" occurs twice`,
          fix: { nl: 'Geef elk een eigen id.', en: 'Give each its own id.' },
        });
      seen.add(r.id);
    }
  };
  dupes([...ds.vragen, ...ds.afgeleid], ['feit', 'fact']);
  dupes(ds.cijfers, ['cijfer', 'figure']);
  dupes(ds.loketten, ['loket', 'counter']);
  dupes(ds.regelingen, ['regeling', 'regeling']);

  // ------------------------------------------------------------ questions
  for (const q of ds.vragen) {
    const where = at(q);
    const choice = q.type === 'keuze' || q.type === 'meerkeuze';
    if (choice && !q.opties)
      add(where, {
        field: 'opties',
        rule: 'opties-ontbreken',
        message: `een ${TYPE_NL[q.type]} heeft opties nodig, gevonden: geen`,
        en: `a ${TYPE_EN[q.type]} needs options, found none`,
        fix: { nl: 'Voeg minstens twee opties toe.', en: 'Add at least two options.' },
      });
    const seen = new Set<string>();
    q.opties?.forEach((o, i) => {
      if (seen.has(o.waarde))
        add(where, {
          field: `opties[${i}].waarde`,
          rule: 'dubbele-optie',
          message: `optie "${o.waarde}" komt twee keer voor in vraag "${q.id}"`,
          en: `option "${o.waarde}" occurs twice in question "${q.id}"`,
          fix: { nl: 'Geef elke optie een eigen waarde.', en: 'Give each option its own value.' },
        });
      seen.add(o.waarde);
    });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      add(where, {
        field: 'min',
        rule: 'min-boven-max',
        message: `min is ${q.min}, hoger dan max ${q.max}: geen enkel antwoord is dan goed`,
        en: `min is ${q.min}, above max ${q.max}: no answer can be valid`,
        fix: { nl: 'Maak min kleiner dan of gelijk aan max.', en: 'Make min at most max.' },
      });
    if (q.geboortemaand) {
      const m = questions.get(q.geboortemaand);
      const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
      const fits = m && m.type === 'keuze' && months.every((v) => m.opties?.some((o) => o.waarde === v)) && m.onderwerp === q.onderwerp;
      if (q.type !== 'getal' || q.eenheid !== 'jaar' || !fits)
        add(where, {
          field: 'geboortemaand',
          rule: 'geboortemaand',
          message: `"${q.geboortemaand}" moet een keuzevraag over dezelfde persoon zijn met de opties "1" tot en met "12", bij een getalvraag in jaren`,
          en: `"${q.geboortemaand}" must be a choice question about the same person with options "1" to "12", on a number question in years`,
          fix: {
            nl: 'Noem een bestaande geboortemaandvraag, op een leeftijdsvraag met "eenheid": "jaar".',
            en: 'Name an existing birth-month question, on an age question with "eenheid": "jaar".',
          },
        });
    }
  }
  if (topicQuestion) {
    const where = at(topicQuestion);
    const all = topicQuestion.opties?.find((o) => o.waarde === ALL_TOPICS);
    if (!all)
      add(where, {
        field: 'opties',
        rule: 'hulpvraag-alles',
        message: `de hulpvraag "${topicQuestion.id}" heeft geen optie "${ALL_TOPICS}"`,
        en: `the help question "${topicQuestion.id}" has no option "${ALL_TOPICS}"`,
        fix: { nl: `Voeg de optie "${ALL_TOPICS}" toe.`, en: `Add the option "${ALL_TOPICS}".` },
      });
    else if (all.exclusief)
      add(where, {
        field: `opties[${topicQuestion.opties!.indexOf(all)}].exclusief`,
        rule: 'hulpvraag-alles',
        message: `"${ALL_TOPICS}" is exclusief en wist dan een gekozen crisis`,
        en: `"${ALL_TOPICS}" is exclusive and would clear a chosen crisis`,
        fix: { nl: 'Haal "exclusief" weg bij deze optie.', en: 'Remove "exclusief" from this option.' },
      });
    if (!topicQuestion.vooraan)
      add(where, {
        field: 'vooraan',
        rule: 'hulpvraag-vooraan',
        message: `de hulpvraag "${topicQuestion.id}" komt niet als eerste`,
        en: `the help question "${topicQuestion.id}" is not asked first`,
        fix: { nl: 'Zet "vooraan": true.', en: 'Set "vooraan": true.' },
      });
  }

  // ------------------------------------------------------------ derived facts and cycles
  for (const x of ds.afgeleid) {
    const where = at(x);
    if (!questions.has(x.deel) && !known.facts.has(x.deel))
      add(where, {
        field: 'deel',
        rule: 'onbekend-feit',
        message: `vraag "${x.deel}" bestaat niet`,
        en: `question "${x.deel}" does not exist`,
        fix: { nl: 'Kies het id van een vraag uit vragen.json.', en: 'Choose the id of a question in vragen.json.' },
      });
    if (!figures.has(x.van))
      add(where, {
        field: 'van',
        rule: 'onbekend-cijfer',
        message: `cijfer "${x.van}" bestaat niet in cijfers.json`,
        en: `figure "${x.van}" does not exist in cijfers.json`,
        fix: { nl: 'Kies het id van een cijfer uit cijfers.json.', en: 'Choose the id of a figure in cijfers.json.' },
      });
  }
  out.push(...cycles(ds, at));

  // ------------------------------------------------------------ conditions
  const checkCondition = (where: Location, field: string, c: Condition, crisis = false) => {
    for (const { leaf, path } of leaves(c, field)) {
      const op = operatorOf(leaf);
      if (!facts.has(leaf.feit))
        add(where, {
          field: `${path}.feit`,
          rule: 'onbekend-feit',
          message: `feit "${leaf.feit}" bestaat niet`,
          en: `fact "${leaf.feit}" does not exist`,
          fix: {
            nl: 'Voeg een vraag toe in vragen.json of kies een bestaand feit.',
            en: 'Add a question to vragen.json or choose an existing fact.',
          },
        });
      for (const f of figuresOf(leaf))
        if (!figures.has(f))
          add(where, {
            field: `${path}.${op}.cijfer`,
            rule: 'onbekend-cijfer',
            message: `cijfer "${f}" bestaat niet in cijfers.json`,
            en: `figure "${f}" does not exist in cijfers.json`,
            fix: { nl: 'Kies het id van een cijfer uit cijfers.json.', en: 'Choose the id of a figure in cijfers.json.' },
          });
      if (crisis && topicQuestion && leaf.feit !== topicQuestion.id)
        add(where, {
          field: `${path}.feit`,
          rule: 'crisis-een-antwoord',
          message: `een crisislijn mag alleen van "${topicQuestion.id}" afhangen, gevonden "${leaf.feit}"`,
          en: `a crisis line may only depend on "${topicQuestion.id}", found "${leaf.feit}"`,
          fix: {
            nl: `Laat de voorwaarde alleen naar "${topicQuestion.id}" kijken: dan is één antwoord genoeg.`,
            en: `Make the condition ask only "${topicQuestion.id}": one answer is then enough.`,
          },
        });
      const q = questions.get(leaf.feit);
      const isDerived = derived.has(leaf.feit);
      const type = q?.type ?? (isDerived ? 'getal' : undefined);
      if (type && !FITS[type].ops.includes(op))
        add(where, {
          field: `${path}.${op}`,
          rule: 'operator-past-niet',
          message: `"${op}" past niet bij een ${TYPE_NL[type]} ("${leaf.feit}"); verwacht ${FITS[type].nl}`,
          en: `"${op}" does not fit a ${TYPE_EN[type]} ("${leaf.feit}"); expected ${FITS[type].en}`,
          fix: { nl: `Gebruik ${FITS[type].nl}.`, en: `Use ${FITS[type].en}.` },
        });
      else if (type === 'ja-nee' && op === 'is' && typeof operandOf(leaf) !== 'boolean')
        add(where, {
          field: `${path}.is`,
          rule: 'waarde-past-niet',
          message: `verwacht true of false bij een ja-neevraag, gevonden ${JSON.stringify(operandOf(leaf))}`,
          en: `expected true or false for a yes/no question, found ${JSON.stringify(operandOf(leaf))}`,
          fix: { nl: 'Schrijf true of false, zonder aanhalingstekens.', en: 'Write true or false, without quotes.' },
        });
      else if (type === 'keuze' && op === 'is' && typeof operandOf(leaf) !== 'string')
        add(where, {
          field: `${path}.is`,
          rule: 'waarde-past-niet',
          message: `verwacht een optie van "${leaf.feit}", gevonden ${JSON.stringify(operandOf(leaf))}`,
          en: `expected an option of "${leaf.feit}", found ${JSON.stringify(operandOf(leaf))}`,
          fix: { nl: 'Schrijf de waarde van een optie, tussen aanhalingstekens.', en: 'Write the value of an option, in quotes.' },
        });
      const values = optionsOf(leaf);
      if (q?.opties) {
        for (const v of values)
          if (!q.opties.some((o) => o.waarde === v))
            add(where, {
              field: `${path}.${op}`,
              rule: 'onbekende-optie',
              message: `vraag "${q.id}" heeft geen optie "${v}"`,
              en: `question "${q.id}" has no option "${v}"`,
              fix: {
                nl: `Kies een van: ${q.opties.map((o) => o.waarde).join(', ')}.`,
                en: `Choose one of: ${q.opties.map((o) => o.waarde).join(', ')}.`,
              },
            });
      }
    }
  };
  const checkDates = (where: Location, from: string, to: string | undefined, field: string) => {
    if (to && to < from)
      add(where, {
        field,
        rule: 'datum-volgorde',
        message: `geldigTot ${to} ligt voor geldigVanaf ${from}`,
        en: `geldigTot ${to} is before geldigVanaf ${from}`,
        fix: { nl: 'Verwissel de data of verbeter er een.', en: 'Swap the dates or correct one.' },
      });
  };
  for (const f of ds.cijfers) {
    f.waarden.forEach((w, i) => {
      if (w.als) checkCondition(at(f), `waarden[${i}].als`, w.als);
      checkDates(at(f), w.geldigVanaf, w.geldigTot, `waarden[${i}].geldigTot`);
      if (typeof w.waarde === 'object' && w.waarde.van > w.waarde.tot)
        add(at(f), {
          field: `waarden[${i}].waarde`,
          rule: 'bereik-omgekeerd',
          message: `van ${w.waarde.van} is hoger dan tot ${w.waarde.tot}`,
          en: `van ${w.waarde.van} is above tot ${w.waarde.tot}`,
          fix: { nl: 'Verwissel van en tot.', en: 'Swap van and tot.' },
        });
    });
  }
  for (const c of ds.loketten) {
    if (c.soort === 'rol' && !c.algemeen)
      add(at(c), {
        field: 'algemeen',
        rule: 'rol-algemeen',
        message: 'een gemeentelijke rol heeft een algemene tekst nodig voor gemeenten zonder overlay',
        en: 'a municipal role needs general wording for municipalities without an overlay',
        fix: {
          nl: 'Voeg "algemeen" toe, bijv. "Neem contact op met uw gemeente".',
          en: 'Add "algemeen", e.g. "Contact your municipality".',
        },
      });
  }

  // ------------------------------------------------------------ amounts (bedrag)
  /** A formula names figures that exist, number answers, and conditions that check out. */
  const checkAmount = (where: Location, rule: AmountRule) => {
    const used = new Set<string>();
    const todo: [Formula, string][] = [[rule.formule, 'bedrag.formule']];
    while (todo.length) {
      const [f, path] = todo.pop()!;
      if (typeof f === 'number') continue;
      if ('cijfer' in f) {
        if (!figures.has(f.cijfer))
          add(where, {
            field: `${path}.cijfer`,
            rule: 'onbekend-cijfer',
            message: `cijfer "${f.cijfer}" bestaat niet in cijfers.json`,
            en: `figure "${f.cijfer}" does not exist in cijfers.json`,
            fix: { nl: 'Kies het id van een cijfer uit cijfers.json.', en: 'Choose the id of a figure in cijfers.json.' },
          });
      } else if ('feit' in f) {
        used.add(f.feit);
        const q = questions.get(f.feit);
        if (q ? q.type !== 'getal' && q.type !== 'bedrag' : !derived.has(f.feit) && !known.facts.has(f.feit))
          add(where, {
            field: `${path}.feit`,
            rule: 'bedrag-feit',
            message: `"${f.feit}" is geen getal- of bedragvraag of afgeleid feit`,
            en: `"${f.feit}" is not a number or amount question or a derived fact`,
            fix: { nl: 'Reken alleen met getallen en bedragen.', en: 'Calculate with numbers and amounts only.' },
          });
      } else if ('als' in f) {
        checkCondition(where, `${path}.als`, f.als);
        todo.push([f.dan, `${path}.dan`], [f.anders, `${path}.anders`]);
      } else {
        const [key, parts] = Object.entries(f)[0] as [string, Formula[]];
        parts.forEach((x, i) => todo.push([x, `${path}.${key}[${i}]`]));
      }
    }
    if (rule.schatting && !used.has(rule.schatting))
      add(where, {
        field: 'bedrag.schatting',
        rule: 'bedrag-schatting',
        message: `de schatting "${rule.schatting}" komt niet voor in de formule`,
        en: `the estimate "${rule.schatting}" does not occur in the formula`,
        fix: { nl: 'Noem het antwoord dat in de formule geschat wordt.', en: 'Name the answer the formula uses as an estimate.' },
      });
  };

  // ------------------------------------------------------------ regelingen
  const topics = new Set(topicQuestion?.opties?.map((o) => o.waarde) ?? []);
  for (const r of ds.regelingen) {
    const where = at(r);
    const part = known.partial.has(r);
    const counter = counters.get(r.loket);
    if (!counter && r.loket !== undefined && !known.counters.has(r.loket))
      add(where, {
        field: 'loket',
        rule: 'onbekend-loket',
        message: `loket "${r.loket}" bestaat niet in loketten.json`,
        en: `counter "${r.loket}" does not exist in loketten.json`,
        fix: { nl: 'Kies het id van een loket uit loketten.json.', en: 'Choose the id of a counter in loketten.json.' },
      });
    if (r.crisis && counter && !counter.crisis)
      add(where, {
        field: 'loket',
        rule: 'crisis-loket',
        message: `een crisislijn moet naar een crisisloket verwijzen, gevonden "${r.loket}"`,
        en: `a crisis line must point to a crisis counter, found "${r.loket}"`,
        fix: { nl: 'Kies een loket met "crisis": true.', en: 'Choose a counter with "crisis": true.' },
      });
    if (r.voorwaarden) checkCondition(where, 'voorwaarden', r.voorwaarden, !!r.crisis);
    if (r.urgentAls) checkCondition(where, 'urgentAls', r.urgentAls);
    if (r.bedrag) checkAmount(where, r.bedrag);
    r.misschienAls?.forEach((c, i) => checkCondition(where, `misschienAls[${i}].als`, c.als));
    if (r.kosten && !counters.has(r.kosten.loket) && !known.counters.has(r.kosten.loket))
      add(where, {
        field: 'kosten.loket',
        rule: 'onbekend-loket',
        message: `loket "${r.kosten.loket}" bestaat niet in loketten.json`,
        en: `counter "${r.kosten.loket}" does not exist in loketten.json`,
        fix: { nl: 'Kies het id van een loket uit loketten.json.', en: 'Choose the id of a counter in loketten.json.' },
      });
    if (r.geldigVanaf) checkDates(where, r.geldigVanaf, r.geldigTot, 'geldigTot');
    r.onderwerpen?.forEach((t, i) => {
      if (!topics.has(t))
        add(where, {
          field: `onderwerpen[${i}]`,
          rule: 'onbekend-onderwerp',
          message: `onderwerp "${t}" is geen optie van de hulpvraag${topicQuestion ? ` "${topicQuestion.id}"` : ''}`,
          en: `topic "${t}" is not an option of the help question${topicQuestion ? ` "${topicQuestion.id}"` : ''}`,
          fix: {
            nl: `Kies een van: ${[...topics].filter((x) => x !== ALL_TOPICS).join(', ')}.`,
            en: `Choose one of: ${[...topics].filter((x) => x !== ALL_TOPICS).join(', ')}.`,
          },
        });
    });
    r.voorrang?.forEach((v, i) => {
      const first = regelingen.get(v.regeling);
      if (v.als) checkCondition(where, `voorrang[${i}].als`, v.als);
      if (!first && !known.regelingen.has(v.regeling))
        add(where, {
          field: `voorrang[${i}].regeling`,
          rule: 'onbekende-regeling',
          message: `regeling "${v.regeling}" bestaat niet`,
          en: `regeling "${v.regeling}" does not exist`,
          fix: { nl: 'Kies het id van een bestaande regeling.', en: 'Choose the id of an existing regeling.' },
        });
      else if (v.regeling === r.id || first?.voorrang?.some((w) => w.regeling === r.id))
        add(where, {
          field: `voorrang[${i}].regeling`,
          rule: 'voorrang-kring',
          message: `"${r.id}" en "${v.regeling}" gaan elkaar voor`,
          en: `"${r.id}" and "${v.regeling}" go before each other`,
          fix: { nl: 'Laat één van beide voorgaan.', en: 'Let one of the two go first.' },
        });
    });
    if (!part) out.push(...lintRegeling(r, where));
  }
  if (ds.gemeente) {
    for (const role of Object.keys(ds.gemeente.loketten)) {
      const c = counters.get(role);
      if (c?.soort !== 'rol')
        add(
          { file: at(ds.gemeente).file, path: `loketten.${role}` },
          {
            rule: 'onbekende-rol',
            message: `"${role}" is geen gemeentelijke rol in loketten.json`,
            en: `"${role}" is not a municipal role in loketten.json`,
            fix: {
              nl: `Kies een van: ${ds.loketten
                .filter((x) => x.soort === 'rol')
                .map((x) => x.id)
                .join(', ')}.`,
              en: `Choose one of: ${ds.loketten
                .filter((x) => x.soort === 'rol')
                .map((x) => x.id)
                .join(', ')}.`,
            },
          },
        );
    }
  }
  out.push(...lintDataset({ ...ds, regelingen: ds.regelingen.filter((r) => !known.partial.has(r)) }, at, questions));
  out.push(...checkFigures(ds.cijfers, at));
  return out;
}

/**
 * Cycles between figures and derived facts: a figure whose value depends (`als`) on a derived
 * fact that is a percentage of that figure, or figures that refer to each other. The engine
 * would recurse for ever; found here without recursion.
 */
function cycles(ds: Dataset, at: Locate): Problem[] {
  const edges = new Map<string, string[]>();
  const derived = new Map(ds.afgeleid.map((x) => [x.id, x]));
  for (const x of ds.afgeleid) edges.set(`feit:${x.id}`, [`cijfer:${x.van}`]);
  for (const f of ds.cijfers) {
    const next: string[] = [];
    for (const w of f.waarden) {
      if (!w.als) continue;
      for (const { leaf } of leaves(w.als, '')) {
        if (derived.has(leaf.feit)) next.push(`feit:${leaf.feit}`);
        for (const c of figuresOf(leaf)) next.push(`cijfer:${c}`);
      }
    }
    edges.set(`cijfer:${f.id}`, next);
  }
  const out: Problem[] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the path, 2: done
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; i: number }[] = [{ node: start, i: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = (edges.get(top.node) ?? [])[top.i++];
      if (next === undefined) {
        state.set(top.node, 2);
        stack.pop();
        continue;
      }
      if (state.get(next) === 1) {
        const ring = [...stack.slice(stack.findIndex((s) => s.node === next)).map((s) => s.node), next];
        const shown = ring.map((n) => n.replace(':', ' ')).join(' → ');
        const [kind, id] = next.split(':') as [string, string];
        const record = kind === 'cijfer' ? ds.cijfers.find((f) => f.id === id) : derived.get(id);
        const where = record ? at(record) : { file: 'cijfers.json', path: '' };
        out.push(
          problem({
            file: where.file,
            path: where.path,
            rule: 'kring',
            message: `kring: ${shown}; de wijzer zou eindeloos blijven rekenen`,
            en: `cycle: ${shown}; the wizard would compute for ever`,
            fix: {
              nl: 'Laat een cijfer niet (via een afgeleid feit) van zichzelf afhangen.',
              en: 'Do not let a figure depend on itself (through a derived fact).',
            },
          }),
        );
      } else if (!state.has(next) && edges.has(next)) {
        state.set(next, 1);
        stack.push({ node: next, i: 0 });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- editorial lint (mostly warnings)

const warn = 'waarschuwing' as const;

export function lintRegeling(r: Regeling, where: Location): Problem[] {
  const out: Problem[] = [];
  const at = (field: string) => (where.path ? `${where.path}.${field}` : field);
  for (const lang of ['nl', 'en'] as const) {
    const n = r.uitleg[lang].length;
    if (n < 40 || n > 600)
      out.push(
        problem({
          file: where.file,
          path: at(`uitleg.${lang}`),
          level: warn,
          rule: 'uitleg-lengte',
          message: `uitleg is ${n} tekens, verwacht 40 tot 600`,
          en: `explanation is ${n} characters, expected 40 to 600`,
          fix: { nl: 'Leg in twee of drie korte zinnen uit wat het is.', en: 'Explain what it is in two or three short sentences.' },
        }),
      );
    const m = r.naam[lang].length;
    if (m > 90)
      out.push(
        problem({
          file: where.file,
          path: at(`naam.${lang}`),
          level: warn,
          rule: 'naam-lengte',
          message: `naam is ${m} tekens, verwacht hoogstens 90`,
          en: `name is ${m} characters, expected at most 90`,
          fix: { nl: 'Kort de naam in; de uitleg zegt de rest.', en: 'Shorten the name; the explanation says the rest.' },
        }),
      );
  }
  const law = r.wet?.url;
  if (
    law &&
    !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}/.test(law) &&
    !/^https:\/\/(zoek\.officielebekendmakingen\.nl|lokaleregelgeving\.overheid\.nl)\//.test(law)
  ) {
    out.push(
      problem({
        file: where.file,
        path: at('wet.url'),
        level: warn,
        rule: 'wet-url',
        message: `wet.url is ${law}, verwacht een adres op wetten.overheid.nl, lokaleregelgeving.overheid.nl of zoek.officielebekendmakingen.nl`,
        en: `wet.url is ${law}, expected an address on wetten.overheid.nl, lokaleregelgeving.overheid.nl or zoek.officielebekendmakingen.nl`,
        fix: { nl: 'Link naar de officiële wettekst.', en: 'Link to the official text of the law.' },
      }),
    );
  }
  return out;
}

/** The day after an ISO date (JJJJ-MM-DD). */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function lintDataset(ds: Dataset, at: Locate, questions: Map<string, Question>): Problem[] {
  const out: Problem[] = [];
  const index = indexOf(ds);
  // figures: every value ends, and the next value for the same case starts the day after
  for (const f of ds.cijfers) {
    const byCase = new Map<string, { w: (typeof f.waarden)[number]; i: number }[]>();
    f.waarden.forEach((w, i) => {
      if (!w.geldigTot)
        out.push(
          problem({
            ...located(at(f), `waarden[${i}]`),
            level: warn,
            rule: 'cijfer-einddatum',
            message: `de waarde vanaf ${w.geldigVanaf} heeft geen geldigTot`,
            en: `the value from ${w.geldigVanaf} has no geldigTot`,
            fix: {
              nl: 'Zet er een einddatum op: tot wanneer de bron het bedrag noemt.',
              en: 'Give it an end date: until when the source gives the amount.',
            },
          }),
        );
      const key = JSON.stringify(w.als ?? null);
      byCase.set(key, [...(byCase.get(key) ?? []), { w, i }]);
    });
    for (const entries of byCase.values()) {
      const sorted = [...entries].sort((a, b) => (a.w.geldigVanaf < b.w.geldigVanaf ? -1 : 1));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!.w,
          next = sorted[k]!;
        if (prev.geldigTot && dayAfter(prev.geldigTot) !== next.w.geldigVanaf)
          out.push(
            problem({
              ...located(at(f), `waarden[${next.i}].geldigVanaf`),
              level: warn,
              rule: 'cijfer-gat',
              message: `na ${prev.geldigTot} begint de volgende waarde op ${next.w.geldigVanaf}, verwacht ${dayAfter(prev.geldigTot)}`,
              en: `after ${prev.geldigTot} the next value starts on ${next.w.geldigVanaf}, expected ${dayAfter(prev.geldigTot)}`,
              fix: {
                nl: 'Laat de perioden op elkaar aansluiten, zonder gat of overlap.',
                en: 'Make the periods follow each other, without gap or overlap.',
              },
            }),
          );
      }
    }
  }
  for (const r of ds.regelingen) {
    if (r.geldigTot) continue;
    for (const [field, t] of [
      ['uitleg', r.uitleg],
      ['voorbehoud', r.voorbehoud],
    ] as const) {
      for (const lang of ['nl', 'en'] as const) {
        if (t && /€\s?\d/.test(t[lang]))
          out.push(
            problem({
              ...located(at(r), `${field}.${lang}`),
              level: warn,
              rule: 'bedrag-in-tekst',
              message: 'een bedrag in de tekst van een regeling zonder einddatum veroudert ongemerkt',
              en: 'an amount in the text of a regeling without an end date goes out of date unnoticed',
              fix: {
                nl: 'Zet het bedrag in cijfers.json, met zijn data, of haal het weg.',
                en: 'Put the amount in cijfers.json, with its dates, or remove it.',
              },
            }),
          );
      }
    }
  }
  out.push(...lintStatedPercentages(ds, at));
  const seen = new Map<string, string>();
  for (const q of ds.vragen) {
    for (const [p, text] of Object.entries(q.vraag)) {
      const key = `${p}|${text!.nl}`;
      if (seen.has(key))
        out.push(
          problem({
            ...located(at(q), `vraag.${p}.nl`),
            level: warn,
            rule: 'dubbele-vraag',
            message: `"${q.id}" en "${seen.get(key)}" hebben dezelfde vraag: "${text!.nl}"`,
            en: `"${q.id}" and "${seen.get(key)}" ask the same: "${text!.nl}"`,
            fix: { nl: 'Maak het verschil tussen de vragen duidelijk.', en: 'Make the difference between the questions clear.' },
          }),
        );
      seen.set(key, q.id);
    }
  }
  for (const r of ds.regelingen) {
    const asksTopic = leaves(r.voorwaarden, '').some(({ leaf }) => questions.get(leaf.feit)?.hulpvraag);
    if (r.voor === 'persoon' && !r.crisis && !r.onderwerpen && !r.breed && !asksTopic)
      out.push(
        problem({
          ...located(at(r), 'onderwerpen'),
          level: warn,
          rule: 'geen-onderwerpen',
          message: 'een regeling voor burgers zonder onderwerpen telt bij elke hulpvraag mee',
          en: 'a regeling for residents without topics counts for every help question',
          fix: { nl: 'Geef onderwerpen op.', en: 'Give topics.' },
        }),
      );
    const behind = factsBehind(r.voorwaarden, index);
    for (const p of PERSPECTIVES.filter((x) => inPerspective(r, x))) {
      for (const f of behind) {
        const q = questions.get(f);
        if (q && !askableIn(q, p))
          out.push(
            problem({
              ...located(at(r), 'voorwaarden'),
              rule: 'vraag-perspectief',
              message: `hangt af van "${f}", maar die vraag heeft geen tekst voor ${p}`,
              en: `depends on "${f}", but that question has no wording for ${p}`,
              fix: {
                nl: `Voeg vraag.${p} toe aan "${f}" of zet perspectieven op de regeling.`,
                en: `Add vraag.${p} to "${f}" or set perspectieven on the regeling.`,
              },
            }),
          );
      }
    }
  }
  return out;
}

const located = (where: Location, field: string) => ({ file: where.file, path: where.path ? `${where.path}.${field}` : field });

/** "130%" or "110 tot 130%" before "van de bijstandsnorm" / "of the social assistance standard". */
const STATED = /(\d+)(?:\s*(?:tot|to|-|–)\s*(\d+))?\s*%\s*(?:van de bijstandsnorm|of the social assistance standard)/;

/**
 * A condition's own wording that names a percentage of the bijstandsnorm must name the figure it
 * tests: "tot 130%" for 130, "110 tot 140%" for the range 110–140 (audit F-8: the U-pas text said
 * 110 to 130% while the figure was 110–140%).
 */
function lintStatedPercentages(ds: Dataset, at: Locate): Problem[] {
  const out: Problem[] = [];
  for (const r of ds.regelingen) {
    for (const { leaf, path } of leaves(r.voorwaarden, 'voorwaarden')) {
      if (!leaf.tekst) continue;
      for (const id of figuresOf(leaf)) {
        const f = ds.cijfers.find((x) => x.id === id);
        if (f?.eenheid !== 'procent') continue;
        const fits = f.waarden.map((w) => (typeof w.waarde === 'number' ? [w.waarde] : [w.waarde.van, w.waarde.tot]));
        for (const lang of ['nl', 'en'] as const) {
          const m = STATED.exec(leaf.tekst[lang]);
          if (!m) continue;
          const stated = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
          if (fits.some((v) => v.length === stated.length && v.every((x, i) => x === stated[i]))) continue;
          const shown = fits.map((v) => v.join('–')).join(', ');
          out.push(
            problem({
              ...located(at(r), `${path}.tekst.${lang}`),
              level: warn,
              rule: 'tekst-cijfer',
              message: `de tekst noemt ${stated.join('–')}%, maar het cijfer "${id}" is ${shown}%`,
              en: `the text says ${stated.join('–')}%, but the figure "${id}" is ${shown}%`,
              fix: {
                nl: 'Laat de tekst het getal van het cijfer noemen, of noem geen getal.',
                en: 'Make the text name the number of the figure, or name no number.',
              },
            }),
          );
        }
      }
    }
  }
  return out;
}
