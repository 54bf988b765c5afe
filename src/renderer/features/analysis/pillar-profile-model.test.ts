import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { analysisTestRoom } from './analysis-test-room';
import { buildPillarProfileModel } from './pillar-profile-model';

describe('buildPillarProfileModel', () => {
  it('gives each compared candidate its pillar totals, in ranking order', () => {
    const detail = analysisTestRoom();
    const model = buildPillarProfileModel(detail, analyseDealRoom(detail).scoring, 'en');
    expect(model.candidates).toEqual([
      { candidateId: 'aoba', key: 'c0', name: 'Aoba Trading', rank: 1, knockedOut: false },
      { candidateId: 'minato', key: 'c1', name: 'Minato Medical', rank: 2, knockedOut: false },
      { candidateId: 'kita', key: 'c2', name: 'Kita Logistics', rank: null, knockedOut: true },
    ]);
    // Effectiveness: aoba (3×4 + 1×4)/4 = 4 → 80; minato 3 → 60; kita 5 → 100.
    expect(model.data).toEqual([
      { pillar: 'Effectiveness', c0: 80, c1: 60, c2: 100 },
      { pillar: 'Compliance', c0: 60, c1: 100, c2: 40 },
      { pillar: 'Trustworthiness', c0: 60, c1: 40, c2: 100 },
    ]);
  });

  it('names pillars in Japanese and leaves out a pillar weighted 0', () => {
    const detail = analysisTestRoom();
    detail.pillars = detail.pillars.map((p) => (p.id === 'trust' ? { ...p, weight: 0 } : p));
    const model = buildPillarProfileModel(detail, analyseDealRoom(detail).scoring, 'ja');
    expect(model.pillars.map((p) => p.name)).toEqual(['営業力', 'コンプライアンス']);
    expect(model.candidates.map((c) => c.name)).toEqual(['青葉トレーディング', '港メディカル', '北ロジスティクス']);
  });
});
