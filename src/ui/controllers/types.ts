/** What the element tells its controllers on every snapshot: the screen and the machine state. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Snapshot, View } from '../../flow/view.js';

export interface ViewController extends ReactiveController {
  /** A new snapshot of the machine; `view` is its screen, `prev` the screen before it. */
  changed(view: View, prev: View | undefined, snapshot: Snapshot): void;
}

export type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
