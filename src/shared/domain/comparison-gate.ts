/**
 * The comparison gate (DOMAIN.md, "Parallel search"): before terms are
 * discussed with anyone, the suitor must have been weighed against others.
 * A candidate may enter negotiation, or any stage after it (pilot, partner),
 * only when at least three candidates of the deal-room have been evaluated,
 * the mover among them. "Evaluated" means compared side by side and holding
 * at least one score that counts (SCORING.md, "Aggregated scores": a score by
 * an evaluator who declared a conflict for that candidate does not) or a
 * consensus score. Anything short of that is a choice made on eagerness, and
 * needs an override with a reason, which the store records.
 */
import type { DealRoomDetail } from './entities';
import type { PipelineStage } from './vetting';

export const MIN_EVALUATED_COMPARABLES = 3;

/** The stages where terms are on the table: entering them needs the comparison. */
export const GATED_STAGES = ['negotiation', 'pilot', 'partner'] as const satisfies readonly PipelineStage[];

export function isGatedStage(stage: PipelineStage): boolean {
  return (GATED_STAGES as readonly PipelineStage[]).includes(stage);
}

/** What the gate reads of a deal-room: who is compared, and which scores and consensus exist. */
export type GateInput = Pick<DealRoomDetail, 'candidates' | 'scores' | 'consensus' | 'conflicts'>;

/** Ids of the evaluated comparables, in the candidates' listing order. */
export function evaluatedComparables(detail: GateInput): string[] {
  const conflicted = new Set(detail.conflicts.filter((d) => d.status === 'conflict').map((d) => `${d.evaluatorId}/${d.candidateId}`));
  const withEvidence = new Set<string>();
  for (const s of detail.scores) if (!conflicted.has(`${s.evaluatorId}/${s.candidateId}`)) withEvidence.add(s.candidateId);
  for (const k of detail.consensus) withEvidence.add(k.candidateId);
  return [...detail.candidates]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((c) => c.compared && withEvidence.has(c.id))
    .map((c) => c.id);
}

export type StageGate =
  /** The stage is before negotiation (or declined): no comparison is needed to enter it. */
  | { kind: 'open' }
  | { kind: 'passed'; evaluated: number; required: number }
  /** `moverEvaluated` false: the candidate itself has not been evaluated side by side. */
  | { kind: 'refused'; evaluated: number; required: number; moverEvaluated: boolean };

export function gateForStage(detail: GateInput, candidateId: string, stage: PipelineStage): StageGate {
  if (!isGatedStage(stage)) return { kind: 'open' };
  const evaluated = evaluatedComparables(detail);
  const moverEvaluated = evaluated.includes(candidateId);
  const required = MIN_EVALUATED_COMPARABLES;
  if (moverEvaluated && evaluated.length >= required) return { kind: 'passed', evaluated: evaluated.length, required };
  return { kind: 'refused', evaluated: evaluated.length, required, moverEvaluated };
}
