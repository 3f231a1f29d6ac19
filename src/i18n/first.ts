/**
 * The Dutch strings of the first screen, before i18next is in (issue 24). i18next (about 12 KB
 * br of the main chunk, and ~50 ms of its set-up and first calls at 4× CPU) loads with the
 * machine, behind the start screen; until then the element translates with `firstT`, which does
 * what i18next does for the strings of this project: a dotted key, the `context` and plural
 * (`count`) suffixes in i18next's order, and `{{name}}` replaced by the option's value
 * (escapeValue off; a placeholder without an option kept, as i18next's skipOnVariables does). test/ui/translations.test.ts checks that it gives exactly what i18next
 * gives, for every key of nl.ts and en.ts, with every context and several counts.
 */
import type { i18n } from 'i18next';
import type { Language } from '../dataset/schema.js';

export function toLanguage(lang: string | null | undefined): Language {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

type Strings = { [key: string]: string | Strings };
type Options = Record<string, unknown> | undefined;

/** A `t` over `strings` (one language, `lang` for its plural rules; a key it lacks comes back as the key). */
export function firstT(strings: Strings, lang: Language): i18n['t'] {
  const plural = new Intl.PluralRules(lang);
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n as Strings | undefined)?.[k], strings);
  const t = (key: string, o?: Options): string => {
    // i18next's lookup order, most specific first: key_context_plural, key_context, key_plural, key.
    const count = o?.count;
    const suffix = count !== undefined && typeof count !== 'string' ? `_${plural.select(count as number)}` : undefined;
    const zero = suffix && count === 0 ? '_zero' : undefined;
    const context = o?.context;
    const withContext = context !== undefined && context !== '' && (typeof context === 'string' || typeof context === 'number');
    const keys = [key];
    if (suffix) keys.push(key + suffix, ...(zero ? [key + zero] : []));
    if (withContext)
      keys.push(`${key}_${context}`, ...(suffix ? [`${key}_${context}${suffix}`] : []), ...(zero ? [`${key}_${context}${zero}`] : []));
    let found: unknown;
    for (let i = keys.length - 1; i >= 0 && found === undefined; i--) found = lookup(keys[i]!);
    if (typeof found !== 'string') return key;
    // A placeholder without its option stays as it is; one whose option is undefined or null is left empty.
    return found.replace(/\{\{(.+?)\}\}/g, (whole, name: string) => {
      const k = name.trim();
      return o && Object.hasOwn(o, k) ? String(o[k] ?? '') : whole;
    });
  };
  return t as unknown as i18n['t'];
}
