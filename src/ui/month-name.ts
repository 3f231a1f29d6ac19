/**
 * The month a regeling starts to fit, as the result and the handout write it ("februari 2027"),
 * in its own module so the handout (loaded on demand) and the result screen share it without
 * importing each other.
 */
import type { Language } from '../dataset/model.js';

const months = new Map<Language, Intl.DateTimeFormat>();

/** "februari 2027" for 2027-02. */
export function monthName(maand: string, lang: Language): string {
  let f = months.get(lang);
  if (!f) months.set(lang, (f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric' })));
  return f.format(new Date(`${maand}-01T12:00:00`));
}
