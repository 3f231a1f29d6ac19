/**
 * Numbers as people type them, in Dutch and English, never read silently wrong (issue 22).
 * "1.500", "1500" and "€ 1.500,-" are fifteen hundred in Dutch, "1,50" is one and a half; in
 * English "1,500" is fifteen hundred and "1.50" one and a half. A form that fits two readings
 * in the person's language ("1,500" in Dutch, "1.500" in English) is not guessed: the widget
 * asks which one ("Bedoelt u € 1.500?"). The number is shown back as the widget read it.
 */
import type { Language } from '../../dataset/model.js';

/** One reading, two readings to choose from, or none (not a number). */
export type Reading = { value: number } | { readings: [number, number] } | undefined;

const numbers = new Map<string, Intl.NumberFormat>();
/** A number as a person reads it in their language ("1.500" / "1,500"); an amount with cents has two decimals ("1,50"). */
export function formatNumber(n: number, lang: Language, amount = false): string {
  // A whole number the way Intl writes it in nl-NL and en-GB (a group sign every three digits;
  // the test compares the two): an Intl call costs the review about 0.1 ms per number at 4x CPU
  // (issue 24). Minus zero is left to Intl.
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n));
    const sep = lang === 'nl' ? '.' : ',';
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
    return n < 0 ? `-${out}` : out;
  }
  const cents = amount && !Number.isInteger(n) ? 2 : 0;
  let f = numbers.get(lang + cents);
  if (!f)
    numbers.set(
      lang + cents,
      (f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: cents, maximumFractionDigits: 2 })),
    );
  return f.format(n);
}

/**
 * Makes the language's number formats now: the first Intl.NumberFormat of a page loads the
 * locale's data (57 ms at 4x CPU in a profile), which otherwise lands on the review, the first
 * screen that shows a number. And reads a number once: that compiles `readNumber` and its
 * patterns (1-2 ms of the steps around the first number question at 4x, issue 24). Called when
 * the page is idle after the first screen.
 */
export function warmNumbers(lang: Language): void {
  // Fractions: a whole number is written without Intl (formatNumber).
  formatNumber(1.5, lang);
  formatNumber(1.5, lang, true);
  readNumber('€ 1.500,50', 'nl');
  readNumber('1,500.50', 'en');
}

/** Read a typed number: "1.500", "1500,50", "€ 1.500,-" (nl) or "1,500.50" (en); see the file comment. */
export function readNumber(raw: string, lang: Language): Reading {
  // An empty field (every new number question renders one) is no number, without the patterns
  // below: running them compiled them on the step to the first number question (issue 24).
  if (raw === '') return undefined;
  let s = raw
    .replace(/[\s\u00a0\u202f€]/g, '')
    .replace(/^eur(o)?/i, '')
    .replace(/[.,]-{1,2}$/, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  if (!/^\d+([.,]\d+)*$/.test(s)) return undefined;
  const sign = negative ? -1 : 1;
  const group = lang === 'nl' ? '.' : ',';
  const grouped = (int: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})*$`).test(int);
  const seps = s.match(/[.,]/g) ?? [];
  if (!seps.length) return { value: sign * Number(s) };
  const kinds = new Set(seps);
  if (kinds.size === 2) {
    // Both: the last one is the decimal sign, the other groups thousands ("1.500,50", "1,500.50").
    const dec = seps.at(-1)!;
    const at = s.lastIndexOf(dec);
    const int = s.slice(0, at);
    if (int.includes(dec) || !grouped(int, dec === '.' ? ',' : '.')) return undefined;
    return { value: sign * Number(`${int.replace(/[.,]/g, '')}.${s.slice(at + 1)}`) };
  }
  const sep = seps[0]!;
  // Several of one sign: thousands ("1.500.000").
  if (seps.length > 1) return grouped(s, sep) ? { value: sign * Number(s.replaceAll(sep, '')) } : undefined;
  const [int, frac] = s.split(sep) as [string, string];
  // Not three digits after it, or no group before it ("0,500", "1500,000"): a decimal sign.
  if (frac.length !== 3 || !grouped(int, sep) || int.startsWith('0')) return { value: sign * Number(`${int}.${frac}`) };
  const thousands = sign * Number(int + frac);
  // The language's own thousands sign ("1.500" in Dutch): fifteen hundred.
  if (sep === group) return { value: thousands };
  return { readings: [thousands, sign * Number(`${int}.${frac}`)] };
}
