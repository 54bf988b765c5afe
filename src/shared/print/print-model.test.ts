/**
 * The print model of the hand-worked room (../../renderer/features/matrix/
 * test-deal-room.ts): totals A 78.75, B 77.5, K 52.5 (knocked out on C2),
 * and the snapshot id that tells two printouts apart.
 */
import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../domain/entities';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { handWorkedDealRoom } from '../../renderer/features/matrix/test-deal-room';
import { buildPrintModel, PRINT_DRAWS, PRINT_SEED } from './print-model';

const model = (detail: DealRoomDetail, printDate = '2027-02-01') => buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate });

/** The same room with every id replaced (as a copy imported elsewhere would have). */
function withOtherIds(detail: DealRoomDetail): DealRoomDetail {
  const id = (x: string) => `copy-${x}`;
  return {
    ...detail,
    candidates: detail.candidates.map((c) => ({ ...c, id: id(c.id) })),
    pillars: detail.pillars.map((p) => ({ ...p, id: id(p.id) })),
    criteria: detail.criteria.map((c) => ({ ...c, id: id(c.id), pillarId: id(c.pillarId) })),
    evaluators: detail.evaluators.map((e) => ({ ...e, id: id(e.id) })),
    scores: detail.scores.map((s) => ({ ...s, evaluatorId: id(s.evaluatorId), candidateId: id(s.candidateId), criterionId: id(s.criterionId) })),
    consensus: detail.consensus.map((c) => ({ ...c, candidateId: id(c.candidateId), criterionId: id(c.criterionId) })),
  };
}

describe('buildPrintModel', () => {
  const printed = model(handWorkedDealRoom());

  it('lists the compared candidates ranked first, the knocked-out one last, with both names', () => {
    expect(printed.candidates.map((c) => [c.id, c.rank, c.knockedOut])).toEqual([
      ['A', 1, false],
      ['B', 2, false],
      ['K', null, true],
    ]);
    expect(printed.candidates[0]!.name).toEqual({ en: 'Aozora Medical', ja: '青空メディカル' });
    expect(printed.candidates.map((c) => c.total)).toEqual([78.75, 77.5, 52.5]);
    // K: C3 (e = 0.25) unscored → coverage 0.75, projected 52.5 / 0.75 = 70.
    expect(printed.candidates[2]!.coverage).toBeCloseTo(0.75, 12);
    expect(printed.candidates[2]!.projected).toBeCloseTo(70, 12);
    expect(printed.candidates[0]!.projected).toBeNull();
  });

  it('orders pillars and criteria as the room does, with effective weights and subtotals', () => {
    expect(printed.pillars.map((p) => [p.id, p.share, p.criteria.map((c) => c.id)])).toEqual([
      ['P1', 0.75, ['C1', 'C2']],
      ['P2', 0.25, ['C3']],
    ]);
    // P1 for A: 100 × (½ × 4.5 + ½ × 4) / 5 = 85; for K: 100 × (½ × 5 + ½ × 2) / 5 = 70.
    expect(printed.pillars[0]!.subtotals).toEqual({ A: 85, B: 90, K: 70 });
    // Nothing of P2 is scored for K: a dash, not 0.
    expect(printed.pillars[1]!.subtotals['K']).toBeNull();
    expect(printed.pillars[0]!.criteria[1]!.passMark).toBe(3);
    expect(printed.pillars[0]!.criteria[0]!.weight).toBeCloseTo(0.375, 12);
  });

  it('runs the rank probabilities with the fixed draws and seed', () => {
    expect(printed.probabilities?.draws).toBe(PRINT_DRAWS);
    expect(printed.probabilities?.seed).toBe(PRINT_SEED);
    const shares = Object.values(printed.probabilities!.first);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // K fails its knock-out whatever the weights: it never ranks first.
    expect(printed.probabilities!.first['K']).toBe(0);
  });

  it('carries the sensitivity sentences in both languages', () => {
    expect(printed.sensitivity.en.length).toBeGreaterThan(0);
    expect(printed.sensitivity.en.join(' ')).toContain('Aozora Medical');
    expect(printed.sensitivity.ja.join('')).toContain('青空メディカル');
  });

  it('prints no terms section for a room without term sheets', () => {
    expect(printed.terms).toEqual([]);
  });
});

describe('the snapshot id', () => {
  const base = handWorkedDealRoom();
  const id = model(base).snapshotId;

  it('is 12 hex digits and the same for the same data, whatever the ids or the print date', () => {
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(model(handWorkedDealRoom()).snapshotId).toBe(id);
    expect(model(withOtherIds(base)).snapshotId).toBe(id);
    expect(model(base, '2030-12-31').snapshotId).toBe(id);
  });

  it('changes when a score changes', () => {
    const changed = { ...base, scores: base.scores.map((s) => (s.candidateId === 'A' && s.criterionId === 'C3' ? { ...s, value: 3.5 } : s)) };
    expect(model(changed).snapshotId).not.toBe(id);
  });

  it('changes when a weight or a name changes', () => {
    expect(model({ ...base, pillars: base.pillars.map((p) => (p.id === 'P2' ? { ...p, weight: 2 } : p)) }).snapshotId).not.toBe(id);
    expect(model({ ...base, candidates: base.candidates.map((c) => (c.id === 'B' ? { ...c, nameJa: '北辰商事株式会社' } : c)) }).snapshotId).not.toBe(id);
  });
});
