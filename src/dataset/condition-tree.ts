/**
 * How a condition is built, known here and nowhere else. A condition is a compound (`alle`,
 * `een-van`: its parts; `niet`: one part) or a leaf: a fact (`feit`), an operator (`is`, `in`,
 * `bevat`, `minstens`, `hoogstens`, `onder`, `boven`, `vanaf`, `voor`) and the operator's value.
 * A numeric threshold is a number or a figure (`{ "cijfer": id }`).
 *
 * Everything that walks a condition uses this module: the engine (evaluation, relevance, the
 * walk's index, outcomes), the validator and lint (dataset/checks.ts), and the overview script.
 * It sits below the engine: plain data, no context, no evaluation. The API:
 * - `shapeOf(c)`: a compound with its parts, a negation with its part, or a leaf;
 *   `kindOf(c)`: the key that names the kind; `partsOf(c)`: the direct parts (none for a leaf).
 * - `leaves(c, path)`: every leaf with its field path (`voorwaarden.alle[0].niet`), in order,
 *   without recursion; `forEachLeaf(c, visit)` the same as a callback.
 * - `fold(c, algebra)`: map / fold over the tree bottom-up (one function per shape).
 * - `operatorOf(leaf)`, `operandOf(leaf)`, `thresholdOf(leaf)`, `figuresOf(leaf)` (the figures a
 *   threshold names), `optionsOf(leaf)` (the option values a leaf names).
 * - `factsNamed(c)`: the facts the leaves name; `factsBehind(c, index)`: also the part behind a
 *   derived fact, the birth month behind an age in whole years (`geboortemaand`) and the facts
 *   that select a figure (`als`), each once; the figures it passes can be collected too.
 * - `allOf(parts)`, `anyOf(parts)`, `noneOf(part)`, `leafOf(feit, op, value)`: build a condition.
 * - `formulaInputs(f)`: what an amount's formula reads: its `feit` and `cijfer` parts and the conditions it branches on.
 * Adding a kind: its zod shape in schema.ts, its name here, its behaviour in engine/conditions.ts.
 */
import type { Amount, Condition, Derived, Figure, Formula, Question } from './schema.js';

/** A condition about one fact. */
export type Leaf = Extract<Condition, { feit: string }>;

export const COMPOUNDS = ['alle', 'een-van', 'niet'] as const;
export type Compound = (typeof COMPOUNDS)[number];

/** Operators that compare a number with a threshold (a number or a figure). */
export const NUMBER_OPERATORS = ['minstens', 'hoogstens', 'onder', 'boven'] as const;
export type NumberOperator = (typeof NUMBER_OPERATORS)[number];

