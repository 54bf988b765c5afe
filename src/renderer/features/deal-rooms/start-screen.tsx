/** Shown when no deal-room is open: what a deal-room is for, and how to begin. */
import { useTranslation } from 'react-i18next';

export function StartScreen({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <section className="start-screen" aria-labelledby="start-title">
      <p className="start-screen__kanji" aria-hidden="true">
        信頼
      </p>
      <h1 id="start-title" className="start-screen__title">
        {t('start.title')}
      </h1>
      <p className="start-screen__lead">{t('start.lead')}</p>
      <p>{t('start.pick')}</p>
      <button type="button" className="button button--primary" onClick={onCreate}>
        {t('start.create')}
      </button>
    </section>
  );
}
