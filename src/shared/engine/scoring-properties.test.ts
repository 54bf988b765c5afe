/**
 * Properties of SCORING.md that must hold for any input, checked with
 * fast-check over random deal-rooms (1–4 pillars, 1–8 criteria, 1–5
 * candidates, 1–3 evaluators, zero weights, gaps, consensus, knock-outs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScores } from './score-candidates';
import { computeSensitivity } from './sensitivity';
import { TIE_TOLERANCE } from './tolerance';
import type { EngineScore, ScoringInput, ScoringResult, WeightThreshold } from './types';

const weight = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 3, arbitrary: fc.double({ min: 0.01, max: 10, noNaN: true }) },
);
const scoreValue = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map((half) => half / 2),
  fc.double({ min: 0, max: 5, noNaN: true }),
);
const sometimes = <T>(arb: fc.Arbitrary<T>, nullWeight: number) =>
  fc.oneof({ weight: nullWeight, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const scoringInput: fc.Arbitrary<ScoringInput> = fc
  .record({
    pillarCount: fc.integer({ min: 1, max: 4 }),
    criterionCount: fc.integer({ min: 1, max: 8 }),
    candidateCount: fc.integer({ min: 1, max: 5 }),
    evaluatorCount: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ pillarCount, criterionCount, candidateCount, evaluatorCount }) =>
    fc.record({
      pillarWeights: fc.array(weight, { minLength: pillarCount, maxLength: pillarCount }),
      criteria: fc.array(
        fc.record({
          pillar: fc.integer({ min: 0, max: pillarCount - 1 }),
          weight,
          knockout: fc.boolean(),
          passMark: scoreValue,
        }),
        { minLength: criterionCount, maxLength: criterionCount },
      ),
      // One slot per evaluator × candidate × criterion; null = left unscored.
      scores: fc.array(sometimes(scoreValue, 1), {
        minLength: evaluatorCount * candidateCount * criterionCount,
        maxLength: evaluatorCount * candidateCount * criterionCount,
      }),
      consensus: fc.array(sometimes(scoreValue, 5), {
        minLength: candidateCount * criterionCount,
        maxLength: candidateCount * criterionCount,
      }),
      evaluatorCount: fc.constant(evaluatorCount),
      candidateCount: fc.constant(candidateCount),
    }),
  )
  .map(({ pillarWeights, criteria, scores, consensus, evaluatorCount, candidateCount }) => {
    const criterionIds = criteria.map((_, i) => `c${i}`);
    const candidateIds = Array.from({ length: candidateCount }, (_, i) => `a${i}`);
    const engineScores: EngineScore[] = [];
    let slot = 0;
    for (let e = 0; e < evaluatorCount; e++) {
      for (const candidateId of candidateIds) {
        for (const criterionId of criterionIds) {
          const value = scores[slot++];
          if (value !== null && value !== undefined) {
            engineScores.push({ evaluatorId: `e${e}`, candidateId, criterionId, value, confidence: 'medium' });
          }
        }
      }
    }
    slot = 0;
    const engineConsensus: ScoringInput['consensus'] = [];
    for (const candidateId of candidateIds) {
      for (const criterionId of criterionIds) {
        const value = consensus[slot++];
        if (value !== null && value !== undefined) engineConsensus.push({ candidateId, criterionId, value });
      }
    }
    return {
      pillars: pillarWeights.map((w, i) => ({ id: `p${i}`, weight: w })),
      criteria: criteria.map((c, i) => ({
        id: `c${i}`,
        pillarId: `p${c.pillar}`,
        weight: c.weight,
        // Knock-outs in one criterion out of four, so most inputs still rank several candidates.
        knockout: c.knockout && i % 4 === 3,
        passMark: c.passMark,
      })),
      candidates: candidateIds.map((id) => ({ id })),
      scores: engineScores,
      consensus: engineConsensus,
    };
  });

function sum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function totalsById(result: ScoringResult): Map<string, number> {
  return new Map(result.candidates.map((c) => [c.candidateId, c.total]));
}

/** The effective weights after moving one target to x (SCORING.md, "Sensitivity"). */
function movedWeights(
  input: ScoringInput,
  result: ScoringResult,
  kind: 'criterion' | 'pillar',
  t: WeightThreshold,
  x: number,
): Map<string, number> {
  const inTarget = (criterionId: string, pillarId: string) =>
    kind === 'criterion' ? criterionId === t.targetId : pillarId === t.targetId;
  return new Map(
    input.criteria.map((c) => {
      const e = result.effectiveWeights[c.id] ?? 0;
      const moved = inTarget(c.id, c.pillarId) ? (e * x) / t.current : (e * (1 - x)) / (1 - t.current);
      return [c.id, moved];
    }),
  );
}

