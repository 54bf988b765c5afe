import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../domain/entities';
import { analyseDealRoom } from './analyse-deal-room';
import { describeSensitivity, describeThreshold } from './sensitivity-sentences';
import { scoreTable } from './testing/deal-room-detail-builder';
import { threeDistributors, threeDistributorsSpec } from './testing/three-distributors';
import type { WeightThreshold } from './types';

function sentences(detail: DealRoomDetail) {
  const analysis = analyseDealRoom(detail);
  return { en: describeSensitivity(analysis, detail, 'en'), ja: describeSensitivity(analysis, detail, 'ja') };
}

function threshold(list: readonly WeightThreshold[], id: string): WeightThreshold {
  const t = list.find((x) => x.targetId === id);
  if (!t) throw new Error(`no threshold for ${id}`);
  return t;
}

describe('describeSensitivity (numbers derived in testing/three-distributors.ts)', () => {
  it('summarises a clear lead that is robust at a 5-point margin', () => {
    expect(sentences(threeDistributors())).toEqual({
      en: [
        'Aoba Trading leads by 5.0 points.',
        "The closest challenge: if 'Regulatory track record' weighed 33.3% instead of 25.0%, Minato Medical would rank first.",
        'The closest challenge among pillars: if the Compliance pillar weighed 33.3% of the whole instead of 25.0%, Minato Medical would rank first.',
        'No single weight change under 5 points changes the winner: the ranking is robust.',
        'Kita Logistics is knocked out and not ranked.',
      ],
      ja: [
        '青葉トレーディングが5.0点差で首位です。',
        '最も逆転に近いケース：「規制対応の実績」の重みが25.0%ではなく33.3%であれば、港メディカルが首位になります。',
        '評価軸単位で最も逆転に近いケース：「コンプライアンス」の比重が全体の25.0%ではなく33.3%であれば、港メディカルが首位になります。',
        '重みを一つだけ変える場合、変更幅が5ポイント未満であれば首位は変わりません。順位は安定しています。',
        '北ロジスティクスは足切りのため順位の対象外です。',
      ],
    });
  });

  it('calls the same ranking fragile at a 10-point margin, naming the smallest move', () => {
    const { en, ja } = sentences(threeDistributors({ sensitivityMargin: 0.1 }));
    expect(en[3]).toBe('A change of only 8.3 points in one weight changes the winner: the ranking is fragile.');
    expect(ja[3]).toBe('重みを一つだけ変える場合でも、8.3ポイントの変更で首位が入れ替わります。順位は不安定です。');
  });

  it('gives no verdict when the margin is 0', () => {
    const { en, ja } = sentences(threeDistributors({ sensitivityMargin: 0 }));
    expect(en[3]).toBe('No robustness margin is set, so the ranking is not rated robust or fragile.');
    expect(ja[3]).toBe('安定性の判定に使う変更幅が設定されていないため、順位が安定しているかどうかは判定していません。');
  });

  it('says when scoring is incomplete', () => {
    // Minato's transparency unscored: T(minato) = 20 × (1.125 + 0.375 + 1.25) = 55, lead 15.
    const scores = threeDistributorsSpec.scores?.filter((s) => !(s.candidateId === 'minato' && s.criterionId === 'transp'));
    const { en, ja } = sentences(threeDistributors({ scores }));
    expect(en[0]).toBe('Aoba Trading leads by 15.0 points.');
    expect(en.at(-1)).toBe('Scoring is incomplete for Minato Medical; unscored criteria count as 0 in the totals.');
    expect(ja.at(-1)).toBe('港メディカルは採点が完了していません。未採点の項目は0点として合計しています。');
  });

  it('says "less than 0.1 points" for a lead that would print as 0.0', () => {
    // Minato's transparency 2.9975 instead of 2:
    // T(minato) = 20 × (1.125 + 0.375 + 1.25 + 0.25 × 2.9975) = 20 × 3.499375 = 69.9875; lead 0.0125.
    const scores = threeDistributorsSpec.scores?.map((s) =>
      s.candidateId === 'minato' && s.criterionId === 'transp' ? { ...s, value: 2.9975 } : s,
    );
    const { en, ja } = sentences(threeDistributors({ scores }));
    expect(en[0]).toBe('Aoba Trading leads by less than 0.1 points.');
    expect(ja[0]).toBe('青葉トレーディングが0.1点未満の僅差で首位です。');
  });

  it('gives weights enough decimals to tell the threshold from the current weight', () => {
    // The same narrow lead (0.0125 points): reg and the Compliance pillar (e = 0.25) cross at
    // 0.25 + 0.000234…, which one decimal would print as "25.0% instead of 25.0%".
    const scores = threeDistributorsSpec.scores?.map((s) =>
      s.candidateId === 'minato' && s.criterionId === 'transp' ? { ...s, value: 2.9975 } : s,
    );
    const { en, ja } = sentences(threeDistributors({ scores }));
    expect(en[1]).toBe(
      "The closest challenge: if 'Regulatory track record' weighed 25.02% instead of 25.00%, Minato Medical would rank first.",
    );
    expect(ja[2]).toBe(
      '評価軸単位で最も逆転に近いケース：「コンプライアンス」の比重が全体の25.00%ではなく25.02%であれば、港メディカルが首位になります。',
    );
  });

  it('reports a tie for first as fragile and says nothing about "x instead of x"', () => {
    // Minato's transparency 3 instead of 2: 20 × (1.125 + 0.375 + 1.25 + 0.75) = 70, level with Aoba.
    const scores = threeDistributorsSpec.scores?.map((s) =>
      s.candidateId === 'minato' && s.criterionId === 'transp' ? { ...s, value: 3 } : s,
    );
    expect(sentences(threeDistributors({ scores }))).toEqual({
      en: [
        'Aoba Trading and Minato Medical are tied for first place.',
        'With a tie for first, the slightest change to one weight decides the winner: the ranking is fragile.',
        'Kita Logistics is knocked out and not ranked.',
      ],
      ja: [
        '青葉トレーディング、港メディカルが同点で首位に並んでいます。',
        '首位が同点のため、重みをわずかに変えるだけで首位が決まります。順位は不安定です。',
        '北ロジスティクスは足切りのため順位の対象外です。',
      ],
    });
  });

  it('handles a single ranked candidate, with the others knocked out', () => {
    // Minato fails the knock-out too (reg 2).
    const scores = threeDistributorsSpec.scores?.map((s) =>
      s.candidateId === 'minato' && s.criterionId === 'reg' ? { ...s, value: 2 } : s,
    );
    expect(sentences(threeDistributors({ scores }))).toEqual({
      en: [
        'Aoba Trading is the only candidate not knocked out, so no change of weights can alter the winner.',
        'Minato Medical and Kita Logistics are knocked out and not ranked.',
      ],
      ja: [
        '足切りとならなかった候補は青葉トレーディングのみのため、重みを変えても首位は変わりません。',
        '港メディカル、北ロジスティクスは足切りのため順位の対象外です。',
      ],
    });
  });

  it('handles a single compared candidate', () => {
    const candidates = threeDistributorsSpec.candidates.map((c) => ({ ...c, compared: c.id === 'aoba' }));
    expect(sentences(threeDistributors({ candidates }))).toEqual({
      en: ['Aoba Trading is the only candidate compared, so there is no ranking to test.'],
      ja: ['比較対象は青葉トレーディングのみのため、順位の安定性は評価できません。'],
    });
  });

  it('handles every compared candidate knocked out', () => {
    const candidates = threeDistributorsSpec.candidates.map((c) => ({ ...c, compared: c.id === 'kita' }));
    expect(sentences(threeDistributors({ candidates }))).toEqual({
      en: ['Every compared candidate is knocked out, so none can be ranked.'],
      ja: ['比較対象の候補はすべて足切りとなったため、順位はつけられません。'],
    });
  });

  it('handles no compared candidate', () => {
    const candidates = threeDistributorsSpec.candidates.map((c) => ({ ...c, compared: false }));
    expect(sentences(threeDistributors({ candidates }))).toEqual({
      en: ['No candidate is marked for comparison yet, so there is nothing to rank.'],
      ja: ['比較対象に指定された候補がまだないため、順位はつけられません。'],
    });
  });

  it('handles no weights', () => {
    const pillars = threeDistributorsSpec.pillars.map((p) => ({ ...p, weight: 0 }));
    expect(sentences(threeDistributors({ pillars }))).toEqual({
      en: [
        'No criterion carries any weight yet, so every total is 0 and there is no ranking to test.',
        'Kita Logistics is knocked out and not ranked.',
      ],
      ja: [
        'どの評価項目にもまだ重みが設定されていないため、合計点はすべて0となり、順位の安定性は評価できません。',
        '北ロジスティクスは足切りのため順位の対象外です。',
      ],
    });
  });

  it('handles nothing scored', () => {
    expect(sentences(threeDistributors({ scores: [] }))).toEqual({
      en: ['No weighted criterion has been scored yet, so every total is 0 and there is no ranking to test.'],
      ja: ['重みのある評価項目がまだ採点されていないため、合計点はすべて0となり、順位の安定性は評価できません。'],
    });
  });

  it('says when no single criterion or pillar can change the winner', () => {
    // Aoba at least as good as Minato everywhere: no crossing anywhere.
    const scores = scoreTable({
      aoba: { sales: 4, field: 4, reg: 5, transp: 3 },
      minato: { sales: 3, field: 3, reg: 4, transp: 3 },
    });
    const candidates = threeDistributorsSpec.candidates.filter((c) => c.id !== 'kita');
    const { en, ja } = sentences(threeDistributors({ candidates, scores }));
    // T(aoba) = 20 × (1.5 + 0.5 + 1.25 + 0.75) = 80; T(minato) = 20 × (1.125 + 0.375 + 1 + 0.75) = 65.
    expect(en).toEqual([
      'Aoba Trading leads by 15.0 points.',
      "No change to one criterion's weight alone can change the winner.",
      "No change to one pillar's weight alone can change the winner.",
      'No single weight change under 5 points changes the winner: the ranking is robust.',
    ]);
    expect(ja.slice(1, 3)).toEqual([
      'どの評価項目の重みを単独で変えても、首位は変わりません。',
      'どの評価軸の比重を単独で変えても、首位は変わりません。',
    ]);
  });
});

