import { describe, expect, it } from 'vitest';
import { ComparisonReport, buildComparisonReport } from './comparison-report';
import { threeDistributors } from './testing/three-distributors';

describe('buildComparisonReport (numbers derived in testing/three-distributors.ts)', () => {
  const detail = threeDistributors({
    consensus: [{ candidateId: 'minato', criterionId: 'reg', value: 5 }],
  });
  const report = buildComparisonReport(detail, 'en');

  it('matches its own schema after a round trip through JSON', () => {
    expect(ComparisonReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('lists the candidates in ranking order with their unrounded numbers', () => {
    expect(report.dealRoom).toEqual({ id: 'room-1', name: 'Japan distribution, diagnostic line, 2027' });
    expect(report.language).toBe('en');
    expect(report.candidates.map((c) => [c.id, c.rank, c.knockedOut])).toEqual([
      ['aoba', 1, false],
      ['minato', 2, false],
      ['kita', null, true],
    ]);
    const [aoba, minato, kita] = report.candidates;
    expect(aoba).toEqual({
      id: 'aoba',
      name: { ja: '青葉トレーディング', latin: 'Aoba Trading' },
      rank: 1,
      total: 70,
      coverage: 1,
      projected: 70,
      incomplete: false,
      knockedOut: false,
      knockedOutByFlag: false,
      knockouts: { reg: 'passed' },
      // Effectiveness: 100 × (3/4×4 + 1/4×4)/5 = 80; Compliance 100 × 3/5 = 60; Trustworthiness 60.
      pillarTotals: { eff: 80, comp: 60, trust: 60 },
    });
    expect(minato?.total).toBe(65);
    expect(kita?.knockouts).toEqual({ reg: 'failed' });
  });

  it('lists pillars and criteria with raw and effective weights', () => {
    expect(report.pillars).toEqual([
      { id: 'eff', name: { en: 'Effectiveness', ja: '営業力' }, weight: 2, active: true, share: 0.5 },
      { id: 'comp', name: { en: 'Compliance', ja: 'コンプライアンス' }, weight: 1, active: true, share: 0.25 },
      { id: 'trust', name: { en: 'Trustworthiness', ja: '信頼性' }, weight: 1, active: true, share: 0.25 },
    ]);
    expect(report.criteria.map((c) => [c.id, c.pillarId, c.weight, c.effectiveWeight, c.knockout])).toEqual([
      ['sales', 'eff', 3, 0.375, false],
      ['field', 'eff', 1, 0.125, false],
      ['reg', 'comp', 1, 0.25, true],
      ['transp', 'trust', 1, 0.25, false],
    ]);
  });

  it('gives every cell, null when unscored, with the consensus marked', () => {
    expect(report.scores.minato?.reg).toEqual({
      score: 5,
      raw: 5,
      penalty: 0,
      spread: 0,
      count: 1,
      fromConsensus: true,
      lowestConfidence: 'high',
    });
    const partial = buildComparisonReport(threeDistributors({ scores: [] }), 'en');
    expect(partial.scores.aoba).toEqual({ sales: null, field: null, reg: null, transp: null });
  });

  it('carries the sensitivity unrounded, and the sentences in the requested language', () => {
    const { sensitivity } = report;
    expect(sensitivity.leaderId).toBe('aoba');
    expect(sensitivity.runnerUpId).toBe('minato');
    expect(sensitivity.leadMargin).toBe(5);
    expect(sensitivity.margin).toBe(0.05);
    expect(sensitivity.robust).toBe(true);
    expect(sensitivity.mostCriticalCriterion?.targetId).toBe('reg');
    expect(sensitivity.mostCriticalCriterion?.crossing?.threshold).toBeCloseTo(1 / 3, 12);
    expect(sensitivity.mostCriticalPillar?.targetId).toBe('comp');
    expect(sensitivity.criteria.map((t) => [t.targetId, t.crossing?.challengerId ?? null])).toEqual([
      ['sales', 'minato'],
      ['field', null],
      ['reg', 'minato'],
      ['transp', null],
    ]);
    expect(report.sentences[0]).toBe('Aoba Trading leads by 5.0 points.');
    expect(buildComparisonReport(detail, 'ja').sentences[0]).toBe('青葉トレーディングが5.0点差で首位です。');
  });
});
