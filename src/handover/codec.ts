/**
 * "Verder op uw telefoon": the answers, the perspective and the municipality packed into a short
 * text for the URL fragment (never the query string: a fragment is not sent to any server).
 *
 * Format, version 1: `rw1.` followed by base64url characters (A-Z a-z 0-9 - _), 6 bits each,
 * most significant bit first, the last character padded with zero bits:
 *
 *   perspective           3 bits   index in PERSPECTIVES
 *   municipality          1 bit present, then 14 bits: the number of the GM code (GM0344 → 344)
 *   cared-for person's    1 bit present, then 14 bits (the carer perspective, when asked)
 *   municipality
 *   question layout tag   24 bits  hash of the questions' ids, types and option values, in order
 *   per question, in the dataset's order: 1 bit answered, then its value by type:
 *     ja-nee              2 bits: 0 nee, 1 ja, 2 weet ik niet
 *     keuze               the option's index, or the number of options for weet ik niet, in as
 *                         few bits as that number needs
 *     meerkeuze           1 bit weet ik niet, else one bit per option (in option order)
 *     getal, bedrag       1 bit weet ik niet, else 1 bit sign, 1 bit cents (value × 100), then
 *                         the magnitude in groups of 5 bits, each with a bit "more follows"
 *     datum               1 bit weet ik niet, else days since 1900-01-01 in the same groups
 *
 * Indexes instead of ids keep it short, so they only mean something for the same questions: the
 * layout tag says whether they are. A link made with other questions (the dataset changed in
 * between) is refused with a clear reason, never read into the wrong questions; its perspective
 * and municipality are still given back. The encoder drops what the questions do not know
 * (an unknown question id, an option value that is not an option, a number outside min–max)
 * and says which. The decoder checks every bit it reads and never throws.
 */
import { PERSPECTIVES, type Perspective, type Question, type Text } from '../dataset/model.js';
import type { Answer, Answers } from '../engine/types.js';

export const HANDOVER_PREFIX = 'rw1.';
/** Longer fragments are refused before anything is read (a typical one is under 40 characters). */
export const MAX_FRAGMENT_LENGTH = 1000;

export interface HandoverState {
  perspectief: Perspective;
  /** The municipality the check was for (the host's, or the one chosen), GM code. */
  gemeente?: string;
  /** Where the cared-for person lives, when asked in the carer perspective, GM code. */
  gemeentePersoon?: string;
  antwoorden: Answers;
}

export interface Encoded {
  /** The fragment without '#': `rw1.…`. */
  fragment: string;
  /** What was left out and why: `persoon.x` (unknown question), `persoon.x=waarde` (unknown option), `persoon.x: …`. */
  dropped: string[];
}

export type HandoverErrorCode = 'geen-link' | 'onbekende-versie' | 'andere-vragen' | 'beschadigd';

export interface HandoverError {
  code: HandoverErrorCode;
  /** For the person, B1. */
  message: Text;
  /** For the console: what exactly was wrong. */
  detail: string;
  /** What could still be read: the perspective and municipalities do not depend on the questions. */
  partial?: Omit<HandoverState, 'antwoorden'>;
}

export type Decoded = { ok: true; state: HandoverState } | { ok: false; error: HandoverError };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c, i]));
const GROUP = 5;
const MAX_GROUPS = 9; // 45 bits: well inside Number.MAX_SAFE_INTEGER
const MAX_MAGNITUDE = 2 ** (GROUP * MAX_GROUPS) - 1;
const DAY = 86_400_000;
const EPOCH = Date.UTC(1900, 0, 1);
const MAX_DAYS = 250 * 366;

const MESSAGES: Record<Exclude<HandoverErrorCode, 'geen-link'>, Text> = {
  'onbekende-versie': {
    nl: 'Deze link is gemaakt met een andere versie van de wijzer. Vul de vragen opnieuw in.',
    en: 'This link was made with another version of the tool. Please answer the questions again.',
  },
  'andere-vragen': {
    nl: 'De vragen zijn veranderd sinds deze link is gemaakt. Vul de vragen opnieuw in.',
    en: 'The questions have changed since this link was made. Please answer the questions again.',
  },
  beschadigd: {
    nl: 'Deze link is niet compleet of beschadigd. Vul de vragen opnieuw in.',
    en: 'This link is incomplete or damaged. Please answer the questions again.',
  },
};

