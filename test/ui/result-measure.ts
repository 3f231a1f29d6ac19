/**
 * Measures what a person meets on the result screen: the height of its first view (nothing
 * opened) and the words it shows (visible text only: closed <details> and hidden parts do not
 * count). Used by test/ui/summary.test.ts and for the numbers in docs/toegankelijkheid.md.
 */
import { setViewport } from '@web/test-runner-commands';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import scenario46 from '../../regelingen/scenarios/46-huurachterstand-na-inkomensval.json';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { mount, picksOf, root, walkTo } from './helpers.js';

/** The money-worries journeys of issue 22 (topics "geld" and "schulden"). */
export const MONEY_WORRIES = [
  { naam: 'scenario 3 (betalingsachterstanden)', s: scenario3 },
  { naam: 'scenario 46 (huurachterstand na inkomensval)', s: scenario46 },
];

export interface Measure {
  /** Height of the widget in CSS px, as first shown. */
  height: number;
  /** Words in its visible text. */
  words: number;
  /** Sentences of more than 15 words in its visible text. */
  long: string[];
}

/** Words as a reader counts them: tokens with at least one letter or digit. */
export const wordsOf = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** The visible text's sentences (split at . ? ! and at line breaks, as innerText gives them). */
export const sentencesOf = (text: string) =>
  text
    .split(/\n+|;\s+|(?<=[.?!])\s+(?=\p{Lu}|\d)/u)
    .map((s) => s.trim())
    .filter(Boolean);

export function measure(el: RegelingenWizard): Measure {
  const wizard = root(el).querySelector<HTMLElement>('.wizard')!;
  const visible = wizard.innerText;
  return {
    height: Math.round(el.getBoundingClientRect().height),
    words: wordsOf(visible).length,
    long: sentencesOf(visible).filter((s) => wordsOf(s).length > 15),
  };
}

/** Walk the journey at width × height and measure the result's first view. */
export async function resultAt(
  s: { perspectief: string; datum: string; antwoorden: Record<string, unknown> },
  width = 1280,
  height = 900,
): Promise<{ el: RegelingenWizard; m: Measure }> {
  await setViewport({ width, height });
  const el = await mount({ perspective: s.perspectief, datum: s.datum });
  await walkTo(el, 'resultaat', picksOf(s.antwoorden));
  return { el, m: measure(el) };
}
