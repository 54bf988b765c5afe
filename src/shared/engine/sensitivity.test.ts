import { describe, expect, it } from 'vitest';
import { computeScores } from './score-candidates';
import { computeSensitivity } from './sensitivity';
import type { EngineScore, ScoringInput, WeightThreshold } from './types';

function scores(rows: Record<string, Record<string, number>>): EngineScore[] {
  return Object.entries(rows).flatMap(([candidateId, row]) =>
    Object.entries(row).map(([criterionId, value]) => ({
      evaluatorId: 'ev',
      candidateId,
      criterionId,
      value,
      confidence: 'high' as const,
    })),
  );
}

function target(list: readonly WeightThreshold[], id: string): WeightThreshold {
  const t = list.find((x) => x.targetId === id);
  if (!t) throw new Error(`no threshold for ${id}`);
  return t;
}

/*
 * The worked example. Pillar P (W=1) holds a and b (w=1 each); pillar Q (W=1)
 * holds c. Shares P = Q = 0.5; e_a = e_b = 0.25, e_c = 0.5.
 *
 *        a  b  c    Σ e×S                          T
 *   L    5  4  3    1.25 + 1.00 + 1.5 = 3.75       75
 *   A    2  2  5    0.50 + 0.50 + 2.5 = 3.50       70
 *   B    1  5  4    0.25 + 1.25 + 2.0 = 3.50       70   (tied with A: runner-up is A, first in input)
 *
 * D = T(L) − T(A) = T(L) − T(B) = 5. With d = the lead on the target alone
 * (20 × score difference for a criterion; the pillar's own lead for a pillar),
 * D(x) runs linearly from D(e) = D to D(1) = d, so x* = e + (1 − e) D / (D − d).
 *
 * Criterion c (e = 0.5):
 *   vs A: d = 20×(3−5) = −40, x* = 0.5 + 0.5×5/45 = 5/9, change 1/18 ≈ 0.0556
 *         check: at 5/9 the others scale by (4/9)/(1/2) = 8/9, e_a = e_b = 2/9:
 *         T(L) = 20×(2/9×5 + 2/9×4 + 5/9×3) = 20×33/9; T(A) = 20×(2/9×2 + 2/9×2 + 5/9×5) = 20×33/9. Equal.
 *   vs B: d = 20×(3−4) = −20, x* = 0.5 + 0.5×5/25 = 0.6, change 0.1  -> A is closer.
 * Criterion a (e = 0.25):
 *   vs A: d = 60, x* = 0.25 + 0.75×5/(−55) = 2/11, change −3/44 ≈ −0.0682
 *   vs B: d = 80, x* = 0.25 + 0.75×5/(−75) = 0.2,  change −0.05   -> B is closer.
 *         check: at 0.2 the others scale by 0.8/0.75 = 16/15, e_b = 4/15, e_c = 8/15:
 *         T(L) = 20×(0.2×5 + 4/15×4 + 8/15×3) = 20×55/15; T(B) = 20×(0.2×1 + 4/15×5 + 8/15×4) = 20×55/15.
 * Criterion b (e = 0.25):
 *   vs A: d = 40, x* = 0.25 + 0.75×5/(−35) = 1/7, change −3/28 ≈ −0.1071
 *   vs B: d = −20, x* = 0.25 + 0.75×5/25 = 0.4,  change +0.15     -> A is closer.
 * Pillar P (share 0.5): pillarT(L,P) = 90, pillarT(A,P) = 40, pillarT(B,P) = 60.
 *   vs A: d = 50, x* = 0.5 + 0.5×5/(−45) = 4/9, change −1/18
 *   vs B: d = 30, x* = 0.5 + 0.5×5/(−25) = 0.4, change −0.1      -> A.
 * Pillar Q (share 0.5): pillarT(L,Q) = 60, A 100, B 80.
 *   vs A: d = −40, x* = 5/9, change +1/18 -> A. With two pillars, moving Q to
 *   y is moving P to 1 − y, so their thresholds mirror each other.
 *
 * Most critical criterion: a (|−0.05| via B). Smallest move overall: 0.05.
 */
