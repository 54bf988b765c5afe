/** "Encryption…" in the open deal-room's header, with its dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import { EncryptionDialog } from './encryption-dialog';

interface EncryptionButtonProps {
  room: { id: string; name: string };
  encryption: DealRoomSummary['encryption'];
  onChanged: () => void;
  onLocked: () => void;
}

export function EncryptionButton({ room, encryption, onChanged, onLocked }: EncryptionButtonProps) {
  const { t } = useTranslation('encryption');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        {t('button')}
      </button>
      <EncryptionDialog
        open={open}
        room={room}
        encryption={encryption}
        onClose={() => setOpen(false)}
        onChanged={() => {
          setOpen(false);
          onChanged();
        }}
        onLocked={() => {
          setOpen(false);
          onLocked();
        }}
      />
    </>
  );
}
