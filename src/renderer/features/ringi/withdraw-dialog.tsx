/** Withdraw a proposal: the drafter takes it back, with the reason recorded. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';

export function WithdrawDialog({ open, proposalId, title, onClose }: { open: boolean; proposalId: string; title: string; onClose: () => void }) {
  const { t } = useTranslation('ringi');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('proposals.withdraw', { dealRoomId: detail.dealRoom.id, proposalId, reason }));
    if (done) {
      setReason('');
      onClose();
    }
  }

  return (
    <ModalDialog open={open} title={t('withdraw.title', { title })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog__message">{t('withdraw.intro')}</p>
        <TextAreaField label={t('withdraw.reason')} value={reason} onChange={setReason} error={fieldErrorFor(action.error, 'reason')} rows={3} />
        <ErrorText message={formErrorFor(action.error, ['reason'])} />
        <DialogFormActions busy={action.busy} submitLabel={t('withdraw.submit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
