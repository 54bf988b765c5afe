/**
 * One candidate in the pipeline: where it stands, how it came to us (with
 * the candidate form to edit that), its suitor signals and its stage history.
 * Opening it moves focus to its heading, so keyboard and screen-reader users
 * land where the details are.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateAltName, candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import { warningCountOf } from '../../../shared/domain/suitor-signal-readings';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { Notice } from '../../components/notice';
import { CandidateFormDialog } from '../candidates/candidate-form-dialog';
import { IntakeSummary } from './intake-summary';
import { SignalsPanel } from './signals-panel';
import { StageHistoryList } from './stage-history-list';
import { useStageHistory } from './use-stage-history';

export function CandidateDetail({ candidate, onClose }: { candidate: Candidate; onClose: () => void }) {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const history = useStageHistory(detail, candidate.id);
  const [editing, setEditing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'nearest' });
  }, [candidate.id]);

  const name = candidateName(candidate, lang);
  const alt = candidateAltName(candidate, lang);
  const warnings = warningCountOf(detail.signals, candidate.id);
  return (
    <section className="pipeline-detail" aria-labelledby="pipeline-detail-title">
      <header className="pipeline-detail__header">
        <div>
          <h3 id="pipeline-detail-title" className="pipeline-detail__title" ref={headingRef} tabIndex={-1}>
            {name}
          </h3>
          {alt && <p className="pipeline-card__alt">{alt}</p>}
          <div className="pipeline-card__badges">
            <Badge tone={candidate.stage === 'declined' ? 'bad' : 'accent'}>{t(STAGE_LABEL[candidate.stage])}</Badge>
            <Badge tone={warnings > 0 ? 'warn' : 'neutral'}>{t('signals.warnings', { count: warnings })}</Badge>
          </div>
        </div>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      {candidate.stage === 'declined' && candidate.declinedReason && (
        <Notice tone="bad">
          <p>{t('detail.declined', { reason: candidate.declinedReason })}</p>
        </Notice>
      )}
      <div className="pipeline-detail__columns">
        <div className="pipeline-detail__column">
          <section aria-labelledby="intake-title">
            <div className="signals-panel__header">
              <h4 id="intake-title" className="pipeline-detail__subheading">
                {t('intake.legend')}
              </h4>
              <button type="button" className="button button--small" onClick={() => setEditing(true)}>
                {t('detail.editIntake')}
              </button>
            </div>
            <IntakeSummary candidate={candidate} />
          </section>
          <section aria-labelledby="history-title">
            <h4 id="history-title" className="pipeline-detail__subheading">
              {t('history.heading')}
            </h4>
            <StageHistoryList load={history} />
          </section>
        </div>
        <SignalsPanel candidate={candidate} />
      </div>
      <CandidateFormDialog open={editing} candidate={candidate} onClose={() => setEditing(false)} />
    </section>
  );
}
