/**
 * Ranking (SCORING.md, "Totals, coverage, knock-outs, rank"): candidates not
 * knocked out by T descending, ties within TIE_TOLERANCE sharing a rank
 * (1, 2, 2, 4); knocked-out candidates unranked and listed after.
 */
import type { UnrankedResult } from './candidate-totals';
import { TIE_TOLERANCE } from './tolerance';
import type { CandidateResult } from './types';

/**
 * Returns the candidates in ranking order. Input order is kept among tied
 * candidates and among the knocked out (Array.prototype.sort is stable).
 */
export function rankCandidates(candidates: readonly UnrankedResult[]): CandidateResult[] {
  const ranked = candidates.filter((c) => !c.knockedOut).sort((a, b) => b.total - a.total);
  const out: CandidateResult[] = [];
  // A tie group is measured from its first (highest) member, not from the
  // previous candidate: otherwise totals 1e-9 apart could chain, and two
  // totals 2e-9 apart would share a rank through a third one between them.
  let groupTop = Number.POSITIVE_INFINITY;
  let groupRank = 0;
  ranked.forEach((c, index) => {
    if (groupTop - c.total > TIE_TOLERANCE) {
      groupTop = c.total;
      groupRank = index + 1;
    }
    out.push({ ...c, rank: groupRank });
  });
  for (const c of candidates) if (c.knockedOut) out.push({ ...c, rank: null });
  return out;
}
