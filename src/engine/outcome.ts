/**
 * Outcome per regeling: past (likely), misschien (more information needed, with what is
 * missing) or past niet (with the failed criteria); and "met X van Y".
 */
import { allOf, anyOf, factsNamed, forEachLeaf, formulaInputs, leafOf, noneOf, shapeOf, type Of } from '../dataset/condition-tree.js';
import { ALL_TOPICS, inPerspective } from '../dataset/model.js';
import type { Condition, Figure, Precedence, Question, Regeling, Text } from '../dataset/schema.js';
import { birthMonthOf, comingWithin, inAYear } from './age.js';
import { evaluate, figuresUsed, justify } from './conditions.js';
import type { Eval } from './logic.js';
import { isAskable, isFixed, validEntries, validOn } from './facts.js';
import { missing } from './relevance.js';
import { today } from '../dataset/today.js';
import type { Context, Criterion, Outcome, Result, Tri } from './types.js';

/**
 * Valid on the check date: never offer an expired regeling. A crisis line that holds today
 * counts on any check date: the date chooses figures and rules, it never removes help that exists.
 */
export function isValid(r: Regeling, datum: string): boolean {
  return validOn(r, datum) || (!!r.crisis && validOn(r, today()));
}

/** The regelingen that count in this context (of `among`: by default the dataset's). */
export function applicable(ctx: Context, among: readonly Regeling[] = ctx.ds.regelingen): Regeling[] {
  return among.filter((r) => inPerspective(r, ctx.perspectief) && isValid(r, ctx.datum));
}

const effective = new WeakMap<Regeling, { key: string; condition: Condition }>();

/**
 * A condition that stays unknown whatever is asked: no question has this id. `een-van: [niet X,
 * STAYS_OPEN]` is yes when X is no, and unknown when X holds or is unknown; so a cap keeps its
 * questions relevant (answering them can lift it) and never turns an outcome into past niet.
 */
const STAYS_OPEN: Condition = leafOf('', 'is', true);

interface ActivePrecedence {
  p: Precedence;
  first: Regeling;
  condition: Condition;
}

/** The conditions of the regelingen that go first (valid on the check date), as they count. */
function precedences(r: Regeling, ctx: Context): ActivePrecedence[] {
  const out: ActivePrecedence[] = [];
  for (const p of r.voorrang ?? []) {
    const first = ctx.regelingen.get(p.regeling);
    if (!first || first === r || !isValid(first, ctx.datum)) continue;
    out.push({ p, first, condition: p.als ? allOf([first.voorwaarden, p.als]) : first.voorwaarden });
  }
  return out;
}

const isFirst = (x: ActivePrecedence) => x.p.soort === 'eerst';

/**
 * The condition the engine decides on: the regeling's own; for a regeling with topics, first
 * that one of its topics (or "alles") was chosen, so the topic question is asked like any other
 * and a regeling outside the chosen topics drops out; for each regeling that goes instead
 * (`voorrang`), that it does not fit, so its questions are asked too; and for each cap (a
 * regeling that comes first, `soort: "eerst"`, or a `misschienAls`), that it does not hold, else
 * at most misschien (see STAYS_OPEN).
 */
export function conditionOf(r: Regeling, ctx: Context, withTopic = true, withCaps = true): Condition {
  const topic = withTopic && ctx.topic && r.onderwerpen ? ctx.topic.id : '';
  const caps = withCaps ? r.misschienAls : undefined;
  if (!topic && !r.voorrang && !caps) return r.voorwaarden;
  const key = `${topic}|${ctx.datum}`;
  const cache = withTopic && withCaps;
  const hit = cache ? effective.get(r) : undefined;
  if (hit && hit.key === key) return hit.condition;
  const parts: Condition[] = [];
  if (topic) parts.push(leafOf(topic, 'bevat', [...r.onderwerpen!, ALL_TOPICS]));
  parts.push(r.voorwaarden);
  for (const x of precedences(r, ctx)) parts.push(isFirst(x) ? anyOf([noneOf(x.condition), STAYS_OPEN]) : noneOf(x.condition));
  for (const c of caps ?? []) parts.push(anyOf([noneOf(c.als), STAYS_OPEN]));
  const condition: Condition = parts.length === 1 ? r.voorwaarden : allOf(parts);
  if (cache) effective.set(r, { key, condition });
  return condition;
}

