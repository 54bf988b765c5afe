import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { cellScores, hasConflict } from './score-lookup';

const at = '2027-02-03T10:00:00.000Z';

describe('cellScores', () => {
  const base = handWorkedDealRoom();
  const detail: DealRoomDetail = {
    ...base,
    conflicts: [
      { evaluatorId: 'E2', candidateId: 'B', status: 'conflict', note: 'Former employer', updatedAt: at },
      { evaluatorId: 'E2', candidateId: 'A', status: 'none', note: '', updatedAt: at },
    ],
  };

  it('leaves out the score of an evaluator in conflict with the candidate', () => {
    // B × C2 has Sato's 3 and Weber's 5; Weber declared a conflict with B.
    expect(cellScores(detail, { candidateId: 'B', criterionId: 'C2' }).map((s) => [s.evaluatorId, s.value])).toEqual([['E1', 3]]);
    // A declaration of "none" changes nothing.
    expect(cellScores(detail, { candidateId: 'A', criterionId: 'C1' }).map((s) => s.value)).toEqual([4, 5]);
  });

  it('picks from the scores it is given (those the viewer may see)', () => {
    const onlyWeber = detail.scores.filter((s) => s.evaluatorId === 'E2');
    expect(cellScores(detail, { candidateId: 'A', criterionId: 'C1' }, onlyWeber).map((s) => s.value)).toEqual([5]);
  });
});

describe('hasConflict', () => {
  it('is true for a declared conflict only', () => {
    const detail = { conflicts: [{ evaluatorId: 'E2', candidateId: 'B', status: 'conflict' as const, note: 'x', updatedAt: at }, { evaluatorId: 'E1', candidateId: 'B', status: 'none' as const, note: '', updatedAt: at }] };
    expect([hasConflict(detail, 'E2', 'B'), hasConflict(detail, 'E1', 'B'), hasConflict(detail, 'E2', 'A')]).toEqual([true, false, false]);
  });
});
