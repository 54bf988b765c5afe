/** Sales channels and coverage: where they really sell, to whom, and through whom. */
import { questionsOf } from '../bank-types';

export const SALES_CHANNEL_QUESTIONS = questionsOf([
  {
    key: 'sales-channels.territory-map',
    theme: 'sales-channels',
    text: {
      en: 'Which regions and customer segments do your own sales people cover today, and where do you rely on sub-distributors?',
      ja: '現在、自社の営業担当者が直接カバーしている地域と顧客層はどこですか。二次代理店に頼っている地域はありますか。',
    },
    goodAnswer: {
      en: 'A map or list by region and segment, with the sub-distributors named and how they are managed.',
      ja: '地域別・顧客層別の一覧や地図を示し、二次代理店の社名と管理方法まで説明できる。',
    },
    informs: ['channel-coverage', 'field-force'],
  },
  {
    key: 'sales-channels.key-accounts',
    theme: 'sales-channels',
    text: {
      en: 'Which of the key accounts on our target list buy from you today, and who are your contacts there?',
      ja: '当社がリストアップした主要顧客のうち、現在取引があるのはどこですか。先方の窓口はどなたですか。',
    },
    goodAnswer: {
      en: 'Names accounts from the list with the department and role of its contacts, on both the purchasing and the user side.',
      ja: 'リスト上の顧客名を挙げ、購買部門と現場の双方について窓口の部署と役職を答えられる。',
    },
    informs: ['key-account-access'],
  },
  {
    key: 'sales-channels.field-force',
    theme: 'sales-channels',
    text: {
      en: 'How many sales representatives would work on our line, how are they trained, and how many customer visits does each make in a month?',
      ja: '当社製品を担当する営業担当者は何名で、どのように教育されていますか。1人あたり月に何件の顧客訪問をしていますか。',
    },
    goodAnswer: {
      en: 'Numbers per representative, a training plan, and visit records it can show.',
      ja: '担当者数と1人あたりの訪問件数を数字で示し、教育計画と訪問記録を提示できる。',
    },
    informs: ['field-force', 'dedicated-team'],
  },
  {
    key: 'sales-channels.online-and-e-procurement',
    theme: 'sales-channels',
    text: {
      en: 'What share of your sales goes through online channels or customers’ e-procurement systems, and who looks after them?',
      ja: '売上のうち、オンライン販売や顧客の電子調達システム経由のものはどの程度ありますか。どなたが対応していますか。',
    },
    goodAnswer: {
      en: 'A share it can put a number on, and people or systems that handle those channels day to day.',
      ja: '比率を数字で示し、日常的にそのチャネルを担う担当者やシステムがある。',
    },
    informs: ['digital-ecommerce', 'channel-coverage'],
  },
  {
    key: 'sales-channels.other-channels',
    theme: 'sales-channels',
    text: {
      en: 'If we later wanted to reach a segment you do not serve, through another partner or directly, how would you react?',
      ja: '御社がカバーしていない顧客層に、当社が別のパートナー経由または直接販売したい場合、どのように受け止めますか。',
    },
    goodAnswer: {
      en: 'Accepts it in principle and proposes how to coordinate, rather than claiming the whole market.',
      ja: '原則として受け入れ、調整の方法を提案する。市場全体の独占を求めない。',
    },
    informs: ['channel-independence', 'staged-terms'],
  },
]);
