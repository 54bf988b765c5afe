import { describe, expect, it } from 'vitest';
import { ahpFromJudgements, type AhpResult } from './ahp';
import { approximateJudgement, describeConsistency, formatJudgement } from './ahp-sentences';

const pillarNames: Record<string, { en: string; ja: string }> = {
  eff: { en: 'Effectiveness', ja: '営業力' },
  comp: { en: 'Compliance', ja: 'コンプライアンス' },
  trust: { en: 'Trustworthiness', ja: '信頼性' },
  cap: { en: 'Capability', ja: '経営基盤' },
};
const en = (id: string) => pillarNames[id]?.en ?? id;
const ja = (id: string) => pillarNames[id]?.ja ?? id;

describe('describeConsistency', () => {
  it('says consistent enough, with the ratio and the limit', () => {
    // eff 2 × comp, comp 2 × trust, eff 3 × trust (4 would be exact): CR ≈ 0.0079.
    const result = ahpFromJudgements(['eff', 'comp', 'trust'], [
      { a: 'eff', b: 'comp', value: 2 },
      { a: 'comp', b: 'trust', value: 2 },
      { a: 'eff', b: 'trust', value: 3 },
    ]);
    expect(result.consistencyRatio).toBeGreaterThan(0.005);
    expect(result.consistencyRatio).toBeLessThan(0.01);
    expect(describeConsistency(result, en, 'en')).toBe('Consistent enough: consistency ratio 0.01 (limit 0.10).');
    expect(describeConsistency(result, ja, 'ja')).toBe('整合性は十分です（整合比 0.01、上限 0.10）。');
  });

  it('warns above 0.10 and names the comparison most at odds with the rest', () => {
    // Effectiveness 2 × Trustworthiness and 4 × Capability; Compliance equal to Trustworthiness and
    // 2 × Capability; Trustworthiness 2 × Capability. Consistent with these, Compliance would matter
    // half as much as Effectiveness (through Trustworthiness: 1 × 1/2; through Capability: 2 × 1/4),
    // but it is judged 3 × Effectiveness. λmax = 4.4255: CI = 0.1418, CR = 0.1418 / 0.90 = 0.158.
    const result = ahpFromJudgements(['eff', 'comp', 'trust', 'cap'], [
      { a: 'comp', b: 'eff', value: 3 },
      { a: 'eff', b: 'trust', value: 2 },
      { a: 'eff', b: 'cap', value: 4 },
      { a: 'comp', b: 'trust', value: 1 },
      { a: 'comp', b: 'cap', value: 2 },
      { a: 'trust', b: 'cap', value: 2 },
    ]);
    expect(result.consistencyRatio).toBeCloseTo(0.158, 3);
    expect(result.mostInconsistent).toMatchObject({ a: 'comp', b: 'eff', given: 3 });
    expect(result.mostInconsistent?.implied).toBeCloseTo(0.5, 12);
    expect(describeConsistency(result, en, 'en')).toBe(
      'Not consistent enough: consistency ratio 0.16 is above 0.10. ' +
        'The comparison most at odds with the rest is Compliance against Effectiveness: you judged 3, the other judgements imply about 1/2.',
    );
    expect(describeConsistency(result, ja, 'ja')).toBe(
      '整合性が不十分です。整合比 0.16 が上限の 0.10 を超えています。' +
        '他の判断と最も食い違っているのは「コンプライアンス」対「営業力」の比較です。入力値は 3 ですが、他の比較から見ると 1/2 程度が整合的です。',
    );
  });

  it('shows a third decimal when the ratio would print as the limit', () => {
    const justAbove: AhpResult = {
      itemIds: ['eff', 'comp', 'trust'],
      priorities: [0.5, 0.3, 0.2],
      lambdaMax: 3.1163,
      consistencyIndex: 0.05815,
      consistencyRatio: 0.1026,
      consistent: false,
      mostInconsistent: { a: 'eff', b: 'trust', given: 1 / 5, implied: 2.4 },
    };
    expect(describeConsistency(justAbove, en, 'en')).toBe(
      'Not consistent enough: consistency ratio 0.103 is above 0.10. The comparison most at odds with the rest is Effectiveness against Trustworthiness: you judged 1/5, the other judgements imply about 2.',
    );
  });

  it('has nothing to check with one or two items', () => {
    expect(describeConsistency(ahpFromJudgements(['eff'], []), en, 'en')).toBe('With a single item there is nothing to compare: it carries the whole weight.');
    const pair = ahpFromJudgements(['eff', 'comp'], [{ a: 'eff', b: 'comp', value: 7 }]);
    expect(describeConsistency(pair, en, 'en')).toBe('With two items there is a single comparison, which cannot contradict itself.');
    expect(describeConsistency(pair, ja, 'ja')).toBe('項目が2つの場合は比較が1回のみのため、判断に矛盾は生じません。');
  });

  it('writes judgements as they are entered on the scale', () => {
    expect(formatJudgement(5, 'en')).toBe('5');
    expect(formatJudgement(1 / 5, 'en')).toBe('1/5');
    expect(formatJudgement(2.5, 'en')).toBe('2.5');
    expect(formatJudgement(1, 'en')).toBe('1');
    expect(approximateJudgement(1.13, 'en')).toBe('1');
    expect(approximateJudgement(0.53, 'en')).toBe('1/2');
    expect(approximateJudgement(0.8, 'en')).toBe('1');
    expect(approximateJudgement(13.7, 'en')).toBe('14');
  });
});
