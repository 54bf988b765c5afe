/**
 * The scoring engine's entry point: from plain inputs to every number the
 * matrix, print-out, CLI and export show (SCORING.md, all sections up to
 * sensitivity). Pure: no I/O, same inputs give the same result.
 */
import { aggregateCells } from './aggregate-cells';
import { candidateTotals } from './candidate-totals';
import { computeEffectiveWeights } from './effective-weights';
import { rankCandidates } from './rank-candidates';
import type { ScoringInput, ScoringResult } from './types';

export function computeScores(input: ScoringInput): ScoringResult {
  const weights = computeEffectiveWeights(input.pillars, input.criteria);
  const { cells, knockedOutByFlag } = aggregateCells(input);
  const unranked = input.candidates.map((c) =>
    candidateTotals(c.id, cells[c.id] ?? {}, input.pillars, input.criteria, weights, knockedOutByFlag.has(c.id)),
  );
  return {
    effectiveWeights: weights.effectiveWeights,
    pillarShares: weights.pillarShares,
    activePillarIds: weights.activePillarIds,
    cells,
    candidates: rankCandidates(unranked),
  };
}
