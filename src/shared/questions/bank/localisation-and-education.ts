/** Localisation and customer education: materials in Japanese, trained customers and staff, service after the sale. */
import { questionsOf } from '../bank-types';

export const LOCALISATION_QUESTIONS = questionsOf([
  {
    key: 'localisation.materials',
    theme: 'localisation-and-education',
    text: {
      en: 'How would you localise our materials: who translates and adapts them, who checks them, and how long does it take?',
      ja: '当社の資料をどのように現地化されますか。翻訳と編集は誰が行い、誰が確認し、どのくらいの期間がかかりますか。',
    },
    goodAnswer: {
      en: 'Translators who know the field, a review by us before anything is used, and realistic lead times.',
      ja: '専門分野に通じた翻訳者が担当し、使用前に当社の確認を受ける手順があり、期間の見込みも現実的である。',
    },
    informs: ['marketing-localisation', 'labelling-and-advertising'],
  },
  {
    key: 'localisation.customer-training',
    theme: 'localisation-and-education',
    text: {
      en: 'How do you train customers on a product like ours, and how do you know the training worked?',
      ja: '当社のような製品について、顧客向けのトレーニングをどのように行っていますか。その効果はどのように確認していますか。',
    },
    goodAnswer: {
      en: 'A programme (hands-on sessions, materials, follow-up) with attendance records and feedback.',
      ja: '実機研修、教材、フォローアップを含むプログラムがあり、参加記録や受講者の評価を示せる。',
    },
    informs: ['customer-education', 'technical-service'],
  },
  {
    key: 'localisation.staff-training',
    theme: 'localisation-and-education',
    text: {
      en: 'How would your own staff learn our product, and would they take part in our training abroad or online?',
      ja: '御社の担当者は当社製品についてどのように学ばれますか。海外やオンラインでの当社の研修に参加していただけますか。',
    },
    goodAnswer: {
      en: 'Commits staff time to our training, with a test or certification at the end.',
      ja: '当社研修への参加時間を確保し、修了時の確認テストや認定も受け入れる。',
    },
    informs: ['field-force', 'technical-service'],
  },
  {
    key: 'localisation.customer-feedback',
    theme: 'localisation-and-education',
    text: {
      en: 'How would feedback from Japanese customers about the product reach us, and how quickly?',
      ja: '製品に対する国内顧客の声は、どのような経路で、どのくらいの早さで当社に届きますか。',
    },
    goodAnswer: {
      en: 'A regular written summary plus immediate reporting of serious issues, with examples from other principals.',
      ja: '定期的な書面での報告に加え、重大な問題はすぐに報告する仕組みがあり、他社での実例も示せる。',
    },
    informs: ['proactive-communication', 'quality-and-vigilance'],
  },
  {
    key: 'localisation.after-sales-support',
    theme: 'localisation-and-education',
    text: {
      en: 'Who would install, service and answer technical questions after the sale, and in which regions?',
      ja: '販売後の設置、保守、技術的なお問い合わせには、どなたがどの地域で対応しますか。',
    },
    goodAnswer: {
      en: 'Named engineers per region, response times it commits to, and spare parts held in stock.',
      ja: '地域ごとに担当技術者がおり、対応時間の目安を約束でき、保守部品の在庫もある。',
    },
    informs: ['technical-service', 'logistics-inventory'],
  },
]);
