/** Declining a candidate asks why: the reason stays with the candidate and in the change log. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';

interface DeclineDialogProps {
  name: string;
  busy: boolean;
  error: ApiError | null;
  onDecline: (reason: string) => void;
  onCancel: () => void;
}

export function DeclineDialog({ name, busy, error, onDecline, onCancel }: DeclineDialogProps) {
  const { t } = useTranslation('pipeline');
  const [reason, setReason] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onDecline(reason);
  }
  return (
    <ModalDialog open title={t('decline.title', { name })} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog__message">{t('decline.intro', { name })}</p>
        <TextAreaField
          label={t('decline.reason')}
          value={reason}
          onChange={setReason}
          hint={t('decline.reasonHint')}
          error={fieldErrorFor(error, 'reason')}
          required
          rows={4}
        />
        <ErrorText message={formErrorFor(error, ['reason'])} />
        <DialogFormActions busy={busy} submitLabel={t('decline.confirm')} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
