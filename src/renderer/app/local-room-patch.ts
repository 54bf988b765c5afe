/**
 * What a successful change does to the open room, applied at once in the
 * page, for the changes made many times a minute: a score typed into the
 * grid. The matrix then follows the edit without waiting for the whole room
 * to be read back (hundreds of kilobytes at 5 × 60 × 8); the room is still
 * re-read in the background, and what was stored replaces the patch.
 * Only changes whose stored result the input fully decides are patched.
 */
import type { InputOf, OperationName } from '../../shared/api/contract';
import type { DealRoomDetail, Score } from '../../shared/domain/entities';

export type RoomPatch = (detail: DealRoomDetail) => DealRoomDetail;

const sameCell = (a: Pick<Score, 'evaluatorId' | 'candidateId' | 'criterionId'>, b: Pick<Score, 'evaluatorId' | 'candidateId' | 'criterionId'>) =>
  a.evaluatorId === b.evaluatorId && a.candidateId === b.candidateId && a.criterionId === b.criterionId;

/** The patch for a change that succeeded, or undefined when only a re-read can tell. */
export function localRoomPatch<N extends OperationName>(name: N, input: InputOf<N>, now: string): RoomPatch | undefined {
  if (name === 'scores.set') {
    const i = input as InputOf<'scores.set'>;
    const score: Score = {
      evaluatorId: i.evaluatorId,
      candidateId: i.candidateId,
      criterionId: i.criterionId,
      value: i.value,
      rationale: i.rationale ?? '',
      confidence: i.confidence ?? 'medium',
      updatedAt: now,
    };
    return (detail) => {
      const at = detail.scores.findIndex((s) => sameCell(s, score));
      const scores = at < 0 ? [...detail.scores, score] : detail.scores.map((s, n) => (n === at ? score : s));
      return { ...detail, scores };
    };
  }
  if (name === 'scores.clear') {
    const i = input as InputOf<'scores.clear'>;
    return (detail) => ({ ...detail, scores: detail.scores.filter((s) => !sameCell(s, i)) });
  }
  return undefined;
}
