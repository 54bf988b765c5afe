/**
 * The open deal-room's title bar: its name, product line and market, and what
 * can be done to the room as a whole (edit, export, archive, delete).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { Badge } from '../../components/badge';
import { ErrorText } from '../../components/error-text';
import { DealRoomFormDialog } from './deal-room-form-dialog';
import { DeleteDealRoomDialog } from './delete-deal-room-dialog';
import { EncryptionButton } from '../encryption/encryption-button';
import { EncryptedBadge } from '../encryption/locked-room-item';
import type { DealRoomSummary } from '../../../shared/domain/entities';
import { DealRoomSearch } from '../search/deal-room-search';
import { ExportPortableButton } from '../portable/export-portable-button';
import { downloadJson, exportFileName } from './export-deal-room';

interface DealRoomHeaderProps {
  /** Counters bumped by the native menu: each increase asks for one edit dialog or one export. */
  editRequest: number;
  exportRequest: number;
  onDeleted: () => void;
  encryption: DealRoomSummary['encryption'];
  onEncryptionChanged: () => void;
  onLocked: () => void;
}

export function DealRoomHeader({ editRequest, exportRequest, onDeleted, encryption, onEncryptionChanged, onLocked }: DealRoomHeaderProps) {
  const { t } = useTranslation('ui');
  const api = useApi();
  const { detail, mutate } = useDealRoom();
  const room = detail.dealRoom;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const action = useApiAction();
  const meta = [room.productLine, room.targetMarket].filter((s) => s.trim() !== '').join(' · ');

  async function exportRoom() {
    // Export changes nothing, so it goes straight to the API (no re-fetch needed).
    const document_ = await action.run(() => api.call('dealRooms.export', { dealRoomId: room.id }));
    if (document_ !== null) downloadJson(document_, exportFileName(room.name));
  }

  useEffect(() => {
    document.title = `${room.name} – Shinrai`;
    return () => {
      document.title = 'Shinrai';
    };
  }, [room.name]);

  const seenEdit = useRef(editRequest);
  useEffect(() => {
    if (editRequest !== seenEdit.current) {
      seenEdit.current = editRequest;
      setEditing(true);
    }
  }, [editRequest]);
  const seenExport = useRef(exportRequest);
  useEffect(() => {
    if (exportRequest !== seenExport.current) {
      seenExport.current = exportRequest;
      void exportRoom();
    }
    // exportRoom is re-created every render; only a new request should trigger it.
  }, [exportRequest]);

  return (
    <header className="room-header">
      <div className="room-header__titles">
        <h1 className="room-header__name">
          <span>{room.name}</span>
          {room.archived && <Badge tone="neutral">{t('dealRooms.archivedBadge')}</Badge>}
          {encryption === 'encrypted' && <EncryptedBadge />}
        </h1>
        {meta && <p className="room-header__meta">{meta}</p>}
      </div>
      <DealRoomSearch />
      <div className="room-header__actions">
        <button type="button" className="button button--quiet" onClick={() => setEditing(true)}>
          {t('dealRooms.edit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void exportRoom()} disabled={action.busy}>
          {t('dealRooms.export')}
        </button>
        <ExportPortableButton dealRoomId={room.id} />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void action.run(() => mutate('dealRooms.setArchived', { dealRoomId: room.id, archived: !room.archived }))}
        >
          {room.archived ? t('dealRooms.unarchive') : t('dealRooms.archive')}
        </button>
        <EncryptionButton room={room} encryption={encryption} onChanged={onEncryptionChanged} onLocked={onLocked} />
        <button type="button" className="button button--quiet button--danger-text" onClick={() => setDeleting(true)}>
          {t('dealRooms.delete')}
        </button>
      </div>
      <ErrorText message={action.error?.message} />
      <DealRoomFormDialog
        open={editing}
        room={room}
        update={(dealRoomId, patch) => mutate('dealRooms.update', { dealRoomId, patch })}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
      <DeleteDealRoomDialog
        open={deleting}
        room={room}
        onCancel={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          onDeleted();
        }}
      />
    </header>
  );
}
