/**
 * The closed set of condition kinds. Each kind is one entry in KINDS with one evaluation and
 * one description; adding a kind is adding an entry (and its zod shape in dataset/schema.ts).
 */
import type { Amount, Condition, Language, Question, Text } from '../dataset/schema.js';
import { figuresOf, kindOf as kindName, leaves, optionsOf, partsOf, shapeOf, type Leaf, type Of } from '../dataset/condition-tree.js';
import { allOf, anyOf, compare, JA, NEE, NO_QUESTIONS, not, unknown, type Eval, type Interval } from './logic.js';
import { compareAge } from './age.js';
import { joined, resolveFact, resolveFigure, type FactValue, type Resolved } from './facts.js';
import type { Context, Criterion, Tri } from './types.js';

export type { Leaf } from '../dataset/condition-tree.js';

/** What each kind of condition does (its shape is known in dataset/condition-tree.ts). */
interface Kind<C> {
  evaluate(c: C, ctx: Context): Eval;
  describe(c: C, ctx: Context, lang: Language): string;
  /**
   * Compound kinds only: the leaves that show why the condition has the status it has (see
   * `justify`). `neg`: the condition stands under an odd number of `niet`.
   */
  justify?(c: C, ctx: Context, neg: boolean): Criterion[];
  /** Leaves only: the condition turned around as a plain phrase ("Leeftijd: minder dan 67"). */
  negate?(c: C, ctx: Context, lang: Language): string;
  /**
   * Leaves only, optional: which of ja (1) and nee (2) some answer to the fact's question can
   * give (default both). Lets question choice skip a leaf no answer can make false or true,
   * e.g. `in` listing every option.
   */
  kan?(c: C, q: Question): number;
}

// ---------------------------------------------------------------- helpers

/** A plain-number threshold as a resolved value, one per number: made once, only read. */
const numbers = new Map<number, Resolved<Interval>>();

function amount(a: Amount, ctx: Context): Resolved<Interval> {
  if (typeof a !== 'number') return resolveFigure(ctx, a.cijfer);
  let hit = numbers.get(a);
  if (!hit) numbers.set(a, (hit = { value: [a, a], open: NO_QUESTIONS }));
  return hit;
}

function numeric(op: 'minstens' | 'hoogstens' | 'onder' | 'boven') {
  return (c: Leaf & Record<typeof op, Amount>, ctx: Context): Eval => {
    const v = resolveFact(ctx, c.feit);
    // A fact that stays unknown (weet ik niet) keeps the comparison unknown whatever the
    // threshold turns out to be, and the other way round: nothing is open then.
    if (v.value === undefined && v.open.length === 0) return unknown(NO_QUESTIONS);
    const t = amount(c[op], ctx);
    if (t.value === undefined && t.open.length === 0) return unknown(NO_QUESTIONS);
    if (v.value !== undefined && t.value !== undefined) {
      // Known, or known to lie in a span while a figure's selection is open: decided when
      // the comparison holds (or fails) for the whole span.
      // An age in whole years against a limit between birthdays (67 years and 3 months), or
      // months ahead: the exact age decides (age.ts).
      if (typeof v.value === 'number' && t.value[0] === t.value[1]) {
        const age = compareAge(op, ctx, c.feit, v.value, t.value[0], t.open);
        if (age) return age;
      }
      const iv = toInterval(v.value);
      if (!iv) return NEE;
      const r = compare(op, iv, t.value);
      if (r.tri !== 'onbekend' || (v.open.length === 0 && t.open.length === 0)) return r;
    }
    return unknown(joined(v.open, t.open));
  };
}

function toInterval(v: FactValue): Interval | undefined {
  if (typeof v === 'number') return [v, v];
  if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') return v as unknown as Interval;
  return undefined;
}

/**
 * A leaf that holds when `test` holds for its fact's value. `test` takes the leaf too, so the
 * kinds pass one function made once instead of a closure per evaluation (issue 24: the first
 * steps evaluate thousands of leaves, and every allocation there is collected in the next pause).
 */
function withFact<C extends Leaf>(c: C, ctx: Context, test: (c: C, v: FactValue) => boolean): Eval {
  const v = resolveFact(ctx, c.feit);
  // Both fields read and `test` called on every path (each test takes any value): with no
  // answers yet only the first condition below ever held, and the first answers then met reads
  // and a call without type feedback, each a deoptimisation (issue 24).
  const value = v.value;
  const open = v.open;
  const holds = test(c, value as FactValue);
  if (open.length || value === undefined) return unknown(open);
  return holds ? JA : NEE;
}

