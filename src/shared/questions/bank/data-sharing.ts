/**
 * Data sharing: account-level figures rather than summaries, reports that
 * arrive on time and stay the same, and personal data handled lawfully
 * (DOMAIN.md, "Trustworthiness" and "Compliance").
 */
import { questionsOf } from '../bank-types';

export const DATA_SHARING_QUESTIONS = questionsOf([
  {
    key: 'data-sharing.account-level-sales',
    theme: 'data-sharing',
    text: {
      en: 'Would you share sales by account (each hospital or customer) every month, in a format we agree on?',
      ja: '顧客（病院など）ごとの販売データを、合意した形式で毎月共有していただけますか。',
    },
    goodAnswer: {
      en: 'Yes, with a sample report; where names cannot be shared, anonymised account codes instead.',
      ja: '共有に応じ、サンプルの報告書を示す。顧客名を出せない場合も匿名化したコードで共有する。',
    },
    informs: ['sales-data-transparency', 'data-integrity'],
  },
  {
    key: 'data-sharing.activity-records',
    theme: 'data-sharing',
    text: {
      en: 'What system do you use to record customer visits and opportunities, and could we see the activity data for our line?',
      ja: '顧客訪問や商談の記録にはどのようなシステムをお使いですか。当社製品に関する活動データを見せていただけますか。',
    },
    goodAnswer: {
      en: 'A CRM or similar in daily use, and willingness to share the activity data for our line.',
      ja: 'CRMなどを日常的に使っており、当社製品に関する活動データの共有に応じる。',
    },
    informs: ['sales-data-transparency', 'digital-ecommerce'],
  },
  {
    key: 'data-sharing.sample-report',
    theme: 'data-sharing',
    text: {
      en: 'Could you show us a monthly report you send to another principal, with their name removed?',
      ja: '他の取引先に提出している月次報告の見本を、社名を伏せた形で見せていただけますか。',
    },
    goodAnswer: {
      en: 'A real report, delivered on time, whose figures are consistent from month to month.',
      ja: '実際の報告書を示し、提出期限が守られ、月ごとの数字に一貫性がある。',
    },
    informs: ['data-integrity', 'sales-data-transparency', 'commitments-kept'],
  },
  {
    key: 'data-sharing.personal-data',
    theme: 'data-sharing',
    text: {
      en: 'How do you protect personal data of patients and customers, and how would you handle data that has to be sent to us abroad?',
      ja: '患者や顧客の個人情報をどのように保護していますか。海外の当社へデータを提供する必要がある場合、どのように対応しますか。',
    },
    goodAnswer: {
      en: 'A privacy policy and a named person responsible; knows the rules on transfers abroad and on consent.',
      ja: '個人情報保護方針と責任者があり、外国への移転や本人同意に関するルールを理解している。',
    },
    informs: ['data-protection'],
  },
  {
    key: 'data-sharing.audit-right',
    theme: 'data-sharing',
    text: {
      en: 'Would you accept that we, or an auditor we appoint, check your reports against your records once a year?',
      ja: '年に一度、当社または当社が指定する監査人が、報告内容を御社の記録と照合することを受け入れていただけますか。',
    },
    goodAnswer: {
      en: 'Accepts an audit right in the contract without conditions that would empty it.',
      ja: '実質的に骨抜きにする条件を付けずに、契約上の監査権を受け入れる。',
    },
    informs: ['data-integrity', 'sales-data-transparency', 'staged-terms'],
  },
]);
