/** Asks for the recovery key of a locked deal-room; a wrong one is named beside the field. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import './encryption.css';

interface UnlockDialogProps {
  open: boolean;
  room: { id: string; name: string };
  onClose: () => void;
  onUnlocked: (id: string) => void;
}

export function UnlockDialog({ open, room, onClose, onUnlocked }: UnlockDialogProps) {
  const { t } = useTranslation('encryption');
  const api = useApi();
  const action = useApiAction();
  const [recoveryKey, setRecoveryKey] = useState('');

  function close() {
    setRecoveryKey('');
    action.clearError();
    onClose();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await action.run(() => api.call('encryption.unlock', { dealRoomId: room.id, recoveryKey }));
    if (done) {
      setRecoveryKey('');
      onUnlocked(room.id);
    }
  }

  return (
    <ModalDialog open={open} title={t('unlock.title')} onClose={close}>
      <form className="dialog__body" onSubmit={(e) => void submit(e)}>
        <p>{t('unlock.intro', { file: room.name })}</p>
        <TextField
          label={t('unlock.label')}
          hint={t('unlock.hint')}
          value={recoveryKey}
          onChange={setRecoveryKey}
          error={action.error?.message}
          autoComplete="off"
          spellCheck={false}
          className="recovery-key__input"
        />
        <DialogFormActions busy={action.busy} submitLabel={t('unlock.submit')} onCancel={close} />
      </form>
    </ModalDialog>
  );
}
