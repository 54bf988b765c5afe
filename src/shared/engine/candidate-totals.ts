/**
 * Totals, coverage, pillar totals and knock-outs of one candidate (SCORING.md,
 * "Totals, coverage, knock-outs, rank"). Ranking is done separately, over all
 * candidates, in rank-candidates.ts.
 */
import type { EffectiveWeights } from './effective-weights';
import { COMPARE_TOLERANCE, POINTS_PER_SCORE_UNIT } from './tolerance';
import type { CandidateResult, CellResult, EngineCriterion, EnginePillar, KnockoutState } from './types';

export type UnrankedResult = Omit<CandidateResult, 'rank'>;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * A knock-out is judged on S' (after penalties) against its pass mark,
 * whatever the criterion's weight: a must-pass criterion in a pillar weighted 0
 * still has to be passed.
 */
export function knockoutState(cell: CellResult | undefined, criterion: EngineCriterion): KnockoutState {
  if (!cell || cell.score === null) return 'pending';
  // S' < m_c, with slack so that a mean landing a rounding error below the
  // mark (2.9999999999999996 for 3) is not failed.
  return cell.score < criterion.passMark - COMPARE_TOLERANCE ? 'failed' : 'passed';
}

export function candidateTotals(
  candidateId: string,
  row: Record<string, CellResult>,
  pillars: readonly EnginePillar[],
  criteria: readonly EngineCriterion[],
  weights: EffectiveWeights,
  knockedOutByFlag: boolean,
): UnrankedResult {
  let weighted = 0;
  let coverage = 0;
  const pillarSums = new Map<string, number>(pillars.map((p) => [p.id, 0]));
  const knockouts: Record<string, KnockoutState> = {};
  let failedKnockout = false;

  for (const criterion of criteria) {
    const cell = row[criterion.id];
    const score = cell?.score ?? null;
    if (score !== null) {
      const e = weights.effectiveWeights[criterion.id] ?? 0;
      // T(a) = 100 × Σ_c e_c × S'(a,c) / 5; unscored cells add nothing (count as 0).
      weighted += e * score;
      // coverage(a) = Σ e_c over the scored criteria.
      coverage += e;
      const pillarSum = pillarSums.get(criterion.pillarId);
      if (pillarSum !== undefined) {
        pillarSums.set(criterion.pillarId, pillarSum + (weights.withinPillarShares[criterion.id] ?? 0) * score);
      }
    }
    if (criterion.knockout) {
      const state = knockoutState(cell, criterion);
      knockouts[criterion.id] = state;
      if (state === 'failed') failedKnockout = true;
    }
  }

  // Sums of fractions that are 1 on paper can land a hair above it; the
  // documented ranges (0–100, 0–1) hold exactly after clamping.
  const total = clamp(weighted * POINTS_PER_SCORE_UNIT, 0, 100);
  const covered = clamp(coverage, 0, 1);

  const pillarTotals: Record<string, number> = {};
  for (const p of pillars) {
    // pillarT(a,p) = 100 × Σ_{c in p} (w_c / Σ w_c') × S'(a,c) / 5: the pillar's own 0–100.
    pillarTotals[p.id] = clamp((pillarSums.get(p.id) ?? 0) * POINTS_PER_SCORE_UNIT, 0, 100);
  }

  return {
    candidateId,
    total,
    coverage: covered,
    // projected(a) = T(a) / coverage(a): what the total would be if the
    // unscored criteria scored like the scored ones, on average.
    projected: covered > 0 ? clamp(total / covered, 0, 100) : null,
    // Below 100% coverage; with no weights at all coverage is 0, so every
    // candidate is incomplete: its total rests on no weighted evidence.
    incomplete: covered < 1 - COMPARE_TOLERANCE,
    pillarTotals,
    knockouts,
    knockedOutByFlag,
    knockedOut: failedKnockout || knockedOutByFlag,
  };
}
