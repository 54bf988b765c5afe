/** One deal-room in the sidebar: its name, what it is about, and how far the comparison is. */
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import { EncryptedBadge, LockedRoomItem } from '../encryption/locked-room-item';

interface DealRoomListItemProps {
  room: DealRoomSummary;
  current: boolean;
  onOpen: (id: string) => void;
  onUnlocked: (id: string) => void;
}

export function DealRoomListItem({ room, current, onOpen, onUnlocked }: DealRoomListItemProps) {
  const { t } = useTranslation('ui');
  if (room.encryption === 'locked') return <LockedRoomItem room={room} onUnlocked={onUnlocked} />;
  if (room.problem) {
    return (
      <li className="room-item room-item--problem">
        <div className="room-item__name">{room.name || room.id}</div>
        <div className="room-item__problem" role="note">
          <strong>{t('dealRooms.problem')}: </strong>
          {room.problem}
        </div>
      </li>
    );
  }
  const meta = [room.productLine, room.targetMarket].filter((s) => s.trim() !== '').join(' · ');
  return (
    <li className="room-item">
      <button
        type="button"
        className="room-item__button"
        aria-current={current ? 'page' : undefined}
        onClick={() => onOpen(room.id)}
      >
        <span className="room-item__name">
          {room.name}
          {room.encryption === 'encrypted' && (
            <>
              {' '}
              <EncryptedBadge />
            </>
          )}
        </span>
        {meta && <span className="room-item__meta">{meta}</span>}
        <span className="room-item__counts">{t('dealRooms.counts', { compared: room.comparedCount, count: room.candidateCount })}</span>
      </button>
    </li>
  );
}
