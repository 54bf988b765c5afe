import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Confidence } from '../domain/entities';
import { CONSENSUS_ONLY_CONFIDENCE, runMonteCarlo, startMonteCarlo, type MonteCarloResult } from './monte-carlo';
import { computeScores } from './score-candidates';
import { threeDistributorsSpec } from './testing/three-distributors';
import type { EngineScore, ScoringInput } from './types';

const NO_SPREAD = { high: 0, medium: 0, low: 0 };

/** The small fictional room of testing/three-distributors.ts (totals 70, 65, knocked out) as engine input. */
function threeDistributorsInput(): ScoringInput {
  const spec = threeDistributorsSpec;
  return {
    pillars: spec.pillars.map((p) => ({ id: p.id, weight: p.weight })),
    criteria: spec.criteria.map((c) => ({ id: c.id, pillarId: c.pillarId, weight: c.weight, knockout: c.knockout ?? false, passMark: c.passMark ?? 3 })),
    candidates: spec.candidates.map((c) => ({ id: c.id })),
    scores: (spec.scores ?? []).map((s) => ({ ...s, confidence: s.confidence ?? 'high' })),
    consensus: [],
  };
}

/** One pillar, one criterion "c" (weight 1), candidates given as score lists. */
function oneCriterion(
  cells: Record<string, { value: number; confidence: Confidence; evaluatorId?: string }[]>,
  extra: Partial<ScoringInput> = {},
): ScoringInput {
  const scores: EngineScore[] = Object.entries(cells).flatMap(([candidateId, list]) =>
    list.map((s, i) => ({ evaluatorId: s.evaluatorId ?? `e${i}`, candidateId, criterionId: 'c', value: s.value, confidence: s.confidence })),
  );
  return {
    pillars: [{ id: 'p', weight: 1 }],
    criteria: [{ id: 'c', pillarId: 'p', weight: 1, knockout: false, passMark: 3 }],
    candidates: Object.keys(cells).map((id) => ({ id })),
    scores,
    consensus: [],
    ...extra,
  };
}

