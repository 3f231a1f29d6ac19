/**
 * The hand-over link: the page the widget is on, with the answers in the fragment only. A
 * fragment is never sent to a server (not in a request, not in a Referer), the query string is
 * left exactly as the host page had it. On the phone, `takeHandover` reads the fragment and at
 * once removes it from the address bar and the current history entry (history.replaceState),
 * so it does not linger there or in a bookmark made later.
 */
import type { Question } from '../dataset/model.js';
import { decodeHandover, encodeHandover, type Decoded, type Encoded, type HandoverState } from './codec.js';

/** The page URL with the fragment replaced by the encoded answers; path and query unchanged. */
export function buildHandoverLink(pageUrl: string, state: HandoverState, questions: readonly Question[]): Encoded & { link: string } {
  const encoded = encodeHandover(state, questions);
  const url = new URL(pageUrl);
  url.hash = encoded.fragment;
  return { ...encoded, link: url.href };
}

/** Whether a location's fragment is a hand-over link's (of any version). */
export function hasHandover(loc: Pick<Location, 'hash'> = location): boolean {
  return /^#rw\d+\./.test(loc.hash);
}

/**
 * Reads the hand-over fragment of this page and removes it from the address bar, keeping the
 * path, the query and the history state. Returns undefined, and touches nothing, when the
 * fragment is not a hand-over link (e.g. the host page's own anchor). A damaged link is removed
 * too: its result says why it could not be read.
 */
export function takeHandover(questions: readonly Question[], win: Pick<Window, 'location' | 'history'> = window): Decoded | undefined {
  if (!hasHandover(win.location)) return undefined;
  const decoded = decodeHandover(win.location.hash, questions);
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', pathname + search);
  return decoded;
}
