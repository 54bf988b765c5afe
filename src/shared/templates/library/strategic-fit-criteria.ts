/**
 * Strategic and brand fit: will the partnership still make sense in five
 * years, and can we leave it if it does not? DOMAIN.md lists brand
 * positioning, the partner's reputation and compliance history, and fit with
 * both sides' plans; its staged terms and dependency warnings add the rest.
 */
import { criteriaOf } from '../library-types';

export const STRATEGIC_FIT_CRITERIA = criteriaOf([
  {
    key: 'brand-positioning',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Fit with our brand positioning', ja: 'ブランドポジショニングとの整合' },
    description: {
      en: 'Whether the partner would sell our product in a way that keeps its long-term positioning: the channels, customers and message it chooses. A partner that pushes volume through discount channels can dilute a premium brand.',
      ja: '当社製品の長期的なポジショニングを保つ売り方（チャネル、対象顧客、訴求内容）をするか。値引きチャネルで数量を追うパートナーは、プレミアムブランドの価値を損ないかねない。',
    },
    anchor1: {
      en: 'Sells mainly on price through discount channels and plans the same for our line.',
      ja: '主に値引きチャネルで価格を訴求して販売しており、当社製品も同様に扱う計画。',
    },
    anchor3: {
      en: 'Mixed channels: would present our line as premium to its main accounts but cannot promise the same elsewhere.',
      ja: 'チャネルは混在。主要顧客には当社製品を上位ブランドとして提案するが、それ以外では約束できない。',
    },
    anchor5: {
      en: 'Already carries premium brands successfully, agrees a channel and positioning plan in writing, and can show how it protected other brands.',
      ja: 'プレミアムブランドを扱って成功しており、チャネルとポジショニングの計画を書面で合意する。他ブランドの価値を守った実例も示せる。',
    },
  },
  {
    key: 'reputation',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Reputation and standing', ja: '企業としての評判・実績' },
    description: {
      en: 'How customers, other principals, banks and the trade press see the partner. Its standing becomes part of our brand in Japan.',
      ja: '顧客、他のメーカー、金融機関、業界紙からどう見られているか。その評価は日本における当社ブランドの一部になる。',
    },
    anchor1: {
      en: 'Negative press or customer complaints about its service or conduct; former principals speak badly of it.',
      ja: 'サービスや企業姿勢に関する否定的な報道や顧客の苦情がある。過去の取引先メーカーの評価も悪い。',
    },
    anchor3: {
      en: 'Little known outside its region; references are polite but general.',
      ja: '地域外ではあまり知られていない。照会先の評価は無難だが具体性に欠ける。',
    },
    anchor5: {
      en: 'Well regarded across the market; customers and former principals give specific, favourable references.',
      ja: '市場全体で評価が高く、顧客や過去の取引先メーカーから具体的で好意的な評価が得られる。',
    },
  },
  {
    key: 'plan-fit',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Fit with both sides’ multi-year plans', ja: '双方の中期計画との適合' },
    description: {
      en: 'Whether the partner’s own multi-year plan (markets, segments, investments, the succession of its owners) points the same way as ours for the next three to five years.',
      ja: '相手の中期計画（市場、セグメント、投資、オーナーの事業承継）が、今後3〜5年の当社の計画と同じ方向を向いているか。',
    },
    anchor1: {
      en: 'Its plan leads elsewhere (another segment, a sale of the business, no successor), or it has no plan to share.',
      ja: '計画が別の方向（別分野への注力、事業売却、後継者不在）を向いている、または共有できる計画がない。',
    },
    anchor3: {
      en: 'Its plan overlaps ours in part; some of its priorities would compete with our line for resources.',
      ja: '計画は当社と一部重なるが、一部の優先事項が当社製品と経営資源を取り合う。',
    },
    anchor5: {
      en: 'A written multi-year plan in which our segment is a priority, with ownership and leadership stable over the period.',
      ja: '当社の分野を重点とする複数年計画が文書化されており、その期間の経営体制・所有構造も安定している。',
    },
  },
  {
    key: 'competing-lines',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Competing lines carried', ja: '競合製品の取扱い' },
    description: {
      en: 'Whether the partner sells, or plans to sell, products that compete with ours, and how it would keep our information and customers apart from them.',
      ja: '当社製品と競合する製品を現在または将来扱うか。扱う場合、当社の情報や顧客をどう切り分けるか。',
    },
    anchor1: {
      en: 'Carries a direct competitor and will neither give it up nor separate the teams.',
      ja: '直接の競合製品を扱っており、取扱いをやめることもチームを分けることもしない。',
    },
    anchor3: {
      en: 'Carries an adjacent product that overlaps with ours at some accounts, and is willing to agree rules for them.',
      ja: '一部の顧客で重複する隣接製品を扱っているが、その扱いについてルールを合意することには前向き。',
    },
    anchor5: {
      en: 'No competing lines, and agrees in writing not to take one on during the agreement.',
      ja: '競合製品の取扱いがなく、契約期間中は取り扱わないことを書面で約束する。',
    },
  },
  {
    key: 'staged-terms',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Openness to staged, non-exclusive terms', ja: '段階的・非独占の契約条件への柔軟性' },
    description: {
      en: 'Whether the partner accepts starting small (a pilot, a defined territory or time window, no exclusivity from day one), with rights that grow as milestones are met.',
      ja: '小さく始めること（パイロット、限定した地域・期間、初日からの独占なし）と、マイルストーンの達成に応じて権利が広がる仕組みを受け入れるか。',
    },
    anchor1: {
      en: 'Demands nationwide exclusivity from the start and a long term that renews automatically.',
      ja: '当初から全国独占と、自動更新付きの長期契約を求める。',
    },
    anchor3: {
      en: 'Accepts a pilot but wants exclusivity for the later phases promised up front.',
      ja: 'パイロットは受け入れるが、後の段階の独占権を最初から約束するよう求める。',
    },
    anchor5: {
      en: 'Proposes a pilot itself, accepts measurable milestones as the triggers for further rights, and ties renewal to performance.',
      ja: '自らパイロットを提案し、測定可能なマイルストーンを次の権利付与の条件とすること、実績に連動した更新を受け入れる。',
    },
  },
  {
    key: 'channel-independence',
    pillar: 'strategic-fit',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Room for other channels', ja: '他チャネル活用の余地（依存リスク）' },
    description: {
      en: 'Whether we could appoint other partners in segments this one does not serve, reach customers directly, and leave without losing the market: the opposite of depending on one gatekeeper.',
      ja: '相手が手がけていない分野で別のパートナーを起用したり、顧客と直接の接点を持ったり、市場を失わずに関係を終えたりできるか。一社への依存リスクを裏側から見る項目。',
    },
    anchor1: {
      en: 'Controls all customer access, opposes any other channel, and the agreement would offer no way out.',
      ja: '顧客との接点をすべて握り、他チャネルには一切反対する。契約上の出口もない。',
    },
    anchor3: {
      en: 'Accepts other partners in segments it does not serve, but keeps the customer relationships to itself.',
      ja: '相手が手がけない分野での他社起用は認めるが、顧客との関係は相手だけが持つ。',
    },
    anchor5: {
      en: 'Accepts other channels where it does not perform, shares customer contacts, and agrees exit and transition assistance in writing.',
      ja: '成果の出ていない領域での他チャネル起用を認め、顧客の連絡先を共有し、契約終了時の移行支援を書面で合意する。',
    },
  },
]);
