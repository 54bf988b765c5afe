/** Willingness to co-invest: what they would put in themselves, and what they want in return. */
import { questionsOf } from '../bank-types';

export const CO_INVESTMENT_QUESTIONS = questionsOf([
  {
    key: 'co-investment.marketing-budget',
    theme: 'co-investment',
    text: {
      en: 'How much would you invest from your own budget in marketing our line during the first two years, and on what?',
      ja: '最初の2年間、当社製品のマーケティングに自社の予算からどの程度、どのような用途で投資されますか。',
    },
    goodAnswer: {
      en: 'An amount and its uses (events, materials, demonstration units) in writing, not conditional on exclusivity from day one.',
      ja: '金額と用途（展示会、資料、デモ機など）を書面で示し、当初からの独占権を条件にしない。',
    },
    informs: ['co-investment', 'marketing-localisation'],
  },
  {
    key: 'co-investment.demo-units-and-stock',
    theme: 'co-investment',
    text: {
      en: 'Would you buy demonstration units and hold stock at your own cost, and how much?',
      ja: 'デモ機の購入や在庫の保有を自社負担で行っていただけますか。どの程度の規模をお考えですか。',
    },
    goodAnswer: {
      en: 'Commits to units and stock levels it pays for, consistent with its own targets.',
      ja: '自社負担で用意する台数と在庫水準を約束し、それが自ら掲げた目標と整合している。',
    },
    informs: ['co-investment', 'logistics-inventory', 'financial-strength'],
  },
  {
    key: 'co-investment.conditions',
    theme: 'co-investment',
    text: {
      en: 'What would you need from us before investing (exclusivity, prices, support), and which of these could be tied to milestones instead?',
      ja: '投資の前提として当社に何を求めますか（独占権、価格、支援など）。そのうち、マイルストーンの達成に連動させられるものはどれですか。',
    },
    goodAnswer: {
      en: 'Open to rights that are earned by meeting milestones rather than granted up front.',
      ja: '権利を最初から求めるのではなく、マイルストーンの達成に応じて得る形を受け入れる。',
    },
    informs: ['staged-terms', 'co-investment'],
  },
  {
    key: 'co-investment.specialist-hires',
    theme: 'co-investment',
    text: {
      en: 'Would you hire or assign clinical or technical specialists for our line, and who would pay for them?',
      ja: '当社製品のために臨床や技術の専門人材を採用または配置していただけますか。その費用はどちらが負担しますか。',
    },
    goodAnswer: {
      en: 'A staffing proposal with its own share of the cost and a timetable.',
      ja: '自社の費用負担と時期を含めた人員計画を提示する。',
    },
    informs: ['co-investment', 'dedicated-team', 'technical-service'],
  },
]);