/** Recomputes with the given effective weights, through the engine itself: one pillar, raw weights = e'. */
function recompute(input: ScoringInput, weights: Map<string, number>): ScoringResult {
  return computeScores({
    ...input,
    pillars: [{ id: 'all', weight: 1 }],
    criteria: input.criteria.map((c) => ({ ...c, pillarId: 'all', weight: weights.get(c.id) ?? 0 })),
  });
}

describe('scoring properties', () => {
  it('effective weights sum to 1 when anything is active, and are all 0 otherwise', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const r = computeScores(input);
        const weights = Object.values(r.effectiveWeights);
        expect(weights.every((w) => w >= 0)).toBe(true);
        if (r.activePillarIds.length > 0) expect(Math.abs(sum(weights) - 1)).toBeLessThan(1e-12);
        else expect(weights.every((w) => w === 0)).toBe(true);
      }),
    );
  });

  it('scaling every pillar weight by the same positive factor changes nothing', () => {
    fc.assert(
      fc.property(scoringInput, fc.double({ min: 0.001, max: 1000, noNaN: true }), (input, factor) => {
        const before = computeScores(input);
        const after = computeScores({ ...input, pillars: input.pillars.map((p) => ({ ...p, weight: p.weight * factor })) });
        expect(after.activePillarIds).toEqual(before.activePillarIds);
        for (const [id, e] of Object.entries(before.effectiveWeights)) {
          expect(Math.abs((after.effectiveWeights[id] ?? NaN) - e)).toBeLessThan(1e-12);
        }
        const totals = totalsById(after);
        for (const c of before.candidates) expect(Math.abs((totals.get(c.candidateId) ?? NaN) - c.total)).toBeLessThan(1e-9);
      }),
    );
  });

  it('keeps totals and projections in 0–100 and coverage in 0–1', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        for (const c of computeScores(input).candidates) {
          expect(c.total).toBeGreaterThanOrEqual(0);
          expect(c.total).toBeLessThanOrEqual(100);
          expect(c.coverage).toBeGreaterThanOrEqual(0);
          expect(c.coverage).toBeLessThanOrEqual(1);
          if (c.projected !== null) {
            expect(c.projected).toBeGreaterThanOrEqual(0);
            expect(c.projected).toBeLessThanOrEqual(100);
          }
          for (const p of Object.values(c.pillarTotals)) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('adding a criterion of weight 0 changes no total, coverage or pillar total', () => {
    fc.assert(
      fc.property(scoringInput, fc.nat(), fc.array(scoreValue, { minLength: 5, maxLength: 5 }), (input, pillarPick, values) => {
        const pillar = input.pillars[pillarPick % input.pillars.length];
        if (!pillar) throw new Error('inputs always have a pillar');
        const before = computeScores(input);
        const after = computeScores({
          ...input,
          criteria: [...input.criteria, { id: 'extra', pillarId: pillar.id, weight: 0, knockout: false, passMark: 3 }],
          scores: [
            ...input.scores,
            ...input.candidates.map((c, i) => ({
              evaluatorId: 'e0',
              candidateId: c.id,
              criterionId: 'extra',
              value: values[i] ?? 0,
              confidence: 'low' as const,
            })),
          ],
        });
        expect(after.effectiveWeights.extra).toBe(0);
        const afterById = new Map(after.candidates.map((c) => [c.candidateId, c]));
        for (const c of before.candidates) {
          const a = afterById.get(c.candidateId);
          expect(Math.abs((a?.total ?? NaN) - c.total)).toBeLessThan(1e-9);
          expect(Math.abs((a?.coverage ?? NaN) - c.coverage)).toBeLessThan(1e-12);
          for (const [p, v] of Object.entries(c.pillarTotals)) {
            expect(Math.abs((a?.pillarTotals[p] ?? NaN) - v)).toBeLessThan(1e-9);
          }
          expect(a?.rank).toBe(c.rank);
        }
      }),
    );
  });

  it('ranks are consistent with totals: ties within 1e-9 share a rank, knocked out last and unranked', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const list = computeScores(input).candidates;
        expect(list).toHaveLength(input.candidates.length);
        const ranked = list.filter((c) => !c.knockedOut);
        // Ranked first, then the knocked out, with rank null exactly when knocked out.
        expect(list.slice(0, ranked.length)).toEqual(ranked);
        for (const c of list) expect(c.rank === null).toBe(c.knockedOut);
        let top = Number.POSITIVE_INFINITY;
        ranked.forEach((c, i) => {
          const prev = ranked[i - 1];
          if (prev) expect(c.total).toBeLessThanOrEqual(prev.total);
          if (i === 0 || top - c.total > TIE_TOLERANCE) {
            expect(c.rank).toBe(i + 1);
            top = c.total;
          } else {
            expect(c.rank).toBe(prev?.rank);
          }
        });
      }),
    );
  });
});

