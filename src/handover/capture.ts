/**
 * The few lines the widget runs at once when its module loads, before the dataset is there and
 * before anything else: is there a hand-over fragment, and if so, take it out of the address bar
 * (history.replaceState) so it does not linger there, in the history entry, or for a script of
 * the host page that reads location later. The text is kept in memory only and decoded once the
 * dataset has loaded (codec.ts, loaded on demand). No codec code here: this stays a few hundred
 * bytes in the main bundle.
 */

/** The start of every hand-over fragment, of any version: `#rw<version>.`. */
const HANDOVER = /^#rw\d+\./;

/** Whether a location's fragment is a hand-over link's (of any version). */
export function hasHandover(loc: Pick<Location, 'hash'> = location): boolean {
  return HANDOVER.test(loc.hash);
}

/**
 * Takes the hand-over fragment out of the address bar and returns it (with '#'), keeping the
 * path, the query and the history state; undefined, touching nothing, when the fragment is not
 * a hand-over link (e.g. the host page's own anchor). Call it once, as early as possible.
 */
export function captureHandover(win: Pick<Window, 'location' | 'history'> = window): string | undefined {
  if (!hasHandover(win.location)) return undefined;
  const { hash, pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', pathname + search);
  return hash;
}

/**
 * The fragment this module found when it first ran: a hand-over link's fragment is taken out of
 * the address bar as soon as the widget's module runs, before the dataset loads. The first
 * widget that starts with the feature on gets it, once; the codec is loaded only then
 * (src/flow/load.ts).
 */
let captured = typeof window === 'undefined' ? undefined : captureHandover();

const listeners = new Set<() => void>();

/**
 * Calls `fn` when a hand-over link is opened in this tab without a reload (the fragment changed,
 * `hashchange`): the fragment is already out of the address bar and waits for
 * takeCapturedHandover(), as on a fresh load. Returns the way to stop listening.
 */
export function onHandover(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

if (typeof window !== 'undefined')
  window.addEventListener('hashchange', () => {
    const fragment = captureHandover();
    if (fragment === undefined) return;
    captured = fragment;
    for (const fn of [...listeners]) fn();
  });

/** The captured fragment (`#rw1.…`), once; undefined afterwards or when there was none. */
export function takeCapturedHandover(): string | undefined {
  const f = captured;
  captured = undefined;
  return f;
}
