/** An open deal-room: its header, the section tabs and the chosen section. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../shared/domain/entities';
import { Notice } from '../components/notice';
import { CandidatesScreen } from '../features/candidates/candidates-screen';
import { CriteriaScreen } from '../features/criteria/criteria-screen';
import { DealRoomHeader } from '../features/deal-rooms/deal-room-header';
import { EvaluatorsScreen } from '../features/evaluators/evaluators-screen';
import { AuditScreen } from '../features/audit/audit-screen';
import { CirculationScreen } from '../features/ringi/circulation-screen';
import { DiligenceScreen } from '../features/diligence/diligence-screen';
import { FlagsScreen } from '../features/flags/flags-screen';
import { InterviewsScreen } from '../features/interviews/interviews-screen';
import { PipelineScreen } from '../features/pipeline/pipeline-screen';
import { MatrixScreen } from '../features/matrix/matrix-screen';
import { PanelScreen } from '../features/panel/panel-screen';
import { ScoringScreen } from '../features/scoring/scoring-screen';
import { TermsScreen } from '../features/terms/terms-screen';
import { DealRoomProvider } from './deal-room-context';
import { PANEL_ID, SectionTabs, tabId, type Section } from './section-tabs';

// The analysis screen brings the charting library (about half of the bundle): loaded when first opened,
// so that starting the app on the matrix does not wait for it.
const AnalysisScreen = lazy(() => import('../features/analysis/analysis-screen').then((m) => ({ default: m.AnalysisScreen })));

interface DealRoomViewProps {
  dealRoomId: string;
  section: Section;
  onSection: (s: Section) => void;
  onChanged: () => void;
  onDeleted: () => void;
  editRequest: number;
  exportRequest: number;
  reloadToken: number;
  /** Whether the room's file is encrypted (from the deal-room list). */
  encryption: DealRoomSummary['encryption'];
}

export function DealRoomView({ dealRoomId, section, onSection, onChanged, onDeleted, editRequest, exportRequest, reloadToken, encryption }: DealRoomViewProps) {
  const { t } = useTranslation('ui');
  return (
    <DealRoomProvider
      dealRoomId={dealRoomId}
      reloadToken={reloadToken}
      onChanged={onChanged}
      loading={
        <p className="app__loading" role="status">
          {t('app.loading')}
        </p>
      }
      failed={(error, retry) => (
        <div className="screen">
          <Notice tone="bad" role="alert">
            <p>{t('dealRooms.loadFailed', { message: error.message })}</p>
            <button type="button" className="button" onClick={retry}>
              {t('app.retry')}
            </button>
          </Notice>
        </div>
      )}
    >
      {/* A locked room can no longer be shown: it closes as a deleted one does. */}
      <DealRoomHeader editRequest={editRequest} exportRequest={exportRequest} onDeleted={onDeleted} encryption={encryption} onEncryptionChanged={onChanged} onLocked={onDeleted} />
      <SectionTabs current={section} onSelect={onSection} />
      <div className="section-panel" role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(section)}>
        {section === 'matrix' && <MatrixScreen onGoTo={onSection} />}
        {section === 'candidates' && <CandidatesScreen />}
        {section === 'criteria' && <CriteriaScreen />}
        {section === 'scoring' && <ScoringScreen onGoTo={onSection} />}
        {section === 'evaluators' && <EvaluatorsScreen />}
        {section === 'panel' && <PanelScreen onGoTo={onSection} />}
        {section === 'analysis' && (
          <Suspense
            fallback={
              <p className="app__loading" role="status">
                {t('app.loading')}
              </p>
            }
          >
            <AnalysisScreen onGoTo={onSection} />
          </Suspense>
        )}
        {section === 'pipeline' && <PipelineScreen onGoTo={onSection} />}
        {section === 'interviews' && <InterviewsScreen onGoTo={onSection} />}
        {section === 'flags' && <FlagsScreen onGoTo={onSection} />}
        {section === 'diligence' && <DiligenceScreen onGoTo={onSection} />}
        {section === 'terms' && <TermsScreen onGoTo={onSection} />}
        {section === 'circulation' && <CirculationScreen onGoTo={onSection} />}
        {section === 'history' && <AuditScreen />}
      </div>
    </DealRoomProvider>
  );
}
