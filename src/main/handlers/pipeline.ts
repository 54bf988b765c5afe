/**
 * The pipeline (issue 5): suitor signals per candidate, moves between stages
 * with the comparison gate, and each candidate's stage history. Every move is
 * one transaction: the stage field logs itself, and an override of the gate
 * leaves a `stageOverride` row with its reason beside it.
 */
import type { CallContext, Handlers } from '../../shared/api/contract';
import { gateForStage } from '../../shared/domain/comparison-gate';
import { candidateName } from '../../shared/domain/display-names';
import { STAGE_HISTORY_FIELDS, stageHistoryFromLog, type StageOverrideNote } from '../../shared/domain/stage-history';
import { STAGE_LABEL } from '../../shared/i18n/pipeline-label-keys';
import { translator } from '../../shared/i18n/translator';
import type { DataDir } from '../store/data-dir';
import { candidateTable, conflictTable, consensusTable, scoreTable, suitorSignalTable } from '../store/entity-tables';
import { DomainError } from './domain-error';
import { found, openRoom } from './room-access';

type PipelineOps = 'signals.set' | 'pipeline.moveStage' | 'pipeline.stageHistory';

/** A field the contract accepts but this operation cannot do without: worded like zod's own field problems. */
function missingText(path: string, problemKey: string, ctx: CallContext): DomainError {
  const problem = translator(ctx.lang)(problemKey);
  return new DomainError('invalid_input', 'invalidInputAt', { path, problem }, path);
}

export function pipelineHandlers(store: DataDir): Pick<Handlers, PipelineOps> {
  return {
    'signals.set': ({ dealRoomId, candidateId, signal, reading, note }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const key = { candidateId, signal };
        const fields = { reading, note: note.trim(), updatedAt: tx.at };
        const before = room.row(suitorSignalTable, key);
        return before ? tx.update(suitorSignalTable, before, fields) : tx.insert(suitorSignalTable, { ...key, ...fields });
      });
    },

    'pipeline.moveStage': ({ dealRoomId, candidateId, stage, reason, override }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const t = translator(ctx.lang);
      return room.change(ctx.actor, (tx) => {
        const before = found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        if (stage === 'declined') {
          const declinedReason = (reason ?? '').trim();
          if (declinedReason === '') throw missingText('reason', 'pipeline:errors.declineReasonRequired', ctx);
          // Declining again with a new reason keeps the stage and records the new reason.
          return tx.update(candidateTable, before, { stage, declinedReason });
        }
        if (stage === before.stage) return before;

        const gate = gateForStage(
          {
            candidates: room.rows(candidateTable),
            scores: room.rows(scoreTable),
            consensus: room.rows(consensusTable),
            conflicts: room.rows(conflictTable),
          },
          candidateId,
          stage,
        );
        // Leaving `declined`, the old reason goes; the change log keeps it.
        const moved = () => tx.update(candidateTable, before, { stage, declinedReason: '' });
        if (gate.kind !== 'refused') return moved();

        if (!override) {
          const params = { name: candidateName(before, ctx.lang), stage: t(STAGE_LABEL[stage]), count: gate.evaluated, required: gate.required };
          throw new DomainError('rule_violation', gate.moverEvaluated ? 'pipeline:errors.gateTooFew' : 'pipeline:errors.gateMoverNotEvaluated', params, 'stage');
        }
        const overrideReason = override.reason.trim();
        if (overrideReason === '') throw missingText('override.reason', 'pipeline:errors.overrideReasonRequired', ctx);
        const after = moved();
        // Written after the stage row, so the history reads the two as one move (stage-history.ts).
        const note: StageOverrideNote = { from: before.stage, to: stage, reason: overrideReason, evaluated: gate.evaluated };
        tx.note('candidate', before.id, 'stageOverride', null, note);
        return after;
      });
    },

    'pipeline.stageHistory': ({ dealRoomId, candidateId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
      return stageHistoryFromLog(room.changeLogOf(candidateTable.entity, candidateId, STAGE_HISTORY_FIELDS));
    },
  };
}
