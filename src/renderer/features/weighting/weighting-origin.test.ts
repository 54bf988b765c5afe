import { describe, expect, it } from 'vitest';
import type { Weighting } from '../../../shared/domain/entities';
import { weightingOrigin } from './weighting-origin';

const AT = '2027-02-01T10:00:00+09:00';
/** x twice y, y twice z, x four times z: perfectly consistent, priorities 4/7, 2/7, 1/7 and CR 0. */
const consistent: Weighting = {
  pillarId: 'eff',
  method: 'ahp',
  judgements: [
    { a: 'x', b: 'y', value: 2 },
    { a: 'x', b: 'z', value: 4 },
    { a: 'y', b: 'z', value: 2 },
  ],
  consistencyRatio: 0,
  updatedAt: AT,
};

describe('weightingOrigin', () => {
  it('says "set directly" without an AHP record', () => {
    expect(weightingOrigin([{ id: 'x', weight: 1 }], undefined)).toEqual({ method: 'direct' });
    expect(weightingOrigin([{ id: 'x', weight: 1 }], { ...consistent, method: 'direct', judgements: [], consistencyRatio: null })).toEqual({ method: 'direct' });
  });

  it('says "set by pairwise comparison" while the weights are still the priorities', () => {
    // The store writes priorities × 100: 57.142…, 28.571…, 14.285….
    const items = [
      { id: 'x', weight: (4 / 7) * 100 },
      { id: 'y', weight: (2 / 7) * 100 },
      { id: 'z', weight: (1 / 7) * 100 },
    ];
    expect(weightingOrigin(items, { ...consistent, consistencyRatio: 0.04 })).toEqual({ method: 'ahp', consistencyRatio: 0.04, editedByHand: false });
    // Only the proportions matter: 4 : 2 : 1 is the same weighting.
    expect(weightingOrigin([{ id: 'x', weight: 4 }, { id: 'y', weight: 2 }, { id: 'z', weight: 1 }], consistent)).toMatchObject({ editedByHand: false });
  });

  it('adds "since edited by hand" once a weight was changed or an item added', () => {
    expect(weightingOrigin([{ id: 'x', weight: 50 }, { id: 'y', weight: 2 }, { id: 'z', weight: 1 }], consistent)).toEqual({
      method: 'ahp',
      consistencyRatio: 0,
      editedByHand: true,
    });
    const added = [
      { id: 'x', weight: 4 },
      { id: 'y', weight: 2 },
      { id: 'z', weight: 1 },
      { id: 'w', weight: 10 },
    ];
    expect(weightingOrigin(added, consistent)).toMatchObject({ method: 'ahp', editedByHand: true });
  });
});
