/**
 * The first screen's strings, before i18next is in (issue 24), and the loading of each
 * language's strings. i18next (about 12 KB br, and ~50 ms of its set-up and first calls at 4×
 * CPU) loads with the machine, behind the start screen; until then the element translates with
 * `firstT`, which does what i18next does for the strings of this project: a dotted key, the
 * `context` and plural (`count`) suffixes in i18next's order, and `{{name}}` replaced by the
 * option's value (escapeValue off; a placeholder without an option kept, as i18next's
 * skipOnVariables does). test/ui/translations.test.ts checks that it gives exactly what i18next
 * gives, for every key of nl.ts and en.ts, with every context and several counts and values.
 *
 * Dutch is in the main chunk; another language's strings are a chunk of their own, loaded when a
 * widget first needs them (its first screen waits for them, not for i18next) and prefetched once
 * the first screen shows.
 */
import type { i18n } from 'i18next';
import type { Language } from '../dataset/schema.js';
import { nl } from './nl.js';

export function toLanguage(lang: string | null | undefined): Language {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export type Strings = { [key: string]: string | Strings };

/** The strings of each language that is not in the main bundle (a module per language). */
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<Strings>> = {
  en: () => import('./en.js').then((m) => m.en),
};

const loaded: Partial<Record<Language, Strings>> = { nl };
const loading: Partial<Record<Language, Promise<Strings>>> = {};

/** The strings of `lang` if they are in (Dutch always is). */
export const stringsOf = (lang: Language): Strings | undefined => loaded[lang];

/** The strings of `lang`, loaded once (a failed load is tried again on the next call). */
export function loadStrings(lang: Language): Promise<Strings> {
  if (lang === 'nl') return Promise.resolve(nl);
  loading[lang] ??= LOADERS[lang]().then(
    (s) => (loaded[lang] = s),
    (e: unknown) => {
      delete loading[lang];
      throw e;
    },
  );
  return loading[lang];
}

/** Starts downloading every other language's strings (after the first screen: a switch is then instant). */
export function prefetchLanguages(): void {
  for (const lang of Object.keys(LOADERS) as Language[]) loadStrings(lang).catch(() => {});
}
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
