/**
 * The panel's view of itself (issue 4, "Disagreement and consensus"): where
 * evaluators disagree, how each evaluator would rank the candidates on their
 * own scores, and how far each one sits from the panel.
 *
 * Both read the same aggregation as the matrix (SCORING.md, "Aggregated
 * scores"): conflicts of interest excluded, consensus over the mean.
 */
import { aggregateCells } from './aggregate-cells';
import { computeScores } from './score-candidates';
import { COMPARE_TOLERANCE } from './tolerance';
import type { ScoringInput } from './types';

export interface DisagreementCell {
  candidateId: string;
  criterionId: string;
  /** max − min of the counted evaluators' scores (SCORING.md "spread"); 0 with one score or none. */
  spread: number;
  min: number | null;
  max: number | null;
  /** Evaluators' scores counted (conflicts excluded). */
  count: number;
  /** spread ≥ threshold with at least two scores: worth a discussion. */
  flagged: boolean;
  /** The panel has recorded a consensus score for the cell. */
  hasConsensus: boolean;
}

/**
 * One entry per (compared candidate × criterion), in input order (candidates,
 * then criteria within each). A cell is flagged when its spread reaches the
 * threshold; the comparison has a hair of slack because spreads of decimals
 * (4.1 − 2.6 is 1.4999999999999996) can land a rounding error below the value a person would expect.
 * A flagged cell stays flagged after a consensus is recorded: the
 * individual scores, and so their spread, are unchanged (`hasConsensus` says
 * it was discussed).
 */
export function disagreementCells(input: ScoringInput, threshold: number): DisagreementCell[] {
  const { cells } = aggregateCells(input);
  const out: DisagreementCell[] = [];
  for (const candidate of input.candidates) {
    for (const criterion of input.criteria) {
      const cell = cells[candidate.id]?.[criterion.id];
      const count = cell?.count ?? 0;
      const spread = cell?.spread ?? 0;
      out.push({
        candidateId: candidate.id,
        criterionId: criterion.id,
        spread,
        min: cell?.min ?? null,
        max: cell?.max ?? null,
        count,
        flagged: count >= 2 && spread >= threshold - COMPARE_TOLERANCE,
        hasConsensus: cell?.fromConsensus ?? false,
      });
    }
  }
  return out;
}

export interface EvaluatorRankingEntry {
  candidateId: string;
  /** T(a) from this evaluator's scores alone, 0–100. */
  total: number;
  /** Σ e_c over the criteria this evaluator scored for the candidate, 0–1. */
  coverage: number;
  rank: number | null;
  knockedOut: boolean;
}

export interface EvaluatorView {
  evaluatorId: string;
  /** Cells (candidate × criterion) this evaluator scored that count: compared candidates, known criteria, no conflict. */
  cellsScored: number;
  /** The evaluator's own ranking: totals computed from their scores alone (no consensus, their conflicts excluded), ranked per SCORING.md. */
  ranking: EvaluatorRankingEntry[];
  /** Mean |s(e,a,c) − S(a,c)| over the cells the evaluator scored, where S is the panel's aggregated score (SCORING.md "Aggregated scores", before penalties); null if they scored nothing. */
  meanDistanceFromPanel: number | null;
}

/**
 * Per evaluator: the matrix as it would be with only their scores (same
 * weights, knock-outs and confirmed flags; no consensus, since a consensus is
 * the panel's and not theirs), and their mean distance from the panel's
 * aggregated score S(a,c) on the cells they scored. The panel's S includes
 * their own score and any consensus, exactly as the matrix shows it.
 */
export function evaluatorViews(input: ScoringInput, evaluatorIds: readonly string[]): EvaluatorView[] {
  const panel = aggregateCells(input).cells;
  const candidateIds = new Set(input.candidates.map((c) => c.id));
  const criterionIds = new Set(input.criteria.map((c) => c.id));
  const conflicted = new Set((input.conflicts ?? []).map((c) => `${c.evaluatorId}\u0000${c.candidateId}`));

  return evaluatorIds.map((evaluatorId) => {
    // The scores that count for this evaluator, by the same rules as aggregate-cells.ts.
    const own = input.scores.filter(
      (s) =>
        s.evaluatorId === evaluatorId &&
        candidateIds.has(s.candidateId) &&
        criterionIds.has(s.criterionId) &&
        !conflicted.has(`${evaluatorId}\u0000${s.candidateId}`),
    );
    const scoring = computeScores({ ...input, scores: own, consensus: [] });

    let distance = 0;
    for (const s of own) {
      // Every counted score makes its cell scored, so the panel's S exists.
      const panelScore = panel[s.candidateId]?.[s.criterionId]?.raw ?? s.value;
      distance += Math.abs(s.value - panelScore);
    }

    return {
      evaluatorId,
      cellsScored: own.length,
      ranking: scoring.candidates.map((c) => ({
        candidateId: c.candidateId,
        total: c.total,
        coverage: c.coverage,
        rank: c.rank,
        knockedOut: c.knockedOut,
      })),
      meanDistanceFromPanel: own.length > 0 ? distance / own.length : null,
    };
  });
}
