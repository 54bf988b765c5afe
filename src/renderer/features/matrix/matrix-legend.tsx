/** What the marks in the matrix mean. */
import { useTranslation } from 'react-i18next';

export function MatrixLegend() {
  const { t } = useTranslation('ui');
  const items: { mark: string; className: string; text: string }[] = [
    { mark: '★', className: 'mark mark--best', text: t('matrix.legend.best') },
    { mark: '◆', className: 'mark mark--consensus', text: t('matrix.legend.consensus') },
    { mark: '±', className: 'mcell__spread', text: t('matrix.legend.spread') },
    { mark: '–', className: 'mark', text: t('matrix.legend.unscored') },
    { mark: 'KO', className: 'ko-row-mark', text: t('matrix.legend.knockout') },
    { mark: '✕', className: 'mark mark--ko-failed', text: t('matrix.legend.failed') },
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
