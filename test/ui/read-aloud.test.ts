/**
 * "Lees voor" (issue 22) with the speech API stubbed: it uses only a voice that runs on the
 * device (`localService`), never a network voice; it is hidden when the language has no such
 * voice; it never starts by itself; and it stops when the screen changes.
 */
import { expect } from '@open-wc/testing';
import '../../src/ui/read-aloud.js';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { answer, button, heading, mount, nl, picksOf, root, until, walkTo } from './helpers.js';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}
const voice = (name: string, lang: string, localService: boolean, isDefault = false): FakeVoice => ({
  name,
  lang,
  localService,
  default: isDefault,
  voiceURI: name,
});

/** A speech synthesis that records what it is asked to say, and with which voice. */
class FakeSynth extends EventTarget {
  spoken: { text: string; voice: FakeVoice | null; lang: string }[] = [];
  cancelled = 0;
  constructor(public voices: FakeVoice[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: { text: string; voice: FakeVoice | null; lang: string }) {
    this.spoken.push({ text: u.text, voice: u.voice, lang: u.lang });
  }
  cancel() {
    this.cancelled++;
  }
}
class FakeUtterance {
  voice: FakeVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(public text: string) {}
}

let synth: FakeSynth;
const saved = {
  synth: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
  utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
};
function install(voices: FakeVoice[]): void {
  synth = new FakeSynth(voices);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
}
afterEach(() => {
  for (const [k, d] of [
    ['speechSynthesis', saved.synth],
    ['SpeechSynthesisUtterance', saved.utterance],
  ] as const) {
    if (d) Object.defineProperty(window, k, d);
    else delete (window as unknown as Record<string, unknown>)[k];
  }
});

const buttons = (el: RegelingenWizard) => [...root(el).querySelectorAll<HTMLButtonElement>('button[data-lees]')];

describe('"Lees voor"', () => {
  it('reads the question with the local Dutch voice, never the network voice, and stops on the next screen', async () => {
    // The network voice is the default and listed first: it must still not be used.
    install([voice('Google Nederlands', 'nl-NL', false, true), voice('Local English', 'en-GB', true), voice('Lokale stem', 'nl_NL', true)]);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    expect(synth.spoken, 'never starts by itself').to.deep.equal([]);
    const [read] = buttons(el);
    expect(read!.textContent).to.contain(nl.voorlezen.knop);
    read!.click();
    await until(el, () => synth.spoken.length === 1);
    expect(synth.spoken[0]!.voice!.name).to.equal('Lokale stem');
    expect(synth.spoken[0]!.voice!.localService).to.equal(true);
    expect(synth.spoken[0]!.text).to.contain(heading(el));
    expect(synth.spoken[0]!.text, 'the choices are read').to.contain('Schulden');
    expect(synth.spoken[0]!.text, 'not the button itself').not.to.contain(nl.voorlezen.knop);
    await until(el, () => buttons(el)[0]!.getAttribute('aria-pressed') === 'true');
    expect(buttons(el)[0]!.textContent).to.contain(nl.voorlezen.stop);
    // The next screen stops the reading.
    const cancelled = synth.cancelled;
    root(el).querySelector<HTMLInputElement>('input[name="antwoord"][value="geld"]')!.click();
    root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await until(el, () => synth.cancelled > cancelled);
    await until(el, () => buttons(el)[0]?.getAttribute('aria-pressed') === 'false');
    expect(synth.spoken).to.have.length(1);
  });

  it('is hidden when the language has only a network voice, and shows for a language with a local one', async () => {
    install([voice('Google Nederlands', 'nl-NL', false, true), voice('Local English', 'en-GB', true)]);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    expect(buttons(el)).to.have.length(0);
    el.setAttribute('lang', 'en');
    await until(el, () => buttons(el).length === 1);
    buttons(el)[0]!.click();
    await until(el, () => synth.spoken.length === 1);
    expect(synth.spoken[0]!.voice!.name).to.equal('Local English');
  });

  it('is hidden without any voice, and appears when a local voice arrives (voiceschanged)', async () => {
    install([]);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    expect(buttons(el)).to.have.length(0);
    synth.voices = [voice('Lokale stem', 'nl-NL', true)];
    synth.dispatchEvent(new Event('voiceschanged'));
    await until(el, () => buttons(el).length === 1);
  });

  it('on every result section: the first steps, what to bring, each opened counter and what does not fit', async () => {
    install([voice('Lokale stem', 'nl-NL', true)]);
    const el = await mount({ perspective: 'zelf', datum: scenario3.datum });
    await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden));
    expect(synth.spoken).to.deep.equal([]);
    expect(root(el).querySelector('.first-steps button[data-lees]')).to.not.equal(null);
    const bring = root(el).querySelector<HTMLDetailsElement>('details.bring')!;
    bring.open = true;
    await until(el, () => !!bring.querySelector('button[data-lees]'));
    const counter = root(el).querySelector<HTMLDetailsElement>('details.counter')!;
    counter.open = true;
    await until(el, () => !!counter.querySelector('button[data-lees]'));
    const notFitting = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    notFitting.open = true;
    await until(el, () => !!notFitting.querySelector('button[data-lees]'));
    counter.querySelector<HTMLButtonElement>('button[data-lees]')!.click();
    await until(el, () => synth.spoken.length === 1);
    expect(synth.spoken[0]!.text).to.contain('Schuldhulp');
    // Pressing it again stops.
    const cancelled = synth.cancelled;
    counter.querySelector<HTMLButtonElement>('button[data-lees]')!.click();
    await until(el, () => synth.cancelled > cancelled);
    expect(synth.spoken).to.have.length(1);
  });

  it('on the crisis help that leads the result', async () => {
    install([voice('Lokale stem', 'nl-NL', true)]);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    await answer(el, 'Gedachten aan zelfdoding');
    button(el, nl.nood.naarResultaat).click();
    await until(el, () => !!root(el).querySelector('.route.crisis button[data-lees]'));
    root(el).querySelector<HTMLButtonElement>('.route.crisis button[data-lees]')!.click();
    await until(el, () => synth.spoken.length === 1);
    expect(synth.spoken[0]!.text).to.contain('113');
  });
});
