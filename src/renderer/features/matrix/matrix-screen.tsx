/**
 * The comparison matrix with its robustness analysis: the page executives
 * read and print. Computed in memory from the open deal-room, so it follows
 * every edit at once.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { ComparedCountNotice } from '../candidates/compared-count-notice';
import { ExportMenu } from '../exports/export-menu';
import { PrintButton } from '../print/print-button';
import { useRevealGate } from '../panel/reveal-gate';
import { MatrixLegend } from './matrix-legend';
import { buildMatrixModel } from './matrix-rows';
import { MatrixTable } from './matrix-table';
import { MatrixTermsSection } from './matrix-terms-section';
import { SensitivityPanel } from './sensitivity-panel';

export function MatrixScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, analysis } = useDealRoom();
  const model = useMemo(() => buildMatrixModel(detail, analysis, lang), [detail, analysis, lang]);
  const comparedCount = detail.candidates.filter((c) => c.compared).length;
  const hasWeight = analysis.scoring.activePillarIds.length > 0;
  // The matrix aggregates everyone's scores: in independent mode it waits for every sheet too.
  const gate = useRevealGate(detail);

  return (
    <section className="screen screen--matrix" aria-labelledby="matrix-heading">
      <ScreenHeader
        id="matrix-heading"
        title={t('matrix.heading')}
        actions={gate.open ? <PrintButton /> : null}
      />
      <ExportMenu />
      <ComparedCountNotice count={comparedCount} />
      {gate.notice}
      {!gate.open ? null : model.columns.length === 0 || model.body.length === 0 || !hasWeight ? (
        <EmptyState
          action={
            <div className="button-row">
              <button type="button" className="button" onClick={() => onGoTo('candidates')}>
                {t('tabs.candidates')}
              </button>
              <button type="button" className="button" onClick={() => onGoTo('criteria')}>
                {t('tabs.criteria')}
              </button>
            </div>
          }
        >
          {t('matrix.empty')}
        </EmptyState>
      ) : (
        <>
          <MatrixTable model={model} lang={lang} roomName={detail.dealRoom.name} />
          <MatrixLegend />
          <MatrixTermsSection detail={detail} lang={lang} onGoTo={onGoTo} />
          <SensitivityPanel detail={detail} analysis={analysis} lang={lang} />
        </>
      )}
    </section>
  );
}
