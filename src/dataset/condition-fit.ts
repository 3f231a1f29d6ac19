/**
 * Whether a condition fits the dataset: every fact and figure it names exists, each operator
 * and value fits its question's type, each option is one the question has, and a crisis line
 * asks only the help question (one answer is enough). The same for an amount's formula: it
 * calculates with figures that exist and number answers. The leaves come from condition-tree.ts;
 * the words from rules.ts.
 */
import type { Location, Scope } from './check-scope.js';
import { NUMBER_OPERATORS, figuresOf, leaves, operandOf, operatorOf, optionsOf } from './condition-tree.js';
import { TYPE_NAME } from './references.js';
import { found } from './rules.js';
import type { AmountRule, Condition, Formula, Question } from './schema.js';

/** Which operators fit a question type, and their wording for the message. */
const FITS: Record<Question['type'], { ops: string[]; nl: string; en: string }> = {
  'ja-nee': { ops: ['is'], nl: 'is (true of false)', en: 'is (true or false)' },
  keuze: { ops: ['is', 'in'], nl: 'is of in', en: 'is or in' },
  meerkeuze: { ops: ['bevat'], nl: 'bevat', en: 'bevat' },
  getal: { ops: [...NUMBER_OPERATORS], nl: 'minstens, hoogstens, onder of boven', en: 'minstens, hoogstens, onder or boven' },
  bedrag: { ops: [...NUMBER_OPERATORS], nl: 'minstens, hoogstens, onder of boven', en: 'minstens, hoogstens, onder or boven' },
  datum: { ops: ['vanaf', 'voor'], nl: 'vanaf of voor', en: 'vanaf or voor' },
};

/** Check the condition `c` at `field` of the record at `where` (`crisis`: a crisis line's own condition). */
export function checkCondition(s: Scope, where: Location, field: string, c: Condition, crisis = false): void {
  for (const { leaf, path } of leaves(c, field)) {
    const op = operatorOf(leaf);
    if (!s.facts.has(leaf.feit)) s.add(where, `${path}.feit`, found('onbekend-feit', { id: leaf.feit }));
    for (const f of figuresOf(leaf)) if (!s.figures.has(f)) s.add(where, `${path}.${op}.cijfer`, found('onbekend-cijfer', { id: f }));
    const topic = s.topicQuestion;
    if (crisis && topic && leaf.feit !== topic.id)
      s.add(where, `${path}.feit`, found('crisis-een-antwoord', { question: topic.id, fact: leaf.feit }));
    const q = s.questions.get(leaf.feit);
    const type = q?.type ?? (s.derived.has(leaf.feit) ? 'getal' : undefined);
    const value = JSON.stringify(operandOf(leaf));
    if (type && !FITS[type].ops.includes(op))
      s.add(where, `${path}.${op}`, found('operator-past-niet', { op, fact: leaf.feit, type: TYPE_NAME[type], fits: FITS[type] }));
    else if (type === 'ja-nee' && op === 'is' && typeof operandOf(leaf) !== 'boolean')
      s.add(where, `${path}.is`, found('waarde-past-niet', { found: value }));
    else if (type === 'keuze' && op === 'is' && typeof operandOf(leaf) !== 'string')
      s.add(where, `${path}.is`, found('waarde-past-niet', { found: value, option: leaf.feit }));
    if (q?.opties) {
      const options = q.opties.map((o) => o.waarde);
      for (const v of optionsOf(leaf))
        if (!options.includes(v)) s.add(where, `${path}.${op}`, found('onbekende-optie', { question: q.id, value: v, options }));
    }
  }
}

/** An amount's formula names figures that exist and number answers, and its conditions fit; its estimate occurs in it. */
export function checkAmount(s: Scope, where: Location, rule: AmountRule): void {
  const used = new Set<string>();
  const todo: [Formula, string][] = [[rule.formule, 'bedrag.formule']];
  while (todo.length) {
    const [f, path] = todo.pop()!;
    if (typeof f === 'number') continue;
    if ('cijfer' in f) {
      if (!s.figures.has(f.cijfer)) s.add(where, `${path}.cijfer`, found('onbekend-cijfer', { id: f.cijfer }));
    } else if ('feit' in f) {
      used.add(f.feit);
      const q = s.questions.get(f.feit);
      if (q ? q.type !== 'getal' && q.type !== 'bedrag' : !s.derived.has(f.feit) && !s.known.facts.has(f.feit))
        s.add(where, `${path}.feit`, found('bedrag-feit', { fact: f.feit }));
    } else if ('als' in f) {
      checkCondition(s, where, `${path}.als`, f.als);
      todo.push([f.dan, `${path}.dan`], [f.anders, `${path}.anders`]);
    } else {
      const [key, parts] = Object.entries(f)[0] as [string, Formula[]];
      parts.forEach((x, i) => todo.push([x, `${path}.${key}[${i}]`]));
    }
  }
  if (rule.totaalAls) checkCondition(s, where, 'bedrag.totaalAls', rule.totaalAls);
  if (rule.schatting && !used.has(rule.schatting))
    s.add(where, 'bedrag.schatting', found('bedrag-schatting', { estimate: rule.schatting }));
}
