/**
 * Reopening a submitted sheet: a reason is required, and it goes to the
 * change log beside the reopening (the moment an audit asks about).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';

export function ReopenSheetDialog({ evaluator, onClose }: { evaluator: Evaluator; onClose: () => void }) {
  const { t } = useTranslation('panel');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('evaluators.reopenSheet', { dealRoomId: detail.dealRoom.id, evaluatorId: evaluator.id, reason }));
    if (done) onClose();
  }

  return (
    <ModalDialog open title={t('reopen.title', { name: evaluator.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('reopen.title', { name: evaluator.name })}>
        <p className="dialog__message">{t('reopen.intro', { name: evaluator.name })}</p>
        <TextAreaField
          label={t('reopen.reason')}
          value={reason}
          onChange={(v) => {
            setReason(v);
            if (action.error) action.clearError();
          }}
          hint={t('reopen.reasonHint')}
          error={fieldErrorFor(action.error, 'reason')}
          required
          rows={3}
        />
        <ErrorText message={formErrorFor(action.error, ['reason'])} />
        <DialogFormActions busy={action.busy} submitLabel={t('reopen.confirm')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
