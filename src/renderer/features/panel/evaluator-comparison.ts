/**
 * Each evaluator's own ranking beside the panel's (evaluatorViews in
 * src/shared/engine/panel-analysis.ts), as plain data for one table: a row
 * per compared candidate in the panel's ranking order, the panel's rank and
 * total, then each evaluator's rank and total on their scores alone. A
 * candidate the evaluator declared a conflict with, or did not score at all,
 * has no standing of theirs: a rank from a total of 0 would read like a verdict.
 */
import { candidateName } from '../../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { DealRoomAnalysis } from '../../../shared/engine/analyse-deal-room';
import { evaluatorViews } from '../../../shared/engine/panel-analysis';
import { collator } from '../../../shared/i18n/format';

export interface Standing {
  rank: number | null;
  total: number;
  knockedOut: boolean;
}

export type EvaluatorStanding = ({ kind: 'ranked' } & Standing) | { kind: 'conflict' } | { kind: 'unscored' };

export interface ComparisonEvaluator {
  evaluatorId: string;
  name: string;
  cellsScored: number;
  /** Mean |own score − panel score| over the cells they scored, in scale points; null when they scored nothing. */
  meanDistance: number | null;
}

export interface ComparisonRow {
  candidateId: string;
  name: string;
  panel: Standing;
  /** Per evaluator id. */
  byEvaluator: Record<string, EvaluatorStanding>;
}

export interface EvaluatorComparison {
  evaluators: ComparisonEvaluator[];
  rows: ComparisonRow[];
}

export function buildEvaluatorComparison(detail: DealRoomDetail, analysis: DealRoomAnalysis, lang: Language): EvaluatorComparison {
  const byName = collator(lang);
  const evaluators = [...detail.evaluators].sort((a, b) => byName.compare(a.name, b.name));
  const views = evaluatorViews(analysis.input, evaluators.map((e) => e.id));
  const conflicted = new Set((analysis.input.conflicts ?? []).map((c) => `${c.evaluatorId}|${c.candidateId}`));
  const criterionIds = new Set(analysis.input.criteria.map((c) => c.id));
  const scoredAny = new Set(analysis.input.scores.filter((s) => criterionIds.has(s.criterionId)).map((s) => `${s.evaluatorId}|${s.candidateId}`));

  const rows = analysis.scoring.candidates.map((panel): ComparisonRow => {
    const candidate = detail.candidates.find((c) => c.id === panel.candidateId);
    const byEvaluator: Record<string, EvaluatorStanding> = {};
    for (const view of views) {
      const own = view.ranking.find((r) => r.candidateId === panel.candidateId);
      if (conflicted.has(`${view.evaluatorId}|${panel.candidateId}`)) byEvaluator[view.evaluatorId] = { kind: 'conflict' };
      else if (!own || !scoredAny.has(`${view.evaluatorId}|${panel.candidateId}`)) byEvaluator[view.evaluatorId] = { kind: 'unscored' };
      else byEvaluator[view.evaluatorId] = { kind: 'ranked', rank: own.rank, total: own.total, knockedOut: own.knockedOut };
    }
    return {
      candidateId: panel.candidateId,
      name: candidate ? candidateName(candidate, lang) : panel.candidateId,
      panel: { rank: panel.rank, total: panel.total, knockedOut: panel.knockedOut },
      byEvaluator,
    };
  });

  return {
    evaluators: views.map((v, i) => ({
      evaluatorId: v.evaluatorId,
      name: evaluators[i]?.name ?? v.evaluatorId,
      cellsScored: v.cellsScored,
      meanDistance: v.meanDistanceFromPanel,
    })),
    rows,
  };
}
