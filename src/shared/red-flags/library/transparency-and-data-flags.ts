/** Transparency and data: explanations for why we cannot see what is sold, to whom. */
import { entriesOf } from '../red-flag-types';

export const TRANSPARENCY_AND_DATA_FLAGS = entriesOf([
  {
    key: 'policy-forbids-end-user-data',
    category: 'transparency-and-data',
    said: {
      en: 'Company policy does not allow us to share end-user data.',
      ja: '社内規程により、エンドユーザーの情報はお出しできません。',
    },
    signals: {
      en: 'Keeping control of the customer relationship, or hiding how little is sold and where.',
      ja: '顧客との関係を自社で握っておきたい、あるいは販売実績の少なさや偏りを見せたくない。',
    },
    check: {
      en: 'Ask to see the written policy, and propose account-level data with anonymised account codes by prefecture and account type; data protection law rarely forbids that.',
      ja: '規程の実物を見せてもらい、匿名化した施設コードで都道府県・施設区分ごとの明細を提案する。個人情報保護法上、この形まで禁じられることはまずない。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'A monthly sell-out report by account (named, or by an anonymised account code), prefecture and product, delivered by the 10th of the following month.',
        ja: '施設別（施設名または匿名化した施設コード）・都道府県別・製品別の月次販売実績報告を、翌月10日までに提出する。',
      },
    },
  },
  {
    key: 'no-crm-relationships',
    category: 'transparency-and-data',
    said: {
      en: 'We do not use a CRM. Our business runs on personal relationships.',
      ja: '当社はCRMを使っていません。商売は人と人とのつながりで成り立っていますので。',
    },
    signals: {
      en: 'No pipeline anyone can see, and customer knowledge held in a few people’s heads.',
      ja: '誰も商談状況を把握できず、顧客情報が一部の担当者の頭の中にしかない。',
    },
    check: {
      en: 'Ask for any activity record at all, even a spreadsheet, for one current line, and ask what happened to the accounts when a salesperson last left.',
      ja: '現在扱っている製品1つについて、表計算ファイルでもよいので活動記録を見せてもらい、前回営業担当者が退職したとき顧客がどうなったかを聞く。',
    },
    consequence: { kind: 'penalty', criterionKey: 'sales-data-transparency', points: 1 },
  },
  {
    key: 'report-postponed-again',
    category: 'transparency-and-data',
    said: {
      en: 'The report will be ready next month; we need a little more time to finalise it.',
      ja: 'レポートは来月にはお出しします。もう少しまとめる時間をください。',
    },
    signals: {
      en: 'Reporting the partner cannot produce, or figures being adjusted before anyone sees them.',
      ja: '報告を作る体制がない、あるいは数字を見せる前に整えている。',
    },
    check: {
      en: 'Count how often the report has been postponed, and ask for the data as it stands today, unformatted.',
      ja: 'これまでに何回延期されたかを数え、体裁を整える前の現時点のデータをそのまま出してもらう。',
    },
    consequence: { kind: 'penalty', criterionKey: 'data-integrity', points: 1 },
  },
  {
    key: 'customer-names-confidential',
    category: 'transparency-and-data',
    said: {
      en: 'Our customer names are confidential; we cannot tell you who buys from us.',
      ja: '取引先名は機密事項ですので、どこが購入しているかはお伝えできません。',
    },
    signals: {
      en: 'Fewer customers than claimed, or fear that the principal will go around them.',
      ja: '主張しているほど顧客がいない、あるいはメーカーに直接取引されることを恐れている。',
    },
    check: {
      en: 'Offer a non-disclosure agreement, and ask for two references among their customers in our segment that they choose themselves.',
      ja: '秘密保持契約を提案したうえで、当社の対象分野の顧客から相手が選んだ2件を参照先として紹介してもらう。',
    },
    consequence: { kind: 'penalty', criterionKey: 'sales-data-transparency', points: 1.5 },
  },
  {
    key: 'figures-revised-after-meeting',
    category: 'transparency-and-data',
    said: {
      en: 'The figures we showed were preliminary; here is the corrected version.',
      ja: '先日の数字は速報値でしたので、修正版をお送りします。',
    },
    signals: {
      en: 'Reports that change after they are discussed: data integrity cannot be relied on.',
      ja: '協議の後に報告内容が変わる。データの信頼性に頼れない。',
    },
    check: {
      en: 'Put the versions side by side, list every change, and ask for the export from their system with its date.',
      ja: '各版を並べて変更点をすべて洗い出し、システムから出力した日付入りの元データを求める。',
    },
    consequence: { kind: 'penalty', criterionKey: 'data-integrity', points: 2 },
  },
]);
