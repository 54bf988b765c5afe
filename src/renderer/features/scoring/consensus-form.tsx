/**
 * The panel's agreed score for a cell, with the reason. When recorded it
 * replaces the evaluators' mean in the matrix (SCORING.md, "Aggregated scores").
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consensus } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { NumberField } from '../../components/number-field';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { TextAreaField } from '../../components/text-area-field';
import type { CellKey } from './score-lookup';

export function ConsensusForm({ cell, stored }: { cell: CellKey; stored: Consensus | undefined }) {
  const { t } = useTranslation('ui');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');

  useEffect(() => {
    setValue(numberToText(stored?.value));
    setReason(stored?.reason ?? '');
    action.clearError();
  }, [stored?.value, stored?.reason, cell.candidateId, cell.criterionId]);

  const ref = { dealRoomId: detail.dealRoom.id, ...cell };
  async function save(event: FormEvent) {
    event.preventDefault();
    await action.run(() => mutate('consensus.set', { ...ref, value: numberForApi(parseNumberText(value)), reason }));
  }

  return (
    <form className="form form--panel" aria-label={t('scoring.consensus')} onSubmit={save} noValidate>
      <p className="muted">{stored ? t('scoring.consensusIntro') : t('scoring.consensusNone')}</p>
      <NumberField label={t('scoring.consensusValue')} value={value} onChange={setValue} error={fieldErrorFor(action.error, 'value')} />
      <TextAreaField label={t('scoring.consensusReason')} value={reason} onChange={setReason} error={fieldErrorFor(action.error, 'reason')} rows={3} />
      <ErrorText message={formErrorFor(action.error, ['value', 'reason'])} />
      <div className="form__actions">
        <button type="button" className="button button--quiet" disabled={!stored || action.busy} onClick={() => void action.run(() => mutate('consensus.clear', ref))}>
          {t('scoring.clearConsensus')}
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {action.busy ? t('actions.saving') : t('scoring.saveConsensus')}
        </button>
      </div>
    </form>
  );
}
