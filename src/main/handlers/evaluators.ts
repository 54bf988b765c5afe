import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { evaluatorTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { withoutSortOrder } from '../store/room-store';
import { removeCellsOf } from './dependent-cells';
import { found, openRoom } from './room-access';

export function evaluatorHandlers(store: DataDir): Pick<Handlers, 'evaluators.create' | 'evaluators.update' | 'evaluators.delete'> {
  return {
    'evaluators.create': ({ dealRoomId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const created = room.change(ctx.actor, (tx) =>
        tx.insert(evaluatorTable, {
          id: newId(),
          name: fields.name,
          department: fields.department ?? '',
          role: fields.role ?? '',
          submittedAt: null,
          sortOrder: room.nextSortOrder('evaluator'),
        }),
      );
      return withoutSortOrder(created);
    },

    'evaluators.update': ({ dealRoomId, evaluatorId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const updated = room.change(ctx.actor, (tx) => {
        const before = found(room.row(evaluatorTable, { id: evaluatorId }), 'evaluator', evaluatorId, 'evaluatorId');
        return tx.update(evaluatorTable, before, patch);
      });
      return withoutSortOrder(updated);
    },

    'evaluators.delete': ({ dealRoomId, evaluatorId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const evaluator = found(room.row(evaluatorTable, { id: evaluatorId }), 'evaluator', evaluatorId, 'evaluatorId');
        // Their scores go with them, each logged.
        removeCellsOf(room, tx, 'evaluator_id', evaluator.id);
        tx.remove(evaluatorTable, evaluator);
      });
      return { deleted: true };
    },
  };
}
