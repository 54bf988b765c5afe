/**
 * Decision analysis for the open deal-room: how likely each candidate is to be
 * the right pick (Monte Carlo, in a worker), where each is strong and weak
 * (pillar profile), and which weights the ranking hangs on (sensitivity
 * tornado). Computed from the same engine input as the matrix.
 */
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import type { Section } from '../../app/section-tabs';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { ScreenHeader } from '../../components/screen-header';
import { MonteCarloPanel } from './monte-carlo-panel';
import { PillarProfilePanel } from './pillar-profile-panel';
import { SensitivityTornado } from './sensitivity-tornado';

export function AnalysisScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('analysis');
  const lang = useLanguage();
  const { detail, analysis } = useDealRoom();
  const ready = analysis.input.candidates.length > 0 && analysis.scoring.activePillarIds.length > 0;

  return (
    <section className="screen screen--analysis" aria-labelledby="analysis-heading">
      <ScreenHeader
        id="analysis-heading"
        title={t('heading')}
        intro={t('intro')}
        actions={
          ready && (
            <button type="button" className="button" onClick={() => window.print()}>
              {t('ui:actions.print')}
            </button>
          )
        }
      />
      {!ready ? (
        <EmptyState
          action={
            <div className="button-row">
              <button type="button" className="button" onClick={() => onGoTo('candidates')}>
                {t('ui:tabs.candidates')}
              </button>
              <button type="button" className="button" onClick={() => onGoTo('criteria')}>
                {t('ui:tabs.criteria')}
              </button>
            </div>
          }
        >
          {t('empty')}
        </EmptyState>
      ) : (
        <div className="analysis">
          <MonteCarloPanel input={analysis.input} detail={detail} lang={lang} />
          <PillarProfilePanel detail={detail} scoring={analysis.scoring} lang={lang} />
          <SensitivityTornado detail={detail} sensitivity={analysis.sensitivity} lang={lang} />
        </div>
      )}
    </section>
  );
}