function label(c: Leaf, ctx: Context, lang: Language): string {
  const q = ctx.questions.get(c.feit);
  const d = q ? undefined : ctx.derived.get(c.feit);
  return (q?.label ?? d?.label)?.[lang] ?? c.feit;
}

function optionText(c: Leaf, value: string, ctx: Context, lang: Language): string {
  return ctx.questions.get(c.feit)?.opties?.find((o) => o.waarde === value)?.tekst[lang] ?? value;
}

const WORDS: Record<Language, Record<string, string>> = {
  nl: {
    ja: 'ja',
    nee: 'nee',
    of: 'of',
    en: 'en',
    niet: 'niet',
    minstens: 'of meer',
    hoogstens: 'of minder',
    onder: 'minder dan',
    boven: 'meer dan',
    vanaf: 'vanaf',
    voor: 'voor',
  },
  en: {
    ja: 'yes',
    nee: 'no',
    of: 'or',
    en: 'and',
    niet: 'not',
    minstens: 'or more',
    hoogstens: 'or less',
    onder: 'less than',
    boven: 'more than',
    vanaf: 'from',
    voor: 'before',
  },
};

// Intl.NumberFormat is costly to construct: one per language and style, made once.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Language, style: 'plain' | 'euro' | 'cents'): Intl.NumberFormat {
  const key = `${lang}|${style}`;
  let f = formats.get(key);
  if (!f) {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    f = new Intl.NumberFormat(
      locale,
      style === 'plain' ? { maximumFractionDigits: 2 } : { minimumFractionDigits: style === 'euro' ? 0 : 2, maximumFractionDigits: 2 },
    );
    formats.set(key, f);
  }
  return f;
}

export function formatAmount(a: Amount, ctx: Context, lang: Language): string {
  const fmt = (n: number, unit?: string) => {
    const num = numberFormat(lang, 'plain').format(n);
    if (unit === 'procent') return `${num}%`;
    if (unit?.startsWith('euro'))
      return `€${lang === 'nl' ? ' ' : ''}${numberFormat(lang, Number.isInteger(n) ? 'euro' : 'cents').format(n)}`;
    return num;
  };
  if (typeof a === 'number') return fmt(a);
  const fig = ctx.figures.get(a.cijfer);
  const v = resolveFigure(ctx, a.cijfer).value;
  const name = fig?.naam[lang] ?? a.cijfer;
  if (!v) return name;
  const value = v[0] === v[1] ? fmt(v[0], fig?.eenheid) : `${fmt(v[0], fig?.eenheid)}–${fmt(v[1], fig?.eenheid)}`;
  return `${name} (${value})`;
}

/** For a plain number threshold and a question with min / max: can it hold, can it fail? */
const numericKan =
  (op: 'minstens' | 'hoogstens' | 'onder' | 'boven') =>
  (c: Leaf & Record<typeof op, Amount>, q: Question): number => {
    const t = c[op];
    if (typeof t !== 'number') return 3;
    const min = q.min ?? -Infinity,
      max = q.max ?? Infinity;
    const [ja, nee] =
      op === 'minstens'
        ? [max >= t, min < t]
        : op === 'hoogstens'
          ? [min <= t, max > t]
          : op === 'onder'
            ? [min < t, max >= t]
            : [max > t, min <= t];
    return (ja ? 1 : 0) | (nee ? 2 : 0);
  };

/** Which of ja / nee a choice among the question's options can give. */
function choiceKan(q: Question, holds: (option: string) => boolean): number {
  if (!q.opties) return 3;
  let m = 0;
  for (const o of q.opties) m |= holds(o.waarde) ? 1 : 2;
  return m;
}

const numericDescribe =
  (op: 'minstens' | 'hoogstens' | 'onder' | 'boven') => (c: Leaf & Record<typeof op, Amount>, ctx: Context, lang: Language) => {
    const w = WORDS[lang];
    const a = formatAmount(c[op], ctx, lang);
    return op === 'minstens' || op === 'hoogstens' ? `${label(c, ctx, lang)}: ${a} ${w[op]}` : `${label(c, ctx, lang)}: ${w[op]} ${a}`;
  };