/** Thrown inside the decoder only; decodeHandover turns it into a result. */
class Corrupt extends Error {}

class BitWriter {
  private bits: number[] = [];
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
  varint(n: number): void {
    do {
      const low = n % 2 ** GROUP;
      n = Math.floor(n / 2 ** GROUP);
      this.write(n > 0 ? 1 : 0, 1);
      this.write(low, GROUP);
    } while (n > 0);
  }
  text(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 6) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = v * 2 + (this.bits[i + j] ?? 0);
      out += ALPHABET[v];
    }
    return out;
  }
}

class BitReader {
  private pos = 0;
  constructor(private readonly bits: Uint8Array) {}
  read(width: number): number {
    if (this.pos + width > this.bits.length) throw new Corrupt('ends too early');
    let v = 0;
    for (let i = 0; i < width; i++) v = v * 2 + this.bits[this.pos++]!;
    return v;
  }
  varint(): number {
    let n = 0;
    for (let g = 0; g < MAX_GROUPS; g++) {
      const more = this.read(1);
      n += this.read(GROUP) * 2 ** (GROUP * g);
      if (!more) return n;
    }
    throw new Corrupt('number too long');
  }
  /** Only the zero padding of the last character may remain. */
  finish(): void {
    const left = this.bits.length - this.pos;
    if (left >= 6) throw new Corrupt(`${Math.floor(left / 6)} characters too many`);
    for (let i = this.pos; i < this.bits.length; i++) if (this.bits[i]) throw new Corrupt('padding is not zero');
  }
}

/** Bits needed to write 0..max. */
const widthFor = (max: number): number => Math.max(1, Math.ceil(Math.log2(max + 1)));

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 24 bits that change when a question, its type or its options (or their order) change. */
export function layoutTag(questions: readonly Question[]): number {
  const text = questions.map((q) => `${q.id}:${q.type}:${(q.opties ?? []).map((o) => o.waarde).join(',')}`).join('|');
  return fnv1a(text) >>> 8;
}

const GM = /^GM(\d{4})$/;

function writeMunicipality(w: BitWriter, code: string | undefined, label: string, dropped: string[]): void {
  const m = code === undefined ? null : GM.exec(code.toUpperCase());
  if (code !== undefined && !m) dropped.push(`${label}: ${code}`);
  w.write(m ? 1 : 0, 1);
  if (m) w.write(Number(m[1]), 14);
}

function readMunicipality(r: BitReader): string | undefined {
  if (!r.read(1)) return undefined;
  const n = r.read(14);
  if (n < 1 || n > 9999) throw new Corrupt(`municipality number ${n}`);
  return `GM${String(n).padStart(4, '0')}`;
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === s && t >= EPOCH && (t - EPOCH) / DAY <= MAX_DAYS;
}

/** The number as [negative, cents, magnitude], or why it cannot be written. */
function numberParts(n: number): [boolean, boolean, number] | string {
  if (!Number.isFinite(n)) return 'not a finite number';
  const cents = !Number.isInteger(n);
  const scaled = cents ? Math.round(Math.abs(n) * 100) : Math.abs(n);
  if (cents && Math.abs(scaled - Math.abs(n) * 100) > 1e-6) return 'more than two decimals';
  if (scaled > MAX_MAGNITUDE) return 'too large';
  return [n < 0 && scaled !== 0, cents, scaled];
}

