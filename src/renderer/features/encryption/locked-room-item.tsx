/** A locked deal-room in the sidebar: its file name (the real name is inside the encrypted file) and Unlock…. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import { Badge } from '../../components/badge';
import { UnlockDialog } from './unlock-dialog';

export function LockedRoomItem({ room, onUnlocked }: { room: DealRoomSummary; onUnlocked: (id: string) => void }) {
  const { t } = useTranslation('encryption');
  const [unlocking, setUnlocking] = useState(false);
  return (
    <li className="room-item room-item--locked">
      <div className="room-item__name">
        {room.name} <Badge tone="warn">{t('lockedBadge')}</Badge>
      </div>
      <div className="room-item__problem" role="note">
        {room.problem}
      </div>
      <button type="button" className="button button--quiet" onClick={() => setUnlocking(true)} aria-label={t('unlock.buttonFor', { name: room.name })}>
        {t('unlock.button')}
      </button>
      <UnlockDialog
        open={unlocking}
        room={room}
        onClose={() => setUnlocking(false)}
        onUnlocked={(id) => {
          setUnlocking(false);
          onUnlocked(id);
        }}
      />
    </li>
  );
}

export function EncryptedBadge() {
  const { t } = useTranslation('encryption');
  return <Badge tone="neutral">{t('encryptedBadge')}</Badge>;
}
