/**
 * Capability and commitment: can the partner carry our line, and will it?
 * DOMAIN.md lists capital, logistics, digital and e-commerce capability, a
 * dedicated team, whether we would be "one of many" lines (a known cause of
 * failure) and the willingness to co-invest. Service and regulatory affairs
 * are the capabilities a technical or regulated product adds.
 */
import { criteriaOf } from '../library-types';

export const CAPABILITY_CRITERIA = criteriaOf([
  {
    key: 'financial-strength',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Financial strength', ja: '財務基盤' },
    description: {
      en: 'Whether the partner has the capital to hold stock, give customers credit and invest in launching our line, judged from its financial statements and a credit report.',
      ja: '在庫を持ち、顧客に与信し、当社製品の立ち上げに投資できる資本があるか。決算書と信用調査報告書から判断する。',
    },
    anchor1: {
      en: 'Losses or thin equity, late payments in its credit history, or statements it will not share.',
      ja: '赤字や過小資本、信用調査での支払遅延がある、または決算書を開示しない。',
    },
    anchor3: {
      en: 'Profitable and solvent, with little room to fund stock and launch costs without our help.',
      ja: '黒字で支払能力もあるが、当社の支援なしに在庫や立ち上げ費用を賄う余力は乏しい。',
    },
    anchor5: {
      en: 'Several years of stable profit, a sound equity ratio, a good credit rating, and a budget already set aside for the launch.',
      ja: '数年にわたり安定した利益、健全な自己資本比率、良好な信用評価があり、立ち上げ用の予算も確保している。',
    },
  },
  {
    key: 'logistics-inventory',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Logistics and inventory', ja: '物流・在庫管理体制' },
    description: {
      en: 'Warehousing, delivery and stock control: whether the partner can hold the stock our customers need, deliver on time across the territory, and keep the storage conditions the product requires.',
      ja: '倉庫、配送、在庫管理。顧客が必要とする在庫を持ち、担当地域全体に期限どおり配送し、製品に必要な保管条件を守れるか。',
    },
    anchor1: {
      en: 'No warehouse of its own, or stock bought only after orders arrive; deliveries take weeks.',
      ja: '自社倉庫がない、または受注後にしか仕入れない。納品まで数週間かかる。',
    },
    anchor3: {
      en: 'A warehouse and next-day delivery in the main cities; stock levels are set by feel rather than by forecast.',
      ja: '倉庫があり、主要都市では翌日納品が可能。ただし在庫水準は予測ではなく経験で決めている。',
    },
    anchor5: {
      en: 'Warehouses suited to the product, on-time delivery everywhere in the territory, stock planned from a forecast shared with us, and service levels measured.',
      ja: '製品に適した倉庫を持ち、担当地域全体で期限どおりに配送できる。当社と共有する需要予測に基づき在庫を計画し、サービス水準を数値で管理している。',
    },
  },
  {
    key: 'digital-ecommerce',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Digital and e-commerce capability', ja: 'デジタル・EC対応力' },
    description: {
      en: 'Use of a CRM, online ordering, e-commerce channels and digital marketing, and the ability to connect with our systems for orders and data.',
      ja: 'CRM、オンライン受発注、ECチャネル、デジタルマーケティングの活用と、受発注やデータ連携で当社のシステムと接続できる力。',
    },
    anchor1: {
      en: 'Orders by fax and telephone, no CRM, and no willingness to use the principal’s systems.',
      ja: '受注はFAXと電話で、CRMはない。当社のシステムを使うことも拒む。',
    },
    anchor3: {
      en: 'A CRM and some online ordering; data would reach us as spreadsheets.',
      ja: 'CRMと一部のオンライン受注はある。当社とのデータ連携は表計算ファイルのやり取りになる。',
    },
    anchor5: {
      en: 'A CRM used by the whole field force, online and e-commerce channels running, and automated data exchange with other principals already in place.',
      ja: '営業全員がCRMを使い、オンライン受注やECチャネルが稼働している。他のメーカーとの自動データ連携の実績もある。',
    },
  },
  {
    key: 'dedicated-team',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Dedicated team', ja: '専任チーム' },
    description: {
      en: 'Whether named people will work on our line as their main job (a product manager, sales and support staff), and how much of their time is committed in writing.',
      ja: '当社製品を主業務とする担当者（プロダクトマネージャー、営業、サポート）が名前で示され、その稼働割合が書面で約束されているか。',
    },
    anchor1: {
      en: 'Nobody is named; our line would be added to everyone’s existing work.',
      ja: '担当者の指名がなく、全員の既存業務に上乗せされる形になる。',
    },
    anchor3: {
      en: 'A named product manager part-time; sales staff shared with other lines.',
      ja: 'プロダクトマネージャーが兼任で指名されている。営業は他の商品と兼任。',
    },
    anchor5: {
      en: 'A named product manager and specialists dedicated to our line, with headcount and time written into the agreement.',
      ja: '専任のプロダクトマネージャーとスペシャリストが指名され、人数と稼働時間が契約に明記されている。',
    },
  },
  {
    key: 'portfolio-priority',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Priority of our line in its portfolio', ja: '取扱商品群の中での優先度' },
    description: {
      en: 'Whether our product would be one of many lines competing for the same sales time (a known cause of failed partnerships), or a line the partner needs and will put first.',
      ja: '当社製品が、同じ営業時間を奪い合う多数の商品の一つになるのか（提携失敗のよくある原因）、それとも相手にとって必要で優先される商品になるのか。',
    },
    anchor1: {
      en: 'Hundreds of lines with no focus; ours would bring a tiny share of its revenue.',
      ja: '数百の商品を重点なく扱っており、当社製品は売上のごく一部にとどまる。',
    },
    anchor3: {
      en: 'A broad catalogue, but our line fills a gap and would be one of its focus products for a year or two.',
      ja: '品揃えは幅広いが、当社製品は空白を埋めるものであり、1〜2年は重点商品の一つになる。',
    },
    anchor5: {
      en: 'A focused portfolio in which our line is strategic, with sales incentives and management reviews built around it.',
      ja: '絞り込まれた商品構成の中で当社製品が戦略商品と位置づけられ、営業インセンティブや経営レビューの中心に置かれる。',
    },
  },
  {
    key: 'co-investment',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Willingness to co-invest', ja: '共同投資への意欲' },
    description: {
      en: 'Whether the partner will put its own money and people into launching our line (marketing, training, demonstration stock, regulatory work) instead of asking us to fund everything.',
      ja: 'すべてを当社負担にするのではなく、マーケティング、研修、デモ機、薬事などの立ち上げに自らの資金と人員を投じる意思があるか。',
    },
    anchor1: {
      en: 'Expects us to pay every launch cost, and asks for exclusivity while offering nothing in return.',
      ja: '立ち上げ費用はすべて当社負担とし、見返りなしに独占権を求める。',
    },
    anchor3: {
      en: 'Shares some costs, such as translation or an event, when asked.',
      ja: '翻訳やイベントなど、求めれば一部の費用を分担する。',
    },
    anchor5: {
      en: 'Commits a launch budget and people in writing, matched to milestones, and has done the same for other principals.',
      ja: 'マイルストーンに連動した立ち上げ予算と人員を書面で約束し、他のメーカーにも同様の実績がある。',
    },
  },
  {
    key: 'technical-service',
    pillar: 'capability',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Technical service and after-sales support', ja: 'アフターサービス・技術サポート' },
    description: {
      en: 'Installation, maintenance, repair and user support in Japanese within the response times customers expect, and the engineers and spare parts to deliver them.',
      ja: '据付、保守、修理、日本語でのユーザーサポートを、顧客が期待する対応時間で提供できるか。そのための技術者と補修部品を備えているか。',
    },
    anchor1: {
      en: 'No technical staff; faulty units would be sent back to us.',
      ja: '技術スタッフがおらず、故障品は当社に送り返すことになる。',
    },
    anchor3: {
      en: 'A few engineers trained on similar products; response within days in the main cities.',
      ja: '類似製品の訓練を受けた技術者が数名おり、主要都市では数日以内に対応できる。',
    },
    anchor5: {
      en: 'Trained engineers across the territory, spare parts in stock, agreed response times, and service records shared with us.',
      ja: '担当地域全体に訓練を受けた技術者を配置し、補修部品を在庫している。対応時間を合意し、サービス記録を当社と共有している。',
    },
  },
  {
    key: 'regulatory-affairs',
    pillar: 'capability',
    scope: 'medical',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Regulatory affairs capability', ja: '薬事対応力' },
    description: {
      en: 'People in-house who know the PMD Act and the PMDA’s procedures: preparing approval or certification applications in Japanese, handling changes to them, consulting the PMDA, and keeping up with new rules.',
      ja: '薬機法とPMDAの手続きを理解した社内人材がいるか。日本語での承認・認証申請資料の作成、一部変更への対応、PMDAへの相談、制度改正への追随ができること。',
    },
    anchor1: {
      en: 'No regulatory staff; would outsource everything or expects us to handle it.',
      ja: '薬事担当者がおらず、すべて外部に委託するか、当社に任せるつもりでいる。',
    },
    anchor3: {
      en: 'One or two regulatory staff experienced with simpler filings; complex applications go to consultants.',
      ja: '比較的簡易な申請の経験を持つ薬事担当者が1〜2名いる。複雑な申請はコンサルタントに委託する。',
    },
    anchor5: {
      en: 'An experienced regulatory team that has obtained approvals for comparable foreign products on schedule, and has consulted the PMDA on them.',
      ja: '同種の海外製品で計画どおりに承認を取得した経験を持つ薬事チームがあり、PMDAの相談制度を活用した実績もある。',
    },
  },
]);
