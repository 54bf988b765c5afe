import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { cellReview } from './cell-review';

const at = '2027-02-03T10:00:00.000Z';

/** The hand-worked room with a third evaluator who has not scored, Weber (E2) in conflict with B, and a consensus and dissent on B × C2. */
function reviewedRoom(): DealRoomDetail {
  const base = handWorkedDealRoom();
  return {
    ...base,
    evaluators: [...base.evaluators, { id: 'E3', name: 'Ishikawa', department: 'Finance', role: 'Controller', submittedAt: null }],
    conflicts: [
      { evaluatorId: 'E2', candidateId: 'B', status: 'conflict', note: 'Sits on their advisory board', updatedAt: at },
      { evaluatorId: 'E1', candidateId: 'B', status: 'none', note: '', updatedAt: at },
    ],
    consensus: [...base.consensus, { candidateId: 'B', criterionId: 'C2', value: 4, reason: 'Licence confirmed in writing', updatedAt: at }],
    dissent: [{ evaluatorId: 'E1', candidateId: 'B', criterionId: 'C2', note: 'The renewal is still pending', updatedAt: at }],
  };
}

describe('cellReview', () => {
  const detail = reviewedRoom();

  it('lists every evaluator by name: scored, not scored, or excluded for a conflict', () => {
    const review = cellReview(detail, { candidateId: 'B', criterionId: 'C2' }, 'en');
    expect(review.entries.map((e) => [e.evaluator.name, e.kind])).toEqual([
      ['Ishikawa', 'unscored'],
      ['Sato', 'scored'],
      ['Weber', 'excluded'],
    ]);
    const sato = review.entries[1]!;
    expect(sato.kind === 'scored' && sato.score.value).toBe(3);
    const weber = review.entries[2]!;
    expect(weber.kind === 'excluded' && weber.note).toBe('Sits on their advisory board');
  });

  it('carries the consensus and the dissent with who recorded it', () => {
    const review = cellReview(detail, { candidateId: 'B', criterionId: 'C2' }, 'en');
    expect(review.consensus).toMatchObject({ value: 4, reason: 'Licence confirmed in writing' });
    expect(review.dissent.map((d) => [d.evaluator.name, d.dissent.note])).toEqual([['Sato', 'The renewal is still pending']]);
    // Weber may not dissent on a candidate he is conflicted with.
    expect(review.mayDissent.map((e) => e.name)).toEqual(['Ishikawa', 'Sato']);
  });

  it('keeps each cell to itself', () => {
    const review = cellReview(detail, { candidateId: 'A', criterionId: 'C1' }, 'en');
    expect(review.entries.map((e) => (e.kind === 'scored' ? e.score.value : e.kind))).toEqual(['unscored', 4, 5]);
    expect(review.consensus).toBeUndefined();
    expect(review.dissent).toEqual([]);
    expect(review.mayDissent).toHaveLength(3);
  });
});
