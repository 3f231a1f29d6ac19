/**
 * Focus and announcements. The widget never takes the host page's focus or scroll position: on
 * load nothing moves, and a setting the host page changes (a new `gemeente` mid-journey) moves
 * nothing either, unless focus was already in the widget. Once the person acted in the widget,
 * every new screen moves focus to its heading and is announced in the live region; a screen on
 * which a crisis line first shows moves focus to the crisis help instead (it is at the top, so it
 * scrolls into view) and announces it before the question. Focus waits until the new screen is
 * painted, so it never forces a style recalculation of a large, unpainted result.
 */
import type { View } from '../../flow/view.js';
import type { Host, ViewController } from './types.js';

export class FocusController implements ViewController {
  /** Whether the live region announces the current screen's heading (after the person acted). */
  announce = false;
  /** Whether a crisis line shows for the first time on this screen: announced and focused first. */
  crisisFirst = false;
  private acted = false;
  /** Counts focus moves asked for: a later one cancels a pending earlier one. */
  private turn = 0;
  private key?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The person acted in the widget: from now on focus follows the screen. */
  act(): void {
    this.acted = true;
  }

  /**
   * The host page changed a setting (the widget restarts): focus keeps following the screen only
   * when it is in the widget now; otherwise nothing moves until the person acts again.
   */
  hostChanged(): void {
    this.acted = this.announce = document.activeElement === this.host || this.host.contains(document.activeElement);
  }

  hostDisconnected(): void {
    this.acted = this.announce = false;
    this.key = undefined;
  }

  changed(v: View, prev?: View): void {
    if (v.key === this.key) return;
    this.key = v.key;
    if (!this.acted) return;
    this.announce = true;
    const before = new Set(prev?.crisis.map((r) => r.loket.id));
    this.crisisFirst = v.crisis.some((r) => !before.has(r.loket.id));
    const crisis = this.crisisFirst;
    let moved = false;
    const turn = ++this.turn;
    const go = () => {
      // Not when the person already acted on this screen (an error summary took focus meanwhile).
      if (this.key === v.key && !moved && turn === this.turn) {
        const root = this.host.renderRoot;
        const h = root.querySelector<HTMLElement>(crisis ? '#crisis-kop' : '[data-heading]');
        // The whole crisis help in view, from its top edge: not just its heading.
        if (crisis) h?.parentElement?.scrollIntoView({ block: 'start' });
        h?.focus({ preventScroll: crisis });
      }
      moved = true;
    };
    // After the next frame is painted (a hidden tab paints no frame: then after a short wait).
    void this.host.updateComplete.then(() => {
      requestAnimationFrame(() => setTimeout(go));
      setTimeout(go, 200);
    });
  }

  /**
   * Move focus to `selector` on this screen after the next render, because the person acted here
   * (opened a part, answered "Nee", a refused answer's error summary). It cancels a pending move
   * to the screen's heading, so that a late heading focus never takes focus back from it.
   */
  to(selector: string): Promise<void> {
    const turn = ++this.turn;
    const move = () => {
      if (turn === this.turn) this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    };
    // Nothing to render (a link in the error summary): at once, as a link would.
    if (!(this.host as Host & { isUpdatePending?: boolean }).isUpdatePending) return Promise.resolve(move());
    return this.host.updateComplete.then(move);
  }

  /** Focus the first link of the error summary (after a refused answer). */
  summary(): void {
    void this.to('.error-summary a');
  }
}
