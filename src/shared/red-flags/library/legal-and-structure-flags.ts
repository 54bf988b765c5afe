/** Legal and structure: explanations that would tie the principal to the partner. */
import { entriesOf } from '../red-flag-types';

export const LEGAL_AND_STRUCTURE_FLAGS = entriesOf([
  {
    key: 'registration-cannot-transfer',
    category: 'legal-and-structure',
    said: {
      en: 'The product registration has to be in our name, and it cannot be transferred later.',
      ja: '製品の承認・認証は当社名義で取る必要があり、後から移すことはできません。',
    },
    signals: {
      en: 'Lock-in: whoever holds the registration holds the market, and leaving the partner would mean starting again.',
      ja: '囲い込み。承認を持つ者が市場を握るため、販売店を替えれば一からやり直しになる。',
    },
    check: {
      en: 'Ask an independent regulatory consultant how registrations can be held or handed over, and ask the partner what happened with earlier principals’ registrations.',
      ja: '承認・認証の保有形態と承継の方法を独立した薬事コンサルタントに確認し、過去のメーカーの承認がどう扱われたかを相手に尋ねる。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Registrations held by the partner are transferred to us, or to a successor we name, on request and at no extra charge, with the partner’s cooperation in every filing.',
        ja: '販売店が保有する承認・認証は、当社の求めに応じて当社または当社が指定する承継者に無償で承継させ、必要な手続きすべてに協力する。',
      },
    },
  },
  {
    key: 'exclusivity-to-justify-investment',
    category: 'legal-and-structure',
    said: {
      en: 'We need exclusivity from day one; otherwise we cannot justify the investment.',
      ja: '最初から独占契約でなければ、社内で投資の説明がつきません。',
    },
    signals: {
      en: 'Rights asked for before anything is proven; exclusivity used to block rather than to build.',
      ja: '実績を示す前に権利だけを求めている。独占権を市場開拓ではなく囲い込みに使うおそれ。',
    },
    check: {
      en: 'Ask what they delivered for principals that gave them exclusivity, and offer exclusivity triggered by milestones; note how they react.',
      ja: '独占権を得た他のメーカーに対して何を達成したかを尋ね、マイルストーン達成を条件とする独占権を提案して反応を記録する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Exclusivity only once the pilot milestones are met, and it lapses in any year the agreed targets are missed.',
        ja: '独占権はパイロットのマイルストーン達成後にのみ付与し、合意した年間目標を下回った年には失効する。',
      },
    },
  },
  {
    key: 'only-we-handle-regulator',
    category: 'legal-and-structure',
    said: {
      en: 'Only we can deal with the regulator for you; a foreign company could not manage it.',
      ja: '当局とのやり取りは当社でなければ無理です。海外の会社には対応できません。',
    },
    signals: {
      en: 'An overstated role that keeps the principal dependent on one partner for market access.',
      ja: '自社の役割を誇張し、市場参入の手段をこの一社に依存させようとしている。',
    },
    check: {
      en: 'Ask an independent regulatory expert whether a third party could hold the licence, and what other foreign makers in the segment have done.',
      ja: '第三者が許可を保有する方法があるか、同じ分野の他の海外メーカーがどうしているかを独立した薬事の専門家に確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'channel-independence', points: 1 },
  },
  {
    key: 'gifts-are-customary',
    category: 'legal-and-structure',
    said: {
      en: 'Entertaining doctors and giving gifts is simply how business works here; everyone does it.',
      ja: '先生方への接待や贈答はこちらの商習慣です。どこの会社もやっています。',
    },
    signals: {
      en: 'Exposure to bribery and fair-competition breaches that would fall on the principal as well.',
      ja: '贈収賄や公正競争規約違反のリスク。その責任はメーカー側にも及ぶ。',
    },
    check: {
      en: 'Ask for their compliance policy and training records, whether they follow the industry’s fair competition code, and search for sanctions or press reports against them.',
      ja: 'コンプライアンス規程と研修記録、業界の公正競争規約を順守しているかを確認し、行政処分や報道の有無を調べる。',
    },
    consequence: { kind: 'knockout' },
  },
  {
    key: 'undisclosed-sub-distributors',
    category: 'legal-and-structure',
    said: {
      en: 'In some regions we work through partners of ours, but that is an internal matter.',
      ja: '一部の地域では協力会社経由で販売していますが、それは当社内部の話です。',
    },
    signals: {
      en: 'Sub-distributors nobody has vetted, with licences, compliance and data outside anyone’s control.',
      ja: '誰も審査していない二次店が存在し、許認可、コンプライアンス、データが管理の外にある。',
    },
    check: {
      en: 'Ask for the list of sub-distributors with their agreements, and verify each one’s licences.',
      ja: '二次店の一覧と契約書を求め、それぞれの許認可を確認する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Sub-distributors only with our written consent, each named in an annex and bound by the same compliance and reporting terms.',
        ja: '二次店の起用は当社の書面による同意を要し、各社を別紙に明記したうえで同一のコンプライアンス・報告義務を課す。',
      },
    },
  },
]);