function inRange(q: Question, n: number): boolean {
  return (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
}

/**
 * Writes one answer, or returns why it cannot be written (then nothing is written). Checks
 * first, writes after, so a refused answer leaves no bits behind.
 */
function writeAnswer(w: BitWriter, q: Question, a: Answer, dropped: string[]): boolean {
  const opts = q.opties ?? [];
  const refuse = (why: string) => {
    dropped.push(`${q.id}: ${why}`);
    return false;
  };
  switch (q.type) {
    case 'ja-nee':
      if (a !== null && typeof a !== 'boolean') return refuse('expected true, false or null');
      w.write(1, 1);
      w.write(a === null ? 2 : a ? 1 : 0, 2);
      return true;
    case 'keuze': {
      if (a !== null && typeof a !== 'string') return refuse('expected an option value or null');
      const i = a === null ? opts.length : opts.findIndex((o) => o.waarde === a);
      if (i < 0) {
        dropped.push(`${q.id}=${String(a)}`);
        return false;
      }
      w.write(1, 1);
      w.write(i, widthFor(opts.length));
      return true;
    }
    case 'meerkeuze': {
      if (a !== null && !(Array.isArray(a) && a.every((x) => typeof x === 'string')))
        return refuse('expected a list of option values or null');
      if (a === null) {
        w.write(1, 1);
        w.write(1, 1);
        return true;
      }
      const known = new Set<number>();
      for (const v of a) {
        const i = opts.findIndex((o) => o.waarde === v);
        if (i < 0) dropped.push(`${q.id}=${v}`);
        else known.add(i);
      }
      if (a.length > 0 && known.size === 0) return false;
      w.write(1, 1);
      w.write(0, 1);
      for (let i = 0; i < opts.length; i++) w.write(known.has(i) ? 1 : 0, 1);
      return true;
    }
    case 'getal':
    case 'bedrag': {
      if (a !== null && typeof a !== 'number') return refuse('expected a number or null');
      if (a === null) {
        w.write(1, 1);
        w.write(1, 1);
        return true;
      }
      const parts = numberParts(a);
      if (typeof parts === 'string') return refuse(parts);
      if (!inRange(q, a)) return refuse(`outside ${q.min ?? ''}–${q.max ?? ''}`);
      const [negative, cents, magnitude] = parts;
      w.write(1, 1);
      w.write(0, 1);
      w.write(negative ? 1 : 0, 1);
      w.write(cents ? 1 : 0, 1);
      w.varint(magnitude);
      return true;
    }
    case 'datum': {
      if (a !== null && (typeof a !== 'string' || !isDate(a))) return refuse('expected a date JJJJ-MM-DD from 1900 on, or null');
      if (a === null) {
        w.write(1, 1);
        w.write(1, 1);
        return true;
      }
      w.write(1, 1);
      w.write(0, 1);
      w.varint(Math.round((Date.parse(`${a}T00:00:00Z`) - EPOCH) / DAY));
      return true;
    }
    default:
      return refuse(`type ${String((q as { type: unknown }).type)} cannot be carried`);
  }
}

function readAnswer(r: BitReader, q: Question): Answer {
  const opts = q.opties ?? [];
  switch (q.type) {
    case 'ja-nee': {
      const v = r.read(2);
      if (v === 3) throw new Corrupt(`${q.id}: yes/no value 3`);
      return v === 2 ? null : v === 1;
    }
    case 'keuze': {
      const i = r.read(widthFor(opts.length));
      if (i > opts.length) throw new Corrupt(`${q.id}: option ${i} of ${opts.length}`);
      return i === opts.length ? null : opts[i]!.waarde;
    }
    case 'meerkeuze': {
      if (r.read(1)) return null;
      const out: string[] = [];
      for (const o of opts) if (r.read(1)) out.push(o.waarde);
      return out;
    }
    case 'getal':
    case 'bedrag': {
      if (r.read(1)) return null;
      const negative = r.read(1) === 1;
      const cents = r.read(1) === 1;
      const magnitude = r.varint();
      if (negative && magnitude === 0) throw new Corrupt(`${q.id}: negative zero`);
      const n = (negative ? -magnitude : magnitude) / (cents ? 100 : 1);
      if (!inRange(q, n)) throw new Corrupt(`${q.id}: ${n} outside ${q.min ?? ''}–${q.max ?? ''}`);
      return n;
    }
    case 'datum': {
      if (r.read(1)) return null;
      const days = r.varint();
      if (days > MAX_DAYS) throw new Corrupt(`${q.id}: date too far`);
      return new Date(EPOCH + days * DAY).toISOString().slice(0, 10);
    }
    default:
      throw new Corrupt(`${q.id}: type cannot be carried`);
  }
}

/**
 * The fragment for these answers (without '#'). Pure; never throws. `questions` is the
 * dataset's `vragen`, in its order. Answers to questions it does not have are dropped.
 */
export function encodeHandover(state: HandoverState, questions: readonly Question[]): Encoded {
  const dropped: string[] = [];
  const w = new BitWriter();
  const p = PERSPECTIVES.indexOf(state.perspectief);
  if (p < 0) dropped.push(`perspectief: ${String(state.perspectief)}`);
  w.write(Math.max(0, p), 3);
  writeMunicipality(w, state.gemeente, 'gemeente', dropped);
  writeMunicipality(w, state.gemeentePersoon, 'gemeentePersoon', dropped);
  w.write(layoutTag(questions), 24);
  const answers = state.antwoorden;
  for (const q of questions) {
    if (!Object.hasOwn(answers, q.id) || answers[q.id] === undefined || !writeAnswer(w, q, answers[q.id]!, dropped)) w.write(0, 1);
  }
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) dropped.push(id);
  return { fragment: HANDOVER_PREFIX + w.text(), dropped };
}

