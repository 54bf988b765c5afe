/**
 * Translation outside React (CLI, errors, engine sentences): one i18next
 * instance per language, created on first use and kept.
 */
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../domain/entities';
import { namespaces, resources } from './resources';

const cache = new Map<Language, TFunction>();

/** Initialises an i18next instance synchronously (resources are bundled). */
export function createI18nInstance(lang: Language) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources,
    ns: [...namespaces],
    defaultNS: 'common',
    initAsync: false,
    // React escapes on render; the CLI prints plain text. Escaping here would double it.
    interpolation: { escapeValue: false },
    returnNull: false,
    // i18next 25 otherwise prints a sponsor notice on stdout, in front of the CLI's JSON.
    showSupportNotice: false,
  });
  return instance;
}

export function translator(lang: Language): TFunction {
  let t = cache.get(lang);
  if (!t) {
    t = createI18nInstance(lang).t;
    cache.set(lang, t);
  }
  return t;
}
