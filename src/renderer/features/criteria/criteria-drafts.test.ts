import { describe, expect, it } from 'vitest';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { criterionDraftOf, draftShares, pillarDraftOf } from './criteria-drafts';
import { criterionPatch, pillarPatch } from './criterion-patch';

/* The hand-worked room: pillars P1 (3) and P2 (1); C1, C2 in P1 and C3 in P2, all weight 1. */
describe('draftShares', () => {
  const detail = handWorkedDealRoom();
  const criterion = (id: string) => detail.criteria.find((c) => c.id === id)!;
  const pillar = (id: string) => detail.pillars.find((p) => p.id === id)!;

  it('gives the saved shares when nothing is being edited', () => {
    const shares = draftShares(detail, {}, {});
    expect(shares.criteria.C1).toBeCloseTo(0.375, 12);
    expect(shares.criteria.C3).toBeCloseTo(0.25, 12);
    expect(shares.pillars.P1).toBeCloseTo(0.75, 12);
    expect(shares.total).toBeCloseTo(1, 12);
  });

  it('follows a typed criterion weight before it is saved', () => {
    // C1 at 3 against C2 at 1 inside P1 (share 0.75): 0.5625 and 0.1875.
    const shares = draftShares(detail, {}, { C1: { ...criterionDraftOf(criterion('C1')), weight: '3' } });
    expect(shares.criteria.C1).toBeCloseTo(0.5625, 12);
    expect(shares.criteria.C2).toBeCloseTo(0.1875, 12);
    expect(shares.criteria.C3).toBeCloseTo(0.25, 12);
  });

  it('follows a typed pillar weight, full-width digits included', () => {
    // P2 at 3 against P1 at 3: each pillar half of the whole.
    const shares = draftShares(detail, { P2: { ...pillarDraftOf(pillar('P2')), weight: '３' } }, {});
    expect(shares.pillars.P2).toBeCloseTo(0.5, 12);
    expect(shares.criteria.C3).toBeCloseTo(0.5, 12);
    expect(shares.criteria.C1).toBeCloseTo(0.25, 12);
  });

  it('keeps the saved weight while the typed text is not a usable weight', () => {
    const shares = draftShares(detail, {}, { C1: { ...criterionDraftOf(criterion('C1')), weight: '-2' } });
    expect(shares.criteria.C1).toBeCloseTo(0.375, 12);
  });

  it('shows nothing counted when every pillar weight is typed as 0', () => {
    const shares = draftShares(
      detail,
      { P1: { ...pillarDraftOf(pillar('P1')), weight: '0' }, P2: { ...pillarDraftOf(pillar('P2')), weight: '0' } },
      {},
    );
    expect(shares.total).toBe(0);
    expect(shares.pillars.P1).toBe(0);
  });
});

describe('criterion and pillar patches', () => {
  const detail = handWorkedDealRoom();
  const c2 = detail.criteria.find((c) => c.id === 'C2')!;

  it('sends only the fields that changed, numbers as numbers', () => {
    const draft = { ...criterionDraftOf(c2), weight: '2.5', anchor5: 'Holds the licence for every product line' };
    expect(criterionPatch(c2, draft)).toEqual({ weight: 2.5, anchor5: 'Holds the licence for every product line' });
  });

  it('sends an unreadable number as typed so the API can word the error', () => {
    expect(criterionPatch(c2, { ...criterionDraftOf(c2), passMark: 'three' })).toEqual({ passMark: 'three' });
  });

  it('sends nothing when nothing changed', () => {
    expect(criterionPatch(c2, criterionDraftOf(c2))).toEqual({});
    const p1 = detail.pillars.find((p) => p.id === 'P1')!;
    expect(pillarPatch(p1, { ...pillarDraftOf(p1), nameJa: '営業・市場開拓力' })).toEqual({ nameJa: '営業・市場開拓力' });
  });
});
