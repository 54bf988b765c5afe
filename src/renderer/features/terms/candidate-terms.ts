/**
 * Each candidate's staged terms gathered once for the screen's views: the
 * sheet and its records, the evaluation as of the chosen date, the risk
 * review and the exit difficulty. The review and the exit difficulty do not
 * depend on the date, so the screen computes them once per detail and only
 * the evaluation is replayed while the slider moves.
 */
import { candidateName } from '../../../shared/domain/display-names';
import type { Candidate, DealRoomDetail, Language } from '../../../shared/domain/entities';
import type { Milestone, Phase, TermSheet, Trigger } from '../../../shared/domain/terms';
import type { ExitDifficulty, RiskSeverity, SheetEvaluation, TermRisk } from '../../../shared/terms/terms-evaluation';

export interface SheetRecords {
  sheet: TermSheet;
  phases: Phase[];
  milestones: Milestone[];
  triggers: Trigger[];
}

/** Date-independent: what the risk review and the exit difficulty say about one sheet. */
export interface SheetReview {
  risks: TermRisk[];
  exit: ExitDifficulty;
}

export interface CandidateTerms {
  candidate: Candidate;
  name: string;
  /** Null: no term sheet yet. */
  records: SheetRecords | null;
  evaluation: SheetEvaluation | null;
  review: SheetReview | null;
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

/** The records of one sheet, each list in the order the sheet shows it. */
export function recordsOfSheet(detail: Pick<DealRoomDetail, 'phases' | 'milestones' | 'triggers'>, sheet: TermSheet): SheetRecords {
  return {
    sheet,
    phases: detail.phases.filter((p) => p.termSheetId === sheet.id).sort((a, b) => a.startsOn.localeCompare(b.startsOn) || bySortOrder(a, b)),
    milestones: detail.milestones.filter((m) => m.termSheetId === sheet.id).sort(bySortOrder),
    triggers: detail.triggers.filter((t) => t.termSheetId === sheet.id).sort(bySortOrder),
  };
}

/** Compared candidates first (the side-by-side set), then the rest, each in the room's order. */
export function candidatesForTerms(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => Number(b.compared) - Number(a.compared) || a.sortOrder - b.sortOrder);
}

export function gatherCandidateTerms(
  detail: Pick<DealRoomDetail, 'candidates' | 'termSheets' | 'phases' | 'milestones' | 'triggers'>,
  evaluations: readonly SheetEvaluation[],
  reviews: ReadonlyMap<string, SheetReview>,
  lang: Language,
): CandidateTerms[] {
  const evaluationBySheet = new Map(evaluations.map((e) => [e.termSheetId, e]));
  return candidatesForTerms(detail.candidates).map((candidate) => {
    const sheet = detail.termSheets.find((s) => s.candidateId === candidate.id) ?? null;
    return {
      candidate,
      name: candidateName(candidate, lang),
      records: sheet ? recordsOfSheet(detail, sheet) : null,
      evaluation: sheet ? (evaluationBySheet.get(sheet.id) ?? null) : null,
      review: sheet ? (reviews.get(sheet.id) ?? null) : null,
    };
  });
}

export const SEVERITIES: readonly RiskSeverity[] = ['high', 'medium', 'low'];

/** The most serious severity among the risks; null when there are none. */
export function highestSeverity(risks: readonly TermRisk[]): RiskSeverity | null {
  return SEVERITIES.find((s) => risks.some((r) => r.severity === s)) ?? null;
}

/** Risks grouped high → medium → low, keeping the review's order inside each group; empty groups left out. */
export function risksBySeverity(risks: readonly TermRisk[]): { severity: RiskSeverity; risks: TermRisk[] }[] {
  return SEVERITIES.map((severity) => ({ severity, risks: risks.filter((r) => r.severity === severity) })).filter((g) => g.risks.length > 0);
}