export const OPERATORS = ['is', 'in', 'bevat', ...NUMBER_OPERATORS, 'vanaf', 'voor'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Every kind of condition, in the order they are recognised. */
export const CONDITION_KINDS: readonly (Compound | Operator)[] = [...COMPOUNDS, ...OPERATORS];
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** A condition of one kind. */
export type Of<K extends ConditionKind> = Extract<Condition, Record<K, unknown>>;

/** How a condition is built: a compound with its parts, a negation, or a leaf about one fact. */
export type Shape = { op: 'alle' | 'een-van'; parts: Condition[] } | { op: 'niet'; part: Condition } | { op: 'leaf'; leaf: Leaf };

const KINDS: ReadonlySet<string> = new Set(CONDITION_KINDS);
const NUMERIC: ReadonlySet<string> = new Set(NUMBER_OPERATORS);

/** The key that names the condition's kind (the first key that is one). */
export function kindOf(c: Condition): ConditionKind {
  for (const key in c) if (KINDS.has(key)) return key as ConditionKind;
  throw new Error(`Onbekende soort voorwaarde: ${JSON.stringify(c)}`);
}

export function shapeOf(c: Condition): Shape {
  const kind = kindOf(c);
  if (kind === 'alle' || kind === 'een-van') return { op: kind, parts: (c as Record<string, Condition[]>)[kind]! };
  if (kind === 'niet') return { op: 'niet', part: (c as Of<'niet'>).niet };
  return { op: 'leaf', leaf: c as Leaf };
}

/** The direct parts of a condition: none for a leaf. */
export function partsOf(c: Condition): Condition[] {
  const s = shapeOf(c);
  return s.op === 'leaf' ? [] : s.op === 'niet' ? [s.part] : s.parts;
}

/** The operator of a leaf. */
export function operatorOf(leaf: Leaf): Operator {
  return kindOf(leaf) as Operator;
}

/** The value the leaf's operator compares with (`true`, `["a", "b"]`, `{ "cijfer": … }`, …). */
export function operandOf(leaf: Leaf): unknown {
  return (leaf as Record<string, unknown>)[operatorOf(leaf)];
}

/** The threshold of a numeric leaf (a number or a figure); undefined for other operators. */
export function thresholdOf(leaf: Leaf): Amount | undefined {
  const op = operatorOf(leaf);
  return NUMERIC.has(op) ? (operandOf(leaf) as Amount) : undefined;
}

/** The figures a leaf's threshold names (not those behind a derived fact). */
export function figuresOf(leaf: Leaf): string[] {
  const t = thresholdOf(leaf);
  return t === undefined || typeof t === 'number' ? [] : [t.cijfer];
}

/** The option values a leaf names: `is` with a string, `in`, `bevat`. */
export function optionsOf(leaf: Leaf): string[] {
  const op = operatorOf(leaf);
  const v = operandOf(leaf);
  if (op === 'is') return typeof v === 'string' ? [v] : [];
  if (op === 'in' || op === 'bevat') return [v as string | string[]].flat();
  return [];
}

/**
 * Every leaf of a condition with its field path, in order, without recursion (a deep tree
 * cannot overflow): `${path}.alle[i]`, `${path}.een-van[i]`, `${path}.niet`.
 */
export function leaves(c: Condition, path = ''): { leaf: Leaf; path: string }[] {
  const out: { leaf: Leaf; path: string }[] = [];
  const todo: [Condition, string][] = [[c, path]];
  while (todo.length) {
    const [x, p] = todo.pop()!;
    const s = shapeOf(x);
    if (s.op === 'leaf') out.push({ leaf: s.leaf, path: p });
    else if (s.op === 'niet') todo.push([s.part, `${p}.niet`]);
    else s.parts.forEach((y, i) => todo.push([y, `${p}.${s.op}[${i}]`]));
  }
  return out.reverse();
}

/** Every leaf of a condition, in order. */
export function forEachLeaf(c: Condition, visit: (leaf: Leaf) => void): void {
  const s = shapeOf(c);
  if (s.op === 'leaf') visit(s.leaf);
  else if (s.op === 'niet') forEachLeaf(s.part, visit);
  else for (const x of s.parts) forEachLeaf(x, visit);
}

/** One function per shape, for `fold`. `alle` and `een-van` get their parts already folded. */
export interface Algebra<T> {
  leaf(leaf: Leaf): T;
  alle(parts: T[], c: Of<'alle'>): T;
  'een-van'(parts: T[], c: Of<'een-van'>): T;
  niet(part: T, c: Of<'niet'>): T;
}

/** Fold a condition bottom-up: e.g. a text tree, a count of leaves, a copy with other leaves. */
export function fold<T>(c: Condition, f: Algebra<T>): T {
  const s = shapeOf(c);
  if (s.op === 'leaf') return f.leaf(s.leaf);
  if (s.op === 'niet') return f.niet(fold(s.part, f), c as Of<'niet'>);
  const parts = s.parts.map((x) => fold(x, f));
  return s.op === 'alle' ? f.alle(parts, c as Of<'alle'>) : f['een-van'](parts, c as Of<'een-van'>);
}

/** Every fact a condition names, in order (a fact named twice appears twice). */
export function factsNamed(c: Condition): string[] {
  const out: string[] = [];
  forEachLeaf(c, (l) => out.push(l.feit));
  return out;
}

/**
 * What a `bedrag` formula reads: the questions it calculates with (its `feit` parts, in order)
 * and the conditions it branches on (`als`). Numbers and figures (`cijfer`) read no answer.
 */
export function formulaInputs(
  f: Formula,
  out: { feiten: string[]; cijfers: string[]; als: Condition[] } = { feiten: [], cijfers: [], als: [] },
) {
  if (typeof f === 'number') return out;
  if ('cijfer' in f) out.cijfers.push(f.cijfer);
  else if ('feit' in f) out.feiten.push(f.feit);
  else if ('als' in f) {
    out.als.push(f.als);
    formulaInputs(f.dan, out);
    formulaInputs(f.anders, out);
  } else for (const p of Object.values(f)[0] as Formula[]) formulaInputs(p, out);
  return out;
}

/**
 * What `factsBehind` looks up: derived facts, figures and (when given) questions by id (the
 * engine's context has all three). A question's `geboortemaand` names the birth-month question
 * an age in whole years depends on where a limit lies between birthdays.
 */
export interface TreeIndex {
  readonly derived: ReadonlyMap<string, Pick<Derived, 'deel' | 'van'>>;
  readonly figures: ReadonlyMap<string, Pick<Figure, 'waarden'>>;
  readonly questions?: ReadonlyMap<string, Pick<Question, 'geboortemaand'>>;
}

/** The index of a dataset for `factsBehind`. */
export function indexOf(ds: { afgeleid: Derived[]; cijfers: Figure[]; vragen?: Question[] }): TreeIndex {
  return {
    derived: new Map(ds.afgeleid.map((d) => [d.id, d])),
    figures: new Map(ds.cijfers.map((f) => [f.id, f])),
    questions: new Map((ds.vragen ?? []).map((q) => [q.id, q])),
  };
}

/**
 * Every fact a condition depends on: the facts it names; for a derived fact its part (itself
 * possibly derived) and the facts that select its norm; for an age in whole years its birth
 * month (`geboortemaand`, when the index has questions); and the facts that select the figures
 * its thresholds name (`als`). Each fact and figure is visited once, so cycles end. The figures
 * passed are added to `seenFigures` (the validator's rollover warning names their users).
 */
export function factsBehind(c: Condition, index: TreeIndex, out = new Set<string>(), seenFigures = new Set<string>()): Set<string> {
  const seenFacts = new Set<string>();
  const fact = (id: string) => {
    if (seenFacts.has(id)) return;
    seenFacts.add(id);
    out.add(id);
    const month = index.questions?.get(id)?.geboortemaand;
    if (month) fact(month);
    const d = index.derived.get(id);
    if (d) {
      fact(d.deel);
      figure(d.van);
    }
  };
  const figure = (id: string) => {
    if (seenFigures.has(id)) return;
    seenFigures.add(id);
    for (const w of index.figures.get(id)?.waarden ?? []) if (w.als) tree(w.als);
  };
  const tree = (x: Condition) =>
    forEachLeaf(x, (leaf) => {
      fact(leaf.feit);
      figuresOf(leaf).forEach(figure);
    });
  tree(c);
  return out;
}

/** A condition that holds when all parts hold. */
export const allOf = (parts: Condition[]): Condition => ({ alle: parts });
/** A condition that holds when one of the parts holds. */
export const anyOf = (parts: Condition[]): Condition => ({ 'een-van': parts });
/** A condition that holds when the part does not. */
export const noneOf = (part: Condition): Condition => ({ niet: part });
/** A leaf: `fact op value`. */
export const leafOf = <O extends Operator>(feit: string, op: O, value: Of<O>[O]): Condition =>
  ({ feit, [op]: value }) as unknown as Condition;
