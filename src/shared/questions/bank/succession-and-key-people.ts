/**
 * Succession and key people: a relationship that rests on one person, or an
 * owner about to retire, is a dependency the principal cannot see from the
 * outside (DOMAIN.md, "Dependency risk").
 */
import { questionsOf } from '../bank-types';

export const SUCCESSION_QUESTIONS = questionsOf([
  {
    key: 'succession.key-people',
    theme: 'succession-and-key-people',
    text: {
      en: 'Which people are essential to this partnership, and what would happen if one of them left?',
      ja: 'この提携に欠かせない方はどなたですか。その方が退職された場合、どうなりますか。',
    },
    goodAnswer: {
      en: 'Names them and shows a deputy or shared records, so that no relationship rests on one person.',
      ja: '人物を挙げた上で、代行者や情報共有の仕組みがあり、関係が1人に依存していない。',
    },
    informs: ['dedicated-team', 'channel-independence'],
  },
  {
    key: 'succession.ownership',
    theme: 'succession-and-key-people',
    text: {
      en: 'Who owns the company, and do you expect a change of owner or of president within the next five years?',
      ja: '御社の株主構成を教えてください。今後5年以内に、オーナーや社長の交代は予定されていますか。',
    },
    goodAnswer: {
      en: 'A clear answer, with the succession plan when the owner or president is close to retiring.',
      ja: '明確に答え、オーナーや社長の引退が近い場合は事業承継の計画を示す。',
    },
    informs: ['financial-strength', 'plan-fit', 'reputation'],
  },
  {
    key: 'succession.customer-relationships',
    theme: 'succession-and-key-people',
    text: {
      en: 'Are your relationships with key customers held by the company, or by individual sales people?',
      ja: '主要顧客との関係は会社として築かれていますか。それとも個々の営業担当者に属していますか。',
    },
    goodAnswer: {
      en: 'Several people per key account and shared records; customers know the company, not only one representative.',
      ja: '主要顧客ごとに複数の担当者が関わり、記録も共有されていて、顧客が担当者個人ではなく会社を認識している。',
    },
    informs: ['key-account-access', 'channel-independence'],
  },
  {
    key: 'succession.staff-turnover',
    theme: 'succession-and-key-people',
    text: {
      en: 'What has staff turnover in your sales and service teams been over the last three years?',
      ja: '過去3年間の営業部門とサービス部門の離職率はどのくらいですか。',
    },
    goodAnswer: {
      en: 'A figure, with the reasons people left and how their work was handed over.',
      ja: '数字で答え、退職の理由と業務の引き継ぎ方法も説明できる。',
    },
    informs: ['field-force', 'dedicated-team'],
  },
  {
    key: 'succession.hand-over',
    theme: 'succession-and-key-people',
    text: {
      en: 'If we parted ways one day, how would you hand over customers, stock, records and approvals?',
      ja: '将来、取引を終了することになった場合、顧客、在庫、記録、承認をどのように引き継いでいただけますか。',
    },
    goodAnswer: {
      en: 'Agrees to an orderly hand-over with a transition period, described in concrete steps.',
      ja: '移行期間を設けた円滑な引き継ぎに同意し、その手順を具体的に説明できる。',
    },
    informs: ['transferable-approvals', 'channel-independence', 'staged-terms'],
  },
]);