const FLIP = { minstens: 'onder', hoogstens: 'boven', onder: 'minstens', boven: 'hoogstens' } as const;
const numericNegate =
  (op: 'minstens' | 'hoogstens' | 'onder' | 'boven') => (c: Leaf & Record<typeof op, Amount>, ctx: Context, lang: Language) =>
    numericDescribe(FLIP[op])({ ...c, [FLIP[op]]: c[op] } as never, ctx, lang);

/** "Label: niet a of b": a choice that must not have been made. */
const choiceNegate = (values: (c: Leaf) => string[]) => (c: Leaf, ctx: Context, lang: Language) =>
  `${label(c, ctx, lang)}: ${WORDS[lang].niet} ${values(c)
    .map((v) => optionText(c, v, ctx, lang))
    .join(` ${WORDS[lang].of} `)}`;

// ---------------------------------------------------------------- the table

// What each kind's value must satisfy (see `withFact`).
const isTest = (c: Of<'is'>, v: FactValue) => v === c.is;
const inTest = (c: Of<'in'>, v: FactValue) => typeof v === 'string' && c.in.includes(v);
const bevatTest = (c: Of<'bevat'>, v: FactValue) =>
  Array.isArray(v) && (Array.isArray(c.bevat) ? c.bevat.some((w) => (v as string[]).includes(w)) : (v as string[]).includes(c.bevat));
const vanafTest = (c: Of<'vanaf'>, v: FactValue) => typeof v === 'string' && v >= c.vanaf;
const voorTest = (c: Of<'voor'>, v: FactValue) => typeof v === 'string' && v < c.voor;