const example: ScoringInput = {
  pillars: [
    { id: 'P', weight: 1 },
    { id: 'Q', weight: 1 },
  ],
  criteria: [
    { id: 'a', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
    { id: 'b', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
    { id: 'c', pillarId: 'Q', weight: 1, knockout: false, passMark: 3 },
  ],
  candidates: [{ id: 'L' }, { id: 'A' }, { id: 'B' }],
  scores: scores({
    L: { a: 5, b: 4, c: 3 },
    A: { a: 2, b: 2, c: 5 },
    B: { a: 1, b: 5, c: 4 },
  }),
  consensus: [],
};

describe('sensitivity of the worked example', () => {
  const result = computeScores(example);
  const s = computeSensitivity(example, result, 0.05);

  it('names the leader, the runner-up and the lead', () => {
    expect(result.candidates.map((c) => [c.candidateId, c.total, c.rank])).toEqual([
      ['L', 75, 1],
      ['A', 70, 2],
      ['B', 70, 2],
    ]);
    expect(s.leaderId).toBe('L');
    expect(s.runnerUpId).toBe('A');
    expect(s.leadMargin).toBeCloseTo(5, 12);
  });

  it('finds per criterion the challenger with the smallest move', () => {
    const c = target(s.criteria, 'c');
    expect(c.current).toBe(0.5);
    expect(c.crossing?.challengerId).toBe('A');
    expect(c.crossing?.threshold).toBeCloseTo(5 / 9, 12);
    expect(c.crossing?.change).toBeCloseTo(1 / 18, 12);
    expect(c.crossing?.relativeChange).toBeCloseTo(1 / 9, 12);

    const a = target(s.criteria, 'a');
    expect(a.crossing?.challengerId).toBe('B');
    expect(a.crossing?.threshold).toBeCloseTo(0.2, 12);
    expect(a.crossing?.change).toBeCloseTo(-0.05, 12);
    expect(a.crossing?.relativeChange).toBeCloseTo(-0.2, 12);

    const b = target(s.criteria, 'b');
    expect(b.crossing?.challengerId).toBe('A');
    expect(b.crossing?.threshold).toBeCloseTo(1 / 7, 12);
    expect(b.crossing?.change).toBeCloseTo(-3 / 28, 12);

    expect(s.criteria.map((t) => t.targetId)).toEqual(['a', 'b', 'c']);
    expect(s.mostCriticalCriterion?.targetId).toBe('a');
  });

  it('moves a whole pillar with its criteria in proportion', () => {
    const p = target(s.pillars, 'P');
    const q = target(s.pillars, 'Q');
    expect(p.crossing?.challengerId).toBe('A');
    expect(p.crossing?.threshold).toBeCloseTo(4 / 9, 12);
    expect(q.crossing?.challengerId).toBe('A');
    expect(q.crossing?.threshold).toBeCloseTo(5 / 9, 12);
    expect(Math.abs(s.mostCriticalPillar?.crossing?.change ?? 0)).toBeCloseTo(1 / 18, 12);
  });

  it('is robust at a margin equal to the smallest move, fragile above it', () => {
    // The smallest move is exactly 5 points (criterion a): not smaller than a 5-point margin.
    expect(s.margin).toBe(0.05);
    expect(s.robust).toBe(true);
    expect(computeSensitivity(example, result, 0.06).robust).toBe(false);
    expect(computeSensitivity(example, result, 0.02).robust).toBe(true);
  });
});

describe('the Triantaphyllou & Sánchez formulation reaches the same crossing', () => {
  /*
   * One pillar, raw weights u 0.5, v 0.3, z 0.2 (they sum to 1, so e = w).
   *        u  v  z    T
   *   L    5  1  1    20×(2.5 + 0.3 + 0.2) = 60
   *   A    1  5  4    20×(0.5 + 1.5 + 0.8) = 56      D = 4
   * Criterion v: d = 20×(1 − 5) = −80, x* = 0.3 + 0.7×4/84 = 1/3.
   * Raising v's raw weight by δ and renormalising gives x = (0.3 + δ)/(1 + δ);
   * x = 1/3 at δ = (1/3 − 0.3)/(1 − 1/3) = 0.05. With v at 0.35 (sum 1.05):
   *   T(L) = 20×(2.5 + 0.35 + 0.2)/1.05 = 20×3.05/1.05
   *   T(A) = 20×(0.5 + 1.75 + 0.8)/1.05 = 20×3.05/1.05   -> level.
   */
  const base: ScoringInput = {
    pillars: [{ id: 'P', weight: 1 }],
    criteria: [
      { id: 'u', pillarId: 'P', weight: 0.5, knockout: false, passMark: 3 },
      { id: 'v', pillarId: 'P', weight: 0.3, knockout: false, passMark: 3 },
      { id: 'z', pillarId: 'P', weight: 0.2, knockout: false, passMark: 3 },
    ],
    candidates: [{ id: 'L' }, { id: 'A' }],
    scores: scores({ L: { u: 5, v: 1, z: 1 }, A: { u: 1, v: 5, z: 4 } }),
    consensus: [],
  };

  it('reports x* = (e_k + δ)/(1 + δ) for the raw change δ that levels the totals', () => {
    const s = computeSensitivity(base, computeScores(base), 0.05);
    const v = target(s.criteria, 'v');
    expect(v.crossing?.threshold).toBeCloseTo(1 / 3, 12);
    const delta = 0.05;
    expect(v.crossing?.threshold).toBeCloseTo((0.3 + delta) / (1 + delta), 12);

    const moved = computeScores({
      ...base,
      criteria: base.criteria.map((c) => (c.id === 'v' ? { ...c, weight: 0.3 + delta } : c)),
    });
    const [first, second] = moved.candidates;
    expect(first?.total).toBeCloseTo(20 * (3.05 / 1.05), 9);
    expect(Math.abs((first?.total ?? 0) - (second?.total ?? 0))).toBeLessThan(1e-9);
    expect(moved.candidates.map((c) => c.rank)).toEqual([1, 1]);
  });
});

describe('edge cases', () => {
  it('treats a tie for first as fragile: no change is needed at all, even with a margin of 0', () => {
    // L and A both total 70 on e = 0.5/0.5: L (4, 3) vs A (3, 4).
    const input: ScoringInput = {
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [
        { id: 'x', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
        { id: 'y', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
      ],
      candidates: [{ id: 'L' }, { id: 'A' }],
      scores: scores({ L: { x: 4, y: 3 }, A: { x: 3, y: 4 } }),
      consensus: [],
    };
    const s = computeSensitivity(input, computeScores(input), 0);
    expect(s.leaderId).toBe('L');
    expect(s.runnerUpId).toBe('A');
    expect(s.leadMargin).toBe(0);
    expect(s.criteria).toEqual([
      { targetId: 'x', current: 0.5, crossing: { challengerId: 'A', threshold: 0.5, change: 0, relativeChange: 0 } },
      { targetId: 'y', current: 0.5, crossing: { challengerId: 'A', threshold: 0.5, change: 0, relativeChange: 0 } },
    ]);
    // A single active pillar carries the whole: no pillar weight can move.
    expect(s.pillars).toEqual([]);
    expect(s.robust).toBe(false);
  });

  it('does not count crossings that land exactly on the ends of [0, 1]', () => {
    // e_x = e_y = 0.5. L (3, 4) = 20×(1.5 + 2) = 70, A (3, 2) = 20×(1.5 + 1) = 50, D = 20.
    // x: d = 20×(3 − 3) = 0,  x* = 0.5 + 0.5×20/20 = 1: level only when x carries everything.
    // y: d = 20×(4 − 2) = 40, x* = 0.5 + 0.5×20/(20 − 40) = 0: the same tie, reached from y's side.
    // A never gets ahead, so neither is a weight that changes the winner.
    const input: ScoringInput = {
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [
        { id: 'x', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
        { id: 'y', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
      ],
      candidates: [{ id: 'L' }, { id: 'A' }],
      scores: scores({ L: { x: 3, y: 4 }, A: { x: 3, y: 2 } }),
      consensus: [],
    };
    const s = computeSensitivity(input, computeScores(input), 0.05);
    expect(s.criteria).toEqual([
      { targetId: 'x', current: 0.5, crossing: null },
      { targetId: 'y', current: 0.5, crossing: null },
    ]);
    expect(s.mostCriticalCriterion).toBeNull();
    expect(s.robust).toBe(true);
  });

  const twoCriteria = (knockoutOnY: boolean): ScoringInput => ({
    pillars: [{ id: 'P', weight: 1 }],
    criteria: [
      { id: 'x', pillarId: 'P', weight: 3, knockout: false, passMark: 3 },
      { id: 'y', pillarId: 'P', weight: 1, knockout: knockoutOnY, passMark: 3 },
    ],
    candidates: [{ id: 'L' }, { id: 'K' }],
    // K is far ahead on x but scores 1 on y, a knock-out when knockoutOnY.
    scores: scores({ L: { x: 2, y: 5 }, K: { x: 5, y: 1 } }),
    consensus: [],
  });

  it('leaves knocked-out candidates out: with one ranked candidate nothing can change the winner', () => {
    const input = twoCriteria(true);
    const result = computeScores(input);
    expect(result.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['L', 1],
      ['K', null],
    ]);
    const s = computeSensitivity(input, result, 0.05);
    expect(s).toEqual({
      leaderId: 'L',
      leadMargin: null,
      runnerUpId: null,
      criteria: [
        { targetId: 'x', current: 0.75, crossing: null },
        { targetId: 'y', current: 0.25, crossing: null },
      ],
      pillars: [],
      mostCriticalCriterion: null,
      mostCriticalPillar: null,
      margin: 0.05,
      robust: true,
    });
  });

  it('counts the same candidate as a challenger once it is not knocked out', () => {
    // Without the knock-out, K leads: e_x = 0.75, e_y = 0.25.
    // T(K) = 20×(0.75×5 + 0.25×1) = 80, T(L) = 20×(0.75×2 + 0.25×5) = 55, D = 25.
    // Criterion y: d = 20×(1 − 5) = −80, x* = 0.25 + 0.75×25/105 = 0.25 + 5/28 = 3/7.
    const input = twoCriteria(false);
    const s = computeSensitivity(input, computeScores(input), 0.05);
    expect(s.leaderId).toBe('K');
    expect(s.leadMargin).toBeCloseTo(25, 12);
    expect(target(s.criteria, 'y').crossing?.threshold).toBeCloseTo(3 / 7, 12);
    expect(target(s.criteria, 'y').crossing?.challengerId).toBe('L');
  });

  it('has no leader and no targets when every candidate is knocked out', () => {
    const input: ScoringInput = {
      ...twoCriteria(true),
      flags: [{ candidateId: 'L', criterionId: null, penalty: 0, knockout: true }],
    };
    const s = computeSensitivity(input, computeScores(input), 0.05);
    expect(s).toEqual({
      leaderId: null,
      leadMargin: null,
      runnerUpId: null,
      criteria: [],
      pillars: [],
      mostCriticalCriterion: null,
      mostCriticalPillar: null,
      margin: 0.05,
      robust: true,
    });
  });

  it('counts unscored cells as 0 and leaves weightless criteria out of the targets', () => {
    // One pillar: x w=1, y w=1, z w=0. L scored x 4 only; A scored y 3 only.
    // T(L) = 20×0.5×4 = 40, T(A) = 20×0.5×3 = 30, D = 10.
    // x: d = 20×(4 − 0) = 80, x* = 0.5 + 0.5×10/(10 − 80) = 0.5 − 1/14 = 3/7.
    const input: ScoringInput = {
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [
        { id: 'x', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
        { id: 'y', pillarId: 'P', weight: 1, knockout: false, passMark: 3 },
        { id: 'z', pillarId: 'P', weight: 0, knockout: false, passMark: 3 },
      ],
      candidates: [{ id: 'L' }, { id: 'A' }],
      scores: scores({ L: { x: 4, z: 0 }, A: { y: 3, z: 5 } }),
      consensus: [],
    };
    const s = computeSensitivity(input, computeScores(input), 0.05);
    expect(s.criteria.map((t) => t.targetId)).toEqual(['x', 'y']);
    expect(target(s.criteria, 'x').crossing?.threshold).toBeCloseTo(3 / 7, 12);
  });
});
