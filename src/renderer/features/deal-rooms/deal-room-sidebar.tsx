/**
 * The deal-rooms, open ones first and archived ones folded away beneath, with
 * the ways to start a new one (blank or from an exported file).
 */
import { useTranslation } from 'react-i18next';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import { collator } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { DealRoomListItem } from './deal-room-list-item';
import { ImportDealRoomButton } from './import-deal-room-button';
import { OpenPortableButton } from '../portable/open-portable-button';
import { BackupsButton } from '../backups/backups-button';

interface DealRoomSidebarProps {
  rooms: DealRoomSummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onImported: (id: string) => void;
  onUnlocked: (id: string) => void;
}

export function DealRoomSidebar({ rooms, currentId, onOpen, onCreate, onImported, onUnlocked }: DealRoomSidebarProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const byName = collator(lang);
  const sorted = [...rooms].sort((a, b) => byName.compare(a.name, b.name));
  const open = sorted.filter((r) => !r.archived);
  const archived = sorted.filter((r) => r.archived);
  const archivedOpen = archived.some((r) => r.id === currentId);

  return (
    <nav className="sidebar" aria-labelledby="sidebar-heading">
      <div className="sidebar__header">
        <h2 id="sidebar-heading" className="sidebar__heading">
          {t('dealRooms.heading')}
        </h2>
      </div>
      <div className="sidebar__actions">
        <button type="button" className="button button--primary button--block" onClick={onCreate}>
          <span aria-hidden="true">＋ </span>
          {t('dealRooms.new')}
        </button>
        <ImportDealRoomButton onImported={onImported} />
        <OpenPortableButton onImported={onImported} />
        <BackupsButton />
      </div>
      {open.length === 0 ? (
        <p className="sidebar__empty">{t('dealRooms.none')}</p>
      ) : (
        <ul className="room-list" aria-label={t('dealRooms.listLabel')}>
          {open.map((room) => (
            <DealRoomListItem key={room.id} room={room} current={room.id === currentId} onOpen={onOpen} onUnlocked={onUnlocked} />
          ))}
        </ul>
      )}
      <details className="sidebar__archived" open={archivedOpen || undefined}>
        <summary>{t('dealRooms.archivedHeading', { count: archived.length })}</summary>
        {archived.length === 0 ? (
          <p className="sidebar__empty">{t('dealRooms.noneArchived')}</p>
        ) : (
          <ul className="room-list" aria-label={t('dealRooms.archivedListLabel')}>
            {archived.map((room) => (
              <DealRoomListItem key={room.id} room={room} current={room.id === currentId} onOpen={onOpen} onUnlocked={onUnlocked} />
            ))}
          </ul>
        )}
      </details>
    </nav>
  );
}
