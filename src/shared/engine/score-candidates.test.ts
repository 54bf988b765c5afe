import { describe, expect, it } from 'vitest';
import { computeScores } from './score-candidates';
import type { CandidateResult, EngineCriterion, EngineScore, ScoringInput, ScoringResult } from './types';

function criterion(id: string, pillarId: string, weight: number, knockout = false, passMark = 3): EngineCriterion {
  return { id, pillarId, weight, knockout, passMark };
}

function score(
  evaluatorId: string,
  candidateId: string,
  criterionId: string,
  value: number,
  confidence: EngineScore['confidence'] = 'high',
): EngineScore {
  return { evaluatorId, candidateId, criterionId, value, confidence };
}

function byId(result: ScoringResult, id: string): CandidateResult {
  const c = result.candidates.find((x) => x.candidateId === id);
  if (!c) throw new Error(`no result for ${id}`);
  return c;
}

function cell(result: ScoringResult, candidateId: string, criterionId: string) {
  const c = result.cells[candidateId]?.[criterionId];
  if (!c) throw new Error(`no cell ${candidateId} × ${criterionId}`);
  return c;
}

describe('effective weights and inactive pillars', () => {
  // P1 W=3: c1 w=1, c2 w=3          active
  // P2 W=1: c3 w=2                  active
  // P3 W=2: c4 w=0                  inactive: no criterion with w > 0
  // P4 W=0: c5 w=5                  inactive: W_p = 0
  // Σ active W = 3 + 1 = 4, so shares P1 = 0.75, P2 = 0.25.
  // e1 = 0.75 × 1/4 = 0.1875   e2 = 0.75 × 3/4 = 0.5625   e3 = 0.25 × 2/2 = 0.25
  // e4 = e5 = 0; Σ e = 1.
  const input: ScoringInput = {
    pillars: [
      { id: 'P1', weight: 3 },
      { id: 'P2', weight: 1 },
      { id: 'P3', weight: 2 },
      { id: 'P4', weight: 0 },
    ],
    criteria: [criterion('c1', 'P1', 1), criterion('c2', 'P1', 3), criterion('c3', 'P2', 2), criterion('c4', 'P3', 0), criterion('c5', 'P4', 5)],
    candidates: [{ id: 'A' }, { id: 'B' }],
    scores: [
      score('e1', 'A', 'c1', 4),
      score('e1', 'A', 'c2', 2),
      score('e1', 'A', 'c3', 5),
      score('e1', 'A', 'c4', 5),
      score('e1', 'A', 'c5', 1),
      score('e1', 'B', 'c1', 5),
    ],
    consensus: [],
  };
  const result = computeScores(input);

  it('splits the whole between active pillars, then inside each pillar', () => {
    expect(result.activePillarIds).toEqual(['P1', 'P2']);
    expect(result.pillarShares).toEqual({ P1: 0.75, P2: 0.25, P3: 0, P4: 0 });
    expect(result.effectiveWeights).toEqual({ c1: 0.1875, c2: 0.5625, c3: 0.25, c4: 0, c5: 0 });
  });

  it('totals with effective weights, pillar totals on each pillar\'s own weights', () => {
    // T(A) = 100 × (0.1875×4 + 0.5625×2 + 0.25×5) / 5 = 100 × 3.125 / 5 = 62.5
    // pillarT(A,P1) = 100 × (1/4×4 + 3/4×2) / 5 = 100 × 2.5 / 5 = 50
    // pillarT(A,P2) = 100 × 5 / 5 = 100
    // pillarT(A,P3) = 0: its criteria weigh nothing, so nothing counts
    // pillarT(A,P4) = 100 × 1 / 5 = 20: inactive in the whole, but its own 0–100 still reads
    const a = byId(result, 'A');
    expect(a.total).toBeCloseTo(62.5, 12);
    expect(a.coverage).toBeCloseTo(1, 12);
    expect(a.incomplete).toBe(false);
    expect(a.projected).toBeCloseTo(62.5, 12);
    expect(a.pillarTotals.P1).toBeCloseTo(50, 12);
    expect(a.pillarTotals.P2).toBeCloseTo(100, 12);
    expect(a.pillarTotals.P3).toBe(0);
    expect(a.pillarTotals.P4).toBeCloseTo(20, 12);
    expect(a.rank).toBe(1);
  });

  it('counts unscored cells as 0 and reports coverage and projection', () => {
    // B scored only c1: T = 100 × 0.1875 × 5 / 5 = 18.75; coverage = e1 = 0.1875;
    // projected = 18.75 / 0.1875 = 100.
    const b = byId(result, 'B');
    expect(b.total).toBeCloseTo(18.75, 12);
    expect(b.coverage).toBeCloseTo(0.1875, 12);
    expect(b.projected).toBeCloseTo(100, 12);
    expect(b.incomplete).toBe(true);
    expect(b.rank).toBe(2);
    expect(cell(result, 'B', 'c2').score).toBeNull();
  });
});

