/**
 * The side-by-side terms table as plain data: one column per compared
 * candidate, rows grouped as legal reads a term sheet (phases, exclusivity,
 * milestones, triggers, risks, exit, review). Cells hold values, not text:
 * the table words them in the reader's language.
 */
import type { Exclusivity, LegalReviewStatus, Phase, Scope } from '../../../shared/domain/terms';
import type { CalendarDate, ExitDifficulty, RiskSeverity, TermsSummary } from '../../../shared/terms/terms-evaluation';
import { highestSeverity, type CandidateTerms } from './candidate-terms';

export type SideGroup = 'phases' | 'exclusivity' | 'milestones' | 'triggers' | 'risks' | 'exit' | 'review';

export interface MilestoneCounts {
  total: number;
  met: number;
  missed: number;
  waived: number;
  /** Pending or overdue: no outcome yet. */
  open: number;
  overdue: number;
}

export type SideRow =
  | { id: string; kind: 'group'; group: SideGroup }
  | { id: string; kind: 'phase'; index: number; cells: Record<string, Phase | null> }
  | { id: string; kind: 'exclusivityNow'; cells: Record<string, { exclusivity: Exclusivity; scope: Scope; to: CalendarDate }[] | null> }
  | { id: string; kind: 'firstExclusivity'; cells: Record<string, TermsSummary['firstExclusivity']> }
  | { id: string; kind: 'milestones'; cells: Record<string, MilestoneCounts | null> }
  | { id: string; kind: 'triggers'; cells: Record<string, { total: number; fired: number; lapsed: number } | null> }
  | { id: string; kind: 'risks'; cells: Record<string, { count: number; highest: RiskSeverity | null } | null> }
  | { id: string; kind: 'exit'; cells: Record<string, ExitDifficulty | null> }
  | { id: string; kind: 'review'; cells: Record<string, { status: LegalReviewStatus; reviewer: string } | null> };

export interface SideColumn {
  candidateId: string;
  name: string;
  hasSheet: boolean;
}

export interface SideBySideModel {
  columns: SideColumn[];
  rows: SideRow[];
}

/**
 * `firstExclusivity` comes from the terms summary (the same line the matrix
 * shows). Cells of a candidate without a sheet are null; the column says so.
 */
export function buildSideBySide(terms: readonly CandidateTerms[], firstExclusivity: ReadonlyMap<string, TermsSummary['firstExclusivity']>): SideBySideModel {
  const columns = terms.map((t) => ({ candidateId: t.candidate.id, name: t.name, hasSheet: t.records !== null }));
  const each = <V>(value: (t: CandidateTerms) => V): Record<string, V> => Object.fromEntries(terms.map((t) => [t.candidate.id, value(t)]));
  const phaseCount = Math.max(0, ...terms.map((t) => t.records?.phases.length ?? 0));

  const rows: SideRow[] = [{ id: 'group-phases', kind: 'group', group: 'phases' }];
  for (let index = 0; index < phaseCount; index += 1) {
    rows.push({ id: `phase-${index}`, kind: 'phase', index, cells: each((t) => t.records?.phases[index] ?? null) });
  }
  rows.push(
    { id: 'group-exclusivity', kind: 'group', group: 'exclusivity' },
    {
      id: 'exclusivity-now',
      kind: 'exclusivityNow',
      cells: each((t) =>
        t.evaluation
          ? t.evaluation.rights.flatMap((r) => (r.kind === 'exclusivity' ? [{ exclusivity: r.exclusivity, scope: r.scope, to: r.to }] : []))
          : null,
      ),
    },
    { id: 'first-exclusivity', kind: 'firstExclusivity', cells: each((t) => (t.records ? (firstExclusivity.get(t.candidate.id) ?? null) : null)) },
    { id: 'group-milestones', kind: 'group', group: 'milestones' },
    { id: 'milestones', kind: 'milestones', cells: each((t) => (t.records ? milestoneCounts(t) : null)) },
    { id: 'group-triggers', kind: 'group', group: 'triggers' },
    {
      id: 'triggers',
      kind: 'triggers',
      cells: each((t) => {
        if (!t.records) return null;
        const statuses = t.evaluation?.triggers ?? [];
        return {
          total: t.records.triggers.length,
          fired: statuses.filter((s) => s.status === 'fired').length,
          lapsed: statuses.filter((s) => s.status === 'lapsed').length,
        };
      }),
    },
    { id: 'group-risks', kind: 'group', group: 'risks' },
    { id: 'risks', kind: 'risks', cells: each((t) => (t.review ? { count: t.review.risks.length, highest: highestSeverity(t.review.risks) } : null)) },
    { id: 'group-exit', kind: 'group', group: 'exit' },
    { id: 'exit', kind: 'exit', cells: each((t) => t.review?.exit ?? null) },
    { id: 'group-review', kind: 'group', group: 'review' },
    { id: 'review', kind: 'review', cells: each((t) => (t.records ? { status: t.records.sheet.reviewStatus, reviewer: t.records.sheet.reviewer } : null)) },
  );
  return { columns, rows };
}

/** Milestone standings as of the evaluation's date; a milestone the evaluation does not list counts as open. */
function milestoneCounts(t: CandidateTerms): MilestoneCounts {
  const standing = new Map((t.evaluation?.milestones ?? []).map((m) => [m.milestoneId, m.standing]));
  const counts: MilestoneCounts = { total: 0, met: 0, missed: 0, waived: 0, open: 0, overdue: 0 };
  for (const m of t.records?.milestones ?? []) {
    counts.total += 1;
    const s = standing.get(m.id) ?? 'pending';
    if (s === 'met') counts.met += 1;
    else if (s === 'missed') counts.missed += 1;
    else if (s === 'waived') counts.waived += 1;
    else {
      counts.open += 1;
      if (s === 'overdue') counts.overdue += 1;
    }
  }
  return counts;
}