describe('describeThreshold', () => {
  const detail = threeDistributors();
  const { sensitivity } = analyseDealRoom(detail);

  it('describes a criterion row', () => {
    // reg: 25.0% -> 33.3%, +8.3 points, relative (1/3 − 1/4)/(1/4) = +33.3%.
    const reg = threshold(sensitivity.criteria, 'reg');
    expect(describeThreshold(reg, 'criterion', detail, 'en')).toBe(
      'At 33.3% instead of 25.0% (+8.3 points, +33.3%), Minato Medical would rank first.',
    );
    expect(describeThreshold(reg, 'criterion', detail, 'ja')).toBe(
      '25.0%から33.3%に変えると（+8.3ポイント、+33.3%）、港メディカルが首位になります。',
    );
  });

  it('describes a pillar row, downwards', () => {
    // Effectiveness: 50.0% -> 33.3%, −16.7 points, relative −1/3.
    const eff = threshold(sensitivity.pillars, 'eff');
    expect(describeThreshold(eff, 'pillar', detail, 'en')).toBe(
      'At 33.3% of the whole instead of 50.0% (-16.7 points, -33.3%), Minato Medical would rank first.',
    );
    expect(describeThreshold(eff, 'pillar', detail, 'ja')).toBe(
      '全体に占める比重を50.0%から33.3%に変えると（-16.7ポイント、-33.3%）、港メディカルが首位になります。',
    );
  });

  it('never reads "37.5% instead of 37.5% (0.0 points)" for a tiny move', () => {
    // Sales (e = 0.375) crossing at 0.375 − 0.000391: two decimals tell them apart.
    // Relative change −0.000391 / 0.375 = −0.104%.
    const tiny: WeightThreshold = {
      targetId: 'sales',
      current: 0.375,
      crossing: { challengerId: 'minato', threshold: 0.375 - 0.000391, change: -0.000391, relativeChange: -0.000391 / 0.375 },
    };
    expect(describeThreshold(tiny, 'criterion', detail, 'en')).toBe(
      'At 37.46% instead of 37.50% (-0.04 points, -0.10%), Minato Medical would rank first.',
    );
    expect(describeThreshold(tiny, 'criterion', detail, 'ja')).toBe(
      '37.50%から37.46%に変えると（-0.04ポイント、-0.10%）、港メディカルが首位になります。',
    );
  });

  it('says when no change of the weight alone can change the winner', () => {
    const field = threshold(sensitivity.criteria, 'field');
    expect(field.crossing).toBeNull();
    expect(describeThreshold(field, 'criterion', detail, 'en')).toBe('No change of this weight alone can change the winner.');
    expect(describeThreshold(field, 'criterion', detail, 'ja')).toBe('この重みを単独で変えても首位は変わりません。');
  });

  it('says when the challenger is already level', () => {
    const level: WeightThreshold = {
      targetId: 'reg',
      current: 0.25,
      crossing: { challengerId: 'minato', threshold: 0.25, change: 0, relativeChange: 0 },
    };
    expect(describeThreshold(level, 'criterion', detail, 'en')).toBe('Minato Medical is already level with the leader.');
    expect(describeThreshold(level, 'pillar', detail, 'ja')).toBe('港メディカルはすでに首位と同点です。');
  });
});
