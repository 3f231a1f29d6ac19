/**
 * i18next set-up: one instance per widget, so two widgets on a page can speak different
 * languages. Dutch is the default and the fallback and is in the main bundle; another
 * language's strings are a chunk of their own, loaded when a widget first needs them (and
 * prefetched once the first screen shows), so a page in one language downloads one set of
 * strings before its first control. Dataset texts carry their own languages.
 */
import i18next, { type i18n } from 'i18next';
import { nl } from './nl.js';
import type { Language } from '../dataset/schema.js';

export function toLanguage(lang: string | null | undefined): Language {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The strings of each language that is not in the main bundle (a module per language). */
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<unknown>> = {
  en: () => import('./en.js').then((m) => m.en),
};

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

/** Whether the instance has the strings of `lang`. */
export const hasLanguage = (instance: i18n, lang: Language): boolean => instance.hasResourceBundle(lang, 'translation');

/** Loads the strings of `lang` into the instance (nothing to do when it has them). */
export async function addLanguage(instance: i18n, lang: Language): Promise<void> {
  if (lang === 'nl' || hasLanguage(instance, lang)) return;
  instance.addResourceBundle(lang, 'translation', await LOADERS[lang]());
}

/** Starts downloading every other language's strings (after the first screen: a switch is then instant). */
export function prefetchLanguages(): void {
  for (const load of Object.values(LOADERS)) load().catch(() => {});
}

/** An instance speaking `lang` (its strings loaded). */
export async function i18nFor(lang: Language): Promise<i18n> {
  const instance = createI18n();
  await addLanguage(instance, lang);
  await instance.changeLanguage(lang);
  return instance;
}
