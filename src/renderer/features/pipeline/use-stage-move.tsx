/**
 * Moving a candidate from the board or the list. A plain move goes straight
 * to the store; declining first asks for the reason; a move the comparison
 * gate refuses opens the refusal with the offer to override it with a reason.
 * The outcome is announced in one live status line.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { candidateName } from '../../../shared/domain/display-names';
import type { Candidate } from '../../../shared/domain/entities';
import type { PipelineStage } from '../../../shared/domain/vetting';
import { STAGE_LABEL } from '../../../shared/i18n/pipeline-label-keys';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { DeclineDialog } from './decline-dialog';
import { GateOverrideDialog } from './gate-override-dialog';

type Pending = { kind: 'decline'; candidate: Candidate } | { kind: 'gate'; candidate: Candidate; stage: PipelineStage; refusal: string };

/** The store's refusal of a move by the comparison gate (as opposed to any other failure). */
function isGateRefusal(error: ApiError): boolean {
  return error.code === 'rule_violation' && error.path === 'stage';
}

export interface StageMove {
  request: (candidate: Candidate, stage: PipelineStage) => void;
  busy: boolean;
  /** A failure of a move made without a dialog. */
  error: string | undefined;
  /** What the last move did, for the live status line. */
  status: string;
  dialogs: ReactNode;
}

export function useStageMove(): StageMove {
  const { t } = useTranslation('pipeline');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const dialogAction = useApiAction();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  // Kept as facts, worded at render time, so a switch of language rewords it too.
  const [lastMove, setLastMove] = useState<{ candidateId: string; stage: PipelineStage } | null>(null);
  const dealRoomId = detail.dealRoom.id;

  const announce = (candidate: Candidate, stage: PipelineStage) => setLastMove({ candidateId: candidate.id, stage });
  const moved = lastMove && detail.candidates.find((c) => c.id === lastMove.candidateId);
  const status = lastMove && moved ? t('move.done', { name: candidateName(moved, lang), stage: t(STAGE_LABEL[lastMove.stage]) }) : '';

  async function request(candidate: Candidate, stage: PipelineStage) {
    setLastMove(null);
    setError(undefined);
    dialogAction.clearError();
    if (stage === 'declined') {
      setPending({ kind: 'decline', candidate });
      return;
    }
    if (busy) return;
    setBusy(true);
    try {
      const result = await mutate('pipeline.moveStage', { dealRoomId, candidateId: candidate.id, stage });
      if (result.ok) announce(candidate, stage);
      else if (isGateRefusal(result.error)) setPending({ kind: 'gate', candidate, stage, refusal: result.error.message });
      else setError(result.error.message);
    } finally {
      setBusy(false);
    }
  }

  async function decline(candidate: Candidate, reason: string) {
    const done = await dialogAction.run(() => mutate('pipeline.moveStage', { dealRoomId, candidateId: candidate.id, stage: 'declined', reason }));
    if (!done) return;
    setPending(null);
    announce(candidate, 'declined');
  }

  async function override(candidate: Candidate, stage: PipelineStage, reason: string) {
    const done = await dialogAction.run(() => mutate('pipeline.moveStage', { dealRoomId, candidateId: candidate.id, stage, override: { reason } }));
    if (!done) return;
    setPending(null);
    announce(candidate, stage);
  }

  const close = () => setPending(null);
  let dialogs: ReactNode = null;
  if (pending?.kind === 'decline') {
    const { candidate } = pending;
    dialogs = (
      <DeclineDialog
        key={candidate.id}
        name={candidateName(candidate, lang)}
        busy={dialogAction.busy}
        error={dialogAction.error}
        onDecline={(reason) => void decline(candidate, reason)}
        onCancel={close}
      />
    );
  } else if (pending?.kind === 'gate') {
    const { candidate, stage, refusal } = pending;
    dialogs = (
      <GateOverrideDialog
        key={`${candidate.id}|${stage}`}
        name={candidateName(candidate, lang)}
        stage={t(STAGE_LABEL[stage])}
        refusal={refusal}
        busy={dialogAction.busy}
        error={dialogAction.error}
        onOverride={(reason) => void override(candidate, stage, reason)}
        onCancel={close}
      />
    );
  }
  return { request: (c, s) => void request(c, s), busy, error, status, dialogs };
}
