/** Product lines carried: whether ours would be one line among many, and what competes with it. */
import { questionsOf } from '../bank-types';

export const PRODUCT_LINE_QUESTIONS = questionsOf([
  {
    key: 'product-lines.portfolio-rank',
    theme: 'product-lines',
    text: {
      en: 'How many product lines do you carry, and where would ours rank in revenue and in attention during the first year?',
      ja: '現在いくつの製品ラインを取り扱っていますか。初年度、当社製品は売上と注力度の面でどのような位置づけになりますか。',
    },
    goodAnswer: {
      en: 'An honest ranking, and a plan that protects time for our line even while it is small.',
      ja: '率直な位置づけを示し、売上が小さいうちも当社製品に時間を割く計画がある。',
    },
    informs: ['portfolio-priority', 'dedicated-team'],
  },
  {
    key: 'product-lines.competing',
    theme: 'product-lines',
    text: {
      en: 'Do you carry, or plan to carry, any product that competes with ours? How would you keep the two apart?',
      ja: '当社製品と競合する製品を扱っている、または扱う予定はありますか。両者をどのように切り分けて扱いますか。',
    },
    goodAnswer: {
      en: 'Discloses competing lines in full and proposes safeguards such as separate teams and information barriers.',
      ja: '競合製品を包み隠さず開示し、担当チームの分離や情報管理などの対策を提案する。',
    },
    informs: ['competing-lines', 'sales-data-transparency'],
  },
  {
    key: 'product-lines.same-customers',
    theme: 'product-lines',
    text: {
      en: 'Which of your current products are sold to the same customers as ours, and would they help or hinder our line?',
      ja: '御社の既存製品のうち、当社製品と同じ顧客に販売しているものはどれですか。当社製品にとって追い風になりますか、それとも妨げになりますか。',
    },
    goodAnswer: {
      en: 'Real overlaps in customers and calls, and an admission of the risk that ours becomes an add-on to someone else’s sale.',
      ja: '顧客や訪問の重なりによる相乗効果を具体的に挙げ、当社製品がついで売りにとどまるリスクにも触れる。',
    },
    informs: ['channel-coverage', 'portfolio-priority', 'plan-fit'],
  },
  {
    key: 'product-lines.added-and-dropped',
    theme: 'product-lines',
    text: {
      en: 'Which lines have you added or dropped in the last three years, and why?',
      ja: '過去3年間に新たに加えた製品ライン、取扱いをやめた製品ラインはありますか。その理由は何ですか。',
    },
    goodAnswer: {
      en: 'Choices explained by strategy and results, showing that it prunes lines rather than collecting them.',
      ja: '戦略と実績に基づく判断を説明でき、商材を増やすだけでなく絞り込んでいることが分かる。',
    },
    informs: ['portfolio-priority', 'plan-fit'],
  },
]);
