/**
 * Creates a deal-room from a checked portable file, all or nothing: the
 * evidence contents are written first into the new room's files folder, then
 * the room (its rows and evidence records) is filled as a draft and only
 * renamed into place when complete (DataDir.createRoom). If anything fails,
 * the draft and the contents written for it are removed.
 */
import { rmSync } from 'node:fs';
import { detailFromFile } from '../../shared/domain/deal-room-file-mapping';
import type { EvidenceFile } from '../../shared/domain/vetting';
import type { DataDir } from '../store/data-dir';
import { evidenceDirOf, storeBlob } from '../store/evidence-blobs';
import { evidenceFileTable } from '../store/entity-tables';
import { writeImportedRoom } from '../store/room-import';
import { newId } from '../store/room-id';
import type { RoomStore } from '../store/room-store';
import { storeIdsOf } from './evidence-refs';
import type { CheckedPortable, PortableProblem } from './portable-room';

export function importPortable(
  store: DataDir,
  portable: CheckedPortable,
  actor: string,
): { ok: true; room: RoomStore } | { ok: false; problem: PortableProblem } {
  const now = new Date().toISOString();
  const detail = detailFromFile(portable.document, { newId, now });

  // Every record must name something in the document before anything is written.
  const records: EvidenceFile[] = [];
  for (const ref of portable.evidence) {
    const ids = storeIdsOf(ref, detail);
    if (!ids) return { ok: false, problem: { key: 'portable:errors.evidenceTargetMissing', params: { name: ref.fileName } } };
    records.push({
      id: newId(),
      ...ids,
      attachedTo: ref.attachedTo,
      fileName: ref.fileName,
      mediaType: ref.mediaType,
      size: ref.size,
      sha256: ref.sha256,
      addedBy: ref.addedBy,
      addedAt: ref.addedAt,
    });
  }

  const roomId = detail.dealRoom.id;
  const filesDir = evidenceDirOf(store.roomsDir, roomId);
  try {
    for (const [sha256, bytes] of portable.contents) storeBlob(filesDir, sha256, bytes);
    const room = store.createRoom(roomId, (draft) => {
      writeImportedRoom(draft, detail, portable.document, actor);
      if (records.length > 0)
        draft.change(actor, (tx) => {
          for (const record of records) tx.insert(evidenceFileTable, record);
        });
    });
    return { ok: true, room };
  } catch (err) {
    // The room id is new, so its files folder holds only what was written here.
    rmSync(filesDir, { recursive: true, force: true });
    throw err;
  }
}
