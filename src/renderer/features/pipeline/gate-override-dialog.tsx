/**
 * The comparison gate said no. The dialog shows why, in the store's words,
 * and offers the one way past it: an override with a reason, which the
 * change log keeps beside the move for whoever asks later why this suitor
 * went ahead before the comparison was done.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { TextAreaField } from '../../components/text-area-field';

interface GateOverrideDialogProps {
  name: string;
  stage: string;
  /** The store's refusal, naming how many candidates are evaluated. */
  refusal: string;
  busy: boolean;
  error: ApiError | null;
  onOverride: (reason: string) => void;
  onCancel: () => void;
}

export function GateOverrideDialog({ name, stage, refusal, busy, error, onOverride, onCancel }: GateOverrideDialogProps) {
  const { t } = useTranslation('pipeline');
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onOverride(reason);
  }
  return (
    <ModalDialog open title={t('gate.title', { name, stage })} onClose={onCancel} initialFocus="[data-autofocus]">
      <Notice tone="warn">
        <p>{refusal}</p>
      </Notice>
      <p className="dialog__message">{t('gate.why')}</p>
      {overriding ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextAreaField
            label={t('gate.reason')}
            value={reason}
            onChange={setReason}
            hint={t('gate.reasonHint')}
            error={fieldErrorFor(error, 'reason')}
            required
            rows={4}
            // The button that revealed the field is gone: focus follows to where the reason goes.
            autoFocus
          />
          <ErrorText message={formErrorFor(error, ['reason'])} />
          <DialogFormActions busy={busy} submitLabel={t('gate.confirm')} onCancel={onCancel} />
        </form>
      ) : (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            {t('gate.keep')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setOverriding(true)}>
            {t('gate.override')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
