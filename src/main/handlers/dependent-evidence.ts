/**
 * Evidence files and due-diligence requests hang off a candidate (and a file
 * off the record it is attached to). The schema's ON DELETE CASCADE would
 * remove them with no trace, so, as for scores (dependent-cells.ts), a
 * handler that deletes their parent removes them first, each with its own
 * change-log row, in the same change. The stored content of a removed file
 * is left to the next sweep (removeUnusedEvidenceContent), which runs after
 * the change committed, so a change that rolls back never loses content.
 */
import type { EvidenceTarget } from '../../shared/domain/vetting';
import { dueDiligenceTable, evidenceFileTable } from '../store/entity-tables';
import { evidenceDirOf, removeUnreferencedBlobs } from '../store/evidence-blobs';
import type { RoomChange, RoomStore } from '../store/room-store';

/** Removes the files attached to one record (an answer, a flag, a request, a score). */
export function removeEvidenceAttachedTo(room: RoomStore, tx: RoomChange, attachedTo: EvidenceTarget, attachedId: string): void {
  for (const file of room.rows(evidenceFileTable, 'attached_to = @attachedTo AND attached_id = @attachedId', { attachedTo, attachedId }))
    tx.remove(evidenceFileTable, file);
}

/** Removes a candidate's evidence files and due-diligence requests. */
export function removeDiligenceOf(room: RoomStore, tx: RoomChange, candidateId: string): void {
  for (const file of room.rows(evidenceFileTable, 'candidate_id = @candidateId', { candidateId })) tx.remove(evidenceFileTable, file);
  for (const item of room.rows(dueDiligenceTable, 'candidate_id = @candidateId', { candidateId })) tx.remove(dueDiligenceTable, item);
}

/**
 * Deletes stored contents no evidence record points at any more. Runs under
 * the room's write lock, so it sees every committed record and none is
 * added while it looks.
 */
export function removeUnusedEvidenceContent(roomsDir: string, room: RoomStore): string[] {
  return room.derived(() => removeUnreferencedBlobs(evidenceDirOf(roomsDir, room.id), new Set(room.rows(evidenceFileTable).map((f) => f.sha256))));
}
