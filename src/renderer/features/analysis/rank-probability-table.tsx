/** The rank probabilities as a table: the chart's numbers, readable by everyone and printable as they are. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatPercent, formatPoints } from '../../../shared/i18n/format';
import type { RankChartModel } from './rank-chart-model';

export function RankProbabilityTable({ model, lang }: { model: RankChartModel; lang: Language }) {
  const { t } = useTranslation('analysis');
  const ranks = Array.from({ length: model.rankCount }, (_, r) => r + 1);
  const anyKnockedOut = model.rows.some((r) => r.knockedOutShare > 0);
  return (
    <div className="table-scroll analysis-table">
      <table className="data-table">
        <caption className="analysis-table__caption">{t('ranks.tableCaption', { draws: formatPoints(model.draws, lang, 0) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.candidate')}</th>
            {ranks.map((rank) => (
              <th key={rank} scope="col" className="num">
                {t('ranks.rank', { rank })}
              </th>
            ))}
            {anyKnockedOut && (
              <th scope="col" className="num">
                {t('ranks.knockedOut')}
              </th>
            )}
            <th scope="col" className="num">
              {t('ranks.meanTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.candidateId}>
              <th scope="row" className="data-table__name">
                {row.name}
              </th>
              {ranks.map((rank) => (
                <td key={rank} className="num">
                  {formatPercent(row.rankShares[rank - 1] ?? 0, lang)}
                </td>
              ))}
              {anyKnockedOut && <td className="num">{formatPercent(row.knockedOutShare, lang)}</td>}
              <td className="num">{formatPoints(row.meanTotal, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
