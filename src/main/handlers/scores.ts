import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { candidateTable, consensusTable, criterionTable, dissentTable, scoreTable } from '../store/entity-tables';
import type { RoomStore } from '../store/room-store';
import { checkNoConflict, checkRationale, checkSheetOpen, evaluatorOf } from './panel-rules';
import { found, openRoom } from './room-access';

/** A cell is a candidate on a criterion: both must be in the room. */
function checkCell(room: RoomStore, candidateId: string, criterionId: string): void {
  found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
  found(room.row(criterionTable, { id: criterionId }), 'criterion', criterionId, 'criterionId');
}

type ScoreOps = 'scores.set' | 'scores.clear' | 'consensus.set' | 'consensus.clear';

export function scoreHandlers(store: DataDir): Pick<Handlers, ScoreOps> {
  return {
    'scores.set': ({ dealRoomId, evaluatorId, candidateId, criterionId, value, rationale, confidence }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const evaluator = evaluatorOf(room, evaluatorId);
        checkCell(room, candidateId, criterionId);
        checkSheetOpen(evaluator);
        checkNoConflict(room, evaluator, candidateId);
        checkRationale(room.dealRoom().rationaleRule, value, rationale, ctx);
        const key = { evaluatorId, candidateId, criterionId };
        const before = room.row(scoreTable, key);
        const fields = { value, rationale, confidence, updatedAt: tx.at };
        if (before) tx.update(scoreTable, before, fields);
        else tx.insert(scoreTable, { ...key, ...fields });
      });
      return { cleared: false };
    },

    'scores.clear': ({ dealRoomId, evaluatorId, candidateId, criterionId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const cleared = room.change(ctx.actor, (tx) => {
        const evaluator = evaluatorOf(room, evaluatorId);
        checkCell(room, candidateId, criterionId);
        checkSheetOpen(evaluator);
        const before = room.row(scoreTable, { evaluatorId, candidateId, criterionId });
        if (before) tx.remove(scoreTable, before);
        return before !== undefined;
      });
      return { cleared };
    },

    'consensus.set': ({ dealRoomId, candidateId, criterionId, value, reason }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        checkCell(room, candidateId, criterionId);
        const key = { candidateId, criterionId };
        const before = room.row(consensusTable, key);
        const fields = { value, reason, updatedAt: tx.at };
        if (before) tx.update(consensusTable, before, fields);
        else tx.insert(consensusTable, { ...key, ...fields });
      });
      return { cleared: false };
    },

    'consensus.clear': ({ dealRoomId, candidateId, criterionId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const cleared = room.change(ctx.actor, (tx) => {
        checkCell(room, candidateId, criterionId);
        const before = room.row(consensusTable, { candidateId, criterionId });
        // Dissent is from a consensus: with the consensus gone, so is what it dissented from.
        for (const dissent of room.rows(dissentTable, 'candidate_id = @candidateId AND criterion_id = @criterionId', { candidateId, criterionId }))
          tx.remove(dissentTable, dissent);
        if (before) tx.remove(consensusTable, before);
        return before !== undefined;
      });
      return { cleared };
    },
  };
}
