/**
 * Effective weights (SCORING.md, "Effective weights"): what share of the whole
 * each criterion carries once pillar weights and the criteria's weights inside
 * their pillar are combined.
 */
import type { EngineCriterion, EnginePillar } from './types';

export interface EffectiveWeights {
  /** e_c per criterion id (0 for criteria of inactive pillars); sums to 1 when anything is active. */
  effectiveWeights: Record<string, number>;
  /** W_p / Σ_active W_q per pillar id; 0 for inactive pillars. */
  pillarShares: Record<string, number>;
  /** Active pillars, in input order. */
  activePillarIds: string[];
  /**
   * w_c / Σ_{c' in p} w_c' per criterion id: the criterion's share inside its
   * own pillar, used for the pillar's own 0–100 total. 0 when the pillar's
   * criteria all weigh 0 (or the criterion's pillar is unknown).
   */
  withinPillarShares: Record<string, number>;
}

/**
 * Weights arrive validated (≥ 0, finite); anything else is read as 0 rather
 * than allowed to poison every total with NaN or a negative share.
 */
export function usableWeight(w: number): number {
  return Number.isFinite(w) && w > 0 ? w : 0;
}

export function computeEffectiveWeights(
  pillars: readonly EnginePillar[],
  criteria: readonly EngineCriterion[],
): EffectiveWeights {
  // Σ_{c' in p} w_c' per pillar, in one pass over the criteria.
  const criterionWeightSum = new Map<string, number>();
  for (const p of pillars) criterionWeightSum.set(p.id, 0);
  for (const c of criteria) {
    const sum = criterionWeightSum.get(c.pillarId);
    if (sum !== undefined) criterionWeightSum.set(c.pillarId, sum + usableWeight(c.weight));
  }

  // Active: W_p > 0 and at least one criterion with w_c > 0.
  const activePillarIds: string[] = [];
  let activePillarWeightSum = 0;
  for (const p of pillars) {
    if (usableWeight(p.weight) > 0 && (criterionWeightSum.get(p.id) ?? 0) > 0) {
      activePillarIds.push(p.id);
      activePillarWeightSum += usableWeight(p.weight);
    }
  }
  const active = new Set(activePillarIds);

  const pillarShares: Record<string, number> = {};
  for (const p of pillars) {
    pillarShares[p.id] = active.has(p.id) ? usableWeight(p.weight) / activePillarWeightSum : 0;
  }

  const effectiveWeights: Record<string, number> = {};
  const withinPillarShares: Record<string, number> = {};
  for (const c of criteria) {
    const sum = criterionWeightSum.get(c.pillarId) ?? 0;
    const within = sum > 0 ? usableWeight(c.weight) / sum : 0;
    withinPillarShares[c.id] = within;
    // e_c = (W_p / Σ_active W_q) × (w_c / Σ_{c' in p} w_c'); 0 outside active pillars.
    effectiveWeights[c.id] = active.has(c.pillarId) ? (pillarShares[c.pillarId] ?? 0) * within : 0;
  }

  return { effectiveWeights, pillarShares, activePillarIds, withinPillarShares };
}
