/**
 * One evaluator's declaration about one candidate: no conflict of interest,
 * or a conflict with a note saying what it is. A conflict stops the
 * evaluator scoring that candidate and takes their scores of it out of
 * every total (SCORING.md, "Aggregated scores").
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, ConflictDeclaration, ConflictStatus, Evaluator } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';

interface ConflictDialogProps {
  evaluator: Evaluator;
  candidate: Candidate;
  stored: ConflictDeclaration | undefined;
  onClose: () => void;
}

export function ConflictDialog({ evaluator, candidate, stored, onClose }: ConflictDialogProps) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const group = useId();
  const [status, setStatus] = useState<ConflictStatus>(stored?.status ?? 'none');
  const [note, setNote] = useState(stored?.note ?? '');
  const names = { evaluator: evaluator.name, candidate: candidateName(candidate, lang) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() =>
      mutate('conflicts.declare', { dealRoomId: detail.dealRoom.id, evaluatorId: evaluator.id, candidateId: candidate.id, status, note: status === 'conflict' ? note : '' }),
    );
    if (done) onClose();
  }

  const options: { value: ConflictStatus; label: string }[] = [
    { value: 'none', label: t('conflicts.status.none') },
    { value: 'conflict', label: t('conflicts.status.conflict') },
  ];
  return (
    <ModalDialog open title={t('conflicts.dialogTitle', names)} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('conflicts.dialogTitle', names)}>
        <p className="dialog__message">{t('conflicts.dialogIntro', names)}</p>
        <fieldset className="choice-group">
          <legend className="field__label">{t('conflicts.declaration')}</legend>
          {options.map((o) => (
            <label key={o.value} className="choice">
              <input type="radio" name={group} value={o.value} checked={status === o.value} onChange={() => setStatus(o.value)} />
              <span className="choice__label">{o.label}</span>
            </label>
          ))}
        </fieldset>
        {status === 'conflict' && (
          <TextAreaField
            label={t('conflicts.note')}
            value={note}
            onChange={(v) => {
              setNote(v);
              if (action.error) action.clearError();
            }}
            hint={t('conflicts.noteHint')}
            error={fieldErrorFor(action.error, 'note')}
            required
            rows={3}
          />
        )}
        <ErrorText message={formErrorFor(action.error, ['note', 'status'])} />
        <DialogFormActions busy={action.busy} submitLabel={t('conflicts.save')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
