/** Marketing: explanations for why our line will not be promoted as planned. */
import { entriesOf } from '../red-flag-types';

export const MARKETING_FLAGS = entriesOf([
  {
    key: 'no-budget-to-localise',
    category: 'marketing',
    said: {
      en: 'We have no budget to translate or adapt your materials.',
      ja: '資料を翻訳したり日本向けに作り直したりする予算はありません。',
    },
    signals: {
      en: 'No willingness to put their own money into our line; it would sit low in their priorities.',
      ja: '当社製品に自社の費用をかけるつもりがなく、優先順位が低い。',
    },
    check: {
      en: 'Ask what they spent localising another principal’s materials last year, then propose sharing the cost and note the answer.',
      ja: '昨年、他のメーカーの資料の現地化にいくら使ったかを尋ね、そのうえで費用分担を提案して反応を記録する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'co-investment', points: 1 },
  },
  {
    key: 'head-office-approval-blocks-us',
    category: 'marketing',
    said: {
      en: 'Every piece has to be approved by your head office, so nothing can move quickly.',
      ja: '何をするにも御社本社の承認が必要なので、すぐには動けません。',
    },
    signals: {
      en: 'Blame placed on the principal for inaction; the requests may never have been sent.',
      ja: '動かない理由をメーカー側に押し付けている。実際には承認申請が出されていない可能性がある。',
    },
    check: {
      en: 'Ask for the list of approval requests they sent, with dates, and check with our marketing team how many arrived and how fast they were answered.',
      ja: '提出した承認申請の一覧を日付付きで出してもらい、当社マーケティング部門に何件届き、どれだけの日数で回答したかを照合する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'marketing-localisation', points: 1 },
  },
  {
    key: 'only-face-to-face',
    category: 'marketing',
    said: {
      en: 'Customers here only want face-to-face meetings. Webinars and online campaigns do not work.',
      ja: 'こちらのお客様は対面でしか話を聞きません。ウェビナーやオンライン施策は効果がありません。',
    },
    signals: {
      en: 'No digital capability, or reluctance to run activity that can be measured and tracked.',
      ja: 'デジタル対応力がない、あるいは効果が数字で追える活動を避けたい。',
    },
    check: {
      en: 'Ask what share of leads for their other principals comes from online activity, and whether they have run a webinar for anyone in the last year.',
      ja: '他のメーカーの製品で、引き合いのうちオンライン施策経由がどの程度あるか、過去1年にウェビナーを開いたことがあるかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'digital-ecommerce', points: 1 },
  },
  {
    key: 'materials-too-technical',
    category: 'marketing',
    said: {
      en: 'Your materials are far too technical for our customers.',
      ja: '御社の資料は専門的すぎて、こちらのお客様には伝わりません。',
    },
    signals: {
      en: 'Their own staff do not understand the product well enough to explain it.',
      ja: '相手の営業担当者自身が製品を十分に理解しておらず、説明できない。',
    },
    check: {
      en: 'Check their attendance at our product training, and whether they ever asked in writing for simpler materials.',
      ja: '当社の製品研修への出席状況と、よりわかりやすい資料を書面で依頼してきたことがあるかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'customer-education', points: 1 },
  },
]);