/**
 * Whether a regeling that does not fit now comes within a year: a `misschienAls` cap never makes
 * an outcome past niet, so it is left out here; else a cap that waits for a question nobody asks
 * a 17-year-old (work) would hide that begeleiding may fit from 18 on.
 */
function comesWithin(r: Regeling, ctx: Context, withTopic: boolean): ReturnType<typeof comingWithin> {
  const uncapped = conditionOf(r, ctx, withTopic, false);
  const coming = comingWithin(ctx, (c) => evaluate(uncapped, c));
  return coming?.maand && r.komtVanaf ? { maand: startMonth(coming.maand, r.komtVanaf) } : coming;
}

/** The month a regeling starts when the age is reached in `month` ("2027-02"): the month after, or the next quarter's first month. */
export function startMonth(month: string, from: NonNullable<Regeling['komtVanaf']>): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = from === 'maand-erna' ? m + 1 : Math.floor((m - 1) / 3) * 3 + 4;
  return `${y + Math.floor((next - 1) / 12)}-${String(((next - 1) % 12) + 1).padStart(2, '0')}`;
}

/** Whether the regeling's topic was chosen: 'nee' means it is left out of the result. */
export function inTopics(r: Regeling, ctx: Context): boolean {
  if (!ctx.topic || !r.onderwerpen) return true;
  const chosen = ctx.answers[ctx.topic.id];
  return !Array.isArray(chosen) || chosen.includes(ALL_TOPICS) || r.onderwerpen.some((t) => chosen.includes(t));
}

const OUTCOME: Record<Eval['tri'], Outcome> = { ja: 'past', nee: 'past-niet', onbekend: 'misschien' };

/** One criterion as the person reads it: a condition (under `neg` negations) and its status. */
interface Item {
  c: Condition;
  neg: boolean;
  status: Tri;
  /** A group: one of these is needed and none holds. */
  alternatives?: Condition[];
}

const flip = (t: Tri): Tri => (t === 'ja' ? 'nee' : t === 'nee' ? 'ja' : t);
const statusOf = (c: Condition, ctx: Context, neg: boolean): Tri => (neg ? flip : (t: Tri) => t)(evaluate(c, ctx).tri);

/**
 * Whether a condition fails only on facts the person cannot change (an age, a past event, the
 * household): every failing line names a fixed fact. An alternative that also fails on something
 * the person chose (a topic, a need) stays the more likely reason.
 */
const failsOnFixed = (c: Condition, ctx: Context, neg: boolean) => {
  const failing = justify(c, ctx, neg).filter((l) => l.status === 'nee');
  return failing.length > 0 && failing.every((l) => !!l.feit && isFixed(ctx, l.feit));
};

/**
 * The criteria as the person reads them, each counted once. An all-of (and a `niet` over an
 * any-of) opens into its parts. An any-of is one criterion: when it holds, the alternative that
 * holds opens in its place; when it is open, it stays one criterion with its open lines; when
 * none holds, the alternatives the person could still meet form one group ("voldoet aan geen van
 * deze"). An alternative that fails on a fact the person cannot change ("jonger dan 18" for a
 * parent) is left out while another remains; when one remains, it opens in the group's place.
 */
