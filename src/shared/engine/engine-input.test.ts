import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from './analyse-deal-room';
import { engineInputFromDetail } from './engine-input';
import { threeDistributors, threeDistributorsSpec } from './testing/three-distributors';

describe('engineInputFromDetail', () => {
  it('keeps only compared candidates, in their sortOrder, and only their scores', () => {
    const detail = threeDistributors({
      candidates: [
        { id: 'aoba', nameLatin: 'Aoba Trading', nameJa: '青葉トレーディング', sortOrder: 2 },
        { id: 'minato', nameLatin: 'Minato Medical', nameJa: '港メディカル', sortOrder: 0 },
        { id: 'kita', nameLatin: 'Kita Logistics', nameJa: '北ロジスティクス', sortOrder: 1, compared: false },
      ],
      consensus: [
        { candidateId: 'kita', criterionId: 'sales', value: 1 },
        { candidateId: 'aoba', criterionId: 'sales', value: 4.5 },
      ],
    });
    const input = engineInputFromDetail(detail);
    expect(input.candidates).toEqual([{ id: 'minato' }, { id: 'aoba' }]);
    expect(new Set(input.scores.map((s) => s.candidateId))).toEqual(new Set(['aoba', 'minato']));
    expect(input.scores).toHaveLength(8);
    expect(input.scores[0]).toEqual({ evaluatorId: 'ev-1', candidateId: 'aoba', criterionId: 'sales', value: 4, confidence: 'high' });
    expect(input.consensus).toEqual([{ candidateId: 'aoba', criterionId: 'sales', value: 4.5 }]);
    expect(input.conflicts).toEqual([]);
    expect(input.flags).toEqual([]);
  });

  it('orders pillars by sortOrder and criteria by their pillar, then their own sortOrder', () => {
    const detail = threeDistributors({
      pillars: [
        { id: 'eff', nameEn: 'Effectiveness', nameJa: '営業力', weight: 2, sortOrder: 3 },
        { id: 'comp', nameEn: 'Compliance', nameJa: 'コンプライアンス', weight: 1, sortOrder: 1 },
        { id: 'trust', nameEn: 'Trustworthiness', nameJa: '信頼性', weight: 1, sortOrder: 2 },
      ],
      criteria: threeDistributorsSpec.criteria.map((c) => ({
        ...c,
        // sortOrder restarts in each pillar; field before sales inside Effectiveness.
        sortOrder: c.id === 'sales' ? 1 : 0,
      })),
    });
    const input = engineInputFromDetail(detail);
    expect(input.pillars).toEqual([
      { id: 'comp', weight: 1 },
      { id: 'trust', weight: 1 },
      { id: 'eff', weight: 2 },
    ]);
    expect(input.criteria.map((c) => c.id)).toEqual(['reg', 'transp', 'field', 'sales']);
    expect(input.criteria[0]).toEqual({ id: 'reg', pillarId: 'comp', weight: 1, knockout: true, passMark: 3 });
  });
});

describe('analyseDealRoom', () => {
  it('scores, ranks and tests the ranking at the deal-room\'s own margin', () => {
    const analysis = analyseDealRoom(threeDistributors({ sensitivityMargin: 0.1 }));
    // Totals from testing/three-distributors.ts: aoba 70, minato 65, kita knocked out.
    expect(analysis.scoring.candidates.map((c) => [c.candidateId, c.total, c.rank])).toEqual([
      ['aoba', 70, 1],
      ['minato', 65, 2],
      ['kita', 100 * (0.375 * 5 + 0.125 * 5 + 0.25 * 2 + 0.25 * 5) / 5, null],
    ]);
    expect(analysis.sensitivity.margin).toBe(0.1);
    expect(analysis.sensitivity.leaderId).toBe('aoba');
    // Smallest move 1/12 (8.3 points) is under the 10-point margin.
    expect(analysis.sensitivity.robust).toBe(false);
    expect(analysis.input.candidates).toEqual([{ id: 'aoba' }, { id: 'minato' }, { id: 'kita' }]);
  });
});