describe('sensitivity properties', () => {
  it('at the reported x* the leader and the challenger are level, and nobody is ahead of them', () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const result = computeScores(input);
        const s = computeSensitivity(input, result, 0.05);
        const rankedIds = result.candidates.filter((c) => c.rank !== null).map((c) => c.candidateId);
        const checks: [WeightThreshold, 'criterion' | 'pillar'][] = [
          ...s.criteria.map((t) => [t, 'criterion'] as [WeightThreshold, 'criterion']),
          ...s.pillars.map((t) => [t, 'pillar'] as [WeightThreshold, 'pillar']),
        ];
        for (const [t, kind] of checks) {
          expect(t.current).toBeGreaterThan(0);
          expect(t.current).toBeLessThan(1);
          if (!t.crossing) continue;
          const { threshold, challengerId, change } = t.crossing;
          expect(threshold).toBeGreaterThanOrEqual(0);
          expect(threshold).toBeLessThanOrEqual(1);
          expect(change).toBeCloseTo(threshold - t.current, 15);
          const moved = totalsById(recompute(input, movedWeights(input, result, kind, t, threshold)));
          const leader = moved.get(s.leaderId ?? '') ?? NaN;
          const challenger = moved.get(challengerId) ?? NaN;
          expect(Math.abs(leader - challenger)).toBeLessThan(1e-9);
          // The closest challenger is the first to draw level: no ranked
          // candidate has passed the leader on the way to x*.
          for (const id of rankedIds) expect(moved.get(id) ?? NaN).toBeLessThanOrEqual(leader + 1e-9);
        }
      }),
    );
  });

  it('is robust exactly when no crossing is closer than the margin and first place is not tied', () => {
    fc.assert(
      fc.property(scoringInput, fc.double({ min: 0, max: 0.5, noNaN: true }), (input, margin) => {
        const result = computeScores(input);
        const s = computeSensitivity(input, result, margin);
        const moves = [...s.criteria, ...s.pillars].flatMap((t) => (t.crossing ? [Math.abs(t.crossing.change)] : []));
        const tied = result.candidates.filter((c) => c.rank === 1).length > 1;
        expect(s.robust).toBe(!tied && moves.every((m) => m >= margin - 1e-9));
        if (s.mostCriticalCriterion?.crossing) {
          const best = Math.abs(s.mostCriticalCriterion.crossing.change);
          for (const t of s.criteria) if (t.crossing) expect(Math.abs(t.crossing.change)).toBeGreaterThanOrEqual(best);
        } else {
          expect(s.criteria.every((t) => t.crossing === null)).toBe(true);
        }
      }),
    );
  });
});
