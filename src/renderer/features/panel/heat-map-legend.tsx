/** What the colours and marks of the heat map mean; each band is also a word, never colour alone. */
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';

export function HeatMapLegend({ threshold }: { threshold: number }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const points = (v: number) => formatScore(v, lang);
  const items: { swatch: string; mark: string; text: string }[] = [
    { swatch: 'heat-swatch heat-swatch--0', mark: '–', text: t('legend.band0') },
    { swatch: 'heat-swatch heat-swatch--1', mark: '', text: t('legend.band1', { half: points(threshold / 2) }) },
    { swatch: 'heat-swatch heat-swatch--2', mark: '', text: t('legend.band2', { threshold: points(threshold) }) },
    { swatch: 'heat-swatch heat-swatch--3', mark: '▲', text: t('legend.band3', { threshold: points(threshold) }) },
    { swatch: 'heat-swatch heat-swatch--4', mark: '▲', text: t('legend.band4', { limit: points(threshold * 1.5) }) },
  ];
  return (
    <div className="legend heat-legend">
      <h4 className="legend__title">{t('legend.title')}</h4>
      <ul className="legend__list">
        {items.map((item) => (
          <li key={item.swatch}>
            <span className={item.swatch} aria-hidden="true">
              {item.mark}
            </span>{' '}
            {item.text}
          </li>
        ))}
        <li>
          <span className="mark mark--consensus" aria-hidden="true">
            ◆
          </span>{' '}
          {t('legend.consensus')}
        </li>
        <li>
          <span className="mark mark--dissent" aria-hidden="true">
            ※
          </span>{' '}
          {t('legend.dissent')}
        </li>
      </ul>
    </div>
  );
}
