/**
 * The UI language: read from the i18n instance (so every component re-renders
 * when it changes) and changed in one place, which also saves it in the
 * settings so the next start opens in the same language.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/entities';
import { useApi } from './api-context';
import { applyLanguage } from './renderer-i18n';

export function useLanguage(): Language {
  const { i18n } = useTranslation('ui');
  return i18n.language === 'ja' ? 'ja' : 'en';
}

export function useSetLanguage(): (lang: Language) => Promise<void> {
  const { i18n } = useTranslation('ui');
  const api = useApi();
  return useCallback(
    async (lang: Language) => {
      // Switch first so the screen answers at once; the saved setting follows.
      await applyLanguage(i18n, lang);
      await api.call('settings.update', { language: lang });
    },
    [api, i18n],
  );
}
