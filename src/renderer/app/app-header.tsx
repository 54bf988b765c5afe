/** The bar across the top: the product's name, who is acting, and the language switch. */
import { useTranslation } from 'react-i18next';
import { ActingProfileSwitch } from '../features/ringi/acting-profile-switch';
import { LanguageSwitch } from './language-switch';

export function AppHeader() {
  const { t } = useTranslation('ui');
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__mark" aria-hidden="true">
          信
        </span>
        <span className="topbar__name">{t('common:appName')}</span>
        <span className="topbar__tagline">{t('app.tagline')}</span>
      </div>
      <ActingProfileSwitch />
      <LanguageSwitch />
    </header>
  );
}
