/**
 * What the pipeline screen shows, computed from the deal-room in memory: one
 * column per stage with its candidates, and per candidate the facts its card
 * carries (suitor warnings, whether it counts towards the comparison gate).
 */
import { evaluatedComparables, MIN_EVALUATED_COMPARABLES } from '../../../shared/domain/comparison-gate';
import type { Candidate, DealRoomDetail } from '../../../shared/domain/entities';
import { warningCountOf } from '../../../shared/domain/suitor-signal-readings';
import { PIPELINE_STAGES, type PipelineStage } from '../../../shared/domain/vetting';

export interface PipelineCard {
  candidate: Candidate;
  warnings: number;
  /** Compared side by side and scored (or given a consensus): it counts towards the gate. */
  evaluated: boolean;
}

export interface StageColumn {
  stage: PipelineStage;
  cards: PipelineCard[];
}

export interface PipelineView {
  columns: StageColumn[];
  /** How many candidates count towards the comparison gate, and how many it asks for. */
  evaluated: number;
  required: number;
  total: number;
}

export function pipelineView(detail: DealRoomDetail): PipelineView {
  const evaluated = new Set(evaluatedComparables(detail));
  const cards = [...detail.candidates]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((candidate) => ({ candidate, warnings: warningCountOf(detail.signals, candidate.id), evaluated: evaluated.has(candidate.id) }));
  return {
    columns: PIPELINE_STAGES.map((stage) => ({ stage, cards: cards.filter((c) => c.candidate.stage === stage) })),
    evaluated: evaluated.size,
    required: MIN_EVALUATED_COMPARABLES,
    total: detail.candidates.length,
  };
}

/**
 * The stage a "Move to…" choice starts at: the next one along the pipeline.
 * From partner the only way left is declined; a declined candidate comes back
 * onto the long list.
 */
export function nextStageOf(stage: PipelineStage): PipelineStage {
  if (stage === 'declined') return 'long_list';
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1] ?? 'declined';
}
