import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from './analyse-deal-room';
import { engineInputFromDetail } from './engine-input';
import type { RedFlag } from '../domain/vetting';
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

/** A flag as the store holds it; only the fields the engine reads vary. */
function flag(id: string, candidateId: string, change: Partial<RedFlag>): RedFlag {
  return {
    id,
    candidateId,
    libraryKey: '',
    said: 'We will order when customers order.',
    saidBy: '',
    observedOn: null,
    source: '',
    status: 'open',
    outcome: '',
    consequence: 'note',
    criterionId: null,
    penalty: 0,
    condition: '',
    createdAt: '2027-01-15T09:00:00+09:00',
    updatedAt: '2027-01-15T09:00:00+09:00',
    ...change,
  };
}

describe('engineInputFromDetail: red flags', () => {
  it('passes on confirmed penalties and knock-outs of compared candidates, and nothing else', () => {
    const base = threeDistributors({
      candidates: [...threeDistributorsSpec.candidates, { id: 'kita-2', nameLatin: 'Kita West', nameJa: '北西', compared: false }],
    });
    const detail = {
      ...base,
      flags: [
        flag('f1', 'aoba', { status: 'confirmed', consequence: 'penalty', criterionId: 'sales', penalty: 1.5 }),
        flag('f2', 'minato', { status: 'confirmed', consequence: 'knockout' }),
        // Open and cleared flags change nothing, whatever their consequence.
        flag('f3', 'aoba', { status: 'open', consequence: 'knockout' }),
        flag('f4', 'aoba', { status: 'cleared', consequence: 'penalty', criterionId: 'field', penalty: 2 }),
        // A penalty whose criterion was deleted has no cell to lower.
        flag('f5', 'aoba', { status: 'confirmed', consequence: 'penalty', criterionId: null, penalty: 3 }),
        // Notes and contract conditions never touch the numbers.
        flag('f6', 'aoba', { status: 'confirmed', consequence: 'note' }),
        flag('f7', 'aoba', { status: 'confirmed', consequence: 'contract_condition', condition: 'Monthly sell-out report' }),
        // Not compared: not in the matrix, so not in the engine.
        flag('f8', 'kita-2', { status: 'confirmed', consequence: 'knockout' }),
      ],
    };
    expect(engineInputFromDetail(detail).flags).toEqual([
      { candidateId: 'aoba', criterionId: 'sales', penalty: 1.5, knockout: false },
      { candidateId: 'minato', criterionId: null, penalty: 0, knockout: true },
    ]);
  });

  it('a confirmed knock-out flag takes the candidate out of the ranking; an open one changes nothing', () => {
    const open = { ...threeDistributors(), flags: [flag('f1', 'aoba', { consequence: 'knockout' })] };
    expect(analyseDealRoom(open).scoring.candidates.map((c) => [c.candidateId, c.rank])).toEqual([
      ['aoba', 1],
      ['minato', 2],
      ['kita', null],
    ]);
    const confirmed = { ...open, flags: [flag('f1', 'aoba', { consequence: 'knockout', status: 'confirmed' })] };
    const result = analyseDealRoom(confirmed).scoring.candidates;
    expect(result.map((c) => [c.candidateId, c.rank])).toEqual([
      ['minato', 1],
      ['aoba', null],
      ['kita', null],
    ]);
    // Its total stays what its scores give (70); only the flag knocks it out.
    expect(result[1]).toMatchObject({ candidateId: 'aoba', total: 70, knockedOutByFlag: true, knockedOut: true });
  });

  it('a confirmed penalty lowers the total by exactly 100 × e_c × p / 5', () => {
    // aoba scores 4 on sales (e = 0.375). A penalty of 1: S' = 4 − 1 = 3 ≥ 0, so
    // ΔT = 100 × 0.375 × 1 / 5 = 7.5 and T = 70 − 7.5 = 62.5, under minato's 65.
    const detail = {
      ...threeDistributors(),
      flags: [flag('f1', 'aoba', { status: 'confirmed', consequence: 'penalty', criterionId: 'sales', penalty: 1 })],
    };
    const result = analyseDealRoom(detail).scoring;
    expect(result.cells.aoba?.sales).toMatchObject({ raw: 4, score: 3, penalty: 1 });
    expect(result.candidates.map((c) => [c.candidateId, c.total, c.rank])).toEqual([
      ['minato', 65, 1],
      ['aoba', 62.5, 2],
      ['kita', 100 * (0.375 * 5 + 0.125 * 5 + 0.25 * 2 + 0.25 * 5) / 5, null],
    ]);
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
