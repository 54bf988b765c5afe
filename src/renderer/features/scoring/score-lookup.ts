/** Finding the stored score and consensus of one cell in a deal-room's detail. */
import type { Consensus, DealRoomDetail, Score } from '../../../shared/domain/entities';

export interface CellKey {
  candidateId: string;
  criterionId: string;
}

export function findScore(detail: DealRoomDetail, evaluatorId: string, cell: CellKey): Score | undefined {
  return detail.scores.find((s) => s.evaluatorId === evaluatorId && s.candidateId === cell.candidateId && s.criterionId === cell.criterionId);
}

/**
 * The scores that count on one cell, out of `scores` (all of them, or only
 * those the viewer may see): an evaluator who declared a conflict with the
 * candidate has no score for it (SCORING.md, "Aggregated scores").
 */
export function cellScores(detail: DealRoomDetail, cell: CellKey, scores: readonly Score[] = detail.scores): Score[] {
  return scores.filter(
    (s) => s.candidateId === cell.candidateId && s.criterionId === cell.criterionId && !hasConflict(detail, s.evaluatorId, cell.candidateId),
  );
}

export function findConsensus(detail: DealRoomDetail, cell: CellKey): Consensus | undefined {
  return detail.consensus.find((k) => k.candidateId === cell.candidateId && k.criterionId === cell.criterionId);
}

/** The evaluator declared a conflict of interest with the candidate. */
export function hasConflict(detail: Pick<DealRoomDetail, 'conflicts'>, evaluatorId: string, candidateId: string): boolean {
  return detail.conflicts.some((d) => d.evaluatorId === evaluatorId && d.candidateId === candidateId && d.status === 'conflict');
}
