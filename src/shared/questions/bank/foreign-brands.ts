/** Experience with foreign brands: whom they already represent, and how those relationships went. */
import { questionsOf } from '../bank-types';

export const FOREIGN_BRAND_QUESTIONS = questionsOf([
  {
    key: 'foreign-brands.current-principals',
    theme: 'foreign-brands',
    text: {
      en: 'Which foreign manufacturers do you represent today, and how long has each relationship lasted?',
      ja: '現在、どの海外メーカーの製品を取り扱っていますか。それぞれの取引は何年続いていますか。',
    },
    goodAnswer: {
      en: 'Names the principals and the years; several relationships have lasted and been renewed.',
      ja: '社名と取引年数を具体的に挙げられ、更新を重ねた長期の取引がいくつもある。',
    },
    informs: ['reputation', 'commitments-kept', 'cultural-fit'],
  },
  {
    key: 'foreign-brands.ended-relationship',
    theme: 'foreign-brands',
    text: {
      en: 'Tell us about a foreign principal that stopped working with you. What happened, and what did you change afterwards?',
      ja: '取引が終了した海外メーカーの例を教えてください。何が起き、その後どのような点を改めましたか。',
    },
    goodAnswer: {
      en: 'Speaks openly about the cause, including its own part in it, and names something it does differently since.',
      ja: '自社の責任も含めて原因を率直に語り、その後に改めた具体的な点を挙げる。',
    },
    informs: ['commitments-kept', 'reputation', 'proactive-communication'],
  },
  {
    key: 'foreign-brands.working-with-head-office',
    theme: 'foreign-brands',
    text: {
      en: 'How do you work with a principal’s head office abroad: who is the contact, how often do you meet, and in which language?',
      ja: '海外本社とはどのように連携していますか。窓口はどなたで、どのくらいの頻度で、何語でやり取りしていますか。',
    },
    goodAnswer: {
      en: 'A named contact who works comfortably in English, a fixed rhythm of meetings, and examples of problems raised early.',
      ja: '英語で対応できる担当者が決まっており、定例の打ち合わせがあり、問題を早めに共有した例を挙げられる。',
    },
    informs: ['proactive-communication', 'cultural-fit'],
  },
  {
    key: 'foreign-brands.brand-guidelines',
    theme: 'foreign-brands',
    text: {
      en: 'When a foreign brand’s guidelines (naming, design, price positioning) did not match what local customers expected, what did you do?',
      ja: '海外ブランドのガイドライン（名称・デザイン・価格帯）と国内顧客の期待が食い違ったとき、どのように対応しましたか。',
    },
    goodAnswer: {
      en: 'A concrete case where the brand stayed consistent and the local need was met by agreement with the principal, not by discounting.',
      ja: '値引きに頼らず、メーカーと合意した上で、ブランドの一貫性を保ちながら国内の要望に応えた具体例がある。',
    },
    informs: ['brand-positioning', 'marketing-localisation'],
  },
  {
    key: 'foreign-brands.why-our-brand',
    theme: 'foreign-brands',
    text: {
      en: 'Why do you want to represent our brand in particular, and what would it add to your business?',
      ja: '数あるメーカーの中で、なぜ当社ブランドを扱いたいとお考えですか。御社の事業に何をもたらしますか。',
    },
    goodAnswer: {
      en: 'Reasons tied to its own strategy and customers, not only to the size of the opportunity.',
      ja: '市場の大きさだけでなく、自社の戦略や顧客層と結びついた理由を説明できる。',
    },
    informs: ['growth-alignment', 'plan-fit', 'executive-backing'],
  },
]);
