/**
 * How far each evaluator has got with their sheet, as counts only (a
 * facilitator must be able to chase progress in independent mode without
 * seeing a single value). A sheet covers the compared candidates times the
 * criteria, less the candidates the evaluator declared a conflict with: those
 * they may not score, so they are not missing either.
 */
import type { DealRoomDetail } from '../../../shared/domain/entities';

export type SheetStatus = 'notStarted' | 'inProgress' | 'submitted';

export interface CriterionProgress {
  scored: number;
  scorable: number;
}

export interface SheetProgress {
  evaluatorId: string;
  status: SheetStatus;
  submittedAt: string | null;
  /** Cells scored of those the evaluator can score. */
  scored: number;
  scorable: number;
  /** scorable − scored: what a submission would leave empty. */
  unscored: number;
  /** Per criterion id. */
  perCriterion: Record<string, CriterionProgress>;
}

/** Candidate ids the evaluator declared a conflict of interest with. */
export function conflictedCandidateIds(detail: Pick<DealRoomDetail, 'conflicts'>, evaluatorId: string): Set<string> {
  return new Set(detail.conflicts.filter((d) => d.evaluatorId === evaluatorId && d.status === 'conflict').map((d) => d.candidateId));
}

export function sheetProgressOf(detail: DealRoomDetail, evaluatorId: string): SheetProgress {
  const evaluator = detail.evaluators.find((e) => e.id === evaluatorId);
  const conflicted = conflictedCandidateIds(detail, evaluatorId);
  const scorableCandidates = new Set(detail.candidates.filter((c) => c.compared && !conflicted.has(c.id)).map((c) => c.id));
  const perCriterion: Record<string, CriterionProgress> = {};
  for (const c of detail.criteria) perCriterion[c.id] = { scored: 0, scorable: scorableCandidates.size };
  for (const s of detail.scores) {
    const row = perCriterion[s.criterionId];
    if (s.evaluatorId === evaluatorId && row && scorableCandidates.has(s.candidateId)) row.scored += 1;
  }
  const rows = Object.values(perCriterion);
  const scored = rows.reduce((n, r) => n + r.scored, 0);
  const scorable = rows.reduce((n, r) => n + r.scorable, 0);
  const submittedAt = evaluator?.submittedAt ?? null;
  const status: SheetStatus = submittedAt !== null ? 'submitted' : scored === 0 ? 'notStarted' : 'inProgress';
  return { evaluatorId, status, submittedAt, scored, scorable, unscored: scorable - scored, perCriterion };
}

export function sheetProgress(detail: DealRoomDetail): SheetProgress[] {
  return detail.evaluators.map((e) => sheetProgressOf(detail, e.id));
}
