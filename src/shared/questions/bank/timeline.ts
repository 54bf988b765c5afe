/**
 * Timeline: a realistic plan rather than speed. Unusual speed and bold
 * promises are themselves a warning sign (DOMAIN.md, "Intake").
 */
import { questionsOf } from '../bank-types';

export const TIMELINE_QUESTIONS = questionsOf([
  {
    key: 'timeline.first-twelve-months',
    theme: 'timeline',
    text: {
      en: 'What would the first twelve months look like, month by month, from signing to the first sales?',
      ja: '契約から初回の販売まで、最初の12か月を月ごとにどのように進める計画ですか。',
    },
    goodAnswer: {
      en: 'A plan with steps, owners and the preconditions (such as registration), not a promise of quick volume.',
      ja: '薬事手続きなどの前提条件を踏まえ、担当者と段取りが示された計画である。短期間で大量に売るという約束ではない。',
    },
    informs: ['plan-fit', 'growth-alignment'],
  },
  {
    key: 'timeline.why-now',
    theme: 'timeline',
    text: {
      en: 'Why do you want to move now, and what would it mean for you if we took six more months to decide?',
      ja: 'なぜ今の時期に進めたいとお考えですか。当社が判断にあと半年かけた場合、御社にはどのような影響がありますか。',
    },
    goodAnswer: {
      en: 'Reasons on its own side that make sense, and acceptance that a careful decision takes time.',
      ja: '自社側の事情を筋道立てて説明し、慎重な判断には時間がかかることを受け入れる。',
    },
    informs: ['executive-backing', 'staged-terms'],
  },
  {
    key: 'timeline.first-year-targets',
    theme: 'timeline',
    text: {
      en: 'Which sales and activity targets would you commit to for the first year, and how did you arrive at them?',
      ja: '初年度にお約束いただける販売目標と活動目標は何ですか。その数字はどのように算出しましたか。',
    },
    goodAnswer: {
      en: 'Targets built up from accounts and visits rather than a round number, and readiness to tie them to milestones.',
      ja: '切りのいい数字ではなく顧客数や訪問件数から積み上げた目標で、マイルストーンとの連動も受け入れる。',
    },
    informs: ['sales-vs-potential', 'staged-terms', 'commitments-kept'],
  },
  {
    key: 'timeline.resources-ready',
    theme: 'timeline',
    text: {
      en: 'By when could the people, the stock and the demonstration equipment for our line be in place?',
      ja: '当社製品のための人員、在庫、デモ機は、いつまでに準備できますか。',
    },
    goodAnswer: {
      en: 'Dates tied to named people and a stock plan, consistent with the launch plan.',
      ja: '担当者や在庫計画と結びついた具体的な日付を示し、立ち上げ計画と矛盾がない。',
    },
    informs: ['logistics-inventory', 'dedicated-team'],
  },
]);
