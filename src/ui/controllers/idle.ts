/**
 * A GP's screen clears itself (issue 22): in professional mode, after `wis-na` seconds without
 * any key, click, touch or wheel on the page (default 600), the widget clears exactly as
 * "Volgende patiënt" does. 30 seconds before (at once when the limit is shorter), a warning at
 * the top of the widget (`role="alert"`, sticky in view) says so; "Ga door" or any other action
 * keeps the journey and starts the count again. The warning moves no focus: the person did not act.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../../flow/view.js';
import type { Ui } from '../screens/common.js';
import type { Host, ViewController } from './types.js';

/** How long before clearing the warning shows. */
export const WARN_MS = 30_000;
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

export class IdleController implements ViewController {
  /** Seconds left when the warning showed; undefined while there is no warning. */
  warning?: number;
  private last = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private key?: string;
  private readonly onActivity = () => this.activity();

  /**
   * `limit()`: milliseconds of inactivity before clearing, or undefined when nothing should
   * clear (not professional, turned off, nothing on screen to clear). `clear()`: as "Volgende patiënt".
   */
  constructor(
    private readonly host: Host,
    private readonly limit: () => number | undefined,
    private readonly clear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const t of ACTIVITY) document.addEventListener(t, this.onActivity, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const t of ACTIVITY) document.removeEventListener(t, this.onActivity, { capture: true });
    clearTimeout(this.timer);
    this.warning = this.key = undefined;
  }

  changed(v: View): void {
    // A new screen is activity too (the person went on, or the host page changed a setting).
    if (v.key !== this.key) {
      this.key = v.key;
      this.last = performance.now();
    }
    this.arm();
  }

  /** The person did something: no warning, count again. */
  activity(): void {
    this.last = performance.now();
    if (this.warning !== undefined) {
      this.warning = undefined;
      this.host.requestUpdate();
    }
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    const ms = this.limit();
    if (ms === undefined) {
      if (this.warning !== undefined) this.activity();
      return;
    }
    const at = this.last + Math.max(0, ms - WARN_MS);
    this.timer = setTimeout(() => this.tick(), Math.max(0, at - performance.now()));
  }

  private tick(): void {
    const ms = this.limit();
    if (ms === undefined) return;
    const idle = performance.now() - this.last;
    if (idle >= ms) {
      this.warning = undefined;
      this.clear();
    } else if (idle >= ms - WARN_MS) {
      this.warning ??= Math.max(1, Math.round((ms - idle) / 1000));
      this.host.requestUpdate();
      this.timer = setTimeout(() => this.tick(), ms - idle);
    } else this.arm();
  }

  /** The warning, at the top of the widget. */
  render(ui: Ui): TemplateResult | typeof nothing {
    const { t } = ui;
    return this.warning === undefined
      ? nothing
      : html`<div class="idle-warning no-print" role="alert" data-wis-waarschuwing>
    <p>${t('wisNa.waarschuwing', { count: this.warning })}</p>
    <button type="button" class="primary" @click=${() => this.activity()}>${t('wisNa.gaDoor')}</button>
  </div>`;
  }
}
