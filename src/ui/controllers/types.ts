/** What the element tells its controllers on every snapshot: the screen and the machine state. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Snapshot, View } from '../../flow/view.js';

export interface ViewController extends ReactiveController {
  /**
   * A new screen: `view`, after `prev`; `snapshot` is the machine's, undefined while the
   * machine's code is still loading (the start screen or the loading line is up meanwhile).
   */
  changed(view: View, prev: View | undefined, snapshot: Snapshot | undefined): void;
}

export type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
