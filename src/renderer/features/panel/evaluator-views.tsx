/**
 * Each evaluator's own ranking beside the panel's, and how far each sits
 * from the panel on average. A quiet way to see whose view the panel's
 * numbers carry least, without singling anyone out as wrong.
 */
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import type { EvaluatorComparison, EvaluatorStanding, Standing } from './evaluator-comparison';

export function EvaluatorViews({ comparison }: { comparison: EvaluatorComparison }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const anyDiffers = comparison.rows.some((row) =>
    Object.values(row.byEvaluator).some((s) => s.kind === 'ranked' && s.rank !== row.panel.rank),
  );
  return (
    <section className="panel-block" aria-labelledby="views-title">
      <h3 id="views-title" className="section-title">
        {t('views.heading')}
      </h3>
      <p className="section-intro">{t('views.intro')}</p>
      <div className="table-scroll">
        <table className="data-table views-table">
          <caption className="visually-hidden">{t('views.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.candidateColumn')}</th>
              <th scope="col" className="num views-table__panel">
                {t('views.panelColumn')}
              </th>
              {comparison.evaluators.map((e) => (
                <th key={e.evaluatorId} scope="col" className="num">
                  {e.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.candidateId}>
                <th scope="row" className="data-table__name">
                  {row.name}
                </th>
                <td className="num views-table__panel">
                  <StandingText standing={{ kind: 'ranked', ...row.panel }} />
                </td>
                {comparison.evaluators.map((e) => (
                  <td key={e.evaluatorId} className="num">
                    <StandingText standing={row.byEvaluator[e.evaluatorId] ?? { kind: 'unscored' }} panel={row.panel} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyDiffers && (
        <p className="views-table__key">
          <span className="standing__differs" aria-hidden="true">
            ≠
          </span>{' '}
          {t('views.differsKey')}
        </p>
      )}

      <h4 className="section-subtitle" id="distance-title">
        {t('views.distanceHeading')}
      </h4>
      <p className="section-intro">{t('views.distanceExplain')}</p>
      <div className="table-scroll table-scroll--compact">
        <table className="data-table distance-table" aria-labelledby="distance-title">
          <thead>
            <tr>
              <th scope="col">{t('views.evaluatorColumn')}</th>
              <th scope="col" className="num">
                {t('views.cellsScored')}
              </th>
              <th scope="col" className="num">
                {t('views.meanDistance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.evaluators.map((e) => (
              <tr key={e.evaluatorId}>
                <th scope="row" className="data-table__name">
                  {e.name}
                </th>
                <td className="num">{formatPoints(e.cellsScored, lang, 0)}</td>
                <td className="num">{e.meanDistance === null ? <span className="muted">{t('views.noDistance')}</span> : formatPoints(e.meanDistance, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "#1 · 78.8", or why there is no rank; an evaluator's rank that differs from the panel's is marked. */
function StandingText({ standing, panel }: { standing: EvaluatorStanding; panel?: Standing }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  if (standing.kind === 'conflict') return <span className="muted">{t('views.conflict')}</span>;
  if (standing.kind === 'unscored') return <span className="muted">{t('views.unscored')}</span>;
  const total = formatPoints(standing.total, lang);
  const differs = panel !== undefined && panel.rank !== standing.rank;
  return (
    <span className={differs ? 'standing standing--differs' : 'standing'}>
      {standing.rank === null ? (
        <span className="standing__rank standing__rank--out">{t('views.knockedOut')}</span>
      ) : (
        <span className="standing__rank">{t('views.rank', { rank: standing.rank })}</span>
      )}
      <span className="standing__total">{total}</span>
      {differs && (
        <>
          <span className="standing__differs" aria-hidden="true">
            ≠
          </span>
          <span className="visually-hidden">{t('views.differs')}</span>
        </>
      )}
    </span>
  );
}
