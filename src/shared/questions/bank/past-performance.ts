/** Past performance with similar products: figures against targets and potential, and how misses were reported. */
import { questionsOf } from '../bank-types';

export const PAST_PERFORMANCE_QUESTIONS = questionsOf([
  {
    key: 'past-performance.similar-launch',
    theme: 'past-performance',
    text: {
      en: 'Tell us about a product similar to ours that you launched: what were the sales in years one to three, and against which targets?',
      ja: '当社製品に近い製品を立ち上げた事例を教えてください。1年目から3年目の売上はどうでしたか。目標はいくらでしたか。',
    },
    goodAnswer: {
      en: 'Figures by year against the targets agreed at the time, with the reasons for any gap.',
      ja: '当時合意した目標に対する年度別の実績を示し、差がある場合はその理由を説明する。',
    },
    informs: ['sales-vs-potential', 'commitments-kept'],
  },
  {
    key: 'past-performance.market-share',
    theme: 'past-performance',
    text: {
      en: 'For your comparable lines, what share of the market in your territory do you hold, and how do you estimate the size of that market?',
      ja: '類似製品について、担当地域での市場シェアはどの程度ですか。市場全体の規模はどのように見積もっていますか。',
    },
    goodAnswer: {
      en: 'A share with the source of the market estimate, not only growth over last year.',
      ja: '前年比の伸びだけでなく、市場規模の根拠を示した上でシェアを答えられる。',
    },
    informs: ['sales-vs-potential', 'sales-data-transparency'],
  },
  {
    key: 'past-performance.missed-target',
    theme: 'past-performance',
    text: {
      en: 'Describe a year in which you missed a principal’s target. When and how did you tell them?',
      ja: 'メーカーの目標を達成できなかった年について教えてください。いつ、どのように先方に伝えましたか。',
    },
    goodAnswer: {
      en: 'Told the principal early in the year, with the reasons and a recovery plan, rather than at year end.',
      ja: '年度末になってからではなく早い段階で、理由と挽回策を添えて伝えている。',
    },
    informs: ['proactive-communication', 'commitments-kept', 'data-integrity'],
  },
  {
    key: 'past-performance.references',
    theme: 'past-performance',
    text: {
      en: 'Which principals could we speak to as references, including one whose relationship with you has ended?',
      ja: 'リファレンスとしてお話を伺える取引先をご紹介いただけますか。取引が終了した先も含めてお願いします。',
    },
    goodAnswer: {
      en: 'Offers several references readily, a former principal among them.',
      ja: '取引が終了した先を含め、複数の紹介先をためらわずに挙げる。',
    },
    informs: ['reputation', 'commitments-kept'],
  },
  {
    key: 'past-performance.opinion-leaders',
    theme: 'past-performance',
    text: {
      en: 'Which opinion leaders and professional societies did you work with for a comparable product, and what came of it?',
      ja: '類似製品で、どのようなKOL（キーオピニオンリーダー）や学会と連携しましたか。どのような成果につながりましたか。',
    },
    goodAnswer: {
      en: 'Named activities (seminars, studies, congress booths) and what they led to in adoption or sales.',
      ja: 'セミナー、臨床研究、学会展示などの具体的な活動と、それが採用や販売にどうつながったかを説明できる。',
    },
    informs: ['kol-engagement', 'event-presence'],
  },
]);
