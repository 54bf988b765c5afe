/**
 * The renderer's one i18next instance, built from the shared catalogues.
 * It starts in English (the html lang of index.html) and switches once the
 * saved settings arrive; `applyLanguage` keeps the html lang attribute in step
 * so screen readers and font selection follow the visible language.
 */
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../shared/domain/entities';
import { createI18nInstance } from '../../shared/i18n/translator';

export function createRendererI18n(initial: Language = 'en'): I18n {
  const instance = createI18nInstance(initial);
  instance.setDefaultNamespace('ui');
  return instance;
}

export async function applyLanguage(i18n: I18n, lang: Language): Promise<void> {
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
