/** Regulatory expertise: the licences they hold, the files they have handled, and how they handle what goes wrong. */
import { questionsOf } from '../bank-types';

export const REGULATORY_QUESTIONS = questionsOf([
  {
    key: 'regulatory.licences-held',
    theme: 'regulatory',
    text: {
      en: 'Which licences and registrations do you hold for the products you would sell for us, and when is each due for renewal?',
      ja: '当社製品の販売に必要な許可・登録のうち、御社が保有しているものは何ですか。それぞれの更新時期はいつですか。',
    },
    goodAnswer: {
      en: 'Copies of current licences with their numbers and renewal dates, offered without being asked twice.',
      ja: '許可番号と更新時期が分かる最新の許可証の写しを、催促されずに提示する。',
    },
    informs: ['business-licences', 'sales-licence', 'mah-licence'],
  },
  {
    key: 'regulatory.registration-experience',
    theme: 'regulatory',
    text: {
      en: 'Describe a product registration you handled with the regulator in the last three years: how long it took, what the regulator asked, and the outcome.',
      ja: '過去3年間に規制当局への申請・届出を担当した事例を教えてください。かかった期間、当局からの照会事項、結果はいかがでしたか。',
    },
    goodAnswer: {
      en: 'A specific file with dates, the regulator’s questions, and the people who handled it.',
      ja: '具体的な案件について、日付、当局からの照会内容、担当者まで説明できる。',
    },
    informs: ['regulatory-affairs', 'transferable-approvals'],
  },
  {
    key: 'regulatory.approval-holder',
    theme: 'regulatory',
    text: {
      en: 'In whose name would the product approval or certification be held in Japan, and could it pass to us or to a successor if we part ways?',
      ja: '日本での承認・認証は誰の名義で取得しますか。取引を終了する場合、当社または後継のパートナーに承継できますか。',
    },
    goodAnswer: {
      en: 'Accepts that the approval is held in our name or can be transferred, and describes how the transfer would work.',
      ja: '当社名義での保有や承継を受け入れ、その手続きを具体的に説明できる。',
    },
    informs: ['transferable-approvals', 'channel-independence', 'staged-terms'],
  },
  {
    key: 'regulatory.complaints-and-recalls',
    theme: 'regulatory',
    text: {
      en: 'When a complaint or an adverse event is reported, who records it, how fast is the manufacturer told, and how would you support a recall?',
      ja: '苦情や不具合の報告を受けたとき、誰が記録し、どのくらいの時間でメーカーに連絡しますか。回収が必要になった場合はどのように対応しますか。',
    },
    goodAnswer: {
      en: 'A written procedure with time limits, a named person responsible, and a past case handled by it.',
      ja: '期限を定めた手順書があり、責任者が決まっていて、その手順で対応した実例がある。',
    },
    informs: ['quality-and-vigilance', 'traceability-recall'],
  },
  {
    key: 'regulatory.inspections-and-sanctions',
    theme: 'regulatory',
    text: {
      en: 'In the past five years, have you received any inspection findings, warnings or sanctions from a regulator or the Fair Trade Commission?',
      ja: '過去5年間に、規制当局や公正取引委員会から指摘・警告・処分を受けたことはありますか。',
    },
    goodAnswer: {
      en: 'A clear yes or no; if yes, what was found and what has changed since, with the documents.',
      ja: '有無を明確に答え、ある場合は指摘の内容とその後の改善を資料とともに説明する。',
    },
    informs: ['clean-compliance-record', 'anti-bribery-fair-trade'],
  },
  {
    key: 'regulatory.promotion-rules',
    theme: 'regulatory',
    text: {
      en: 'How do you make sure that promotional material and events for healthcare professionals follow the industry’s rules and our approval?',
      ja: '医療関係者向けの販促資料やイベントが業界のルールと当社の承認に沿っていることを、どのように確認していますか。',
    },
    goodAnswer: {
      en: 'A review before anything is used, training records for representatives, and written rules on hospitality.',
      ja: '使用前の審査手順、営業担当者の研修記録、接待・贈答に関する社内規程がある。',
    },
    informs: ['fair-promotion', 'labelling-and-advertising', 'anti-bribery-fair-trade'],
  },
]);
