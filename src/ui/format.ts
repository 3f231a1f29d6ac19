/** How dates and lists read, one formatter per language (not one per regeling): the screens, the handout, the agenda and the mail. */
import type { Language } from '../dataset/model.js';

const dates = new Map<Language, Intl.DateTimeFormat>();
/** "23 november 2026" / "23 November 2026" for a JJJJ-MM-DD date. */
export function longDate(iso: string, lang: Language): string {
  let f = dates.get(lang);
  if (!f)
    dates.set(lang, (f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })));
  return f.format(new Date(`${iso}T12:00:00`));
}

const lists = new Map<Language, Intl.ListFormat>();
/** "A, B en C" / "A, B and C". */
export function listOf(items: string[], lang: Language): string {
  let f = lists.get(lang);
  if (!f) lists.set(lang, (f = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return f.format(items);
}

/**
 * Makes the language's date and list formats now: the first of each on a page loads the
 * locale's data, which otherwise lands on the result screen (its "Getoetst op …" date; about
 * 5 ms at 4x CPU in a profile of that step, issue 24). Called when the page is idle after the
 * first screen, with the number formats.
 */
export function warmFormats(lang: Language): void {
  longDate('2026-01-01', lang);
  listOf(['a', 'b'], lang);
}
