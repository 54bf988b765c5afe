/**
 * The open deal-room's encryption: for a plain room, the recovery key is
 * fetched and shown first, and the room is encrypted only once the person
 * confirms they kept it; for an encrypted room, lock it now or remove the
 * encryption (asked twice, since the file becomes readable again).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import type { KeyKeeping } from '../../../shared/api/contract-encryption';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { CheckboxField } from '../../components/checkbox-field';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { RecoveryKeyDisplay } from './recovery-key-display';
import './encryption.css';

interface EncryptionDialogProps {
  open: boolean;
  room: { id: string; name: string };
  encryption: DealRoomSummary['encryption'];
  onClose: () => void;
  /** The room was encrypted or decrypted: the list shows its new state. */
  onChanged: () => void;
  /** The room was locked: it can no longer be shown. */
  onLocked: () => void;
}

export function EncryptionDialog({ open, room, encryption, onClose, onChanged, onLocked }: EncryptionDialogProps) {
  const { t } = useTranslation('encryption');
  const api = useApi();
  const action = useApiAction();
  const [offer, setOffer] = useState<{ recoveryKey: string; keptBy: KeyKeeping } | null>(null);
  const [writtenDown, setWrittenDown] = useState(false);
  const [confirmingDecrypt, setConfirmingDecrypt] = useState(false);
  const [askedToConfirm, setAskedToConfirm] = useState(false);

  useEffect(() => {
    if (!open || encryption !== 'none') return;
    setWrittenDown(false);
    setAskedToConfirm(false);
    setOffer(null);
    void action.run(() => api.call('encryption.newRecoveryKey', {})).then((value) => value && setOffer(value));
    // A new key each time the dialog opens; `action` and `api` are stable.
  }, [open, encryption]);

  function close() {
    action.clearError();
    onClose();
  }

  async function encrypt(e: FormEvent) {
    e.preventDefault();
    if (!offer) return;
    // Without the confirmation the room is not encrypted: a key nobody kept would lock it for good.
    if (!writtenDown) return setAskedToConfirm(true);
    const done = await action.run(() => api.call('encryption.encrypt', { dealRoomId: room.id, recoveryKey: offer.recoveryKey, writtenDown: true }));
    if (done) onChanged();
  }

  async function lock() {
    const done = await action.run(() => api.call('encryption.lock', { dealRoomId: room.id }));
    if (done) onLocked();
  }

  return (
    <>
      <ModalDialog open={open && !confirmingDecrypt} title={t('dialogTitle', { name: room.name })} onClose={close} className="dialog--wide">
        {encryption === 'none' ? (
          <form className="dialog__body" onSubmit={(e) => void encrypt(e)}>
            <p>{t('none.intro')}</p>
            {offer && <p>{offer.keptBy === 'keychain' ? t('none.keptByKeychain') : t('none.keptBySession')}</p>}
            {offer && <RecoveryKeyDisplay recoveryKey={offer.recoveryKey} />}
            <CheckboxField label={t('none.writtenDown')} checked={writtenDown} onChange={setWrittenDown} disabled={!offer} />
            {askedToConfirm && !writtenDown && <ErrorText message={t('none.confirmFirst')} />}
            <p className="field__hint">{t('none.evidenceNote')}</p>
            <ErrorText message={action.error?.message} />
            <DialogFormActions busy={action.busy || !offer} submitLabel={t('none.submit')} onCancel={close} />
          </form>
        ) : (
          <div className="dialog__body">
            <p>{t('encrypted.intro')}</p>
            <p className="field__hint">{t('encrypted.lockHint')}</p>
            <ErrorText message={action.error?.message} />
            <div className="dialog__actions">
              <button type="button" className="button button--danger-text" onClick={() => setConfirmingDecrypt(true)}>
                {t('encrypted.decrypt')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('encrypted.close')}
              </button>
              <button type="button" className="button button--primary" onClick={() => void lock()} disabled={action.busy}>
                {t('encrypted.lock')}
              </button>
            </div>
          </div>
        )}
      </ModalDialog>
      <ConfirmDialog
        open={open && confirmingDecrypt}
        title={t('encrypted.decryptTitle', { name: room.name })}
        message={t('encrypted.decryptBody')}
        confirmLabel={t('encrypted.decryptConfirm')}
        busy={action.busy}
        error={action.error?.message}
        onCancel={() => setConfirmingDecrypt(false)}
        onConfirm={async () => {
          const done = await action.run(() => api.call('encryption.decrypt', { dealRoomId: room.id, confirm: true }));
          if (done) {
            setConfirmingDecrypt(false);
            onChanged();
          }
        }}
      />
    </>
  );
}