const fail = (code: HandoverErrorCode, detail: string, partial?: HandoverError['partial']): Decoded => ({
  ok: false,
  error: { code, detail, message: code === 'geen-link' ? { nl: '', en: '' } : MESSAGES[code], ...(partial ? { partial } : {}) },
});

/**
 * The perspective and municipalities of a hand-over fragment, without the questions: the widget
 * needs the municipality before it loads the dataset (its overlay), the answers only after.
 * Undefined when the fragment is not a readable version-1 hand-over link.
 */
export function peekHandover(fragment: unknown): Omit<HandoverState, 'antwoorden'> | undefined {
  const d = decodeHandover(fragment, []);
  if (d.ok)
    return {
      perspectief: d.state.perspectief,
      ...(d.state.gemeente ? { gemeente: d.state.gemeente } : {}),
      ...(d.state.gemeentePersoon ? { gemeentePersoon: d.state.gemeentePersoon } : {}),
    };
  return d.error.partial;
}

/**
 * Reads a fragment (with or without '#') made by encodeHandover for these questions. Checks
 * everything it reads; never throws. `geen-link`: the fragment is not ours (leave it alone).
 */
export function decodeHandover(fragment: unknown, questions: readonly Question[]): Decoded {
  if (typeof fragment !== 'string') return fail('geen-link', 'not a string');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!/^rw\d+\./.test(text)) return fail('geen-link', 'no rw<version>. prefix');
  if (!text.startsWith(HANDOVER_PREFIX))
    return fail('onbekende-versie', `version ${text.slice(2, text.indexOf('.'))}, this tool reads ${HANDOVER_PREFIX}`);
  if (text.length > MAX_FRAGMENT_LENGTH) return fail('beschadigd', `${text.length} characters, at most ${MAX_FRAGMENT_LENGTH}`);
  const body = text.slice(HANDOVER_PREFIX.length);
  const bits = new Uint8Array(body.length * 6);
  for (let i = 0; i < body.length; i++) {
    const v = VALUE_OF.get(body[i]!);
    if (v === undefined) return fail('beschadigd', `character ${JSON.stringify(body[i])} at ${HANDOVER_PREFIX.length + i}`);
    for (let j = 0; j < 6; j++) bits[i * 6 + j] = (v >> (5 - j)) & 1;
  }
  const r = new BitReader(bits);
  let partial: HandoverError['partial'];
  try {
    const p = r.read(3);
    const perspectief = PERSPECTIVES[p];
    if (!perspectief) throw new Corrupt(`perspective ${p}`);
    const gemeente = readMunicipality(r);
    const gemeentePersoon = readMunicipality(r);
    partial = { perspectief, ...(gemeente ? { gemeente } : {}), ...(gemeentePersoon ? { gemeentePersoon } : {}) };
    const tag = r.read(24);
    if (tag !== layoutTag(questions))
      return fail('andere-vragen', `layout tag ${tag.toString(16)}, the questions have ${layoutTag(questions).toString(16)}`, partial);
    const antwoorden: Record<string, Answer> = {};
    for (const q of questions) if (r.read(1)) antwoorden[q.id] = readAnswer(r, q);
    r.finish();
    return { ok: true, state: { ...partial, antwoorden } };
  } catch (e) {
    if (e instanceof Corrupt) return fail('beschadigd', e.message, partial);
    return fail('beschadigd', `unexpected: ${String(e)}`, partial);
  }
}
