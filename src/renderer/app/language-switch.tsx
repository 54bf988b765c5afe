/**
 * English / 日本語, in the header. Each language is named in its own script,
 * so a reader can find theirs whichever language is showing.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/entities';
import { useLanguage, useSetLanguage } from './use-language';

const LANGUAGES: readonly Language[] = ['en', 'ja'];

export function LanguageSwitch() {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const setLanguage = useSetLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          className="segmented__option"
          aria-pressed={l === lang}
          lang={l}
          onClick={() => void setLanguage(l)}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