function itemsOf(c: Condition, ctx: Context, neg = false): Item[] {
  const s = shapeOf(c);
  if (s.op === 'leaf') return [{ c, neg, status: statusOf(c, ctx, neg) }];
  // A negation with its own wording is one line (justify gives it), unless negated again.
  if (s.op === 'niet') return (c as Of<'niet'>).tekst && !neg ? [{ c, neg, status: statusOf(c, ctx, neg) }] : itemsOf(s.part, ctx, !neg);
  if ((s.op === 'alle') !== neg) return s.parts.flatMap((x) => itemsOf(x, ctx, neg));
  const status = statusOf(c, ctx, neg);
  if (status === 'ja') return itemsOf(s.parts.find((x) => statusOf(x, ctx, neg) === 'ja')!, ctx, neg);
  if (status === 'onbekend') return [{ c, neg, status }];
  const open = s.parts.filter((x) => !failsOnFixed(x, ctx, neg));
  const shown = open.length ? open : s.parts;
  return shown.length === 1 ? itemsOf(shown[0]!, ctx, neg) : [{ c, neg, status, alternatives: shown }];
}

const JOIN = { en: { nl: 'en', en: 'and' }, of: { nl: 'of', en: 'or' } } as const;
/** Phrases joined in one sentence: "Jonger dan 18 en zoekt hulp" (a later phrase starts small). */
function joined(texts: Criterion['tekst'][], word: keyof typeof JOIN): Criterion['tekst'] {
  const small = (t: string) => (/^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
  const one = (lang: 'nl' | 'en') => texts.map((t, i) => (i ? small(t[lang]) : t[lang])).join(` ${JOIN[word][lang]} `);
  return { nl: one('nl'), en: one('en') };
}

/** One alternative of a group as one phrase: its lines joined with "en". */
export const alternativeText = (lines: Criterion[]): Criterion['tekst'] =>
  joined(
    lines.map((l) => l.tekst),
    'en',
  );

/** The lines of one criterion: a leaf's line, an open any-of's open lines, or a group as one line. */
function linesOf(x: Item, ctx: Context): Criterion[] {
  if (!x.alternatives) return justify(x.c, ctx, x.neg);
  const of = x.alternatives.map((a) => justify(a, ctx, x.neg).filter((l) => l.status === 'nee'));
  return [{ status: 'nee', tekst: joined(of.map(alternativeText), 'of'), of }];
}

/** The quick decision only: used by question choice on every step. */
export function decide(r: Regeling, ctx: Context): Eval {
  return evaluate(conditionOf(r, ctx), ctx);
}

/**
 * Full result with explanations, for the result page. Every criterion line names a fact with
 * the status its answer gives (see `justify`); a regeling that goes first adds a line with its
 * reason. `onbekend` (misschien only) lists the questions that can still settle it and those
 * answered "weet ik niet" that keep it open.
 */
export function explain(r: Regeling, ctx: Context, withTopic = true): Result {
  const condition = conditionOf(r, ctx, withTopic);
  const m = missing(condition, ctx);
  const tri = m.tri;
  // The lines of the precedence rules and caps that apply; the criterion lines come before them.
  const extra: Criterion[] = [];
  let voorrang: Result['voorrang'];
  for (const x of precedences(r, ctx)) {
    const first = evaluate(x.condition, ctx).tri;
    if (first === 'nee') continue;
    // A regeling that comes instead and fits makes this one fail; one that comes first (or
    // may fit) leaves this one open, with the reason.
    const zeker = first === 'ja' && !isFirst(x);
    extra.push({ status: zeker ? 'nee' : 'onbekend', tekst: x.p.reden });
    if (!voorrang || (zeker && !voorrang.zeker)) voorrang = { regeling: x.first, reden: x.p.reden, zeker };
  }
  let cap: Result['voorbehoud'];
  for (const c of r.misschienAls ?? []) {
    if (evaluate(c.als, ctx).tri === 'nee') continue;
    extra.push({ status: 'onbekend', tekst: c.reden });
    cap ??= c.reden;
  }
  const urgent = tri !== 'nee' && !!r.urgentAls && evaluate(r.urgentAls, ctx).tri === 'ja';
  // Conditions met but the widget cannot compute the rest (e.g. an income limit that is not
  // published as one number): misschien, with the reason in the regeling's `voorbehoud`.
  const capped = tri === 'ja' && !!r.voorbehoud;
  const uitkomst = capped ? 'misschien' : OUTCOME[tri];
  const voorbehoud = capped ? r.voorbehoud : uitkomst === 'misschien' ? cap : undefined;
  // A misschien says what is still open: with every criterion met, that is the voorbehoud, as a
  // "?" line (a cap's reason is one already).
  if (capped) extra.push({ status: 'onbekend', tekst: r.voorbehoud! });
  const stale = uitkomst === 'misschien' ? staleFigures(r.voorwaarden, ctx) : undefined;
  // past niet now; does it come within a year as the person gets older?
  const komt = uitkomst === 'past-niet' && namesAge(condition, ctx) ? comesWithin(r, ctx, withTopic) : undefined;
  const kostenLoket = r.kosten && uitkomst !== 'past-niet' ? ctx.counters.get(r.kosten.loket) : undefined;
  // The criteria and their lines (a text per condition leaf) are worked out when first read: a
  // result screen shows a few cards of thousands of regelingen, and only those need them (issue 24).
  let read: { items: Item[]; criteria: Criterion[] } | undefined;
  const lazy = () => {
    if (read) return read;
    // A fact is said once: two criteria on the same answer can read the same ("Huishouden:
    // Alleen met kinderen" for "kinderen in het huishouden" and for "zonder partner"); a line
    // that repeats an earlier one with the same status is left out, and a criterion with no
    // line left is not counted either.
    const said = new Set<string>();
    const items: Item[] = [];
    const lines: Criterion[] = [];
    for (const x of itemsOf(r.voorwaarden, ctx)) {
      const own = linesOf(x, ctx).filter((l) => {
        const key = `${l.status}|${l.tekst.nl}|${l.tekst.en}`;
        if (said.has(key)) return false;
        said.add(key);
        return true;
      });
      if (!own.length) continue;
      items.push(x);
      // "Past niet" names only what is not met: never a met or open line beside the reason.
      if (uitkomst !== 'past-niet' || x.status === 'nee') lines.push(...own);
    }
    return (read = { items, criteria: [...lines, ...extra] });
  };
  return {
    regeling: r,
    uitkomst,
    voorbehoud,
    get criteria() {
      return lazy().criteria;
    },
    get voldaan() {
      return lazy().items.filter((x) => x.status === 'ja').length + extra.filter((x) => x.status === 'ja').length;
    },
    get totaal() {
      return lazy().items.length + extra.length;
    },
    onbekend: tri === 'onbekend' ? [...new Set([...m.open, ...m.weetNiet])] : [],
    urgent,
    ...(voorrang ? { voorrang } : {}),
    ...(stale ? { cijfersTot: stale } : {}),
    ...(komt ? { komt } : {}),
    // whose bijdrage: a carer or GP reads that the person pays, not "u betaalt"
    ...(kostenLoket ? { kosten: { tekst: kostenTekst(r.kosten!, ctx.perspectief), loket: kostenLoket } } : {}),
  };
}

/** The costs text for this reader: a carer's or GP's own wording where the regeling has one. */
function kostenTekst(k: NonNullable<Regeling['kosten']>, perspectief: string): Text {
  return (k.tekstPerspectief as Record<string, Text | undefined> | undefined)?.[perspectief] ?? k.tekst;
}

/** Whether a condition names an age in whole years that has a birth-month question (age.ts). */
function namesAge(c: Condition, ctx: Context): boolean {
  let found = false;
  forEachLeaf(c, (leaf) => {
    found ||= !!birthMonthOf(ctx, leaf.feit) && typeof ctx.answers[leaf.feit] === 'number';
  });
  return found;
}

/**
 * Asked when nothing else is left to ask, before the birth month: a question that a regeling
 * needs which does not fit now only because of an age the person reaches within a year (a
 * 17-year-old and zorgtoeslag at 18: the income and savings; a 66-year-old and the AIO at the
 * AOW age: whether the AOW will be full). Without it, `komt` cannot say the regeling comes (it
 * never promises on questions nobody asked), and the result said "past niet" on the age alone
 * (panel round 14). Only regelingen that belong to that transition (`vooruitVragen`: else a
 * 17-year-old with anxiety is asked about work and sickness for the WIA at 18), in the chosen
 * topics, and only questions that can still change the outcome twelve months on (relevance.ts).
 * Undefined when no age was given. `inScope`: as for `amountQuestion`.
 */
export function comingQuestion(ctx: Context, inScope: readonly Regeling[] = applicable(ctx)): Question | undefined {
  let aged = false;
  for (const q of ctx.questions.values()) aged ||= !!q.geboortemaand && typeof ctx.answers[q.id] === 'number';
  if (!aged) return undefined;
  const then = inAYear(ctx);
  for (const r of inScope) {
    if (!r.vooruitVragen || !inTopics(r, ctx)) continue;
    const uncapped = conditionOf(r, ctx, true, false);
    if (!namesAge(uncapped, ctx) || evaluate(conditionOf(r, ctx), ctx).tri !== 'nee') continue;
    const ask = missing(uncapped, then).open.find((id) => ctx.answers[id] === undefined && isAskable(ctx, id));
    if (ask) return ctx.questions.get(ask);
  }
  return undefined;
}

/**
 * Asked last, when nothing else is left to ask: the birth-month question, if a regeling in scope
 * comes within a year as the person gets older and the answers do not say from which month (a
 * 17-year-old and huurtoeslag at 18). Then the result can say "vanaf februari 2027" instead of
 * "binnen een jaar". Undefined otherwise, at once when no age was given or its month is known.
 * `inScope`: as for `amountQuestion`.
 */
export function monthQuestion(ctx: Context, inScope: readonly Regeling[] = applicable(ctx)): Question | undefined {
  let ask: Question | undefined;
  for (const q of ctx.questions.values()) {
    if (!q.geboortemaand || typeof ctx.answers[q.id] !== 'number' || ctx.answers[q.geboortemaand] !== undefined) continue;
    if (isAskable(ctx, q.geboortemaand)) ask = ctx.questions.get(q.geboortemaand);
  }
  if (!ask) return undefined;
  for (const r of inScope) {
    const c = conditionOf(r, ctx);
    if (namesAge(c, ctx) && evaluate(c, ctx).tri === 'nee' && comesWithin(r, ctx, true)) return ask;
  }
  return undefined;
}

/**
 * Asked after everything else (after the birth month): a question that only the amount of a
 * regeling needs, once that regeling fits (the employer's hours a week for a loonkostenvoordeel).
 * It never changes an outcome, so a person who skips it still gets the same result, without the
 * amount. Undefined when no fitting regeling in scope waits for such an answer. `inScope`: the
 * regelingen that count in this context (`applicable`), when the caller has them already.
 */
export function amountQuestion(ctx: Context, inScope: readonly Regeling[] = applicable(ctx)): Question | undefined {
  for (const r of inScope) {
    if (!r.bedrag || !inTopics(r, ctx)) continue;
    const ask = formulaInputs(r.bedrag.formule).feiten.find((id) => ctx.answers[id] === undefined && isAskable(ctx, id));
    if (ask && decide(r, ctx).tri === 'ja') return ctx.questions.get(ask);
  }
  return undefined;
}

/**
 * A misschien the dataset keeps quiet (`nietTonenAls`): its `als` holds (not merely may hold) and
 * a fact it names is still unknown. E.g. WIA for the parent of a carer under 18 who does not
 * know the parent's work (panel rounds 14 and 15): for that reader it is noise, not a lead. Once
 * the fact is known the regeling shows as usual; a past or past niet is never kept quiet.
 */
export function isQuiet(res: Result, ctx: Context): boolean {
  if (res.uitkomst !== 'misschien' || !res.regeling.nietTonenAls) return false;
  return res.regeling.nietTonenAls.some((q) => evaluate(q.als, ctx).tri === 'ja' && q.onbekend.some((f) => res.onbekend.includes(f)));
}

/**
 * Every regeling in scope (perspective, date, chosen topics), explained; then the broad national
 * checks (`breed`) outside the chosen topics that the answers given make fit or may fit. Those
 * never add a question; they are marked `buitenOnderwerpen`. Not on a danger-now result (a crisis
 * line fits): there they stood between the crisis help and the rest (panel round 6: kindgebonden
 * budget on a result led by Veilig Thuis). The person did not ask for them, and "Ook andere
 * onderwerpen bekijken" still brings them in. A misschien the dataset keeps quiet for this reader
 * (`nietTonenAls`, see isQuiet) is left out.
 */
export function explainAll(ctx: Context): Result[] {
  const inScope: Result[] = [];
  const outside: Regeling[] = [];
  for (const r of applicable(ctx)) {
    if (inTopics(r, ctx)) {
      const res = explain(r, ctx);
      if (!isQuiet(res, ctx)) inScope.push(res);
    } else if (r.breed) outside.push(r);
  }
  if (inScope.some((x) => x.regeling.crisis && x.uitkomst === 'past')) return inScope;
  const broad: Result[] = [];
  for (const r of outside) {
    // Only where the answers given already say much about it (e.g. zorgtoeslag once income
    // and assets are known): more than half of the facts it names were answered.
    const named = [...new Set(factsNamed(r.voorwaarden))];
    const known = named.filter(
      (f) => ctx.answers[f] !== undefined || (ctx.derived.has(f) && ctx.answers[ctx.derived.get(f)!.deel] !== undefined),
    );
    if (known.length * 2 <= named.length) continue;
    const res = explain(r, ctx, false);
    if (res.uitkomst !== 'past-niet' && !isQuiet(res, ctx)) broad.push({ ...res, buitenOnderwerpen: true });
  }
  return [...inScope, ...broad];
}

/**
 * When the check date lies past every entry of a figure the condition needs (no successor in
 * this version of the dataset): the last date the dataset has figures for, JJJJ-MM-DD. Such a
 * figure is never used stale; the comparison stays unknown and the result says why.
 */
function staleFigures(c: Condition, ctx: Context): string | undefined {
  let last: string | undefined;
  for (const id of figuresUsed(c, ctx)) {
    const f = ctx.figures.get(id);
    const end = f && staleEnd(f, ctx);
    if (end && (!last || end > last)) last = end;
  }
  return last;
}

const staleEnds = new WeakMap<Figure, Map<string, string | null>>();

/** The last end date of a figure whose every entry ended before the check date; null otherwise (per figure and date). */
function staleEnd(f: Figure, ctx: Context): string | null {
  let perDate = staleEnds.get(f);
  if (!perDate) staleEnds.set(f, (perDate = new Map()));
  let end = perDate.get(ctx.datum);
  if (end === undefined) {
    const ends = f.waarden.map((w) => w.geldigTot).filter((d): d is string => !!d && d < ctx.datum);
    end = validEntries(ctx, f).length || ends.length !== f.waarden.length ? null : ends.sort().at(-1)!;
    perDate.set(ctx.datum, end);
  }
  return end;
}

/**
 * The year whose amounts and limits the shown results were checked with, e.g. ["2026"]: the year
 * of the check date, when a figure the shown results use has a value valid on that date. Not the
 * year that value started: the AOW age of 67 holds from 2024 to 2027, and on a 2026 check date it
 * is 2026's AOW age (counting start years made a 2026 result say "de bedragen van 2024"). A
 * figure past its last date counts for nothing here; that result says up to which date the
 * dataset has figures (`cijfersTot`). Empty when the shown results use no figure valid today.
 */
export function figureYears(ctx: Context, results: readonly Result[]): string[] {
  const ids = new Set(results.filter((r) => r.uitkomst !== 'past-niet').flatMap((r) => figuresUsed(r.regeling.voorwaarden, ctx)));
  for (const id of ids) {
    const f = ctx.figures.get(id);
    if (f && validEntries(ctx, f).length) return [ctx.datum.slice(0, 4)];
  }
  return [];
}
