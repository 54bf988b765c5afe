import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { conflictedCandidateIds, sheetProgress, sheetProgressOf } from './sheet-progress';

const at = '2027-02-03T10:00:00.000Z';

/*
 * The hand-worked room compares A, B and K on C1–C3 (X is on the long list
 * only). Here E1 has submitted, E2 declared a conflict with K (and had
 * scored K on C1 before declaring it), E1 declared none with K, and E3 has
 * not started.
 *
 *   E1: A C1 C2 C3, B C1 C2, K C1 C2 (X C1 is not compared) → 7 of 3×3 = 9
 *   E2: A C1, B C2 (K C1 does not count: conflict)          → 2 of 2×3 = 6
 *   E3: nothing                                              → 0 of 9
 */
function panelRoom(): DealRoomDetail {
  const base = handWorkedDealRoom();
  return {
    ...base,
    evaluators: [
      { ...base.evaluators[0]!, submittedAt: at },
      base.evaluators[1]!,
      { id: 'E3', name: 'Ishikawa', department: 'Finance', role: '', submittedAt: null },
    ],
    scores: [...base.scores, { evaluatorId: 'E2', candidateId: 'K', criterionId: 'C1', value: 3, rationale: '', confidence: 'low', updatedAt: at }],
    conflicts: [
      { evaluatorId: 'E2', candidateId: 'K', status: 'conflict', note: 'Former employer', updatedAt: at },
      { evaluatorId: 'E1', candidateId: 'K', status: 'none', note: '', updatedAt: at },
    ],
  };
}

describe('sheetProgressOf', () => {
  const detail = panelRoom();

  it('counts the cells scored against those the evaluator can score', () => {
    expect(sheetProgressOf(detail, 'E1')).toMatchObject({ status: 'submitted', submittedAt: at, scored: 7, scorable: 9, unscored: 2 });
    expect(sheetProgressOf(detail, 'E2')).toMatchObject({ status: 'inProgress', submittedAt: null, scored: 2, scorable: 6, unscored: 4 });
    expect(sheetProgressOf(detail, 'E3')).toMatchObject({ status: 'notStarted', scored: 0, scorable: 9, unscored: 9 });
  });

  it('breaks the counts down per criterion, leaving out conflicted candidates', () => {
    expect(sheetProgressOf(detail, 'E1').perCriterion).toEqual({
      C1: { scored: 3, scorable: 3 },
      C2: { scored: 3, scorable: 3 },
      C3: { scored: 1, scorable: 3 },
    });
    expect(sheetProgressOf(detail, 'E2').perCriterion).toEqual({
      C1: { scored: 1, scorable: 2 },
      C2: { scored: 1, scorable: 2 },
      C3: { scored: 0, scorable: 2 },
    });
  });

  it('gives one entry per evaluator, in the detail’s order', () => {
    expect(sheetProgress(detail).map((p) => [p.evaluatorId, p.scored])).toEqual([
      ['E1', 7],
      ['E2', 2],
      ['E3', 0],
    ]);
  });
});

describe('conflictedCandidateIds', () => {
  it('holds declared conflicts only, not declarations of none', () => {
    const detail = panelRoom();
    expect([...conflictedCandidateIds(detail, 'E2')]).toEqual(['K']);
    expect([...conflictedCandidateIds(detail, 'E1')]).toEqual([]);
  });
});
