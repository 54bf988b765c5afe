/** Finding the stored score and consensus of one cell in a deal-room's detail. */
import type { Consensus, DealRoomDetail, Score } from '../../../shared/domain/entities';

export interface CellKey {
  candidateId: string;
  criterionId: string;
}

export function findScore(detail: DealRoomDetail, evaluatorId: string, cell: CellKey): Score | undefined {
  return detail.scores.find((s) => s.evaluatorId === evaluatorId && s.candidateId === cell.candidateId && s.criterionId === cell.criterionId);
}

export function cellScores(detail: DealRoomDetail, cell: CellKey): Score[] {
  return detail.scores.filter((s) => s.candidateId === cell.candidateId && s.criterionId === cell.criterionId);
}

export function findConsensus(detail: DealRoomDetail, cell: CellKey): Consensus | undefined {
  return detail.consensus.find((k) => k.candidateId === cell.candidateId && k.criterionId === cell.criterionId);
}
