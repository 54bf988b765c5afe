/**
 * "What it would take": for each criterion (or pillar), the weight at which
 * the leader would be overtaken, how far that is from now, and by whom. The
 * most critical row is marked in words as well as by its highlight.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatPercent, formatPointChange } from '../../../shared/i18n/format';
import { Badge } from '../../components/badge';
import type { ThresholdRow } from './threshold-rows';

interface ThresholdTableProps {
  kind: 'criterion' | 'pillar';
  rows: ThresholdRow[];
  lang: Language;
}

export function ThresholdTable({ kind, rows, lang }: ThresholdTableProps) {
  const { t } = useTranslation('ui');
  const captionId = `thresholds-${kind}`;
  const dash = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('sensitivity.noCrossing')}</span>
    </>
  );
  return (
    <div className="table-scroll">
      <table className="data-table threshold-table" aria-labelledby={captionId}>
        <caption id={captionId} className="threshold-table__caption">
          {kind === 'criterion' ? t('sensitivity.criteriaCaption') : t('sensitivity.pillarsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{kind === 'criterion' ? t('sensitivity.columns.criterion') : t('sensitivity.columns.pillar')}</th>
            <th scope="col" className="num">
              {t('sensitivity.columns.current')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.columns.threshold')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.columns.change')}
            </th>
            <th scope="col" className="num">
              {t('sensitivity.columns.relative')}
            </th>
            <th scope="col">{t('sensitivity.columns.challenger')}</th>
            <th scope="col">{t('sensitivity.columns.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.targetId} className={[row.mostCritical ? 'is-critical' : null, row.threshold === null ? 'is-quiet' : null].filter(Boolean).join(' ') || undefined}>
              <th scope="row" className="threshold-table__name">
                <span>{row.label}</span>
                {row.mostCritical && <Badge tone="accent">{t('sensitivity.mostCritical')}</Badge>}
                {row.withinMargin && <Badge tone="bad">{t('sensitivity.withinMargin')}</Badge>}
              </th>
              <td className="num">{formatPercent(row.current, lang)}</td>
              <td className="num">{row.threshold === null ? dash : formatPercent(row.threshold, lang)}</td>
              <td className="num">{row.change === null ? dash : formatPointChange(row.change, lang)}</td>
              <td className="num">{row.relativeChange === null ? dash : `${row.relativeChange > 0 ? '+' : ''}${formatPercent(row.relativeChange, lang)}`}</td>
              <td className="threshold-table__challenger">{row.challengerName ?? dash}</td>
              <td className="threshold-table__sentence">{row.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
