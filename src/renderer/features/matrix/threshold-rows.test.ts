import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { describeThreshold } from '../../../shared/engine/sensitivity-sentences';
import { buildThresholdRows } from './threshold-rows';
import { handWorkedDealRoom } from './test-deal-room';

/*
 * Leader A (78.75) and challenger B (77.5); K is knocked out and takes no part.
 * Per-criterion lead of A over B, in score units: C1 −0.5, C2 0, C3 +1.
 * Moving C3's weight e from 0.25 to x rescales the others by (1−x)/0.75, so
 * lead(x) = x·1 + (1−x)/0.75 · (0.375·(−0.5) + 0.375·0) = x − 0.25(1−x) → zero at x* = 0.2.
 * C1: lead(x) = −0.5x + (1−x)/0.625 · 0.25 = 0.4 − 0.9x → x* = 4/9.
 * C2: lead(x) = (1−x)/0.625 · (−0.1875 + 0.25) = 0.1(1 − x): B only draws level at x = 1,
 *     the very end of the scale, which the engine does not count as overtaking.
 */
describe('buildThresholdRows', () => {
  const detail = handWorkedDealRoom();
  const analysis = analyseDealRoom(detail);

  it('lists criteria closest call first, with threshold, change and challenger', () => {
    const rows = buildThresholdRows('criterion', analysis.sensitivity, detail, 'en');
    expect(rows.map((r) => r.targetId)).toEqual(['C3', 'C1', 'C2']);
    const [c3, c1, c2] = rows;
    expect(c3!.current).toBeCloseTo(0.25, 12);
    expect(c3!.threshold).toBeCloseTo(0.2, 9);
    expect(c3!.change).toBeCloseTo(-0.05, 9);
    expect(c3!.relativeChange).toBeCloseTo(-0.2, 9);
    expect(c3!.challengerName).toBe('Hokushin Shoji');
    expect(c3!.label).toBe('Data protection');
    expect(c1!.threshold).toBeCloseTo(4 / 9, 9);
    expect(c1!.change).toBeCloseTo(4 / 9 - 0.375, 9);
    expect(c2).toMatchObject({ threshold: null, change: null, relativeChange: null, challengerName: null, withinMargin: false });
    expect(c2!.sentence).toBe('No change of this weight alone can change the winner.');
  });

  it('marks the most critical criterion and those within the margin', () => {
    const rows = buildThresholdRows('criterion', analysis.sensitivity, detail, 'en');
    expect(rows.filter((r) => r.mostCritical).map((r) => r.targetId)).toEqual(['C3']);
    // At the default margin of 0.05: C3's move of exactly 0.05 is not under it (as the engine judges), C1's 0.069 neither.
    expect(rows.map((r) => r.withinMargin)).toEqual([false, false, false]);
    expect(analysis.sensitivity.robust).toBe(true);
    // At a margin of 0.06, C3's move is under it and C1's is not.
    const wider = analyseDealRoom({ ...detail, dealRoom: { ...detail.dealRoom, sensitivityMargin: 0.06 } });
    const rows6 = buildThresholdRows('criterion', wider.sensitivity, detail, 'en');
    expect(rows6.map((r) => [r.targetId, r.withinMargin])).toEqual([['C3', true], ['C1', false], ['C2', false]]);
    expect(wider.sensitivity.robust).toBe(false);
  });

  it('carries the engine sentence in the reader language', () => {
    const ja = buildThresholdRows('criterion', analysis.sensitivity, detail, 'ja');
    const c3 = analysis.sensitivity.criteria.find((t) => t.targetId === 'C3')!;
    expect(ja.find((r) => r.targetId === 'C3')!.sentence).toBe(describeThreshold(c3, 'criterion', detail, 'ja'));
    expect(ja.find((r) => r.targetId === 'C3')!.label).toBe('データ保護');
    expect(ja.find((r) => r.targetId === 'C3')!.challengerName).toBe('北辰商事');
  });

  it('gives one row per pillar with its share now', () => {
    const rows = buildThresholdRows('pillar', analysis.sensitivity, detail, 'en');
    expect(rows.map((r) => r.targetId).sort()).toEqual(['P1', 'P2']);
    // Moving P2 is the same move as moving C3 (its only criterion): x* = 0.2.
    const p2 = rows.find((r) => r.targetId === 'P2')!;
    expect(p2.current).toBeCloseTo(0.25, 12);
    expect(p2.threshold).toBeCloseTo(0.2, 9);
    expect(p2.label).toBe('Compliance');
  });
});
