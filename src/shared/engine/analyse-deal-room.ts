/**
 * One deal-room's scoring and sensitivity, computed together so that the
 * matrix, the print-out, the CLI and the export all read the same numbers.
 */
import type { DealRoomDetail } from '../domain/entities';
import { engineInputFromDetail } from './engine-input';
import { computeScores } from './score-candidates';
import { computeSensitivity } from './sensitivity';
import type { ScoringInput, ScoringResult, SensitivityResult } from './types';

export interface DealRoomAnalysis {
  input: ScoringInput;
  scoring: ScoringResult;
  sensitivity: SensitivityResult;
}

export function analyseDealRoom(detail: DealRoomDetail): DealRoomAnalysis {
  const input = engineInputFromDetail(detail);
  const scoring = computeScores(input);
  const sensitivity = computeSensitivity(input, scoring, detail.dealRoom.sensitivityMargin);
  return { input, scoring, sensitivity };
}
