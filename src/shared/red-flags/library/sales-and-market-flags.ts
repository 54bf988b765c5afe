/** Sales and market: explanations for why sales cannot move faster here. */
import { entriesOf } from '../red-flag-types';

export const SALES_AND_MARKET_FLAGS = entriesOf([
  {
    key: 'market-is-different',
    category: 'sales-and-market',
    said: {
      en: 'The market here is different: what worked for you elsewhere will not work in Japan.',
      ja: '日本の市場は特殊ですから、海外でうまくいったやり方はそのままでは通用しません。',
    },
    signals: {
      en: 'Expectations being lowered before any target is set, or no plan of their own for the segment.',
      ja: '目標を決める前に期待値を下げておきたい、あるいはこの分野について自社の計画を持っていない。',
    },
    check: {
      en: 'Ask which competitors grew in this segment over the last three years and how they did it; compare with the partner’s own growth in similar lines.',
      ja: '過去3年間にこの分野で伸びた競合はどこか、どのように伸ばしたかを尋ね、類似製品での相手自身の伸びと比べる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'sales-vs-potential', points: 1 },
  },
  {
    key: 'customers-are-conservative',
    category: 'sales-and-market',
    said: {
      en: 'Our customers are conservative; they take years to adopt anything new.',
      ja: 'こちらのお客様は保守的で、新しいものを採用するには何年もかかります。',
    },
    signals: {
      en: 'A habit of selling only what customers already buy, with no effort spent creating demand.',
      ja: '顧客がすでに買っているものを売るだけで、需要を掘り起こす努力をしていない。',
    },
    check: {
      en: 'Ask how quickly the last new product they launched was adopted, and how many new accounts they opened last year.',
      ja: '直近に立ち上げた新製品がどれくらいの期間で採用されたか、昨年新規に開拓した顧客数はいくつかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'field-force', points: 1 },
  },
  {
    key: 'wait-for-customers-to-ask',
    category: 'sales-and-market',
    said: {
      en: 'We respond when customers ask. Pushing a product would harm the relationship.',
      ja: 'お客様からお声がかかれば対応します。こちらから売り込むと関係を損ねてしまいます。',
    },
    signals: {
      en: 'Order-taking rather than selling: no outbound calls, no visits planned around our product.',
      ja: '営業ではなく受注処理にとどまっている。自発的な訪問や当社製品を軸にした活動計画がない。',
    },
    check: {
      en: 'Ask for visit or call reports for a comparable line over the last quarter, and count proactive visits against orders that simply arrived.',
      ja: '類似製品について直近四半期の訪問・商談記録を出してもらい、自発的な訪問と待ちの受注の件数を比べる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'field-force', points: 1 },
  },
  {
    key: 'trust-takes-time',
    category: 'sales-and-market',
    said: {
      en: 'Trust takes years to build here. Please be patient; results will follow.',
      ja: 'こちらでは信頼関係を築くのに何年もかかります。成果は後からついてきますので、長い目で見てください。',
    },
    signals: {
      en: 'An open-ended timeline with nothing measurable in it, so nobody can be held to anything.',
      ja: '期限も測れる中間目標もない計画で、誰も責任を問われない状態にしておきたい。',
    },
    check: {
      en: 'Ask for a twelve-month plan with quarterly steps that can be counted (accounts visited, demonstrations, trials started), and see whether they accept those steps as contract milestones.',
      ja: '四半期ごとに数えられる段階（訪問施設数、デモ件数、試用開始件数）を含む12か月計画を求め、それを契約上のマイルストーンとして受け入れるかを見る。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Quarterly pilot milestones (accounts visited, demonstrations held, trials started), reviewed at twelve months; further rights only once they are met.',
        ja: '四半期ごとのパイロット・マイルストーン（訪問施設数、デモ実施数、試用開始数）を定め、12か月時点で評価する。追加の権利はその達成後に限り付与する。',
      },
    },
  },
  {
    key: 'opinion-leaders-out-of-reach',
    category: 'sales-and-market',
    said: {
      en: 'Leading physicians are very hard to reach for a company like ours.',
      ja: '当社のような会社では、有力な先生方にはなかなかお会いできません。',
    },
    signals: {
      en: 'No network among opinion leaders, and an expectation that the principal will open those doors.',
      ja: 'KOLとのつながりがなく、その開拓をメーカー側に頼るつもりでいる。',
    },
    check: {
      en: 'Ask them to name three opinion leaders they have worked with in the last two years, and to arrange one meeting before anything is signed.',
      ja: '過去2年間に協力した実績のあるKOLを3名挙げてもらい、契約前にそのうち1名との面談を設定できるか確かめる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'kol-engagement', points: 1 },
  },
]);