function byId(result: MonteCarloResult, id: string) {
  const c = result.candidates.find((x) => x.candidateId === id);
  if (!c) throw new Error(`no candidate ${id} in the result`);
  return c;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('Monte Carlo (SCORING.md, "Uncertainty")', () => {
  it('gives the identical result for the same seed and input, whether run at once or in chunks', () => {
    const input = threeDistributorsInput();
    const a = runMonteCarlo(input, { draws: 2_000, seed: 99 });
    const b = runMonteCarlo(input, { draws: 2_000, seed: 99 });
    expect(b).toEqual(a);

    const run = startMonteCarlo(input, { draws: 2_000, seed: 99 });
    expect(run.total).toBe(2_000);
    expect(run.step(7)).toBe(7);
    expect(run.step(993)).toBe(1_000);
    expect(run.done).toBe(1_000);
    expect(run.result().draws).toBe(1_000);
    expect(run.step(5_000)).toBe(2_000);
    expect(run.step(1)).toBe(2_000);
    expect(run.result()).toEqual(a);

    const other = runMonteCarlo(input, { draws: 2_000, seed: 100 });
    expect(other.seed).toBe(100);
    expect(other.candidates.map((c) => c.meanTotal)).not.toEqual(a.candidates.map((c) => c.meanTotal));
  });

  it('with no spread (j = 0, r = 0, one score per cell) the current leader ranks first in every draw', () => {
    const input = threeDistributorsInput();
    const scoring = computeScores(input);
    expect(scoring.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['aoba', 1],
      ['minato', 2],
      ['kita', null],
    ]);
    const result = runMonteCarlo(input, { draws: 1_000, seed: 5, weightJitter: 0, confidenceRadius: NO_SPREAD });
    expect(byId(result, 'aoba').firstShare).toBe(1);
    expect(byId(result, 'aoba').rankShares).toEqual([1, 0, 0]);
    expect(byId(result, 'minato').rankShares).toEqual([0, 1, 0]);
    // kita fails the 'reg' knock-out (2 < pass mark 3) in every draw, as in the matrix.
    expect(byId(result, 'kita').knockedOutShare).toBe(1);
    expect(byId(result, 'kita').rankShares).toEqual([0, 0, 0]);
    // With nothing drawn, every draw's total is the matrix total: 70 and 65 (three-distributors.ts).
    expect(byId(result, 'aoba').meanTotal).toBeCloseTo(70, 9);
    expect(byId(result, 'minato').meanTotal).toBeCloseTo(65, 9);
  });

  it('hands out one unit per rank and per candidate', () => {
    const input = threeDistributorsInput();
    const result = runMonteCarlo(input, { draws: 5_000, seed: 3 });
    for (const c of result.candidates) {
      expect(c.rankShares).toHaveLength(3);
      expect(sum(c.rankShares) + c.knockedOutShare).toBeCloseTo(1, 12);
      expect(c.firstShare).toBe(c.rankShares[0]);
    }
    // Without knock-outs nobody can leave the ranking: every rank is occupied in every draw.
    const open = { ...input, criteria: input.criteria.map((c) => ({ ...c, knockout: false })) };
    const free = runMonteCarlo(open, { draws: 5_000, seed: 3 });
    for (let r = 0; r < 3; r++) expect(sum(free.candidates.map((c) => c.rankShares[r] ?? 0))).toBeCloseTo(1, 12);
    for (const c of free.candidates) expect(c.knockedOutShare).toBe(0);
  });

  it("matches a hand computation: A's cell on [3, 5] against B fixed at 4 gives P(A first) = 0.5", () => {
    // A has one score 4 at medium confidence, and r(medium) = 1: A's cell is U[3, 5].
    // B has one score 4 at high confidence, and r(high) = 0: B is always 4.
    // One criterion carries the whole weight (renormalised, any jitter leaves it 1), so
    // T(A) = 20 × S(A) and T(B) = 80. A ranks first when S(A) > 4: P = (5 − 4) / (5 − 3) = 0.5.
    // Over 20,000 draws the standard error is √(0.25 / 20,000) ≈ 0.0035; 0.02 is over 5 of them.
    const input = oneCriterion({ A: [{ value: 4, confidence: 'medium' }], B: [{ value: 4, confidence: 'high' }] });
    const result = runMonteCarlo(input, { draws: 20_000, seed: 1, confidenceRadius: { high: 0, medium: 1, low: 1 } });
    expect(byId(result, 'A').firstShare).toBeGreaterThan(0.48);
    expect(byId(result, 'A').firstShare).toBeLessThan(0.52);
    expect(byId(result, 'B').firstShare).toBeCloseTo(1 - byId(result, 'A').firstShare, 12);
    // E[T(A)] = 20 × 4 = 80, with standard error 20 × (2/√12) / √20,000 ≈ 0.08.
    expect(byId(result, 'A').meanTotal).toBeGreaterThan(79.6);
    expect(byId(result, 'A').meanTotal).toBeLessThan(80.4);
    expect(byId(result, 'B').meanTotal).toBeCloseTo(80, 9);
  });

  it('clips the drawn interval to the 0–5 scale, with the default radii', () => {
    // A: 4.5 at low confidence, r = 1: [3.5, 5.5] ∩ [0, 5] = [3.5, 5].
    // B: 4 at high confidence, r = 0.25: [3.75, 4.25].
    // P(A > B) = E_B[(5 − B) / 1.5] = (5 − E[B]) / 1.5 = (5 − 4) / 1.5 = 2/3, since B stays inside A's interval.
    const input = oneCriterion({ A: [{ value: 4.5, confidence: 'low' }], B: [{ value: 4, confidence: 'high' }] });
    const result = runMonteCarlo(input, { draws: 20_000, seed: 8 });
    expect(Math.abs(byId(result, 'A').firstShare - 2 / 3)).toBeLessThan(0.02);
    // E[S(A)] = 4.25 → E[T(A)] = 85, not the 90 an unclipped interval would give.
    expect(Math.abs(byId(result, 'A').meanTotal - 85)).toBeLessThan(0.5);
  });

  it('judges knock-outs on the drawn score after penalties, and flag knock-outs always', () => {
    // Criterion c is a knock-out with pass mark 3. A: 3.5 at medium confidence (r = 0.5): U[3, 4];
    // a confirmed flag takes 0.5 off, so S' = U[2.5, 3.5] and A fails when S' < 3: P = 0.5.
    // B: 5 at high confidence, always passes, but a confirmed knock-out flag removes it every draw.
    // C: 4 at high confidence, r = 0.25: U[3.75, 4.25], always passes.
    const input = oneCriterion(
      { A: [{ value: 3.5, confidence: 'medium' }], B: [{ value: 5, confidence: 'high' }], C: [{ value: 4, confidence: 'high' }] },
      {
        flags: [
          { candidateId: 'A', criterionId: 'c', penalty: 0.5, knockout: false },
          { candidateId: 'B', criterionId: null, penalty: 0, knockout: true },
        ],
      },
    );
    input.criteria = [{ id: 'c', pillarId: 'p', weight: 1, knockout: true, passMark: 3 }];
    const result = runMonteCarlo(input, { draws: 20_000, seed: 4 });
    expect(Math.abs(byId(result, 'A').knockedOutShare - 0.5)).toBeLessThan(0.02);
    expect(byId(result, 'B').knockedOutShare).toBe(1);
    expect(byId(result, 'B').firstShare).toBe(0);
    expect(byId(result, 'C').knockedOutShare).toBe(0);
    // A passes only with S' in [3, 3.5], always below C's 3.75: C is first in every draw, A second when in.
    expect(byId(result, 'C').firstShare).toBe(1);
    expect(byId(result, 'A').rankShares[1]).toBeCloseTo(1 - byId(result, 'A').knockedOutShare, 12);
  });

  it('draws a cell between its lowest and highest counted score, leaving out conflicted evaluators', () => {
    // A: e1 says 2, e2 says 4 (both high, r = 0): U[2, 4]; e3's 0 does not count (conflict).
    // B: fixed at 3. P(A first) = P(U[2, 4] > 3) = 0.5. With e3 counted, A's interval would be [0, 4]: P = 0.25.
    const input = oneCriterion(
      {
        A: [
          { value: 2, confidence: 'high', evaluatorId: 'e1' },
          { value: 4, confidence: 'high', evaluatorId: 'e2' },
          { value: 0, confidence: 'high', evaluatorId: 'e3' },
        ],
        B: [{ value: 3, confidence: 'high', evaluatorId: 'e1' }],
      },
      { conflicts: [{ evaluatorId: 'e3', candidateId: 'A' }] },
    );
    const result = runMonteCarlo(input, { draws: 20_000, seed: 12, confidenceRadius: NO_SPREAD });
    expect(Math.abs(byId(result, 'A').firstShare - 0.5)).toBeLessThan(0.02);
  });

  it('takes a consensus score for both ends, with r from the lowest confidence of the cell', () => {
    // A: scores 1 (low) and 5 (high), consensus 4. Both ends are 4; r comes from 'low' (the lowest), set to 0.5:
    // A is U[3.5, 4.5]. B fixed at 4 (r(high) = 0): P(A first) = 0.5, never outside [3.5, 4.5] → mean 80.
    const input = oneCriterion(
      { A: [{ value: 1, confidence: 'low' }, { value: 5, confidence: 'high' }], B: [{ value: 4, confidence: 'high' }] },
      { consensus: [{ candidateId: 'A', criterionId: 'c', value: 4 }] },
    );
    const result = runMonteCarlo(input, { draws: 20_000, seed: 2, confidenceRadius: { high: 0, medium: 0, low: 0.5 } });
    expect(Math.abs(byId(result, 'A').firstShare - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(byId(result, 'A').meanTotal - 80)).toBeLessThan(0.2);
  });

  it(`reads a consensus-only cell (no counted score) at '${CONSENSUS_ONLY_CONFIDENCE}' confidence`, () => {
    // A's only scorer is conflicted out; the panel's consensus 4 stands with r('medium') = 1: U[3, 5].
    const input = oneCriterion(
      { A: [{ value: 0, confidence: 'high', evaluatorId: 'e9' }], B: [{ value: 4, confidence: 'high' }] },
      { consensus: [{ candidateId: 'A', criterionId: 'c', value: 4 }], conflicts: [{ evaluatorId: 'e9', candidateId: 'A' }] },
    );
    const result = runMonteCarlo(input, { draws: 20_000, seed: 6, confidenceRadius: { high: 0, medium: 1, low: 0 } });
    expect(Math.abs(byId(result, 'A').firstShare - 0.5)).toBeLessThan(0.02);
  });

  it('splits tied draws evenly over the ranks the tie spans', () => {
    // A and B identical, C lower; no spread. A and B tie for ranks 1–2 in every draw: ½ each on both.
    const input = oneCriterion({
      A: [{ value: 4, confidence: 'high' }],
      B: [{ value: 4, confidence: 'high' }],
      C: [{ value: 2, confidence: 'high' }],
    });
    const result = runMonteCarlo(input, { draws: 100, seed: 1, confidenceRadius: NO_SPREAD });
    expect(byId(result, 'A').rankShares).toEqual([0.5, 0.5, 0]);
    expect(byId(result, 'B').rankShares).toEqual([0.5, 0.5, 0]);
    expect(byId(result, 'C').rankShares).toEqual([0, 0, 1]);
  });

  it('counts an unscored cell as 0 and never fails a knock-out on it', () => {
    // A scored 3 on a (weight 1) and nothing on the knock-out k (weight 1); B scored 1 on both.
    // T(A) = 100 × ½ × 3/5 = 30, T(B) = 100 × (½ × 1 + ½ × 1)/5 = 20, but B fails k (1 < 3): A is always first.
    const input: ScoringInput = {
      pillars: [{ id: 'p', weight: 1 }],
      criteria: [
        { id: 'a', pillarId: 'p', weight: 1, knockout: false, passMark: 3 },
        { id: 'k', pillarId: 'p', weight: 1, knockout: true, passMark: 3 },
      ],
      candidates: [{ id: 'A' }, { id: 'B' }],
      scores: [
        { evaluatorId: 'e', candidateId: 'A', criterionId: 'a', value: 3, confidence: 'high' },
        { evaluatorId: 'e', candidateId: 'B', criterionId: 'a', value: 1, confidence: 'high' },
        { evaluatorId: 'e', candidateId: 'B', criterionId: 'k', value: 1, confidence: 'high' },
      ],
      consensus: [],
    };
    const result = runMonteCarlo(input, { draws: 50, seed: 1, weightJitter: 0, confidenceRadius: NO_SPREAD });
    expect(byId(result, 'A').firstShare).toBe(1);
    expect(byId(result, 'A').knockedOutShare).toBe(0);
    expect(byId(result, 'A').meanTotal).toBeCloseTo(30, 9);
    expect(byId(result, 'B').knockedOutShare).toBe(1);
  });

  it('reports nothing before the first draw, and an empty room without failing', () => {
    const input = threeDistributorsInput();
    const run = startMonteCarlo(input, { draws: 10, seed: 1 });
    const before = run.result();
    expect(before.draws).toBe(0);
    expect(before.candidates.map((c) => [c.firstShare, c.knockedOutShare, c.meanTotal])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    const empty = runMonteCarlo({ pillars: [], criteria: [], candidates: [], scores: [], consensus: [] }, { draws: 10, seed: 1 });
    expect(empty).toEqual({ draws: 10, seed: 1, weightJitter: 0.2, confidenceRadius: { high: 0.25, medium: 0.5, low: 1 }, candidates: [] });
  });

  it('refuses options outside their ranges', () => {
    const input = threeDistributorsInput();
    expect(() => startMonteCarlo(input, { draws: -1, seed: 1 })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 1_000_001, seed: 1 })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 10, seed: 0.5 })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 10, seed: 1, weightJitter: 1.5 })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 10, seed: 1, confidenceRadius: { high: -1, medium: 0, low: 0 } })).toThrow(RangeError);
    expect(() => startMonteCarlo(input, { draws: 10, seed: 1 }).step(-2)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random rooms: 1–3 pillars, 1–6 criteria, 1–5 candidates, 1–3 evaluators,
// zero weights, gaps, consensus, conflicts, knock-outs and confirmed flags.

const confidence = fc.constantFrom<Confidence>('low', 'medium', 'high');
const scoreValue = fc.oneof(fc.integer({ min: 0, max: 10 }).map((half) => half / 2), fc.double({ min: 0, max: 5, noNaN: true }));
const weight = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }));

