/**
 * The Monte Carlo result as the stacked bar chart and its table read it: one
 * row per candidate, most often first at the top, with its share of draws at
 * each rank and knocked out (SCORING.md, "Uncertainty"). Shares stay
 * fractions of 1 here; formatting is the view's job.
 */
import type { MonteCarloResult } from '../../../shared/engine/monte-carlo';

export interface RankRow {
  candidateId: string;
  name: string;
  /** rankShares[r]: share of draws ranked r + 1. */
  rankShares: number[];
  knockedOutShare: number;
  firstShare: number;
  /** Mean total over the draws, 0–100. */
  meanTotal: number;
}

/** One stack of the chart: a rank (1-based) or the knocked-out share. */
export type RankSeries = { key: string; kind: 'rank'; rank: number } | { key: string; kind: 'knockedOut' };

export interface RankChartModel {
  draws: number;
  /** Number of rank columns: one per candidate in the run. */
  rankCount: number;
  rows: RankRow[];
  /** The stacks worth drawing: ranks some candidate reached, and knocked out when it happened. */
  series: RankSeries[];
  /** recharts rows: { name, rank1, rank2, …, knockedOut }, in the order of `rows`. */
  data: Record<string, string | number>[];
}

export const rankKey = (rank: number) => `rank${rank}`;
export const KNOCKED_OUT_KEY = 'knockedOut';

/** Σ (r + 1) × share over ranks, with knocked out counted after the last rank: lower is better. */
function expectedPlace(row: RankRow): number {
  const ranked = row.rankShares.reduce((sum, share, r) => sum + (r + 1) * share, 0);
  return ranked + (row.rankShares.length + 1) * row.knockedOutShare;
}

export function buildRankChartModel(result: MonteCarloResult, nameOf: (candidateId: string) => string): RankChartModel {
  const rankCount = result.candidates.length;
  const rows = result.candidates
    .map((c, index) => ({
      index,
      row: {
        candidateId: c.candidateId,
        name: nameOf(c.candidateId),
        rankShares: Array.from({ length: rankCount }, (_, r) => c.rankShares[r] ?? 0),
        knockedOutShare: c.knockedOutShare,
        firstShare: c.firstShare,
        meanTotal: c.meanTotal,
      },
    }))
    // The likeliest winner first; between equal first-place shares, the one
    // that places better on average; then the order the engine was given.
    .sort((a, b) => b.row.firstShare - a.row.firstShare || expectedPlace(a.row) - expectedPlace(b.row) || a.index - b.index)
    .map(({ row }) => row);

  const series: RankSeries[] = [];
  for (let r = 0; r < rankCount; r++) {
    if (rows.some((row) => (row.rankShares[r] ?? 0) > 0)) series.push({ key: rankKey(r + 1), kind: 'rank', rank: r + 1 });
  }
  if (rows.some((row) => row.knockedOutShare > 0)) series.push({ key: KNOCKED_OUT_KEY, kind: 'knockedOut' });

  const data = rows.map((row) => {
    const datum: Record<string, string | number> = { name: row.name };
    row.rankShares.forEach((share, r) => {
      datum[rankKey(r + 1)] = share;
    });
    datum[KNOCKED_OUT_KEY] = row.knockedOutShare;
    return datum;
  });

  return { draws: result.draws, rankCount, rows, series, data };
}
