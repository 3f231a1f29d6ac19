/**
 * Session storage of the answers, only when the host opted in (`persist`): restored in a new
 * widget in the same tab, removed when the answers are cleared ("Opnieuw beginnen") and when
 * `persist` goes off. One key per widget: `regelingenwijzer:<path>#<id>` with the element's id
 * attribute, or `#<n>` with its position among the widgets of its name on the page (0, 1, ...),
 * so two widgets never prefill each other. `persist="false"` still turns it on (a boolean
 * attribute); the widget warns.
 */
import type { Answers } from '../../engine/types.js';
import type { Snapshot, View } from '../../flow/view.js';
import { warn } from '../settings.js';
import type { Host, ViewController } from './types.js';

export class PersistController implements ViewController {
  /** The key in use while persist is on. */
  private key?: string;
  private warned = false;

  constructor(private readonly host: Host & { persist: boolean }) {
    host.addController(this);
  }

  /** This widget's key: its id, else its position among the widgets of its name. */
  private keyOf(): string {
    const h = this.host;
    const at = h.id ? h.id : String([...document.querySelectorAll(h.localName)].indexOf(h));
    return `regelingenwijzer:${location.pathname}#${at}`;
  }

  hostUpdate(): void {
    const on = this.host.persist;
    if (!on && this.key) {
      try {
        sessionStorage.removeItem(this.key);
      } catch {
        /* storage blocked */
      }
      this.key = undefined;
    }
    if (on && !this.warned && this.host.getAttribute('persist') === 'false')
      warn(
        'persist="false" zet het bewaren juist aan; laat het attribuut weg om niets te bewaren. / turns storage on; remove the attribute to store nothing.',
        (this.warned = true),
      );
  }

  /** The answers kept for this widget in this tab, if the host opted in. */
  restored(): Answers | undefined {
    if (!this.host.persist) return undefined;
    this.key ??= this.keyOf();
    try {
      return JSON.parse(sessionStorage.getItem(this.key) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  }

  changed(_v: View, _p: View | undefined, s: Snapshot | undefined): void {
    if (!s || !this.host.persist) return;
    this.key ??= this.keyOf();
    try {
      const a = s.context.answers;
      if (Object.keys(a).length) sessionStorage.setItem(this.key, JSON.stringify(a));
      else sessionStorage.removeItem(this.key);
    } catch {
      /* storage blocked: keep going without it */
    }
  }
}
