/**
 * "Move to…" for one candidate: a stage to choose and a button, both
 * reachable by keyboard (the board has no drag-only moves). The choice starts
 * at the next stage along the pipeline and never offers the current one.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../shared/domain/entities';
import { PIPELINE_STAGES, type PipelineStage } from '../../../shared/domain/vetting';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { SelectField } from '../../components/select-field';
import { nextStageOf } from './pipeline-view-model';

interface MoveStageControlProps {
  candidate: Candidate;
  /** The candidate's name in the reader's language, for the labels. */
  name: string;
  busy: boolean;
  onMove: (candidate: Candidate, stage: PipelineStage) => void;
}

export function MoveStageControl({ candidate, name, busy, onMove }: MoveStageControlProps) {
  const { t } = useTranslation('pipeline');
  const [target, setTarget] = useState<PipelineStage>(nextStageOf(candidate.stage));
  // After a move the candidate stands somewhere else: start again from its next stage.
  useEffect(() => setTarget(nextStageOf(candidate.stage)), [candidate.stage]);
  const options = PIPELINE_STAGES.filter((s) => s !== candidate.stage).map((value) => ({ value, label: t(STAGE_LABEL[value]) }));
  return (
    <div className="move-stage">
      <SelectField
        className="move-stage__field"
        label={t('move.label', { name })}
        hideLabel
        value={target}
        options={options}
        onChange={setTarget}
      />
      <button type="button" className="button button--small" aria-label={t('move.buttonLabel', { name })} disabled={busy} onClick={() => onMove(candidate, target)}>
        {t('move.button')}
      </button>
    </div>
  );
}
