/**
 * Scores and consensus values hang off a candidate, a criterion or an
 * evaluator. The schema's ON DELETE CASCADE would remove them silently, so a
 * score and its rationale could vanish from the room with no trace of who
 * removed it or what it said (ENGINEERING.md, pattern 6). Handlers that delete
 * a parent remove its cells first, each with its own change-log row, in the
 * same change; the cascade is then left with nothing to do.
 */
import { conflictTable, consensusTable, dissentTable, scoreTable } from '../store/entity-tables';
import type { RoomChange, RoomStore } from '../store/room-store';

/** The column that ties a cell to its parent (a closed set: the SQL never takes input). */
export type CellParent = 'candidate_id' | 'criterion_id' | 'evaluator_id';

export function removeCellsOf(room: RoomStore, tx: RoomChange, parent: CellParent, id: string): void {
  for (const score of room.rows(scoreTable, `${parent} = @id`, { id })) tx.remove(scoreTable, score);
  for (const dissent of room.rows(dissentTable, `${parent} = @id`, { id })) tx.remove(dissentTable, dissent);
  // Declarations are per evaluator and candidate; a criterion has none.
  if (parent !== 'criterion_id')
    for (const declared of room.rows(conflictTable, `${parent} = @id`, { id })) tx.remove(conflictTable, declared);
  // Consensus belongs to the panel, not to one evaluator.
  if (parent === 'evaluator_id') return;
  for (const agreed of room.rows(consensusTable, `${parent} = @id`, { id })) tx.remove(consensusTable, agreed);
}
