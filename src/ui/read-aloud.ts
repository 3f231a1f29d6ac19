/**
 * Reading a part of the screen aloud with the browser's speech synthesis, loaded on demand by
 * "Lees voor" (src/ui/controllers/read-aloud.ts). Only a voice that runs on this device
 * (`localService === true`) for the language is ever used; without one nothing is spoken.
 * The text is what the part shows: buttons, marks hidden from screen readers and the inside
 * of closed <details> are left out. No layout is read (no innerText).
 */
import type { Language } from '../dataset/model.js';
import { speaks } from './voices.js';

/** The local voice for `lang`, the default one first; never a network voice. */
export function localVoice(lang: Language): SpeechSynthesisVoice | undefined {
  const local = (globalThis.speechSynthesis?.getVoices() ?? []).filter((v) => v.localService === true && speaks(v, lang));
  return local.find((v) => v.default) ?? local[0];
}

const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = /^(P|LI|H[1-6]|DIV|SECTION|ARTICLE|SUMMARY|DETAILS|UL|OL|LEGEND|LABEL|FIELDSET|BR|DT|DD)$/;

/** The text `el` shows, as sentences: block elements end with a full stop (a pause). */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (!(n instanceof Element)) return;
    if (SKIP.has(n.tagName) || n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('hidden')) return;
    if (n.tagName === 'DETAILS' && !(n as HTMLDetailsElement).open) {
      const summary = n.querySelector(':scope > summary');
      if (summary) walk(summary);
      parts.push('. ');
      return;
    }
    for (const c of n.childNodes) walk(c);
    if (BLOCK.test(n.tagName)) parts.push('. ');
  };
  walk(el);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/([.?!:;])\s*(\.\s*)+/g, '$1 ')
    .replace(/^[\s.]+/, '')
    .trim();
}

/** Speak `el` in `lang` with a local voice; `done` when it ends. False when there is no local voice. */
export function speak(el: Element, lang: Language, done: () => void): boolean {
  const synth = globalThis.speechSynthesis;
  const voice = localVoice(lang);
  if (!synth || !voice) return false;
  const u = new SpeechSynthesisUtterance(readableText(el));
  u.voice = voice;
  u.lang = voice.lang;
  u.onend = u.onerror = () => done();
  synth.cancel();
  synth.speak(u);
  return true;
}
