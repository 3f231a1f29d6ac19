import type { Condition, Counter, Dataset, Text, Derived, Figure, Perspective, Question, Regeling } from '../dataset/schema.js';
import type { Eval, Tri } from './logic.js';

/** An answer. `null` is "Weet ik niet": a real answer that gives unknown, never no. */
export type Answer = boolean | number | string | string[] | null;
export type Answers = Readonly<Record<string, Answer>>;

/** Three-valued (Kleene) truth (defined with the logic). */
export type { Tri } from './logic.js';

export interface Options {
  perspectief: Perspective;
  /** The date the check runs on, JJJJ-MM-DD (default: today). */
  datum?: string;
}

export interface Context {
  readonly ds: Dataset;
  readonly answers: Answers;
  readonly perspectief: Perspective;
  readonly datum: string;
  readonly questions: ReadonlyMap<string, Question>;
  readonly derived: ReadonlyMap<string, Derived>;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly counters: ReadonlyMap<string, Counter>;
  readonly regelingen: ReadonlyMap<string, Regeling>;
  /** The question that asks what someone seeks help with (topics), if the dataset has one. */
  readonly topic?: Question;
  /**
   * The condition evaluator (conditions.ts), injected so that facts.ts can select a figure by
   * its `als` without importing the evaluator (no import cycle).
   */
  readonly evaluate: (c: Condition, ctx: Context) => Eval;
  /**
   * Only when asking whether a regeling comes within a year (age.ts): ages as they will be this
   * many months after the check date, and `leeftijdZeker`: an age limit counts as passed only
   * when it is passed for every exact age the answers allow.
   */
  readonly maandenVerder?: number;
  readonly leeftijdZeker?: boolean;
}

/** Outcome of one regeling: likely, more information needed, or not eligible. */
export type Outcome = 'past' | 'misschien' | 'past-niet';

/** One criterion of a regeling with its state, for "met X van Y" and the reasons. */
export interface Criterion {
  status: Tri;
  tekst: { nl: string; en: string };
  /** The fact the line is about (its answer gives the status); absent for a precedence line and a group. */
  feit?: string;
  /**
   * A group: one of these alternatives is needed and none holds ("Voldoet aan geen van deze").
   * Each alternative is the lines that fail in it; `tekst` joins them with "of".
   */
  of?: Criterion[][];
}

export interface Result {
  regeling: Regeling;
  uitkomst: Outcome;
  criteria: Criterion[];
  /**
   * The criteria as the person reads them (see `criteria`): how many are met, and how many
   * there are. A group of alternatives counts as one; "past niet" shows the ones not met.
   */
  voldaan: number;
  totaal: number;
  /** Facts still missing for `misschien`: not asked yet or answered "weet ik niet". */
  onbekend: string[];
  urgent: boolean;
  /** Why a regeling whose conditions are met is still misschien (from the dataset). */
  voorbehoud?: Text;
  /**
   * A regeling that goes first fits (`zeker`: then this one does not) or may fit (then this
   * one is at most misschien): where the person gets it instead, and why.
   */
  voorrang?: { regeling: Regeling; reden: Text; zeker: boolean };
  /**
   * The check date lies past the last figure this regeling needs: the dataset holds figures up
   * to this date (JJJJ-MM-DD), so the outcome is at most misschien.
   */
  cijfersTot?: string;
  /** What the help costs and which counter bills it (e.g. the Wmo eigen bijdrage via the CAK), when it fits or may fit. */
  kosten?: { tekst: Text; loket: Counter };
  /** Shown although none of its topics was chosen: a broad check the answers already touch. */
  buitenOnderwerpen?: boolean;
  /**
   * Past niet now, but it will fit within twelve months because the person gets older (a
   * 17-year-old and huurtoeslag at 18): `maand` (JJJJ-MM) is the month it starts, when the
   * birth month was given; without it, "binnen een jaar". Never a month nobody gave.
   */
  komt?: { maand?: string };
}
