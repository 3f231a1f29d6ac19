/**
 * "Lees voor": which languages have a voice that runs on this device (`localService`), and
 * stopping the reading when the screen changes or the widget leaves the page. A network voice
 * is never used: speech must not leave the device. Reading itself (choosing the voice, the
 * text of a part) is loaded on demand from src/ui/read-aloud.ts; nothing starts by itself.
 */
import type { Language } from '../../dataset/model.js';
import type { View } from '../../flow/view.js';
import { speaks } from '../voices.js';
import type { Host, ViewController } from './types.js';

export class ReadAloudController implements ViewController {
  /** The label of the part being read, while it is read. */
  reading?: string;
  private local = new Set<Language>();
  private key?: string;
  private readonly voices = () => {
    const synth = globalThis.speechSynthesis;
    const next = new Set<Language>();
    for (const v of synth?.getVoices() ?? []) for (const l of ['nl', 'en'] as const) if (v.localService && speaks(v, l)) next.add(l);
    if ([...next].join() !== [...this.local].join()) {
      this.local = next;
      this.host.requestUpdate();
    }
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.speechSynthesis?.addEventListener('voiceschanged', this.voices);
    this.voices();
  }

  hostDisconnected(): void {
    globalThis.speechSynthesis?.removeEventListener('voiceschanged', this.voices);
    this.stop();
    this.key = undefined;
  }

  /** Whether "Lees voor" can be offered in `lang`. */
  can(lang: Language): boolean {
    return this.local.has(lang);
  }

  changed(v: View): void {
    if (v.key !== this.key) this.stop();
    this.key = v.key;
  }

  /** Stop reading (a new screen, another part, the widget gone). */
  stop(): void {
    if (this.reading === undefined) return;
    this.reading = undefined;
    globalThis.speechSynthesis?.cancel();
    this.host.requestUpdate();
  }

  /** Read `el` aloud in `lang`, or stop when `label` is being read. */
  async toggle(el: Element, label: string, lang: Language): Promise<void> {
    const again = this.reading === label;
    this.stop();
    if (again) return;
    const key = this.key;
    const { speak } = await import('../read-aloud.js');
    // The screen changed while the code loaded: read nothing.
    if (key !== this.key || !el.isConnected) return;
    this.reading = label;
    this.host.requestUpdate();
    const started = speak(el, lang, () => {
      if (this.reading === label) {
        this.reading = undefined;
        this.host.requestUpdate();
      }
    });
    if (!started) this.stop();
  }
}
