/**
 * The matrix model's red-flag marks (matrix-rows.ts, issue 5), on the matrix's
 * hand-worked room: A 78.75 (rank 1), B 77.5 (rank 2), K knocked out by a
 * failed knock-out criterion.
 */
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../../shared/domain/vetting';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { buildMatrixModel } from '../matrix/matrix-rows';
import { handWorkedDealRoom } from '../matrix/test-deal-room';

const flag = (id: string, candidateId: string, status: RedFlag['status'], consequence: RedFlag['consequence'], said: string): RedFlag => ({
  id,
  candidateId,
  libraryKey: '',
  said,
  saidBy: '',
  observedOn: null,
  source: '',
  status,
  outcome: status === 'open' ? '' : 'Checked with two references',
  consequence,
  criterionId: null,
  penalty: 0,
  condition: '',
  createdAt: '2027-01-15T09:00:00.000Z',
  updatedAt: '2027-01-15T09:00:00.000Z',
});

describe('red flags in the matrix', () => {
  it('counts open and confirmed flags per candidate, and says why a knock-out flag removed one', () => {
    const detail = {
      ...handWorkedDealRoom(),
      flags: [
        flag('f1', 'A', 'confirmed', 'knockout', 'Gifts to department heads are customary here.'),
        flag('f2', 'A', 'open', 'note', 'Our president must review it personally.'),
        flag('f3', 'B', 'open', 'knockout', 'Only we can deal with the regulator.'),
        flag('f4', 'B', 'cleared', 'note', 'Trust takes time.'),
      ],
    };
    const model = buildMatrixModel(detail, analyseDealRoom(detail), 'en');
    // A is now knocked out too: B leads alone, A and K follow unranked in their display order.
    expect(model.columns.map((c) => [c.candidateId, c.rank, c.knockedOut])).toEqual([
      ['B', 1, false],
      ['A', null, true],
      ['K', null, true],
    ]);
    const byId = Object.fromEntries(model.columns.map((c) => [c.candidateId, c.flags]));
    expect(byId).toEqual({
      A: { open: 1, confirmed: 1, knockoutReasons: ['Gifts to department heads are customary here.'] },
      // An open knock-out flag is counted, but removes nothing.
      B: { open: 1, confirmed: 0, knockoutReasons: [] },
      K: { open: 0, confirmed: 0, knockoutReasons: [] },
    });
  });
});
