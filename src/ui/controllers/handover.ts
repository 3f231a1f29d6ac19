/**
 * "Verder op uw telefoon": a hand-over link's fragment is taken out of the address bar as soon
 * as the widget's module runs (history.replaceState), before the dataset loads, so it does not
 * linger in the address bar, the history entry or a bookmark. The first widget that starts with
 * the feature on gets it, once; the codec is loaded only then (src/flow/handover.ts).
 */
import { captureHandover } from '../../handover/capture.js';

let captured = typeof window === 'undefined' ? undefined : captureHandover();

/** The captured fragment (`#rw1.…`), once; undefined afterwards or when there was none. */
export function takeCapturedHandover(): string | undefined {
  const f = captured;
  captured = undefined;
  return f;
}
