/** Commercial: explanations about price, discounts, stock and reimbursement. */
import { entriesOf } from '../red-flag-types';

export const COMMERCIAL_FLAGS = entriesOf([
  {
    key: 'price-too-high',
    category: 'commercial',
    said: {
      en: 'Your price is simply too high for this market.',
      ja: '御社の価格は、この市場では高すぎます。',
    },
    signals: {
      en: 'No habit of selling on value, and a preference for volume over a premium position.',
      ja: '価値を訴求して売る習慣がなく、プレミアムな位置づけより販売数量を優先したい。',
    },
    check: {
      en: 'Ask for the data behind the claim (competitors’ prices, deals lost and why) and how they sell the premium lines they already carry.',
      ja: '主張の根拠となるデータ（競合価格、失注案件とその理由）と、すでに扱っている高価格帯製品をどう売っているかを尋ねる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'brand-positioning', points: 1 },
  },
  {
    key: 'customers-need-discounts',
    category: 'commercial',
    said: {
      en: 'Customers here expect big discounts; we need more room on price.',
      ja: 'こちらのお客様は大幅な値引きを当然と考えていますので、価格にもっと余裕が必要です。',
    },
    signals: {
      en: 'A margin grab, or a discount channel that would cheapen the brand.',
      ja: '利幅の上乗せ狙い、あるいはブランド価値を損なう値引き販売。',
    },
    check: {
      en: 'Ask for the discounts actually given on recent deals, backed by invoices, and whether the extra room would reach the customer at all.',
      ja: '直近の案件で実際に出した値引き額を請求書で確認し、追加の値引き幅が本当に顧客まで届くのかを確かめる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'brand-positioning', points: 1 },
  },
  {
    key: 'cannot-hold-stock',
    category: 'commercial',
    said: {
      en: 'We cannot hold stock; we will order from you when a customer orders.',
      ja: '在庫は持てません。お客様から注文があった時点で御社に発注します。',
    },
    signals: {
      en: 'No investment in the line, and delivery times customers will not accept.',
      ja: '当社製品に投資する気がなく、顧客が受け入れない納期になる。',
    },
    check: {
      en: 'Ask what stock they hold for their other lines, and visit the warehouse.',
      ja: '他の製品でどれだけ在庫を持っているかを尋ね、倉庫を実際に見る。',
    },
    consequence: { kind: 'penalty', criterionKey: 'logistics-inventory', points: 1 },
  },
  {
    key: 'reimbursement-too-low',
    category: 'commercial',
    said: {
      en: 'The reimbursement price is too low, and there is nothing anyone can do about it.',
      ja: '保険償還価格が低すぎますし、これはどうにもなりません。',
    },
    signals: {
      en: 'Passivity: no plan to make the case for better reimbursement.',
      ja: '受け身の姿勢。償還価格の改善を働きかける計画がない。',
    },
    check: {
      en: 'Ask whether they have ever prepared or supported a proposal to the authorities on reimbursement, and through which industry association.',
      ja: '償還に関する当局への提案を準備・支援したことがあるか、どの業界団体を通じてかを尋ねる。',
    },
    consequence: { kind: 'note' },
  },
]);
