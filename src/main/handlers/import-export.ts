import type { Handlers } from '../../shared/api/contract';
import { DEAL_ROOM_FILE_VERSION, DealRoomFile, newerFileVersion } from '../../shared/domain/deal-room-file';
import { fileFromDetail } from '../../shared/domain/deal-room-file-mapping';
import type { DataDir } from '../store/data-dir';
import { DomainError, NestedValidationError } from './domain-error';
import { openRoom } from './room-access';

export function importExportHandlers(store: DataDir): Pick<Handlers, 'dealRooms.export' | 'dealRooms.import'> {
  return {
    'dealRooms.export': ({ dealRoomId }, ctx) => fileFromDetail(openRoom(store, dealRoomId, ctx).detail(), new Date().toISOString()),

    'dealRooms.import': ({ file }, ctx) => {
      const newer = newerFileVersion(file);
      if (newer !== null)
        throw new DomainError('rule_violation', 'newerFile', { found: newer, supported: DEAL_ROOM_FILE_VERSION }, 'file.version');
      const parsed = DealRoomFile.safeParse(file);
      // The message names the field inside the document: "file.pillars[1].criteria[2].weight".
      if (!parsed.success) throw new NestedValidationError(parsed.error, file, ['file']);
      return store.importRoom(parsed.data, ctx.actor).dealRoom();
    },
  };
}
