import type { engine as en } from '../en/engine';

/** 評価エンジンの文言：順位と感度分析の要約（sensitivity-sentences.ts）、モンテカルロ法の要約（monte-carlo-sentences.ts）、AHPの整合性（ahp-sentences.ts）。 */
export const engine: typeof en = {
  summary: {
    noCandidates: '比較対象に指定された候補がまだないため、順位はつけられません。',
    allKnockedOut: '比較対象の候補はすべて足切りとなったため、順位はつけられません。',
    onlyCandidate: '比較対象は{{leader}}のみのため、順位の安定性は評価できません。',
    onlyRanked: '足切りとならなかった候補は{{leader}}のみのため、重みを変えても首位は変わりません。',
    noWeights: 'どの評価項目にもまだ重みが設定されていないため、合計点はすべて0となり、順位の安定性は評価できません。',
    nothingScored: '重みのある評価項目がまだ採点されていないため、合計点はすべて0となり、順位の安定性は評価できません。',
    leads: '{{leader}}が{{points}}点差で首位です。',
    leadsNarrowly: '{{leader}}が{{points}}点未満の僅差で首位です。',
    tie: '{{names}}が同点で首位に並んでいます。',
    tieFragile: '首位が同点のため、重みをわずかに変えるだけで首位が決まります。順位は不安定です。',
    closestCriterion:
      '最も逆転に近いケース：「{{criterion}}」の重みが{{current}}ではなく{{threshold}}であれば、{{challenger}}が首位になります。',
    closestPillar:
      '評価軸単位で最も逆転に近いケース：「{{pillar}}」の比重が全体の{{current}}ではなく{{threshold}}であれば、{{challenger}}が首位になります。',
    noCriterionCrossing: 'どの評価項目の重みを単独で変えても、首位は変わりません。',
    noPillarCrossing: 'どの評価軸の比重を単独で変えても、首位は変わりません。',
    robust: '重みを一つだけ変える場合、変更幅が{{margin}}ポイント未満であれば首位は変わりません。順位は安定しています。',
    fragile: '重みを一つだけ変える場合でも、{{points}}ポイントの変更で首位が入れ替わります。順位は不安定です。',
    fragileTiny: '重みを一つだけ変える場合でも、{{points}}ポイント未満の変更で首位が入れ替わります。順位は不安定です。',
    noMargin: '安定性の判定に使う変更幅が設定されていないため、順位が安定しているかどうかは判定していません。',
    knockedOut_one: '{{names}}は足切りのため順位の対象外です。',
    knockedOut_other: '{{names}}は足切りのため順位の対象外です。',
    incomplete: '{{names}}は採点が完了していません。未採点の項目は0点として合計しています。',
  },
  threshold: {
    none: 'この重みを単独で変えても首位は変わりません。',
    level: '{{challenger}}はすでに首位と同点です。',
    criterion: '{{current}}から{{threshold}}に変えると（{{change}}ポイント、{{relative}}）、{{challenger}}が首位になります。',
    pillar:
      '全体に占める比重を{{current}}から{{threshold}}に変えると（{{change}}ポイント、{{relative}}）、{{challenger}}が首位になります。',
  },
  monteCarlo: {
    noCandidates: '比較対象の候補がないため、シミュレーションは行えません。',
    noDraws: 'まだ試行を実行していません。',
    noneRanked_one: '1回の試行で全候補が足切りとなったため、首位となった候補はありません。',
    noneRanked_other: '{{draws}}回の試行すべてで全候補が足切りとなったため、首位となった候補はありません。',
    lead_one: '{{draws}}回の試行のうち、{{name}}が首位となったのは{{share}}',
    lead_other: '{{draws}}回の試行のうち、{{name}}が首位となったのは{{share}}',
    next: '{{name}}は{{share}}',
    othersUnder: 'その他の候補は{{percent}}未満',
    separator: '、',
    end: 'でした。',
    under: '{{percent}}未満',
    over: '{{percent}}超',
    never_one: '{{names}}は一度も首位になりませんでした。',
    never_other: '{{names}}は一度も首位になりませんでした。',
    knockedOut: '足切りとなった試行がある候補：{{list}}。',
    knockedOutItem: '{{name}}（{{share}}）',
  },
  consistency: {
    single: '項目が1つのため比較の対象がなく、この項目が重み全体を占めます。',
    pair: '項目が2つの場合は比較が1回のみのため、判断に矛盾は生じません。',
    consistent: '整合性は十分です（整合比 {{ratio}}、上限 {{limit}}）。',
    inconsistent: '整合性が不十分です。整合比 {{ratio}} が上限の {{limit}} を超えています。',
    mostAtOdds:
      '他の判断と最も食い違っているのは「{{a}}」対「{{b}}」の比較です。入力値は {{given}} ですが、他の比較から見ると {{implied}} 程度が整合的です。',
  },
};
