/**
 * The hand-over link: the page the widget is on, with the answers in the fragment only. A
 * fragment is never sent to a server (not in a request, not in a Referer); the query string is
 * left exactly as the host page had it. On the phone, the fragment is taken out of the address
 * bar at once (capture.ts) and decoded when the dataset is there.
 */
import type { Question } from '../dataset/model.js';
import { captureHandover } from './capture.js';
import { decodeHandover, encodeHandover, type Decoded, type Encoded, type HandoverState } from './codec.js';

export { captureHandover, hasHandover } from './capture.js';

/** The page URL with the fragment replaced by the encoded answers; path and query unchanged. */
export function buildHandoverLink(pageUrl: string, state: HandoverState, questions: readonly Question[]): Encoded & { link: string } {
  const encoded = encodeHandover(state, questions);
  const url = new URL(pageUrl);
  url.hash = encoded.fragment;
  return { ...encoded, link: url.href };
}

/**
 * captureHandover and decodeHandover in one: reads this page's hand-over fragment, removes it
 * from the address bar (also when it is damaged: the result says why it could not be read), and
 * decodes it for these questions. Undefined when the fragment is not a hand-over link.
 */
export function takeHandover(questions: readonly Question[], win: Pick<Window, 'location' | 'history'> = window): Decoded | undefined {
  const fragment = captureHandover(win);
  return fragment === undefined ? undefined : decodeHandover(fragment, questions);
}
