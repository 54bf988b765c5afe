/**
 * Beside the grid: the chosen cell's scale (the anchors), the current
 * evaluator's full score with confidence and rationale, everyone's scores on
 * it, and the consensus. In independent mode, while the evaluator's sheet is
 * still open, the others' scores and the consensus stay hidden
 * (src/shared/domain/panel-visibility.ts); a declared conflict of interest
 * replaces the score form with the reason it cannot be scored.
 */
import { useTranslation } from 'react-i18next';
import { candidateName, labelName } from '../../../shared/domain/display-names';
import type { Candidate, Criterion, Evaluator } from '../../../shared/domain/entities';
import { scoresArePrivateTo, visibleScores } from '../../../shared/domain/panel-visibility';
import { formatScore } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { Notice } from '../../components/notice';
import { CellEvidence } from '../interviews/cell-evidence';
import { AnchorScale } from './anchor-scale';
import { CellScoresList } from './cell-scores-list';
import { ConsensusForm } from './consensus-form';
import { ScoreForm } from './score-form';
import { cellScores, findConsensus, findScore } from './score-lookup';

interface CellPanelProps {
  candidate: Candidate;
  criterion: Criterion;
  evaluator: Evaluator;
}

export function CellPanel({ candidate, criterion, evaluator }: CellPanelProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const cell = { candidateId: candidate.id, criterionId: criterion.id };
  const conflict = detail.conflicts.find((d) => d.evaluatorId === evaluator.id && d.candidateId === candidate.id && d.status === 'conflict');
  const hidden = scoresArePrivateTo(detail, evaluator.id);
  return (
    <aside className="panel" aria-labelledby="cell-panel-title">
      <header className="panel__header">
        <h3 id="cell-panel-title" className="panel__title">
          {t('scoring.panelTitle', { candidate: candidateName(candidate, lang), criterion: labelName(criterion, lang) })}
        </h3>
        {criterion.knockout && <Badge tone="warn">{t('scoring.knockout', { mark: formatScore(criterion.passMark, lang) })}</Badge>}
      </header>
      <AnchorScale criterion={criterion} />
      <CellEvidence candidate={candidate} criterion={criterion} />
      <section className="panel__section">
        <h4 className="panel__subheading">{t('scoring.caption', { name: evaluator.name })}</h4>
        {conflict ? (
          <Notice tone="warn">
            <p>{t('scoring.conflictDeclared', { name: evaluator.name, candidate: candidateName(candidate, lang) })}</p>
            {conflict.note && <p className="conflict-note">{conflict.note}</p>}
          </Notice>
        ) : (
          <>
            {evaluator.submittedAt !== null && <p className="muted">{t('scoring.lockedNote')}</p>}
            <ScoreForm
              cell={cell}
              evaluatorId={evaluator.id}
              evaluatorName={evaluator.name}
              stored={findScore(detail, evaluator.id, cell)}
              readOnly={evaluator.submittedAt !== null}
            />
          </>
        )}
      </section>
      {hidden ? (
        <section className="panel__section">
          <h4 className="panel__subheading">{t('scoring.allScores')}</h4>
          <p className="muted">{t('scoring.hiddenUntilSubmitted', { name: evaluator.name })}</p>
        </section>
      ) : (
        <>
          <section className="panel__section">
            <h4 className="panel__subheading">{t('scoring.allScores')}</h4>
            <CellScoresList detail={detail} scores={cellScores(detail, cell, visibleScores(detail, evaluator.id))} />
          </section>
          <section className="panel__section">
            <h4 className="panel__subheading">{t('scoring.consensus')}</h4>
            <ConsensusForm cell={cell} stored={findConsensus(detail, cell)} />
          </section>
        </>
      )}
    </aside>
  );
}
