/**
 * Scores and consensus values hang off a candidate, a criterion or an
 * evaluator. The schema's ON DELETE CASCADE would remove them silently, so a
 * score and its rationale could vanish from the room with no trace of who
 * removed it or what it said (ENGINEERING.md, pattern 6). Handlers that delete
 * a parent remove its cells first, each with its own change-log row, in the
 * same change; the cascade is then left with nothing to do.
 */
import {
  answerTable,
  conflictTable,
  consensusTable,
  dissentTable,
  interviewItemTable,
  redFlagTable,
  scoreTable,
  suitorSignalTable,
} from '../store/entity-tables';
import type { RoomChange, RoomStore } from '../store/room-store';

/** The column that ties a cell to its parent (a closed set: the SQL never takes input). */
export type CellParent = 'candidate_id' | 'criterion_id' | 'evaluator_id';

export function removeCellsOf(room: RoomStore, tx: RoomChange, parent: CellParent, id: string): void {
  for (const score of room.rows(scoreTable, `${parent} = @id`, { id })) tx.remove(scoreTable, score);
  for (const dissent of room.rows(dissentTable, `${parent} = @id`, { id })) tx.remove(dissentTable, dissent);
  if (parent === 'criterion_id') unlinkCriterion(room, tx, id);
  if (parent === 'candidate_id') removeVettingOf(room, tx, id);
  // Declarations are per evaluator and candidate; a criterion has none.
  if (parent !== 'criterion_id')
    for (const declared of room.rows(conflictTable, `${parent} = @id`, { id })) tx.remove(conflictTable, declared);
  // Consensus belongs to the panel, not to one evaluator.
  if (parent === 'evaluator_id') return;
  for (const agreed of room.rows(consensusTable, `${parent} = @id`, { id })) tx.remove(consensusTable, agreed);
}

/**
 * Answers and red flags name criteria too, without a cascade (an answer lists
 * them in JSON; a flag's penalty would be nulled silently): both outlive the
 * criterion, so the link is removed here, logged like any edit.
 */
function unlinkCriterion(room: RoomStore, tx: RoomChange, criterionId: string): void {
  const linking = room.rows(answerTable, 'EXISTS (SELECT 1 FROM json_each(criterion_ids) WHERE value = @criterionId)', { criterionId });
  for (const answer of linking) tx.update(answerTable, answer, { criterionIds: answer.criterionIds.filter((c) => c !== criterionId) });
  for (const flag of room.rows(redFlagTable, 'criterion_id = @criterionId', { criterionId })) tx.update(redFlagTable, flag, { criterionId: null });
}

/** A candidate's own vetting records (its evidence files and requests: dependent-evidence.ts). */
function removeVettingOf(room: RoomStore, tx: RoomChange, candidateId: string): void {
  const where = 'candidate_id = @candidateId';
  for (const signal of room.rows(suitorSignalTable, where, { candidateId })) tx.remove(suitorSignalTable, signal);
  for (const item of room.rows(interviewItemTable, where, { candidateId })) tx.remove(interviewItemTable, item);
  for (const answer of room.rows(answerTable, where, { candidateId })) tx.remove(answerTable, answer);
  for (const flag of room.rows(redFlagTable, where, { candidateId })) tx.remove(redFlagTable, flag);
}
