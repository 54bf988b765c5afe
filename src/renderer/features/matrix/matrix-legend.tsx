/** What the marks in the matrix mean; the spread mark follows the room's disagreement threshold. */
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';

export function MatrixLegend() {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const items: { mark: string; className: string; text: string }[] = [
    { mark: '★', className: 'mark mark--best', text: t('matrix.legend.best') },
    { mark: '◆', className: 'mark mark--consensus', text: t('matrix.legend.consensus') },
    { mark: '※', className: 'mark mark--dissent', text: t('matrix.legend.dissent') },
    { mark: '±', className: 'mcell__spread', text: t('matrix.legend.spread', { threshold: formatScore(detail.dealRoom.disagreementThreshold, lang) }) },
    { mark: '–', className: 'mark', text: t('matrix.legend.unscored') },
    { mark: 'KO', className: 'ko-row-mark', text: t('matrix.legend.knockout') },
    { mark: '✕', className: 'mark mark--ko-failed', text: t('matrix.legend.failed') },
    { mark: '⊘', className: 'excluded-note__icon', text: t('matrix.legend.excluded') },
    { mark: '⚑', className: 'flag-marks__icon', text: t('flags:matrix.legend') },
  ];
  return (
    <div className="legend">
      <h3 className="legend__title">{t('matrix.legendTitle')}</h3>
      <ul className="legend__list">
        {items.map((item) => (
          <li key={item.text}>
            <span className={item.className} aria-hidden="true">
              {item.mark}
            </span>{' '}
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
