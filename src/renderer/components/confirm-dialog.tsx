/**
 * "Are you sure?" for anything that cannot be undone. The title names the
 * thing about to go; Cancel has the first focus so that Enter does no harm.
 */
import { useTranslation } from 'react-i18next';
import { ErrorText } from './error-text';
import { ModalDialog } from './modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: string | undefined;
}

export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel, busy = false, error }: ConfirmDialogProps) {
  const { t } = useTranslation('ui');
  return (
    <ModalDialog open={open} title={title} onClose={onCancel} initialFocus="[data-autofocus]">
      <p className="dialog__message">{message}</p>
      <ErrorText message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {t('actions.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy}>
          {busy ? t('actions.saving') : confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
