import { describe, expect, it } from 'vitest';
import { runMonteCarlo, type MonteCarloResult } from '../../../shared/engine/monte-carlo';
import { engineInputFromDetail } from '../../../shared/engine/engine-input';
import { analysisTestRoom } from './analysis-test-room';
import { buildRankChartModel, KNOCKED_OUT_KEY } from './rank-chart-model';

const names: Record<string, string> = { a: 'Aoba Trading', m: 'Minato Medical', k: 'Kita Logistics' };
const nameOf = (id: string) => names[id] ?? id;

function result(candidates: MonteCarloResult['candidates']): MonteCarloResult {
  return { draws: 1000, seed: 7, weightJitter: 0.2, confidenceRadius: { high: 0.25, medium: 0.5, low: 1 }, candidates };
}

describe('buildRankChartModel', () => {
  it('puts the likeliest winner first and keeps every share as a fraction', () => {
    const model = buildRankChartModel(
      result([
        { candidateId: 'a', firstShare: 0.3, rankShares: [0.3, 0.5, 0.2], knockedOutShare: 0, meanTotal: 68 },
        { candidateId: 'm', firstShare: 0.7, rankShares: [0.7, 0.3, 0], knockedOutShare: 0, meanTotal: 71 },
        { candidateId: 'k', firstShare: 0, rankShares: [0, 0.2, 0.6], knockedOutShare: 0.2, meanTotal: 50 },
      ]),
      nameOf,
    );
    expect(model.rows.map((r) => r.candidateId)).toEqual(['m', 'a', 'k']);
    expect(model.rankCount).toBe(3);
    expect(model.draws).toBe(1000);
    expect(model.data[0]).toEqual({ name: 'Minato Medical', rank1: 0.7, rank2: 0.3, rank3: 0, knockedOut: 0 });
    expect(model.data[2]).toEqual({ name: 'Kita Logistics', rank1: 0, rank2: 0.2, rank3: 0.6, knockedOut: 0.2 });
    expect(model.series.map((s) => s.key)).toEqual(['rank1', 'rank2', 'rank3', KNOCKED_OUT_KEY]);
  });

  it('orders equal first-place shares by the better average place', () => {
    // Both never win; a places 2nd every time (expected place 2), k is 2nd or knocked out (0.5×2 + 0.5×4 = 3).
    const model = buildRankChartModel(
      result([
        { candidateId: 'm', firstShare: 1, rankShares: [1, 0, 0], knockedOutShare: 0, meanTotal: 80 },
        { candidateId: 'k', firstShare: 0, rankShares: [0, 0.5, 0], knockedOutShare: 0.5, meanTotal: 60 },
        { candidateId: 'a', firstShare: 0, rankShares: [0, 0.5, 0.5], knockedOutShare: 0, meanTotal: 61 },
      ]),
      nameOf,
    );
    // a: 0.5×2 + 0.5×3 = 2.5 beats k: 0.5×2 + 0.5×4 = 3.
    expect(model.rows.map((r) => r.candidateId)).toEqual(['m', 'a', 'k']);
  });

  it('leaves out stacks nobody reached', () => {
    const model = buildRankChartModel(
      result([
        { candidateId: 'a', firstShare: 1, rankShares: [1, 0], knockedOutShare: 0, meanTotal: 70 },
        { candidateId: 'm', firstShare: 0, rankShares: [0, 1], knockedOutShare: 0, meanTotal: 65 },
      ]),
      nameOf,
    );
    expect(model.series).toEqual([
      { key: 'rank1', kind: 'rank', rank: 1 },
      { key: 'rank2', kind: 'rank', rank: 2 },
    ]);
  });

  it('shows the degenerate run of SCORING.md: no spread, the leader always wins', () => {
    // With j = 0 and r = 0 on single-score cells every draw is the matrix itself:
    // Aoba 70 first, Minato 65 second, Kita knocked out on the regulatory record (2 < 3).
    const input = engineInputFromDetail(analysisTestRoom());
    const run = runMonteCarlo(input, { draws: 200, seed: 3, weightJitter: 0, confidenceRadius: { high: 0, medium: 0, low: 0 } });
    const model = buildRankChartModel(run, (id) => id);
    expect(model.rows.map((r) => [r.candidateId, r.rankShares, r.knockedOutShare])).toEqual([
      ['aoba', [1, 0, 0], 0],
      ['minato', [0, 1, 0], 0],
      ['kita', [0, 0, 0], 1],
    ]);
    expect(model.rows[0]?.meanTotal).toBeCloseTo(70, 9);
    expect(model.series.map((s) => s.key)).toEqual(['rank1', 'rank2', KNOCKED_OUT_KEY]);
  });
});