// biome-ignore lint/suspicious/noExplicitAny: each entry is typed by `satisfies Kind<...>`; the table itself holds every kind
const KINDS: { [K in string]: Kind<any> } = {
  alle: {
    evaluate: (c: Of<'alle'>, ctx) => allOf(partsOf(c).map((x) => evaluate(x, ctx))),
    describe: (c: Of<'alle'>, ctx, lang) =>
      partsOf(c)
        .map((x) => describe(x, ctx, lang))
        .join(` ${WORDS[lang].en} `),
    justify: (c: Of<'alle'>, ctx, neg) => (neg ? justifyAny : justifyAll)(partsOf(c), ctx, neg),
  } satisfies Kind<Of<'alle'>>,
  'een-van': {
    evaluate: (c: Of<'een-van'>, ctx) => anyOf(partsOf(c).map((x) => evaluate(x, ctx))),
    describe: (c: Of<'een-van'>, ctx, lang) =>
      partsOf(c)
        .map((x) => describe(x, ctx, lang))
        .join(` ${WORDS[lang].of} `),
    justify: (c: Of<'een-van'>, ctx, neg) => (neg ? justifyAll : justifyAny)(partsOf(c), ctx, neg),
  } satisfies Kind<Of<'een-van'>>,
  niet: {
    evaluate: (c: Of<'niet'>, ctx) => not(evaluate(partsOf(c)[0]!, ctx)),
    describe: (c: Of<'niet'>, ctx, lang) => c.tekst?.[lang] ?? negated(partsOf(c)[0]!, ctx, lang),
    // The dataset's own wording of the negation, when it has one, is one line; it reads as the
    // requirement, so a nested negation (neg) keeps the generated text.
    justify: (c: Of<'niet'>, ctx, neg) => {
      const part = partsOf(c)[0]!;
      if (!c.tekst || neg) return justify(part, ctx, !neg);
      const feit = (part as Leaf).feit;
      return [{ status: statusOf(c, ctx, false), tekst: { ...c.tekst }, ...(typeof feit === 'string' ? { feit } : {}) }];
    },
  } satisfies Kind<Of<'niet'>>,
  is: {
    evaluate: (c: Of<'is'>, ctx) => withFact(c, ctx, isTest),
    describe: (c: Of<'is'>, ctx, lang) =>
      `${label(c, ctx, lang)}: ${typeof c.is === 'boolean' ? WORDS[lang][c.is ? 'ja' : 'nee'] : typeof c.is === 'string' ? optionText(c, c.is, ctx, lang) : c.is}`,
    negate: (c: Of<'is'>, ctx, lang) =>
      typeof c.is === 'boolean'
        ? `${label(c, ctx, lang)}: ${WORDS[lang][c.is ? 'nee' : 'ja']}`
        : `${label(c, ctx, lang)}: ${WORDS[lang].niet} ${typeof c.is === 'string' ? optionText(c, c.is, ctx, lang) : c.is}`,
    kan: (c: Of<'is'>, q) =>
      typeof c.is === 'string'
        ? choiceKan(q, (o) => o === c.is)
        : typeof c.is === 'number'
          ? ((q.min ?? -Infinity) <= c.is && c.is <= (q.max ?? Infinity) ? 1 : 0) | (q.min === c.is && q.max === c.is ? 0 : 2)
          : 3,
  } satisfies Kind<Of<'is'>>,
  in: {
    evaluate: (c: Of<'in'>, ctx) => withFact(c, ctx, inTest),
    describe: (c: Of<'in'>, ctx, lang) =>
      `${label(c, ctx, lang)}: ${c.in.map((v) => optionText(c, v, ctx, lang)).join(` ${WORDS[lang].of} `)}`,
    negate: choiceNegate((c) => (c as Of<'in'>).in),
    kan: (c: Of<'in'>, q) => choiceKan(q, (o) => c.in.includes(o)),
  } satisfies Kind<Of<'in'>>,
  bevat: {
    evaluate: (c: Of<'bevat'>, ctx) => withFact(c, ctx, bevatTest),
    describe: (c: Of<'bevat'>, ctx, lang) =>
      `${label(c, ctx, lang)}: ${[c.bevat]
        .flat()
        .map((v) => optionText(c, v, ctx, lang))
        .join(` ${WORDS[lang].of} `)}`,
    negate: choiceNegate((c) => [(c as Of<'bevat'>).bevat].flat()),
    kan: (c: Of<'bevat'>, q) => choiceKan(q, (o) => [c.bevat].flat().includes(o)),
  } satisfies Kind<Of<'bevat'>>,
  minstens: {
    evaluate: numeric('minstens'),
    describe: numericDescribe('minstens'),
    negate: numericNegate('minstens'),
    kan: numericKan('minstens'),
  },
  hoogstens: {
    evaluate: numeric('hoogstens'),
    describe: numericDescribe('hoogstens'),
    negate: numericNegate('hoogstens'),
    kan: numericKan('hoogstens'),
  },
  onder: {
    evaluate: numeric('onder'),
    describe: numericDescribe('onder'),
    negate: numericNegate('onder'),
    kan: numericKan('onder'),
  },
  boven: {
    evaluate: numeric('boven'),
    describe: numericDescribe('boven'),
    negate: numericNegate('boven'),
    kan: numericKan('boven'),
  },
  vanaf: {
    evaluate: (c: Of<'vanaf'>, ctx) => withFact(c, ctx, vanafTest),
    describe: (c: Of<'vanaf'>, ctx, lang) => `${label(c, ctx, lang)}: ${WORDS[lang].vanaf} ${c.vanaf}`,
    negate: (c: Of<'vanaf'>, ctx, lang) => `${label(c, ctx, lang)}: ${WORDS[lang].voor} ${c.vanaf}`,
  } satisfies Kind<Of<'vanaf'>>,
  voor: {
    evaluate: (c: Of<'voor'>, ctx) => withFact(c, ctx, voorTest),
    describe: (c: Of<'voor'>, ctx, lang) => `${label(c, ctx, lang)}: ${WORDS[lang].voor} ${c.voor}`,
    negate: (c: Of<'voor'>, ctx, lang) => `${label(c, ctx, lang)}: ${WORDS[lang].vanaf} ${c.voor}`,
  } satisfies Kind<Of<'voor'>>,
};

export { CONDITION_KINDS } from '../dataset/condition-tree.js';

/** What the condition's kind does. */
export function kindOf(c: Condition): Kind<Condition> {
  return KINDS[kindName(c)]!;
}

/** Evaluate a condition to yes / no / unknown, with the unasked questions it waits for. */
export function evaluate(c: Condition, ctx: Context): Eval {
  return kindOf(c).evaluate(c, ctx);
}

/** A plain description of what the condition asks for, in `lang`. */
export function describe(c: Condition, ctx: Context, lang: Language): string {
  if ('tekst' in c && c.tekst) return (c.tekst as Text)[lang];
  return kindOf(c).describe(c, ctx, lang);
}

