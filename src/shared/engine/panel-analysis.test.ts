import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disagreementCells, evaluatorViews } from './panel-analysis';
import { computeScores } from './score-candidates';
import type { EngineScore, ScoringInput } from './types';

const score = (evaluatorId: string, candidateId: string, criterionId: string, value: number): EngineScore => ({
  evaluatorId,
  candidateId,
  criterionId,
  value,
  confidence: 'medium',
});

/*
 * One pillar; criteria c1 (weight 3) and c2 (weight 1, knock-out, pass mark 3.5):
 * effective weights e(c1) = 0.75, e(c2) = 0.25. Evaluator e3 declared a conflict for B.
 *
 *              e1   e2   e3          counted        panel S(a,c)
 *   A  c1       5    3    4          5, 3, 4        mean 4
 *   A  c2       4    4    -          4, 4           mean 4
 *   B  c1       2    4   (5)         2, 4           consensus 3.5 (mean would be 3)
 *   B  c2       3    5    -          3, 5           mean 4
 */
const panelRoom: ScoringInput = {
  pillars: [{ id: 'p', weight: 1 }],
  criteria: [
    { id: 'c1', pillarId: 'p', weight: 3, knockout: false, passMark: 3 },
    { id: 'c2', pillarId: 'p', weight: 1, knockout: true, passMark: 3.5 },
  ],
  candidates: [{ id: 'A' }, { id: 'B' }],
  scores: [
    score('e1', 'A', 'c1', 5),
    score('e2', 'A', 'c1', 3),
    score('e3', 'A', 'c1', 4),
    score('e1', 'A', 'c2', 4),
    score('e2', 'A', 'c2', 4),
    score('e1', 'B', 'c1', 2),
    score('e2', 'B', 'c1', 4),
    score('e3', 'B', 'c1', 5),
    score('e1', 'B', 'c2', 3),
    score('e2', 'B', 'c2', 5),
  ],
  consensus: [{ candidateId: 'B', criterionId: 'c1', value: 3.5 }],
  conflicts: [{ evaluatorId: 'e3', candidateId: 'B' }],
};

describe('disagreement cells', () => {
  it('gives each cell its spread, flagged at the threshold, in candidate then criterion order', () => {
    expect(disagreementCells(panelRoom, 1.5)).toEqual([
      // 5 − 3 = 2 ≥ 1.5
      { candidateId: 'A', criterionId: 'c1', spread: 2, min: 3, max: 5, count: 3, flagged: true, hasConsensus: false },
      { candidateId: 'A', criterionId: 'c2', spread: 0, min: 4, max: 4, count: 2, flagged: false, hasConsensus: false },
      // e3's 5 is not counted (conflict): 4 − 2 = 2, not 3. The consensus leaves the spread as it was.
      { candidateId: 'B', criterionId: 'c1', spread: 2, min: 2, max: 4, count: 2, flagged: true, hasConsensus: true },
      { candidateId: 'B', criterionId: 'c2', spread: 2, min: 3, max: 5, count: 2, flagged: true, hasConsensus: false },
    ]);
    // Above every spread nothing is flagged.
    expect(disagreementCells(panelRoom, 2.5).filter((c) => c.flagged)).toEqual([]);
  });

  it('flags a spread that equals the threshold despite rounding, and never a cell with one score', () => {
    // 4.4 − 2.9 is 1.5000000000000004 and 4.1 − 2.6 is 1.4999999999999996 in floating point: both are 1.5.
    const room: ScoringInput = {
      ...panelRoom,
      scores: [score('e1', 'A', 'c1', 4.4), score('e2', 'A', 'c1', 2.9), score('e1', 'B', 'c1', 4.1), score('e2', 'B', 'c1', 2.6), score('e1', 'A', 'c2', 0)],
      consensus: [],
      conflicts: [],
    };
    const cells = disagreementCells(room, 1.5);
    expect(cells[2]?.spread).toBeLessThan(1.5);
    expect(cells.map((c) => [c.candidateId, c.criterionId, c.flagged, c.count])).toEqual([
      ['A', 'c1', true, 2],
      ['A', 'c2', false, 1],
      ['B', 'c1', true, 2],
      ['B', 'c2', false, 0],
    ]);
    expect(cells[3]).toMatchObject({ spread: 0, min: null, max: null });
  });
});

