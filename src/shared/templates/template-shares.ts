/**
 * What each pillar and criterion of a template would count for in a room's
 * total: the effective weights of SCORING.md ("Effective weights"), computed
 * by the engine itself so a template's preview and the room it creates agree.
 */
import type { CriteriaTemplateFile } from '../domain/criteria-template';
import { computeEffectiveWeights } from '../engine/effective-weights';

export interface TemplateShares {
  /** W_p / Σ_active W_q by pillar key. */
  pillars: Record<string, number>;
  /** e_c by criterion key; sums to 1 when anything carries weight. */
  criteria: Record<string, number>;
}

export function templateShares(template: CriteriaTemplateFile): TemplateShares {
  // Keys are unique among pillars and among criteria (CriteriaTemplateFile checks it), so they serve as ids.
  const pillars = template.pillars.map((p) => ({ id: p.key, weight: p.weight }));
  const criteria = template.pillars.flatMap((p) =>
    p.criteria.map((c) => ({ id: c.key, pillarId: p.key, weight: c.weight, knockout: c.knockout, passMark: c.passMark })),
  );
  const weights = computeEffectiveWeights(pillars, criteria);
  return { pillars: weights.pillarShares, criteria: weights.effectiveWeights };
}