/** The condition turned around, as a plain phrase: no "niet: niet: ...". */
function negated(c: Condition, ctx: Context, lang: Language): string {
  const s = shapeOf(c);
  if (s.op === 'niet') return describe(s.part, ctx, lang);
  if (s.op !== 'leaf') return s.parts.map((x) => negated(x, ctx, lang)).join(` ${WORDS[lang][s.op === 'alle' ? 'of' : 'en']} `);
  const kind = kindOf(c);
  return kind.negate ? kind.negate(c, ctx, lang) : `${WORDS[lang].niet}: ${describe(c, ctx, lang)}`;
}

const flip = (t: Tri): Tri => (t === 'ja' ? 'nee' : t === 'nee' ? 'ja' : t);
const statusOf = (c: Condition, ctx: Context, neg: boolean): Tri => {
  const t = evaluate(c, ctx).tri;
  return neg ? flip(t) : t;
};

/** Parts that must all hold: all of them when they do, else the ones that fail or are open. */
function justifyAll(parts: Condition[], ctx: Context, neg: boolean): Criterion[] {
  const st = parts.map((x) => statusOf(x, ctx, neg));
  const keep = st.includes('nee') ? ['nee'] : ['ja', 'onbekend'];
  return parts.flatMap((x, i) => (keep.includes(st[i]!) ? justify(x, ctx, neg) : []));
}

/** Parts of which one must hold: the first one that does; else the open ones; else all. */
function justifyAny(parts: Condition[], ctx: Context, neg: boolean): Criterion[] {
  const st = parts.map((x) => statusOf(x, ctx, neg));
  const hit = st.indexOf('ja');
  if (hit >= 0) return justify(parts[hit]!, ctx, neg);
  const want: Tri = st.includes('onbekend') ? 'onbekend' : 'nee';
  return parts.flatMap((x, i) => (st[i] === want ? justify(x, ctx, neg) : []));
}

/** For a leaf that holds by some of its listed options: the ones the answer holds. */
function matched(c: Leaf, ctx: Context): string[] | undefined {
  const listed = optionsOf(c);
  if (listed.length < 2) return undefined;
  const a = ctx.answers[c.feit];
  const given = Array.isArray(a) ? a : typeof a === 'string' ? [a] : [];
  return listed.filter((v) => given.includes(v));
}

function leafText(c: Leaf, ctx: Context, neg: boolean, status: Tri, lang: Language): string {
  if (neg) return negated(c, ctx, lang);
  const hit = status === 'ja' ? matched(c, ctx) : undefined;
  // A leaf met by only some of its options says which ones; the dataset's own wording may
  // name the others ("moeite met reizen" when only walking was ticked).
  if (hit?.length) return `${label(c, ctx, lang)}: ${hit.map((v) => optionText(c, v, ctx, lang)).join(', ')}`;
  return describe(c, ctx, lang);
}

/**
 * Why a condition has its status, as a list of leaves, each with its own status: for all-of,
 * every part when it holds, else only the parts that fail (or are still open); for any-of, the
 * one part that holds, else the open parts, else every part. A `niet` turns the leaves below
 * it around (De Morgan), so each line is a plain statement. Every line's status is the
 * three-valued evaluation of the leaf it names: a met or failed line names an answer given.
 */
export function justify(c: Condition, ctx: Context, neg = false): Criterion[] {
  const kind = kindOf(c);
  if (kind.justify) return kind.justify(c, ctx, neg);
  const leaf = c as Leaf;
  const status = statusOf(c, ctx, neg);
  return [{ status, feit: leaf.feit, tekst: { nl: leafText(leaf, ctx, neg, status, 'nl'), en: leafText(leaf, ctx, neg, status, 'en') } }];
}

/**
 * The figures a condition uses on the check date's data: each leaf's threshold figures and the
 * norm behind a derived fact it names (each id once, in order).
 */
const figuresUsedCache = new WeakMap<object, WeakMap<Condition, readonly string[]>>();

/** The figures a condition uses: its thresholds' and its derived facts' norms (remembered per condition and dataset). */
export function figuresUsed(c: Condition, ctx: Context): readonly string[] {
  let cache = figuresUsedCache.get(ctx.derived);
  if (!cache) figuresUsedCache.set(ctx.derived, (cache = new WeakMap()));
  let ids = cache.get(c);
  if (!ids) {
    const found = new Set<string>();
    for (const { leaf } of leaves(c)) {
      const d = ctx.derived.get(leaf.feit);
      if (d) found.add(d.van);
      for (const id of figuresOf(leaf)) found.add(id);
    }
    cache.set(c, (ids = Object.freeze([...found])));
  }
  return ids;
}
