/**
 * Panel review: where the evaluators disagree (a heat map of the spread per
 * candidate and criterion, each cell opening the scores, the consensus and
 * the dissent), and each evaluator's ranking beside the panel's. In
 * independent mode nothing of the scores is shown until every sheet is in,
 * unless the facilitator explicitly asks to see it anyway.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collator, formatPoints, formatScore } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { ProgressTable } from '../evaluators/progress-table';
import type { CellRef } from './cell-review';
import { DisagreementCellPanel } from './disagreement-cell-panel';
import { DisagreementHeatMap, heatCellId } from './disagreement-heat-map';
import { buildEvaluatorComparison } from './evaluator-comparison';
import { EvaluatorViews } from './evaluator-views';
import { HeatMapLegend } from './heat-map-legend';
import { useRevealGate } from './reveal-gate';
import { buildHeatMap } from './heat-map-rows';

export function PanelScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail, analysis } = useDealRoom();
  const gate = useRevealGate(detail);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const map = useMemo(() => buildHeatMap(detail, lang), [detail, lang]);
  const comparison = useMemo(() => buildEvaluatorComparison(detail, analysis, lang), [detail, analysis, lang]);
  const byName = collator(lang);
  const evaluators = [...detail.evaluators].sort((a, b) => byName.compare(a.name, b.name));
  const count = (n: number) => formatPoints(n, lang, 0);

  const header = <ScreenHeader id="panel-title" title={t('screen.heading')} intro={t('screen.intro')} />;
  if (evaluators.length === 0 || map.columns.length === 0 || map.rows.length === 0) {
    return (
      <section className="screen" aria-labelledby="panel-title">
        {header}
        <EmptyState
          action={
            <div className="button-row">
              <button type="button" className="button" onClick={() => onGoTo('evaluators')}>
                {t('ui:tabs.evaluators')}
              </button>
              <button type="button" className="button" onClick={() => onGoTo('candidates')}>
                {t('ui:tabs.candidates')}
              </button>
            </div>
          }
        >
          {t('screen.empty')}
        </EmptyState>
      </section>
    );
  }

  const closePanel = () => {
    const back = selected ? document.getElementById(heatCellId(selected)) : null;
    setSelected(null);
    back?.focus();
  };
  const selectedHeat =
    selected &&
    map.rows.flatMap((r) => (r.kind === 'criterion' ? r.cells : [])).find((c) => c.candidateId === selected.candidateId && c.criterionId === selected.criterionId);

  return (
    <section className="screen" aria-labelledby="panel-title">
      {header}
      {gate.notice}
      {!gate.open ? (
        <div className="panel-blocks">
          <ProgressTable evaluators={evaluators} />
        </div>
      ) : (
        <>
          <section className="panel-block" aria-labelledby="disagreement-title">
            <h3 id="disagreement-title" className="section-title">
              {t('heatMap.heading')}
            </h3>
            <p className="section-intro" aria-live="polite">
              {map.flagged === 0
                ? t('heatMap.noneFlagged', { threshold: formatScore(map.threshold, lang) })
                : t('heatMap.summary', {
                    count: map.flagged,
                    flagged: count(map.flagged),
                    threshold: formatScore(map.threshold, lang),
                    withConsensus: count(map.flaggedWithConsensus),
                  })}
            </p>
            <div className="scoring-layout">
              <div>
                <DisagreementHeatMap map={map} selected={selected} onSelect={setSelected} />
                <HeatMapLegend threshold={map.threshold} />
              </div>
              {selected ? (
                <DisagreementCellPanel key={`${selected.candidateId}|${selected.criterionId}`} cell={selected} heat={selectedHeat ?? undefined} onClose={closePanel} />
              ) : (
                <aside className="panel panel--hint">
                  <p className="muted">{t('heatMap.selectCell')}</p>
                </aside>
              )}
            </div>
          </section>
          <EvaluatorViews comparison={comparison} />
        </>
      )}
    </section>
  );
}
