/**
 * The evaluation panel's own records (issue 4): submitted sheets, conflicts
 * of interest and dissent from a consensus. Each change is one transaction
 * with its change-log rows, like every other write.
 */
import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { candidateTable, conflictTable, consensusTable, criterionTable, dissentTable, evaluatorTable } from '../store/entity-tables';
import { withoutSortOrder } from '../store/room-store';
import { DomainError } from './domain-error';
import { checkNoConflict, evaluatorOf } from './panel-rules';
import { found, openRoom } from './room-access';

type PanelOps = 'evaluators.submitSheet' | 'evaluators.reopenSheet' | 'conflicts.declare' | 'dissent.set' | 'dissent.clear';

export function panelHandlers(store: DataDir): Pick<Handlers, PanelOps> {
  return {
    'evaluators.submitSheet': ({ dealRoomId, evaluatorId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const updated = room.change(ctx.actor, (tx) => {
        const evaluator = evaluatorOf(room, evaluatorId);
        if (evaluator.submittedAt !== null)
          throw new DomainError('rule_violation', 'rule.sheetAlreadySubmitted', { name: evaluator.name }, 'evaluatorId');
        return tx.update(evaluatorTable, evaluator, { submittedAt: tx.at });
      });
      return withoutSortOrder(updated);
    },

    'evaluators.reopenSheet': ({ dealRoomId, evaluatorId, reason }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const updated = room.change(ctx.actor, (tx) => {
        const evaluator = evaluatorOf(room, evaluatorId);
        if (evaluator.submittedAt === null)
          throw new DomainError('rule_violation', 'rule.sheetNotSubmitted', { name: evaluator.name }, 'evaluatorId');
        // Reopening a locked sheet is the moment an audit asks about: the reason is kept beside it.
        tx.note('evaluator', evaluator.id, 'reopenReason', null, reason.trim());
        return tx.update(evaluatorTable, evaluator, { submittedAt: null });
      });
      return withoutSortOrder(updated);
    },

    'conflicts.declare': ({ dealRoomId, evaluatorId, candidateId, status, note }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        evaluatorOf(room, evaluatorId);
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const key = { evaluatorId, candidateId };
        const fields = { status, note: status === 'none' ? '' : note.trim(), updatedAt: tx.at };
        const before = room.row(conflictTable, key);
        return before ? tx.update(conflictTable, before, fields) : tx.insert(conflictTable, { ...key, ...fields });
      });
    },

    'dissent.set': ({ dealRoomId, evaluatorId, candidateId, criterionId, note }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const evaluator = evaluatorOf(room, evaluatorId);
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        found(room.row(criterionTable, { id: criterionId }), 'criterion', criterionId, 'criterionId');
        checkNoConflict(room, evaluator, candidateId);
        if (!room.row(consensusTable, { candidateId, criterionId }))
          throw new DomainError('rule_violation', 'rule.noConsensus', {}, 'criterionId');
        const key = { evaluatorId, candidateId, criterionId };
        const fields = { note: note.trim(), updatedAt: tx.at };
        const before = room.row(dissentTable, key);
        return before ? tx.update(dissentTable, before, fields) : tx.insert(dissentTable, { ...key, ...fields });
      });
    },

    'dissent.clear': ({ dealRoomId, evaluatorId, candidateId, criterionId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const cleared = room.change(ctx.actor, (tx) => {
        evaluatorOf(room, evaluatorId);
        const before = room.row(dissentTable, { evaluatorId, candidateId, criterionId });
        if (before) tx.remove(dissentTable, before);
        return before !== undefined;
      });
      return { cleared };
    },
  };
}