const randomRoom: fc.Arbitrary<ScoringInput> = fc
  .record({
    pillars: fc.integer({ min: 1, max: 3 }),
    criteria: fc.integer({ min: 1, max: 6 }),
    candidates: fc.integer({ min: 1, max: 5 }),
    evaluators: fc.integer({ min: 1, max: 3 }),
  })
  .chain((size) =>
    fc.record({
      size: fc.constant(size),
      pillarWeights: fc.array(weight, { minLength: size.pillars, maxLength: size.pillars }),
      criteria: fc.array(
        fc.record({ pillar: fc.nat(size.pillars - 1), weight, knockout: fc.boolean(), passMark: scoreValue }),
        { minLength: size.criteria, maxLength: size.criteria },
      ),
      scores: fc.array(fc.option(fc.record({ value: scoreValue, confidence }), { freq: 3 }), {
        minLength: size.evaluators * size.candidates * size.criteria,
        maxLength: size.evaluators * size.candidates * size.criteria,
      }),
      consensus: fc.array(fc.option(scoreValue, { freq: 1, nil: null }), {
        minLength: size.candidates * size.criteria,
        maxLength: size.candidates * size.criteria,
      }),
      conflicts: fc.array(fc.boolean(), { minLength: size.evaluators * size.candidates, maxLength: size.evaluators * size.candidates }),
      flags: fc.array(
        fc.record({ candidate: fc.nat(size.candidates - 1), criterion: fc.option(fc.nat(size.criteria - 1)), penalty: fc.double({ min: 0, max: 2, noNaN: true }), knockout: fc.boolean() }),
        { maxLength: 2 },
      ),
    }),
  )
  .map(({ size, pillarWeights, criteria, scores, consensus, conflicts, flags }) => {
    const input: ScoringInput = {
      pillars: pillarWeights.map((w, i) => ({ id: `p${i}`, weight: w })),
      criteria: criteria.map((c, i) => ({ id: `c${i}`, pillarId: `p${c.pillar}`, weight: c.weight, knockout: c.knockout && i % 3 === 2, passMark: c.passMark })),
      candidates: Array.from({ length: size.candidates }, (_, i) => ({ id: `a${i}` })),
      scores: [],
      consensus: [],
      conflicts: [],
      flags: flags.map((f) => ({ candidateId: `a${f.candidate}`, criterionId: f.criterion === null ? null : `c${f.criterion}`, penalty: f.penalty, knockout: f.knockout && f.penalty > 1.5 })),
    };
    let slot = 0;
    for (let e = 0; e < size.evaluators; e++)
      for (let a = 0; a < size.candidates; a++)
        for (let c = 0; c < size.criteria; c++) {
          const s = scores[slot++];
          if (s) input.scores.push({ evaluatorId: `e${e}`, candidateId: `a${a}`, criterionId: `c${c}`, ...s });
        }
    slot = 0;
    for (let a = 0; a < size.candidates; a++)
      for (let c = 0; c < size.criteria; c++) {
        const k = consensus[slot++];
        if (k !== null && k !== undefined) input.consensus.push({ candidateId: `a${a}`, criterionId: `c${c}`, value: k });
      }
    conflicts.forEach((declared, i) => {
      if (declared && i % 4 === 0) input.conflicts?.push({ evaluatorId: `e${Math.floor(i / size.candidates)}`, candidateId: `a${i % size.candidates}` });
    });
    return input;
  });

