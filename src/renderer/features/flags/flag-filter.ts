/**
 * Which flags the screen lists, and how: grouped per candidate in the room's
 * candidate order, open flags first (they need a check), then confirmed, then
 * cleared, newest first within each.
 */
import type { Candidate, DealRoomDetail } from '../../../shared/domain/entities';
import type { FlagStatus, RedFlag } from '../../../shared/domain/vetting';

export interface FlagFilter {
  status: FlagStatus | 'all';
  /** A candidate id, or 'all'. */
  candidateId: string;
}

export const NO_FILTER: FlagFilter = { status: 'all', candidateId: 'all' };

export interface CandidateFlags {
  candidate: Candidate;
  flags: RedFlag[];
}

const STATUS_ORDER: Record<FlagStatus, number> = { open: 0, confirmed: 1, cleared: 2 };

/** When it happened: the day it was observed, else the day it was logged. */
function momentOf(f: RedFlag): string {
  return f.observedOn ?? f.createdAt.slice(0, 10);
}

export function byStatusThenNewest(a: RedFlag, b: RedFlag): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || momentOf(b).localeCompare(momentOf(a)) || b.createdAt.localeCompare(a.createdAt);
}

export function filteredFlags(detail: Pick<DealRoomDetail, 'candidates' | 'flags'>, filter: FlagFilter): CandidateFlags[] {
  const candidates = [...detail.candidates].sort((a, b) => a.sortOrder - b.sortOrder);
  return candidates
    .filter((c) => filter.candidateId === 'all' || c.id === filter.candidateId)
    .map((candidate) => ({
      candidate,
      flags: detail.flags.filter((f) => f.candidateId === candidate.id && (filter.status === 'all' || f.status === filter.status)).sort(byStatusThenNewest),
    }))
    .filter((group) => group.flags.length > 0);
}

/** Candidates that have a flag linked to this library entry or checklist item. */
export function candidatesFlaggedWith(detail: Pick<DealRoomDetail, 'candidates' | 'flags'>, libraryKey: string): Candidate[] {
  const ids = new Set(detail.flags.filter((f) => f.libraryKey === libraryKey).map((f) => f.candidateId));
  return detail.candidates.filter((c) => ids.has(c.id)).sort((a, b) => a.sortOrder - b.sortOrder);
}