describe('zero weights everywhere', () => {
  // No pillar is active: every e_c = 0, every total 0, coverage 0 (so
  // incomplete), no projection, and all candidates share rank 1.
  const result = computeScores({
    pillars: [{ id: 'P', weight: 0 }, { id: 'Q', weight: 4 }],
    criteria: [criterion('a', 'P', 2), criterion('b', 'Q', 0)],
    candidates: [{ id: 'X' }, { id: 'Y' }],
    scores: [score('e1', 'X', 'a', 5), score('e1', 'Y', 'b', 1)],
    consensus: [],
  });

  it('has no active pillar and no weight', () => {
    expect(result.activePillarIds).toEqual([]);
    expect(result.effectiveWeights).toEqual({ a: 0, b: 0 });
    expect(result.pillarShares).toEqual({ P: 0, Q: 0 });
  });

  it('ties every candidate at 0', () => {
    expect(result.candidates.map((c) => [c.candidateId, c.total, c.coverage, c.projected, c.incomplete, c.rank])).toEqual([
      ['X', 0, 0, null, true, 1],
      ['Y', 0, 0, null, true, 1],
    ]);
    // P's own total still reads X's 5 on a: 100 × 5 / 5.
    expect(byId(result, 'X').pillarTotals).toEqual({ P: 100, Q: 0 });
  });
});

describe('ranking: ties share a rank, knock-outs are unranked', () => {
  // One pillar, x and y weigh 1 each: e_x = e_y = 0.5. g is a knock-out
  // (pass mark 3) with weight 0, so it changes no total.
  //   A: x 5, y 5, g 4 -> T = 100 × (0.5×5 + 0.5×5)/5 = 100
  //   B: x 4, y 3, g 3 -> T = 100 × 3.5/5 = 70    (g = 3 is exactly the pass mark: passed)
  //   C: x 3, y 4, g 5 -> T = 70                  (tied with B)
  //   D: x 2, y 2, g – -> T = 40                  (g unscored: pending, still ranked)
  //   E: x 5, y 5, g 2 -> T = 100, but 2 < 3: failed, knocked out
  // Ranks: A 1, B 2, C 2, D 4; E unranked and listed last.
  const result = computeScores({
    pillars: [{ id: 'P', weight: 1 }],
    criteria: [criterion('x', 'P', 1), criterion('y', 'P', 1), criterion('g', 'P', 0, true, 3)],
    candidates: [{ id: 'E' }, { id: 'D' }, { id: 'C' }, { id: 'B' }, { id: 'A' }],
    scores: [
      score('e1', 'A', 'x', 5), score('e1', 'A', 'y', 5), score('e1', 'A', 'g', 4),
      score('e1', 'B', 'x', 4), score('e1', 'B', 'y', 3), score('e1', 'B', 'g', 3),
      score('e1', 'C', 'x', 3), score('e1', 'C', 'y', 4), score('e1', 'C', 'g', 5),
      score('e1', 'D', 'x', 2), score('e1', 'D', 'y', 2),
      score('e1', 'E', 'x', 5), score('e1', 'E', 'y', 5), score('e1', 'E', 'g', 2),
    ],
    consensus: [],
  });

  it('orders by total with shared ranks 1, 2, 2, 4 and the knocked out last', () => {
    // C comes before B within the tie because it comes first in the input.
    expect(result.candidates.map((c) => [c.candidateId, c.total, c.rank])).toEqual([
      ['A', 100, 1],
      ['C', 70, 2],
      ['B', 70, 2],
      ['D', 40, 4],
      ['E', 100, null],
    ]);
  });

  it('records failed, passed and pending knock-outs', () => {
    expect(byId(result, 'E').knockouts).toEqual({ g: 'failed' });
    expect(byId(result, 'E').knockedOut).toBe(true);
    expect(byId(result, 'E').knockedOutByFlag).toBe(false);
    expect(byId(result, 'B').knockouts).toEqual({ g: 'passed' });
    expect(byId(result, 'D').knockouts).toEqual({ g: 'pending' });
    expect(byId(result, 'D').knockedOut).toBe(false);
  });

  it('treats totals within 1e-9 as a tie, measured from the top of the tie', () => {
    // Three candidates 0.6e-9 apart: the first two tie; the third is 1.2e-9
    // below the top of the tie, so it does not join it through the middle one.
    const base = 0.5;
    const r = computeScores({
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [criterion('x', 'P', 1)],
      candidates: [{ id: 'A' }, { id: 'B' }, { id: 'C' }],
      // T = 20 × s, so 0.3e-10 on the score is 0.6e-9 on the total.
      scores: [score('e', 'A', 'x', base), score('e', 'B', 'x', base - 0.3e-10), score('e', 'C', 'x', base - 0.6e-10)],
      consensus: [],
    });
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 1, 3]);
  });
});

