/**
 * The rules of the evaluation panel (issue 4) that more than one handler
 * checks: a submitted sheet is locked, a declared conflict stops scoring, and
 * scores at the ends of the scale need a rationale.
 */
import type { CallContext } from '../../shared/api/contract';
import type { RationaleRule } from '../../shared/domain/entities';
import { rationaleNeeded } from '../../shared/domain/rationale-rule';
import { formatScore } from '../../shared/i18n/format';
import { translator } from '../../shared/i18n/translator';
import { conflictTable, evaluatorTable, type StoredEvaluator } from '../store/entity-tables';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { found } from './room-access';

export function evaluatorOf(room: RoomStore, evaluatorId: string): StoredEvaluator {
  return found(room.row(evaluatorTable, { id: evaluatorId }), 'evaluator', evaluatorId, 'evaluatorId');
}

/** A submitted sheet takes no changes until it is reopened. */
export function checkSheetOpen(evaluator: StoredEvaluator): void {
  if (evaluator.submittedAt !== null)
    throw new DomainError('rule_violation', 'rule.sheetLocked', { name: evaluator.name }, 'evaluatorId');
}

/** An evaluator who declared a conflict with a candidate does not score it, nor dissent on it. */
export function checkNoConflict(room: RoomStore, evaluator: StoredEvaluator, candidateId: string): void {
  const declared = room.row(conflictTable, { evaluatorId: evaluator.id, candidateId });
  if (declared?.status === 'conflict')
    throw new DomainError('rule_violation', 'rule.conflictDeclared', { name: evaluator.name }, 'candidateId');
}

export function checkRationale(rule: RationaleRule, value: number, rationale: string, ctx: CallContext): void {
  if (!rationaleNeeded(rule, value) || rationale.trim() !== '') return;
  const problem = translator(ctx.lang)('errors:rule.rationaleRequired', { value: formatScore(value, ctx.lang) });
  throw new DomainError('rule_violation', 'invalidInputAt', { path: 'rationale', problem }, 'rationale');
}