describe('Monte Carlo properties', () => {
  it('shares are fractions that add up: per candidate to 1, per rank to the share of draws that fill it', () => {
    fc.assert(
      fc.property(randomRoom, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (input, seed) => {
        const result = runMonteCarlo(input, { draws: 200, seed });
        const n = input.candidates.length;
        expect(result.candidates.map((c) => c.candidateId)).toEqual(input.candidates.map((c) => c.id));
        let previousRank = Number.POSITIVE_INFINITY;
        for (let r = 0; r < n; r++) {
          const filled = sum(result.candidates.map((c) => c.rankShares[r] ?? 0));
          // Ranks fill from the top: rank r + 1 is occupied no more often than rank r.
          expect(filled).toBeLessThanOrEqual(Math.min(1, previousRank) + 1e-9);
          previousRank = filled;
        }
        for (const c of result.candidates) {
          expect(c.rankShares).toHaveLength(n);
          for (const s of [...c.rankShares, c.knockedOutShare]) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1 + 1e-12);
          }
          expect(Math.abs(sum(c.rankShares) + c.knockedOutShare - 1)).toBeLessThan(1e-9);
          expect(c.firstShare).toBe(c.rankShares[0]);
          expect(c.meanTotal).toBeGreaterThanOrEqual(0);
          expect(c.meanTotal).toBeLessThanOrEqual(100);
        }
        // Σ over ranks and candidates = Σ over candidates of the draws they were ranked in.
        const handedOut = sum(result.candidates.map((c) => sum(c.rankShares)));
        expect(Math.abs(handedOut - sum(result.candidates.map((c) => 1 - c.knockedOutShare)))).toBeLessThan(1e-9);
        // A confirmed knock-out flag removes its candidate from every draw.
        for (const f of input.flags ?? []) if (f.knockout) expect(result.candidates.find((c) => c.candidateId === f.candidateId)?.knockedOutShare).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic for a seed, and without spread always agrees with the matrix', () => {
    fc.assert(
      fc.property(randomRoom, fc.integer({ min: 0, max: 1000 }), (input, seed) => {
        expect(runMonteCarlo(input, { draws: 50, seed })).toEqual(runMonteCarlo(input, { draws: 50, seed }));

        // Keep one score per cell (the first evaluator's) and no consensus: with j = 0 and r = 0
        // every draw is the matrix itself, so each candidate keeps its matrix rank in every draw.
        const single: ScoringInput = { ...input, scores: input.scores.filter((s) => s.evaluatorId === 'e0'), consensus: [], conflicts: [] };
        const scoring = computeScores(single);
        const result = runMonteCarlo(single, { draws: 20, seed, weightJitter: 0, confidenceRadius: NO_SPREAD });
        for (const matrix of scoring.candidates) {
          const drawn = result.candidates.find((c) => c.candidateId === matrix.candidateId);
          expect(drawn).toBeDefined();
          if (!drawn) continue;
          expect(drawn.knockedOutShare).toBe(matrix.knockedOut ? 1 : 0);
          expect(Math.abs(drawn.meanTotal - matrix.total)).toBeLessThan(1e-9);
          if (matrix.rank === 1) {
            // Sole leader: first in every draw. Tied leaders share rank 1 evenly.
            const tied = scoring.candidates.filter((c) => c.rank === 1).length;
            expect(drawn.firstShare).toBeCloseTo(1 / tied, 12);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
