/**
 * i18next set-up: one instance per widget, so two widgets on a page can speak different
 * languages. Dutch is the default and the fallback and is in the main bundle; another
 * language's strings are loaded by first.ts. Dataset texts carry their own languages. The built
 * widget loads this module (and i18next) with the machine, behind the first screen; that
 * screen's strings come from `firstT` (first.ts) meanwhile.
 */
import i18next, { type i18n } from 'i18next';
import { nl } from './nl.js';
import type { Language } from '../dataset/schema.js';
import { loadStrings } from './first.js';

export { prefetchLanguages, toLanguage } from './first.js';

/**
 * An instance with Dutch, speaking Dutch; `addLanguage` adds another. With `strings` (already
 * loaded, as a test has them): speaking `lang` with those strings at once.
 */
export function createI18n(lang: Language = 'nl', strings?: unknown): i18n {
  const instance = i18next.createInstance({
    lng: strings ? lang : 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, ...(strings && lang !== 'nl' ? { [lang]: { translation: strings } } : {}) },
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<typeof i18next.createInstance>[0]);
  void instance.init();
  return instance;
}

/** Options of plain values only (or none): a call whose result is the same for the same key, options and language. */
const plainOptions = (o: unknown): boolean =>
  o === undefined ||
  (typeof o === 'object' &&
    o !== null &&
    Object.values(o).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'));

/**
 * The instance's `t`, remembering each string per language, key and options: a screen calls it
 * tens of times per render and one i18next call costs tens of microseconds (the review's rows
 * took 30 ms at 4× CPU). Emptied when strings are added or removed; a call with other arguments
 * (a default value, a function) or whose result is not a string goes straight to i18next.
 */
export function memoT(instance: i18n): i18n['t'] {
  const cache = new Map<string, string>();
  const clear = () => cache.clear();
  instance.store.on('added', clear);
  instance.store.on('removed', clear);
  const t = instance.t as unknown as (...args: unknown[]) => unknown;
  return ((...args: unknown[]) => {
    const [key, options] = args;
    if (args.length > 2 || typeof key !== 'string' || !plainOptions(options)) return t(...args);
    const k = `${instance.language}\u0000${key}\u0000${options === undefined ? '' : JSON.stringify(options)}`;
    let v = cache.get(k);
    if (v === undefined) {
      const r = t(...args);
      if (typeof r !== 'string') return r;
      cache.set(k, (v = r));
    }
    return v;
  }) as unknown as i18n['t'];
}

/** Whether the instance has the strings of `lang`. */
export const hasLanguage = (instance: i18n, lang: Language): boolean => instance.hasResourceBundle(lang, 'translation');

/** Loads the strings of `lang` into the instance (nothing to do when it has them). */
export async function addLanguage(instance: i18n, lang: Language): Promise<void> {
  if (lang === 'nl' || hasLanguage(instance, lang)) return;
  instance.addResourceBundle(lang, 'translation', await loadStrings(lang));
}

/** An instance speaking `lang` (its strings loaded). */
export async function i18nFor(lang: Language): Promise<i18n> {
  const instance = createI18n();
  await addLanguage(instance, lang);
  await instance.changeLanguage(lang);
  return instance;
}
