/**
 * Focus and announcements. The widget never takes the host page's focus or scroll position: on
 * load nothing moves. Once the person acted in the widget, every new screen moves focus to its
 * heading and is announced in the live region. Focus waits until the new screen is painted, so
 * it never forces a style recalculation of a large, unpainted result.
 */
import type { View } from '../../flow/view.js';
import type { Host, ViewController } from './types.js';

export class FocusController implements ViewController {
  /** Whether the live region announces the current screen's heading (after the person acted). */
  announce = false;
  private acted = false;
  private key?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The person acted in the widget: from now on focus follows the screen. */
  act(): void {
    this.acted = true;
  }

  hostDisconnected(): void {
    this.acted = this.announce = false;
    this.key = undefined;
  }

  changed(v: View): void {
    if (v.key === this.key) return;
    this.key = v.key;
    if (!this.acted) return;
    this.announce = true;
    let moved = false;
    const go = () => {
      if (this.key === v.key && !moved) this.host.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
      moved = true;
    };
    // After the next frame is painted (a hidden tab paints no frame: then after a short wait).
    void this.host.updateComplete.then(() => {
      requestAnimationFrame(() => setTimeout(go));
      setTimeout(go, 200);
    });
  }

  /** Focus the first link of the error summary (after a refused answer). */
  summary(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.error-summary a')?.focus());
  }
}
