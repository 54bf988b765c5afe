/**
 * A candidate's red flags as the matrix shows them: how many are open and
 * confirmed, and the reasons it is knocked out by a confirmed knock-out flag
 * (what was said, in the words logged), so the matrix can say why.
 */
import type { RedFlag } from '../domain/vetting';

export interface CandidateFlagSummary {
  open: number;
  confirmed: number;
  /** What was said, per confirmed knock-out flag, in the order they were logged. */
  knockoutReasons: string[];
}

export function flagSummaryOf(flags: readonly RedFlag[], candidateId: string): CandidateFlagSummary {
  const own = flags.filter((f) => f.candidateId === candidateId);
  return {
    open: own.filter((f) => f.status === 'open').length,
    confirmed: own.filter((f) => f.status === 'confirmed').length,
    knockoutReasons: own.filter((f) => f.status === 'confirmed' && f.consequence === 'knockout').map((f) => f.said.trim()),
  };
}
