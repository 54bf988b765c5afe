/**
 * The two checklists of DOMAIN.md's red-flag section, in our own words:
 * warning signs that a partner is underperforming, and signs that we have
 * become dependent on one. They describe behaviour seen over time rather than
 * something said, and they apply to a candidate as well: how a suitor behaves
 * during the evaluation is a preview of the relationship.
 */
import { checklistOf } from './red-flag-types';

export const WARNING_SIGNS = checklistOf([
  {
    key: 'warning-less-visibility',
    checklist: 'warning-signs',
    sign: {
      en: 'We see less and less: reports get thinner, later and vaguer.',
      ja: '見えることが減っている。報告が薄く、遅く、あいまいになってきた。',
    },
    signals: {
      en: 'Something is being kept from us, or nobody is tracking the work any more.',
      ja: '何かが伏せられている、あるいは誰も活動を追っていない。',
    },
    check: {
      en: 'Put the latest reports beside earlier ones: fields, account detail, delivery dates.',
      ja: '最新の報告と以前の報告を並べ、項目、施設別の明細、提出日を比べる。',
    },
    consequence: { kind: 'penalty', criterionKey: 'sales-data-transparency', points: 1 },
  },
  {
    key: 'warning-targets-softened',
    checklist: 'warning-signs',
    sign: {
      en: 'Targets are missed, or quietly redefined so they are easier to meet.',
      ja: '目標が未達になる、または達成しやすいようにいつの間にか定義が変わっている。',
    },
    signals: {
      en: 'Performance falling behind what was promised, hidden behind moving goalposts.',
      ja: '約束した成果に届いておらず、基準を動かすことでそれを隠している。',
    },
    check: {
      en: 'Set the original targets beside the current ones, and ask who agreed each change and when.',
      ja: '当初の目標と現在の目標を並べ、それぞれの変更を誰がいつ承認したかを確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'sales-vs-potential', points: 1 },
  },
  {
    key: 'warning-slow-responses',
    checklist: 'warning-signs',
    sign: {
      en: 'Answers take longer each time, and some questions are never answered.',
      ja: '返事が回を追うごとに遅くなり、答えの返ってこない質問もある。',
    },
    signals: {
      en: 'Our line has slipped down their list, or the answers would be unwelcome.',
      ja: '当社製品の優先順位が下がった、あるいは都合の悪い答えになる。',
    },
    check: {
      en: 'Measure how long the last ten requests took to answer, and how many are still open.',
      ja: '直近10件の問い合わせについて回答までの日数と、未回答の件数を測る。',
    },
    consequence: { kind: 'penalty', criterionKey: 'proactive-communication', points: 1 },
  },
  {
    key: 'warning-no-growth-investment',
    checklist: 'warning-signs',
    sign: {
      en: 'Nothing is invested in growth: no new people, events or campaigns for our line.',
      ja: '成長への投資がない。当社製品のための増員も、イベントも、販促もない。',
    },
    signals: {
      en: 'The partner is harvesting the line rather than building it.',
      ja: '販売店は当社製品を育てるのではなく、今ある売上を刈り取っている。',
    },
    check: {
      en: 'Ask for this year’s headcount, events and marketing spend on our line against last year’s.',
      ja: '当社製品に関する今年の人員、イベント数、販促費を昨年と比べて示してもらう。',
    },
    consequence: { kind: 'penalty', criterionKey: 'co-investment', points: 1 },
  },
  {
    key: 'warning-excuse-driven',
    checklist: 'warning-signs',
    sign: {
      en: 'Every conversation turns to why something cannot be done.',
      ja: '話がいつも「できない理由」になる。',
    },
    signals: {
      en: 'Explanations have replaced plans; each one may be a deflection.',
      ja: '計画の代わりに説明ばかりが出てくる。その一つひとつが言い逃れかもしれない。',
    },
    check: {
      en: 'Log the explanations as flags against this library, and check the three that come up most.',
      ja: '出てきた説明をこのライブラリに照らしてフラグとして記録し、頻度の高い上位3件を検証する。',
    },
    consequence: { kind: 'note' },
  },
  {
    key: 'warning-customers-out-of-reach',
    checklist: 'warning-signs',
    sign: {
      en: 'We are kept away from customers: visits are discouraged and contacts not shared.',
      ja: '顧客から遠ざけられている。訪問を渋られ、連絡先も共有されない。',
    },
    signals: {
      en: 'The partner guards the customers so that we cannot judge the work, or leave.',
      ja: '成果を判断させない、あるいは離れられないように、販売店が顧客を囲い込んでいる。',
    },
    check: {
      en: 'Ask to join three customer visits in the coming quarter, and note the answer.',
      ja: '次の四半期に顧客訪問3件への同行を申し入れ、その返事を記録する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'key-account-access', points: 1 },
  },
  {
    key: 'warning-momentum-gone',
    checklist: 'warning-signs',
    sign: {
      en: 'Someone who knows the partner well feels the momentum has gone.',
      ja: '相手をよく知る担当者が「勢いがなくなった」と感じている。',
    },
    signals: {
      en: 'An experienced person’s unease often comes before the numbers show anything.',
      ja: '経験のある人の違和感は、数字に表れるより先に現れることが多い。',
    },
    check: {
      en: 'Ask them what they noticed, then look for it in six months of pipeline, visits and orders.',
      ja: '何に気づいたのかを本人に聞き、過去6か月の商談、訪問、受注の推移で裏づけを探す。',
    },
    consequence: { kind: 'note' },
  },
]);

export const DEPENDENCY_RISK_SIGNS = checklistOf([
  {
    key: 'dependency-controls-customer-access',
    checklist: 'dependency-risk',
    sign: {
      en: 'All access to customers runs through the partner.',
      ja: '顧客との接点がすべて販売店経由になっている。',
    },
    signals: {
      en: 'Without the partner we would not know who our customers are.',
      ja: '販売店がいなくなれば、当社は自社の顧客が誰なのかもわからない。',
    },
    check: {
      en: 'Could we name our ten largest customers, and reach them, without the partner?',
      ja: '販売店を通さずに、上位10顧客の名前を挙げ、連絡を取ることができるか。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'A customer list with contacts shared every quarter, and our right to meet customers with or without the partner.',
        ja: '連絡先を含む顧客リストを四半期ごとに共有し、当社は販売店の同席の有無を問わず顧客と面会できる。',
      },
    },
  },
  {
    key: 'dependency-resists-capability',
    checklist: 'dependency-risk',
    sign: {
      en: 'The partner resists adding the capability we ask for: people, service, digital.',
      ja: '人員、サービス、デジタル対応など、求めた機能の強化に販売店が応じない。',
    },
    signals: {
      en: 'Growth is capped at what suits the partner, not what the market allows.',
      ja: '成長が市場の可能性ではなく、販売店の都合で頭打ちになる。',
    },
    check: {
      en: 'List what we asked for over the last year and what came of each request.',
      ja: '過去1年に求めた事項を一覧にし、それぞれの結果を確認する。',
    },
    consequence: { kind: 'penalty', criterionKey: 'growth-alignment', points: 1 },
  },
  {
    key: 'dependency-blocks-new-channels',
    checklist: 'dependency-risk',
    sign: {
      en: 'The partner blocks new channels or partners, even in segments it does not serve.',
      ja: '自社が手がけていない分野でも、新しいチャネルや他の販売店の起用を阻もうとする。',
    },
    signals: {
      en: 'Whole segments left unserved so that nobody else can serve them.',
      ja: '他社に任せないために、手つかずの分野がそのまま放置される。',
    },
    check: {
      en: 'Ask which segments and regions they do not cover, and whether they would accept another partner there.',
      ja: 'カバーしていない分野と地域を尋ね、そこに別の販売店を起用することを受け入れるかを確認する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'We may appoint other partners for segments or regions the partner does not actively serve.',
        ja: '販売店が積極的に活動していない分野または地域について、当社は他の販売店を起用できる。',
      },
    },
  },
  {
    key: 'dependency-tolerated-out-of-fear',
    checklist: 'dependency-risk',
    sign: {
      en: 'Poor performance is tolerated because changing partner feels too risky.',
      ja: '販売店を替えるのが怖くて、成果の低さを黙認している。',
    },
    signals: {
      en: 'The relationship continues by default, not because it works.',
      ja: 'うまくいっているからではなく、惰性で関係が続いている。',
    },
    check: {
      en: 'Write down what a transition would take (registrations, stock, customer data, people) and which of it we could not get today.',
      ja: '切り替えに必要なもの（承認・認証、在庫、顧客データ、人員）を書き出し、今の時点で入手できないものを特定する。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'Exit and transition assistance: registrations, customer data and stock handed over within a set period after the agreement ends.',
        ja: '契約終了時の移行支援として、承認・認証、顧客データ、在庫を所定の期間内に引き渡す。',
      },
    },
  },
  {
    key: 'dependency-informal-trust-only',
    checklist: 'dependency-risk',
    sign: {
      en: 'The relationship rests on personal trust, with no contractual leverage.',
      ja: '関係が個人的な信頼だけで成り立っており、契約上の歯止めがない。',
    },
    signals: {
      en: 'When the people change or trust breaks, nothing in writing protects us.',
      ja: '担当者が替わったり信頼が崩れたりしたとき、当社を守る書面が何もない。',
    },
    check: {
      en: 'Read the agreement for KPIs, review dates, termination rights and data obligations, and list what is missing.',
      ja: '契約書でKPI、見直し時期、解除権、データ提供義務を確認し、欠けているものを洗い出す。',
    },
    consequence: {
      kind: 'contract_condition',
      condition: {
        en: 'KPIs reviewed every year; renewal only when they are met, never automatically.',
        ja: 'KPIを毎年見直し、達成した場合に限り更新する。自動更新は行わない。',
      },
    },
  },
]);
