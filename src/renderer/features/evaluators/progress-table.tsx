/**
 * The facilitator's progress view: per criterion and evaluator, how many of
 * the cells they can score are scored. Counts only, never a value, so it can
 * be shown to anyone while sheets are still private.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { labelName } from '../../../shared/domain/display-names';
import type { Evaluator } from '../../../shared/domain/entities';
import { formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { sheetProgressOf, type CriterionProgress } from './sheet-progress';
import { SheetStatusText } from './sheet-status-text';

export function ProgressTable({ evaluators }: { evaluators: Evaluator[] }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const progress = evaluators.map((e) => sheetProgressOf(detail, e.id));
  const pillars = [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder);
  const count = (n: number) => formatPoints(n, lang, 0);
  const cell = (p: CriterionProgress | undefined) => {
    if (!p) return null;
    const complete = p.scorable > 0 && p.scored === p.scorable;
    return (
      <span className={complete ? 'progress-count progress-count--complete' : 'progress-count'}>
        {complete && (
          <span className="progress-count__tick" aria-hidden="true">
            ✓{' '}
          </span>
        )}
        {t('progress.count', { scored: count(p.scored), scorable: count(p.scorable) })}
      </span>
    );
  };

  return (
    <section className="panel-block" aria-labelledby="progress-title">
      <h3 id="progress-title" className="section-title">
        {t('progress.heading')}
      </h3>
      <p className="section-intro">{t('progress.intro')}</p>
      {detail.criteria.length === 0 ? (
        <p className="muted">{t('progress.noCriteria')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table progress-table">
            <caption className="visually-hidden">{t('progress.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('progress.criterionColumn')}</th>
                {evaluators.map((e) => (
                  <th key={e.id} scope="col" className="num">
                    {e.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pillars.map((p) => {
                const criteria = detail.criteria.filter((c) => c.pillarId === p.id).sort((a, b) => a.sortOrder - b.sortOrder);
                if (criteria.length === 0) return null;
                return (
                  <Fragment key={p.id}>
                    <tr className="progress-table__pillar">
                      <th scope="colgroup" colSpan={evaluators.length + 1}>
                        {labelName(p, lang)}
                      </th>
                    </tr>
                    {criteria.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{labelName(c, lang)}</th>
                        {progress.map((sheet) => (
                          <td key={sheet.evaluatorId} className="num">
                            {cell(sheet.perCriterion[c.id])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </Fragment>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="progress-table__total">
                <th scope="row">{t('progress.total')}</th>
                {progress.map((sheet) => (
                  <td key={sheet.evaluatorId} className="num">
                    {cell(sheet)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('progress.sheet')}</th>
                {progress.map((sheet) => (
                  <td key={sheet.evaluatorId} className="num">
                    <SheetStatusText progress={sheet} compact />
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