describe('consensus, conflicts of interest and flag penalties', () => {
  // One pillar; k1 and k2 weigh 1 each: e = 0.5 each. k2 is a knock-out, pass mark 3.
  const input: ScoringInput = {
    pillars: [{ id: 'P', weight: 2 }],
    criteria: [criterion('k1', 'P', 1), criterion('k2', 'P', 1, true, 3)],
    candidates: [{ id: 'X' }, { id: 'Y' }, { id: 'Z' }],
    scores: [
      // X: k1 scored 2 (high) and 4 (low), mean 3, but the panel agreed 4.5.
      score('ev1', 'X', 'k1', 2, 'high'),
      score('ev2', 'X', 'k1', 4, 'low'),
      // X: k2 scored 3 by ev1 and 5 by ev3; ev3 declared a conflict for X.
      score('ev1', 'X', 'k2', 3, 'medium'),
      score('ev3', 'X', 'k2', 5, 'high'),
      // ev3's conflict covers X only: their score of Y counts.
      score('ev1', 'Y', 'k1', 4),
      score('ev2', 'Y', 'k1', 2),
      score('ev3', 'Y', 'k1', 3),
      score('ev1', 'Z', 'k1', 5),
      score('ev1', 'Z', 'k2', 5),
    ],
    consensus: [{ candidateId: 'X', criterionId: 'k1', value: 4.5 }],
    conflicts: [{ evaluatorId: 'ev3', candidateId: 'X' }],
    flags: [
      // Two confirmed flags on (Y, k1): Σ p = 0.5 + 1 = 1.5.
      { candidateId: 'Y', criterionId: 'k1', penalty: 0.5, knockout: false },
      { candidateId: 'Y', criterionId: 'k1', penalty: 1, knockout: false },
      // A penalty on (Y, k2), which nobody scored yet: it waits.
      { candidateId: 'Y', criterionId: 'k2', penalty: 2, knockout: false },
      // A flag on Z as a whole whose consequence is a knock-out.
      { candidateId: 'Z', criterionId: null, penalty: 0, knockout: true },
    ],
  };
  const result = computeScores(input);

  it('lets the consensus override the mean, and keeps the evaluators\' spread', () => {
    expect(cell(result, 'X', 'k1')).toEqual({
      candidateId: 'X',
      criterionId: 'k1',
      score: 4.5,
      raw: 4.5,
      penalty: 0,
      fromConsensus: true,
      count: 2,
      min: 2,
      max: 4,
      spread: 2,
      lowestConfidence: 'low',
    });
  });

  it('drops a conflicted evaluator\'s entries for that candidate only', () => {
    // X × k2: only ev1's 3 counts (ev3's 5 is excluded): S = 3, spread 0.
    expect(cell(result, 'X', 'k2')).toMatchObject({ score: 3, count: 1, spread: 0, min: 3, max: 3, lowestConfidence: 'medium' });
    // Y × k1: all three count: mean (4 + 2 + 3) / 3 = 3.
    expect(cell(result, 'Y', 'k1')).toMatchObject({ raw: 3, count: 3, spread: 2 });
  });

  it('applies penalties to scored cells and holds them on unscored ones', () => {
    // S'(Y,k1) = max(0, 3 − 1.5) = 1.5
    expect(cell(result, 'Y', 'k1')).toMatchObject({ score: 1.5, raw: 3, penalty: 1.5 });
    expect(cell(result, 'Y', 'k2')).toMatchObject({ score: null, raw: null, penalty: 2, count: 0 });
  });

  it('totals on S\'', () => {
    // T(X) = 100 × (0.5×4.5 + 0.5×3) / 5 = 100 × 3.75 / 5 = 75
    // T(Y) = 100 × (0.5×1.5) / 5 = 15; coverage 0.5; projected 30; k2 pending
    const x = byId(result, 'X');
    const y = byId(result, 'Y');
    expect(x.total).toBeCloseTo(75, 12);
    expect(x.knockouts).toEqual({ k2: 'passed' });
    expect(y.total).toBeCloseTo(15, 12);
    expect(y.coverage).toBe(0.5);
    expect(y.projected).toBeCloseTo(30, 12);
    expect(y.knockouts).toEqual({ k2: 'pending' });
  });

  it('knocks out a candidate with a knock-out flag whatever its scores', () => {
    // Z scores 5 and 5 (T = 100) but is knocked out by the flag.
    const z = byId(result, 'Z');
    expect(z.total).toBe(100);
    expect(z.knockouts).toEqual({ k2: 'passed' });
    expect(z.knockedOutByFlag).toBe(true);
    expect(z.knockedOut).toBe(true);
    expect(result.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['X', 1],
      ['Y', 2],
      ['Z', null],
    ]);
  });

  it('fails a knock-out once a penalty takes the score under the pass mark, and never goes below 0', () => {
    // X × k2 = 3 passes; a 0.5 penalty makes it 2.5 < 3: failed. Y × k1 with
    // a penalty of 4 on 3 floors at 0.
    const r = computeScores({
      ...input,
      flags: [
        { candidateId: 'X', criterionId: 'k2', penalty: 0.5, knockout: false },
        { candidateId: 'Y', criterionId: 'k1', penalty: 4, knockout: false },
      ],
    });
    expect(cell(r, 'X', 'k2').score).toBe(2.5);
    expect(byId(r, 'X').knockouts).toEqual({ k2: 'failed' });
    expect(byId(r, 'X').rank).toBeNull();
    expect(cell(r, 'Y', 'k1').score).toBe(0);
    expect(byId(r, 'Y').total).toBe(0);
  });

  it('passes a knock-out whose mean lands a rounding error below the mark', () => {
    // (0.1 + 4.1) / 2 is 2.1 on paper but 2.0999999999999996 in binary floating point.
    expect((0.1 + 4.1) / 2).toBeLessThan(2.1);
    const r = computeScores({
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [criterion('k', 'P', 1, true, 2.1)],
      candidates: [{ id: 'A' }],
      scores: [score('a', 'A', 'k', 0.1), score('b', 'A', 'k', 4.1)],
      consensus: [],
    });
    expect(byId(r, 'A').knockouts).toEqual({ k: 'passed' });
  });
});

describe('ignores what does not belong to the input', () => {
  it('skips scores, consensus and flags of unknown candidates or criteria', () => {
    const r = computeScores({
      pillars: [{ id: 'P', weight: 1 }],
      criteria: [criterion('k', 'P', 1)],
      candidates: [{ id: 'A' }],
      scores: [score('e', 'A', 'k', 4), score('e', 'ghost', 'k', 1), score('e', 'A', 'gone', 1)],
      consensus: [{ candidateId: 'ghost', criterionId: 'k', value: 0 }],
      flags: [{ candidateId: 'A', criterionId: 'gone', penalty: 3, knockout: false }],
    });
    expect(Object.keys(r.cells)).toEqual(['A']);
    expect(Object.keys(r.cells.A ?? {})).toEqual(['k']);
    expect(byId(r, 'A').total).toBe(80);
  });
});
