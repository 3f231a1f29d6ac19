/**
 * Session storage of the answers, only when the host opted in (`persist`): restored in a new
 * widget in the same tab, removed when the answers are cleared ("Opnieuw beginnen").
 */
import type { Answers } from '../../engine/types.js';
import type { Snapshot, View } from '../../flow/view.js';
import type { Host, ViewController } from './types.js';

const KEY = 'regelingenwijzer:antwoorden';

export class PersistController implements ViewController {
  constructor(private readonly host: Host & { persist: boolean }) {
    host.addController(this);
  }

  hostConnected(): void { /* all work happens on a new snapshot */ }

  /** The answers kept in this tab, if the host opted in. */
  restored(): Answers | undefined {
    if (!this.host.persist) return undefined;
    try { return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') ?? undefined; } catch { return undefined; }
  }

  changed(_v: View, _p: View | undefined, s: Snapshot): void {
    if (!this.host.persist) return;
    try {
      const a = s.context.answers;
      if (Object.keys(a).length) sessionStorage.setItem(KEY, JSON.stringify(a));
      else sessionStorage.removeItem(KEY);
    } catch { /* storage blocked: keep going without it */ }
  }
}