describe('evaluator views', () => {
  it("ranks the candidates on each evaluator's own scores and measures their distance from the panel", () => {
    const [e1, e2, e3, e4] = evaluatorViews(panelRoom, ['e1', 'e2', 'e3', 'e4']);

    // e1: A = 20 × (0.75 × 5 + 0.25 × 4) = 95. B = 20 × (0.75 × 2 + 0.25 × 3) = 45, but 3 < 3.5 fails
    // the c2 knock-out: B is knocked out in e1's view (the panel's mean 4 passes it).
    // Distance: |5 − 4| + |4 − 4| + |2 − 3.5| + |3 − 4| = 3.5 over 4 cells = 0.875.
    expect(e1).toEqual({
      evaluatorId: 'e1',
      cellsScored: 4,
      ranking: [
        { candidateId: 'A', total: 95, coverage: 1, rank: 1, knockedOut: false },
        { candidateId: 'B', total: 45, coverage: 1, rank: null, knockedOut: true },
      ],
      meanDistanceFromPanel: 0.875,
    });

    // e2: A = 20 × (0.75 × 3 + 0.25 × 4) = 65, B = 20 × (0.75 × 4 + 0.25 × 5) = 85: e2 puts B first.
    // Distance: |3 − 4| + |4 − 4| + |4 − 3.5| + |5 − 4| = 2.5 over 4 = 0.625.
    expect(e2?.ranking.map((r) => [r.candidateId, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
    expect(e2?.ranking[0]?.total).toBeCloseTo(85, 12);
    expect(e2?.ranking[1]?.total).toBeCloseTo(65, 12);
    expect(e2?.meanDistanceFromPanel).toBeCloseTo(0.625, 12);

    // e3: only A c1 counts (the B score is conflicted out). A = 20 × 0.75 × 4 = 60 at coverage 0.75,
    // its c2 knock-out pending, not failed; B has nothing: 0. Distance |4 − 4| = 0.
    expect(e3).toEqual({
      evaluatorId: 'e3',
      cellsScored: 1,
      ranking: [
        { candidateId: 'A', total: 60, coverage: 0.75, rank: 1, knockedOut: false },
        { candidateId: 'B', total: 0, coverage: 0, rank: 2, knockedOut: false },
      ],
      meanDistanceFromPanel: 0,
    });

    // e4 scored nothing: every total is 0, so both tie at rank 1, and there is no distance.
    expect(e4).toEqual({
      evaluatorId: 'e4',
      cellsScored: 0,
      ranking: [
        { candidateId: 'A', total: 0, coverage: 0, rank: 1, knockedOut: false },
        { candidateId: 'B', total: 0, coverage: 0, rank: 1, knockedOut: false },
      ],
      meanDistanceFromPanel: null,
    });
  });

  it('keeps confirmed flags in every view: a knock-out flag removes the candidate for everyone', () => {
    const flagged: ScoringInput = { ...panelRoom, flags: [{ candidateId: 'A', criterionId: null, penalty: 0, knockout: true }] };
    const [e1] = evaluatorViews(flagged, ['e1']);
    expect(e1?.ranking.find((r) => r.candidateId === 'A')).toMatchObject({ rank: null, knockedOut: true });
  });

  it('with a single evaluator and no consensus, the view is the matrix and the distance is 0', () => {
    const room = fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 5 }),
      candidates: fc.integer({ min: 1, max: 5 }),
      seedScores: fc.array(fc.option(fc.integer({ min: 0, max: 10 }).map((h) => h / 2)), { minLength: 25, maxLength: 25 }),
      knockout: fc.boolean(),
    });
    fc.assert(
      fc.property(room, ({ weights, candidates, seedScores, knockout }) => {
        const input: ScoringInput = {
          pillars: [{ id: 'p', weight: 1 }],
          criteria: weights.map((w, i) => ({ id: `c${i}`, pillarId: 'p', weight: w, knockout: knockout && i === 0, passMark: 2.5 })),
          candidates: Array.from({ length: candidates }, (_, i) => ({ id: `a${i}` })),
          scores: [],
          consensus: [],
        };
        for (let a = 0; a < candidates; a++)
          for (let c = 0; c < weights.length; c++) {
            const v = seedScores[a * 5 + c];
            if (v !== null && v !== undefined) input.scores.push(score('solo', `a${a}`, `c${c}`, v));
          }
        const matrix = computeScores(input);
        const [view] = evaluatorViews(input, ['solo']);
        expect(view?.cellsScored).toBe(input.scores.length);
        expect(view?.ranking).toEqual(
          matrix.candidates.map((c) => ({ candidateId: c.candidateId, total: c.total, coverage: c.coverage, rank: c.rank, knockedOut: c.knockedOut })),
        );
        expect(view?.meanDistanceFromPanel).toBe(input.scores.length > 0 ? 0 : null);
      }),
      { numRuns: 200 },
    );
  });
});
