/**
 * How far one weight must move to change the winner (SCORING.md,
 * "Sensitivity: how far must one weight move to change the winner?"), over
 * each criterion and each pillar.
 *
 * Choices for the edge cases, so the UI and the sentences can rely on them:
 * - Only ranked candidates take part. Knocked-out candidates stay out at every
 *   weight: a knock-out is judged on scores against pass marks, never on
 *   weights, so no weight change brings one back.
 * - Unscored cells count 0, as in T(a).
 * - Targets are the criteria with 0 < e_k < 1 and the pillars with
 *   0 < share < 1, in input order. A weight of 0 has no relative change and
 *   a weight of 1 leaves nothing to rescale, so neither is listed.
 * - A tie for first (L and A both rank 1, D = 0): x* = e_k for every target,
 *   change 0. The winner is not settled, so the ranking is fragile even with
 *   a margin of 0.
 * - x* exactly at the current weight only happens in that tie: with D > 0 the
 *   lead at the current weight is D, not 0.
 * - x* at 0 or 1 is not reported (see weight-crossing.ts): the challenger
 *   would only draw level at an extreme weight and never get ahead.
 * - One ranked candidate: leaderId set, no runner-up, leadMargin null, every
 *   target listed with no crossing, robust.
 * - No ranked candidate: nothing to defend, so no targets; robust is true in
 *   the vacuous sense, and leaderId null tells the UI there is no winner.
 */
import { COMPARE_TOLERANCE, POINTS_PER_SCORE_UNIT } from './tolerance';
import { crossingWeight } from './weight-crossing';
import type { CandidateResult, ScoringInput, ScoringResult, SensitivityResult, WeightThreshold } from './types';

interface Profile {
  id: string;
  /** Shares rank 1 with the leader: level already, whatever the weights' last bits say. */
  tiedForFirst: boolean;
  /** Σ_c e_c × S'(a,c): the total before the × 100/5. */
  weighted: number;
  /** S'(a,c) per criterion index, 0 when unscored. */
  scores: Float64Array;
  /** Σ_{c in p} e_c × S'(a,c) per pillar index. */
  pillarWeighted: Float64Array;
}

interface Target {
  id: string;
  current: number;
  /** The lead on the target alone, d = D(1), for a leader and challenger. */
  targetLead: (leader: Profile, challenger: Profile) => number;
}

/** Per-candidate sums computed once, so each target × challenger is O(1). */
function profiles(input: ScoringInput, result: ScoringResult, ranked: readonly CandidateResult[]): Profile[] {
  const pillarIndex = new Map(input.pillars.map((p, i) => [p.id, i]));
  return ranked.map((c) => {
    const row = result.cells[c.candidateId] ?? {};
    const scores = new Float64Array(input.criteria.length);
    const pillarWeighted = new Float64Array(input.pillars.length);
    let weighted = 0;
    input.criteria.forEach((criterion, i) => {
      const s = row[criterion.id]?.score ?? 0;
      const e = result.effectiveWeights[criterion.id] ?? 0;
      scores[i] = s;
      weighted += e * s;
      const p = pillarIndex.get(criterion.pillarId);
      if (p !== undefined) pillarWeighted[p] = (pillarWeighted[p] ?? 0) + e * s;
    });
    return { id: c.candidateId, tiedForFirst: c.rank === 1, weighted, scores, pillarWeighted };
  });
}

function targets(input: ScoringInput, result: ScoringResult): { criteria: Target[]; pillars: Target[] } {
  const criteria: Target[] = [];
  input.criteria.forEach((c, i) => {
    const e = result.effectiveWeights[c.id] ?? 0;
    if (e > 0 && e < 1) {
      criteria.push({
        id: c.id,
        current: e,
        targetLead: (l, a) => ((l.scores[i] ?? 0) - (a.scores[i] ?? 0)) * POINTS_PER_SCORE_UNIT,
      });
    }
  });
  const pillars: Target[] = [];
  input.pillars.forEach((p, i) => {
    const share = result.pillarShares[p.id] ?? 0;
    if (share > 0 && share < 1) {
      pillars.push({
        id: p.id,
        current: share,
        // The pillar's criteria keep their proportions e_c / share inside it,
        // so with all weight on the pillar the lead is the pillar's own lead.
        targetLead: (l, a) =>
          (((l.pillarWeighted[i] ?? 0) - (a.pillarWeighted[i] ?? 0)) / share) * POINTS_PER_SCORE_UNIT,
      });
    }
  });
  return { criteria, pillars };
}

function threshold(target: Target, leader: Profile, challengers: readonly Profile[]): WeightThreshold {
  let best: WeightThreshold['crossing'] = null;
  for (const a of challengers) {
    const lead = a.tiedForFirst ? 0 : (leader.weighted - a.weighted) * POINTS_PER_SCORE_UNIT;
    const x = crossingWeight(target.current, lead, target.targetLead(leader, a));
    if (x === null) continue;
    const change = x - target.current;
    // Strictly smaller: among equal moves the better-ranked challenger stays.
    if (best === null || Math.abs(change) < Math.abs(best.change)) {
      best = { challengerId: a.id, threshold: x, change, relativeChange: change / target.current };
    }
  }
  return { targetId: target.id, current: target.current, crossing: best };
}

/** The threshold with the smallest move; the first in input order among equals. */
function mostCritical(thresholds: readonly WeightThreshold[]): WeightThreshold | null {
  let best: WeightThreshold | null = null;
  for (const t of thresholds) {
    if (t.crossing === null) continue;
    if (best?.crossing == null || Math.abs(t.crossing.change) < Math.abs(best.crossing.change)) best = t;
  }
  return best;
}

export function computeSensitivity(input: ScoringInput, result: ScoringResult, margin: number): SensitivityResult {
  const usableMargin = Number.isFinite(margin) && margin > 0 ? margin : 0;
  const ranked = result.candidates.filter((c) => c.rank !== null);
  const leaderResult = ranked[0];
  if (!leaderResult) {
    return {
      leaderId: null,
      leadMargin: null,
      runnerUpId: null,
      criteria: [],
      pillars: [],
      mostCriticalCriterion: null,
      mostCriticalPillar: null,
      margin: usableMargin,
      robust: true,
    };
  }

  const [leader, ...challengers] = profiles(input, result, ranked);
  if (!leader) throw new Error('unreachable: a ranked candidate has a profile');
  const runnerUp = ranked[1] ?? null;
  const { criteria: criterionTargets, pillars: pillarTargets } = targets(input, result);
  const criteria = criterionTargets.map((t) => threshold(t, leader, challengers));
  const pillars = pillarTargets.map((t) => threshold(t, leader, challengers));

  const tiedForFirst = runnerUp !== null && runnerUp.rank === 1;
  // Fragile when some single change smaller than the margin changes the
  // winner; the slack keeps a change of exactly the margin (up to rounding) robust.
  const fragileMove = [...criteria, ...pillars].some(
    (t) => t.crossing !== null && Math.abs(t.crossing.change) < usableMargin - COMPARE_TOLERANCE,
  );

  return {
    leaderId: leader.id,
    // leadMargin = T(L) − T(runner-up) as shown; exactly 0 when they share rank 1.
    leadMargin: runnerUp === null ? null : tiedForFirst ? 0 : leaderResult.total - runnerUp.total,
    runnerUpId: runnerUp?.candidateId ?? null,
    criteria,
    pillars,
    mostCriticalCriterion: mostCritical(criteria),
    mostCriticalPillar: mostCritical(pillars),
    margin: usableMargin,
    robust: !tiedForFirst && !fragileMove,
  };
}
