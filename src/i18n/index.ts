/**
 * i18next set-up: one instance per widget, so two widgets on a page can speak different
 * languages. Dutch is the default and the fallback. Dataset texts carry their own languages.
 */
import i18next, { type i18n } from 'i18next';
import { nl } from './nl.js';
import { en } from './en.js';
import type { Language } from '../dataset/schema.js';

export function toLanguage(lang: string | null | undefined): Language {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance({
    lng: lang,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<typeof i18next.createInstance>[0]);
  void instance.init();
  return instance;
}
