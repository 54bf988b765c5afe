/** Support: explanations for why customers will not be supported without the principal. */
import { entriesOf } from '../red-flag-types';

export const SUPPORT_FLAGS = entriesOf([
  {
    key: 'product-too-complex',
    category: 'support',
    said: {
      en: 'The product is too complex for our engineers to support on their own.',
      ja: 'この製品は複雑すぎて、当社の技術者だけではサポートできません。',
    },
    signals: {
      en: 'Training that was skipped, or no technical capacity to put behind the line.',
      ja: '研修を受けていない、あるいは当社製品に割ける技術要員がいない。',
    },
    check: {
      en: 'Check who attended our technical training and passed it, and ask for a service staffing plan with names.',
      ja: '当社の技術研修に誰が出席し修了したかを確認し、担当者名入りのサービス要員計画を求める。',
    },
    consequence: { kind: 'penalty', criterionKey: 'technical-service', points: 1 },
  },
  {
    key: 'technical-staff-busy',
    category: 'support',
    said: {
      en: 'Our technical staff are tied up with other lines at the moment.',
      ja: '技術スタッフは今、ほかの製品で手一杯です。',
    },
    signals: {
      en: 'Our line gets whatever time is left over.',
      ja: '当社製品には余った時間しか回ってこない。',
    },
    check: {
      en: 'Ask for the engineers named for our line and the hours each would give it, and compare with the staffing of their other lines.',
      ja: '当社製品を担当する技術者の氏名と各自の割当時間を求め、他の製品の体制と比べる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'dedicated-team', points: 1 },
  },
  {
    key: 'cannot-visit-without-you',
    category: 'support',
    said: {
      en: 'We cannot visit customers unless your specialist comes with us.',
      ja: '御社の専門スタッフに同行していただかないと、お客様を訪問できません。',
    },
    signals: {
      en: 'No independent capability: the principal would be doing the partner’s work.',
      ja: '自力で動く力がなく、本来販売店がすべき仕事をメーカーが担うことになる。',
    },
    check: {
      en: 'Count joint and solo visits over the last quarter, and ask for a dated plan to run visits on their own.',
      ja: '直近四半期の同行訪問と単独訪問の件数を数え、単独で訪問できるようになるまでの日付入りの計画を求める。',
    },
    consequence: { kind: 'penalty', criterionKey: 'field-force', points: 1 },
  },
  {
    key: 'training-not-needed',
    category: 'support',
    said: {
      en: 'Our people already know products like this; they do not need your training.',
      ja: 'うちの担当者はこの種の製品に慣れていますので、研修は不要です。',
    },
    signals: {
      en: 'Staff who will make wrong claims to customers and miss the reports vigilance needs.',
      ja: '担当者が顧客に誤った説明をし、安全管理に必要な報告を見落とすおそれ。',
    },
    check: {
      en: 'Ask two of their staff to demonstrate the product and answer a few questions on its limits, and look at complaints recorded for similar products.',
      ja: '担当者2名に製品の実演と使用上の制限に関する質問への回答をしてもらい、類似製品で記録された苦情を確認する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Every sales and service person completes our product training before calling on customers; the partner keeps the records and shares them on request.',
        ja: '営業・サービス担当者は全員、顧客訪問の前に当社の製品研修を修了する。販売店はその記録を保管し、求めに応じて提出する。',
      },
    },
  },
]);
