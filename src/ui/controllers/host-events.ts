/**
 * Events for the host page (bubbling, composed), sent from the view model so they cannot
 * disagree with the screen: `regelingenwijzer:step` per new screen, `regelingenwijzer:result`
 * with the ids on the result, `regelingenwijzer:error` (and the precise reason on the console)
 * when the data could not be loaded. They never carry answers.
 */
import type { View } from '../../flow/view.js';
import type { Host, ViewController } from './types.js';

export class HostEventsController implements ViewController {
  private key?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.key = undefined;
  }

  changed(v: View): void {
    if (v.key === this.key) return;
    this.key = v.key;
    void this.host.updateComplete.then(() => {
      this.emit('step', v.step);
      if (v.scherm === 'resultaat') this.emit('result', v.uitslag);
      if (v.scherm === 'fout') {
        console.error(...v.log);
        this.emit('error', v.fout);
      }
    });
  }

  private emit(name: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(`regelingenwijzer:${name}`, { detail, bubbles: true, composed: true }));
  }
}
