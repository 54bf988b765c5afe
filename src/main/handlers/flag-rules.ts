/**
 * The rules a red flag must keep, checked against the flag as it would be
 * stored (a patch is merged with the stored flag first): what was said is
 * not empty, a linked library key exists, a penalty names a criterion of the
 * room and takes off more than nothing, a contract condition has its text.
 * Fields that do not belong to the chosen consequence are cleared, so a
 * note-only flag never carries a stale criterion or penalty.
 */
import type { CallContext } from '../../shared/api/contract';
import type { RedFlag } from '../../shared/domain/vetting';
import { flagReference } from '../../shared/red-flags/red-flag-library';
import { translator } from '../../shared/i18n/translator';
import { criterionTable, redFlagTable } from '../store/entity-tables';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { found } from './room-access';

/** The fields the rules look at and settle. */
export type FlagContent = Pick<RedFlag, 'libraryKey' | 'said' | 'consequence' | 'criterionId' | 'penalty' | 'condition'>;

/** A field problem worded in the flags namespace, the field named by its path in the call. */
function fieldProblem(key: string, prefix: string, field: string, ctx: CallContext): DomainError {
  const path = prefix ? `${prefix}.${field}` : field;
  const problem = translator(ctx.lang)(key);
  return new DomainError('invalid_input', 'invalidInputAt', { path, problem }, path);
}

export function flagOf(room: RoomStore, flagId: string): RedFlag {
  const flag = room.row(redFlagTable, { id: flagId });
  if (!flag) throw new DomainError('not_found', 'flags:errors.flagNotFound', { id: flagId }, 'flagId');
  return flag;
}

export function checkLibraryKey(libraryKey: string, prefix: string, ctx: CallContext): void {
  if (libraryKey !== '' && !flagReference(libraryKey)) throw fieldProblem('flags:errors.unknownLibraryKey', prefix, 'libraryKey', ctx);
}

export function checkSaid(said: string, prefix: string, ctx: CallContext): void {
  if (said.trim() === '') throw fieldProblem('flags:errors.saidRequired', prefix, 'said', ctx);
}

/**
 * Checks the consequence and returns the flag's consequence fields as they
 * should be stored. `prefix` is where the fields sit in the call ("fields",
 * "patch", or "" at the top level).
 */
export function settleConsequence(room: RoomStore, content: FlagContent, prefix: string, ctx: CallContext): Pick<RedFlag, 'consequence' | 'criterionId' | 'penalty' | 'condition'> {
  switch (content.consequence) {
    case 'penalty': {
      if (content.criterionId === null) throw fieldProblem('flags:errors.penaltyNeedsCriterion', prefix, 'criterionId', ctx);
      found(room.row(criterionTable, { id: content.criterionId }), 'criterion', content.criterionId, prefix ? `${prefix}.criterionId` : 'criterionId');
      // A penalty of nothing would read as a penalty in the list while changing no score.
      if (!(content.penalty > 0)) throw fieldProblem('flags:errors.penaltyPoints', prefix, 'penalty', ctx);
      return { consequence: 'penalty', criterionId: content.criterionId, penalty: content.penalty, condition: '' };
    }
    case 'contract_condition': {
      const condition = content.condition.trim();
      if (condition === '') throw fieldProblem('flags:errors.conditionRequired', prefix, 'condition', ctx);
      return { consequence: 'contract_condition', criterionId: null, penalty: 0, condition };
    }
    case 'knockout':
    case 'note':
      return { consequence: content.consequence, criterionId: null, penalty: 0, condition: '' };
  }
}

/**
 * A stored flag's consequence as it is when nobody touches it. A penalty
 * flag whose criterion was deleted keeps its record (with no criterion it
 * lowers no score); it is only asked for a criterion again when someone
 * confirms it or changes its consequence.
 */
export function keepsConsequence(flag: RedFlag): Pick<RedFlag, 'consequence' | 'criterionId' | 'penalty' | 'condition'> {
  return { consequence: flag.consequence, criterionId: flag.criterionId, penalty: flag.penalty, condition: flag.condition };
}
