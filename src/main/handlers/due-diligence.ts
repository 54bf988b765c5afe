/**
 * The due-diligence request list (issue 5): per candidate, what was asked
 * for, when, by when, and where it stands. Every change is one transaction
 * with its change-log rows.
 */
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { DueDiligenceItem } from '../../shared/domain/vetting';
import type { DataDir } from '../store/data-dir';
import { candidateTable, dueDiligenceTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import type { RoomStore } from '../store/room-store';
import { removeEvidenceAttachedTo, removeUnusedEvidenceContent } from './dependent-evidence';
import { DomainError } from './domain-error';
import { fieldProblem } from './evidence';
import { found, openRoom } from './room-access';

type DueDiligenceOps = 'dueDiligence.add' | 'dueDiligence.update' | 'dueDiligence.remove' | 'dueDiligence.reorder';

/** A request cannot fall due before it was made: almost always a date typed in the wrong field. */
function checkDates(item: Pick<DueDiligenceItem, 'requestedOn' | 'dueOn'>, path: string, ctx: CallContext): void {
  if (item.requestedOn !== null && item.dueOn !== null && item.dueOn < item.requestedOn)
    throw fieldProblem(ctx, path, 'evidence:errors.dueBeforeRequested', { requestedOn: item.requestedOn });
}

function requestOf(room: RoomStore, itemId: string): DueDiligenceItem {
  const item = room.row(dueDiligenceTable, { id: itemId });
  if (!item) throw new DomainError('not_found', 'evidence:errors.requestNotFound', { id: itemId }, 'itemId');
  return item;
}

export function dueDiligenceHandlers(store: DataDir): Pick<Handlers, DueDiligenceOps> {
  return {
    'dueDiligence.add': ({ dealRoomId, candidateId, items }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        items.forEach((item, i) => checkDates(item, `items[${i}].dueOn`, ctx));
        const first = room.nextSortOrder('due_diligence_item', 'candidate_id = @candidateId', { candidateId });
        return items.map((item, i) => tx.insert(dueDiligenceTable, { id: newId(), candidateId, ...item, sortOrder: first + i }));
      });
    },

    'dueDiligence.update': ({ dealRoomId, itemId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = requestOf(room, itemId);
        // A field given as undefined is left as it was, as the update itself does.
        const after = {
          requestedOn: patch.requestedOn !== undefined ? patch.requestedOn : before.requestedOn,
          dueOn: patch.dueOn !== undefined ? patch.dueOn : before.dueOn,
        };
        checkDates(after, patch.dueOn !== undefined ? 'patch.dueOn' : 'patch.requestedOn', ctx);
        return tx.update(dueDiligenceTable, before, patch);
      });
    },

    'dueDiligence.remove': ({ dealRoomId, itemId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const item = requestOf(room, itemId);
        // The documents that came in for it go with it, each logged.
        removeEvidenceAttachedTo(room, tx, 'due_diligence', item.id);
        tx.remove(dueDiligenceTable, item);
      });
      removeUnusedEvidenceContent(store.roomsDir, room);
      return { deleted: true };
    },

    'dueDiligence.reorder': ({ dealRoomId, candidateId, itemIds }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const items = room.rows(dueDiligenceTable, 'candidate_id = @candidateId', { candidateId });
        const given = new Set(itemIds);
        const sameSet = given.size === itemIds.length && itemIds.length === items.length && items.every((i) => given.has(i.id));
        if (!sameSet) throw fieldProblem(ctx, 'itemIds', 'evidence:errors.reorderMismatch', { count: items.length });
        const byId = new Map(items.map((i) => [i.id, i]));
        return itemIds.map((id, index) => tx.update(dueDiligenceTable, byId.get(id)!, { sortOrder: index }));
      });
    },
  };
}
