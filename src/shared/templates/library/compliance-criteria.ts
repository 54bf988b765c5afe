/**
 * Compliance: does the partner keep us out of trouble with regulators and
 * courts? DOMAIN.md lists regulatory adherence, fair trade and anti-bribery,
 * data integrity and data protection. The `medical` criteria apply to
 * products regulated under the PMD Act (医薬品医療機器等法), where licences,
 * quality and vigilance, promotion rules and who holds the approvals decide
 * whether a product may be sold at all.
 */
import { criteriaOf } from '../library-types';

export const COMPLIANCE_CRITERIA = criteriaOf([
  {
    key: 'business-licences',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: true,
    name: { en: 'Licences and registrations the business needs', ja: '事業に必要な許認可・登録' },
    description: {
      en: 'Whether the partner holds every licence, registration and notification that importing and selling our product category in Japan requires (for example import notifications, conformity with product-safety law, or a sales licence for regulated goods). Suggested as a knock-out: without them the product cannot be sold.',
      ja: '当社の商品分野を日本で輸入・販売するために必要な許認可、登録、届出（輸入届出、製品安全関係法令への適合、規制品の販売免許など）をすべて備えているか。足切り条件の候補：これがなければ販売できない。',
    },
    anchor1: {
      en: 'A required licence is missing and there is no credible plan to obtain it before launch.',
      ja: '必要な許認可が欠けており、発売までに取得する確かな見通しもない。',
    },
    anchor3: {
      en: 'Holds what the first phase needs; a licence needed later has been applied for, with an expected date.',
      ja: '初期段階に必要な許認可は保有している。後の段階で必要な許認可は申請済みで、取得予定時期が明確。',
    },
    anchor5: {
      en: 'Holds every licence the full plan needs, current and in its own name, and shows the certificates and the people responsible for keeping them.',
      ja: '計画全体に必要な許認可をすべて自社名義で保有し、いずれも有効。許可証の写しと管理責任者を提示できる。',
    },
  },
  {
    key: 'clean-compliance-record',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: true,
    name: { en: 'Clean compliance record', ja: '重大な法令違反歴がないこと' },
    description: {
      en: 'Whether the partner, its officers or its main shareholders have been sanctioned, prosecuted or publicly named for serious breaches in recent years (bribery, cartels, fraud, product-safety or regulatory orders). Suggested as a knock-out: a partner’s scandal becomes ours.',
      ja: '直近数年間に、当該企業・役員・主要株主が重大な違反（贈賄、カルテル、不正、製品安全や業規制に基づく行政処分など）で処分・起訴・公表されていないか。足切り条件の候補：パートナーの不祥事は当社の不祥事になる。',
    },
    anchor1: {
      en: 'A serious breach or sanction in the last five years that is unresolved, or that was not disclosed to us.',
      ja: '過去5年以内に重大な違反・処分があり、未解決であるか、当社に開示されていなかった。',
    },
    anchor3: {
      en: 'Minor findings only, or a past issue disclosed openly and closed by corrective action that can be checked.',
      ja: '軽微な指摘のみ、または過去の問題を自ら開示し、確認可能な是正措置によって解決済み。',
    },
    anchor5: {
      en: 'No findings, confirmed from public records and a background check; a compliance programme with an owner who reports to the board.',
      ja: '指摘事項なし。公開情報と信用調査で確認済みで、責任者を置き取締役会に報告するコンプライアンス体制がある。',
    },
  },
  {
    key: 'anti-bribery-fair-trade',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Anti-bribery and fair trade', ja: '贈収賄防止・公正取引' },
    description: {
      en: 'Exposure to bribery and unfair trade practices, and the controls against them: rules on gifts and entertainment, payments to intermediaries, dealings with public bodies, and awareness of the Antimonopoly Act, the Unfair Competition Prevention Act and laws such as the US FCPA that bind the principal.',
      ja: '贈収賄や不公正な取引慣行のリスクと、その防止策。贈答・接待のルール、仲介者への支払い、公的機関との取引、そして独占禁止法・不正競争防止法や、当社を拘束する米国FCPAなどの法令への理解。',
    },
    anchor1: {
      en: 'No written policy; gifts and payments to customers or officials are decided case by case; declines to sign anti-bribery clauses.',
      ja: '文書化された方針がなく、顧客や公務員への贈答・支払いは都度判断。贈収賄防止条項への署名を拒む。',
    },
    anchor3: {
      en: 'A written policy and approvals for gifts and entertainment, but no training or audit; accepts anti-bribery clauses.',
      ja: '贈答・接待に関する規程と承認手続きはあるが、研修や監査は行っていない。贈収賄防止条項は受け入れる。',
    },
    anchor5: {
      en: 'Policy, yearly training, a register of gifts and hospitality, due diligence on sub-distributors, and audit rights granted to us without hesitation.',
      ja: '規程、年次研修、贈答・接待の記録台帳、二次代理店のデューデリジェンスを備え、当社の監査権もためらいなく認める。',
    },
  },
  {
    key: 'labelling-and-advertising',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Labelling and advertising rules', ja: '表示・広告の適正' },
    description: {
      en: 'Whether the partner labels and advertises products as Japanese law requires (Japanese labels, no misleading claims under the Act against Unjustifiable Premiums and Misleading Representations, product-specific labelling rules) and checks material before it is used.',
      ja: '日本の法令どおりに表示・広告を行っているか（日本語表示、景品表示法上の不当表示の禁止、品目ごとの表示規制）。また、使用前に資料を確認する手順があるか。',
    },
    anchor1: {
      en: 'Labels or advertising of its current lines lack required Japanese labelling or make claims it cannot support; nothing is reviewed before use.',
      ja: '現在の取扱商品に、日本語表示の欠落や根拠のない表示・広告が見られる。使用前の確認もない。',
    },
    anchor3: {
      en: 'Labels are correct; advertising is reviewed by sales management but by nobody with legal or regulatory training.',
      ja: '表示は適正。広告は営業管理職が確認しているが、法務・規制の知識を持つ者のチェックはない。',
    },
    anchor5: {
      en: 'Trained staff review every label and advertisement by a documented procedure, records are kept, and no regulator has found fault.',
      ja: 'すべての表示・広告を、訓練を受けた担当者が文書化された手順で審査し、記録を保管している。行政からの指摘もない。',
    },
  },
  {
    key: 'data-integrity',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Data integrity of reports', ja: '報告データの信頼性' },
    description: {
      en: 'Whether the partner’s reports are consistent, on time and stable: figures that add up from one report to the next and do not change after meetings.',
      ja: 'パートナーの報告が一貫しており、期限どおりで、後から変わらないか。報告間で数字の整合がとれ、会議の後に書き換えられないこと。',
    },
    anchor1: {
      en: 'Reports are late or missing, and figures change between versions without explanation.',
      ja: '報告が遅れる、または提出されない。版ごとに数字が説明なく変わる。',
    },
    anchor3: {
      en: 'Reports arrive mostly on time; occasional corrections are explained when asked.',
      ja: '報告はおおむね期限どおり。時折修正があるが、尋ねれば理由を説明する。',
    },
    anchor5: {
      en: 'Reports come from a system of record on a fixed date, reconcile with invoices and stock, and any correction is flagged with its reason.',
      ja: '基幹システムから決まった日に出力され、請求・在庫と突合できる。修正がある場合は理由を添えて明示される。',
    },
  },
  {
    key: 'data-protection',
    pillar: 'compliance',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Data protection (APPI and GDPR)', ja: '個人情報保護（個人情報保護法・GDPR）' },
    description: {
      en: 'How the partner handles personal data of customers (and patients): compliance with Japan’s Act on the Protection of Personal Information (APPI), its rules on providing data to third parties abroad, and the GDPR where data of people in the EU is involved.',
      ja: '顧客（および患者）の個人情報の取扱い。個人情報保護法の遵守、外国にある第三者への提供に関するルール、EU域内の個人のデータが関わる場合のGDPR対応。',
    },
    anchor1: {
      en: 'No privacy policy and nobody responsible; customer data is kept in personal spreadsheets and e-mail.',
      ja: 'プライバシーポリシーも責任者もない。顧客データを個人の表計算ファイルやメールで管理している。',
    },
    anchor3: {
      en: 'A privacy policy and a responsible person exist, but sending data to us abroad has not been thought through.',
      ja: 'プライバシーポリシーと責任者はあるが、海外の当社へのデータ提供については検討されていない。',
    },
    anchor5: {
      en: 'A privacy programme with access control, a breach procedure and records of consent, and written terms for sharing data with us abroad.',
      ja: 'アクセス管理、漏えい時の対応手順、同意の記録を備えた体制がある。海外の当社へのデータ提供条件も書面で合意済み。',
    },
  },
  {
    key: 'mah-licence',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 20,
    suggestedKnockout: true,
    name: { en: 'Marketing authorisation holder licence', ja: '製造販売業許可' },
    description: {
      en: 'Whether the partner holds the marketing authorisation holder (MAH) licence, 製造販売業許可, of the class our products need under the PMD Act (for medical devices: first class for highly controlled, second class for controlled, third class for general devices), or has a firm arrangement with a licensed MAH. Suggested as a knock-out. Ask also in whose name our approvals would be held.',
      ja: '薬機法上、当社製品に必要な種別の製造販売業許可（医療機器では高度管理医療機器に第一種、管理医療機器に第二種、一般医療機器に第三種）を保有しているか、または許可を持つ製造販売業者との確かな取り決めがあるか。足切り条件の候補。製品の承認・認証を誰の名義で取得するかも確認する。',
    },
    anchor1: {
      en: 'No MAH licence of the class needed and no licensed MAH lined up.',
      ja: '必要な種別の製造販売業許可がなく、許可を持つ製造販売業者の当てもない。',
    },
    anchor3: {
      en: 'Holds the licence for part of our range, or works with a licensed third-party MAH under a signed agreement.',
      ja: '製品群の一部に対応する許可を保有している、または許可を持つ外部の製造販売業者と契約を締結済み。',
    },
    anchor5: {
      en: 'Holds the licence of the class needed, with its three responsible officers appointed (総括製造販売責任者, 国内品質業務運営責任者, 安全管理責任者), and has obtained approvals for comparable foreign products before.',
      ja: '必要な種別の許可を保有し、総括製造販売責任者・国内品質業務運営責任者・安全管理責任者の三役を配置済み。同種の海外製品で承認・認証を取得した実績がある。',
    },
  },
  {
    key: 'sales-licence',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 15,
    suggestedKnockout: true,
    name: { en: 'Licence to sell medical products', ja: '販売業許可（高度管理医療機器等販売業など）' },
    description: {
      en: 'Whether the partner and its sub-distributors may sell or lease our products: a licence for highly controlled devices (高度管理医療機器等販売業・貸与業許可), a notification for controlled devices, or a wholesale licence for medicines (医薬品卸売販売業許可), with a qualified manager at each site. Suggested as a knock-out.',
      ja: 'パートナーと二次代理店が、当社製品の販売・貸与に必要な許可等を備えているか。高度管理医療機器等販売業・貸与業許可、管理医療機器の販売業届出、医薬品であれば医薬品卸売販売業許可など。各営業所に要件を満たす管理者が置かれていること。足切り条件の候補。',
    },
    anchor1: {
      en: 'Sells without the required licence at some sites, or relies on sub-distributors whose licences it has never checked.',
      ja: '一部の拠点で必要な許可なしに販売している、または二次代理店の許可を確認したことがない。',
    },
    anchor3: {
      en: 'Licensed at its own sites; knows the sub-distributors’ licences but does not track their renewal.',
      ja: '自社拠点は許可を取得済み。二次代理店の許可は把握しているが、更新管理はしていない。',
    },
    anchor5: {
      en: 'Every site and sub-distributor licensed, with an up-to-date register of licences, managers and renewal dates.',
      ja: '全拠点と二次代理店が許可を取得しており、許可・管理者・更新期限の一覧を常に最新に保っている。',
    },
  },
  {
    key: 'quality-and-vigilance',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Quality system and vigilance', ja: '品質管理・市販後安全管理体制' },
    description: {
      en: 'The partner’s quality and post-market safety work: GQP/QMS and GVP procedures where it is the MAH, complaint handling, and reports of malfunctions and adverse events to the PMDA within the legal deadlines.',
      ja: '品質管理と市販後安全管理の体制。製造販売業者である場合のGQP・QMS・GVPの手順、苦情処理、不具合・副作用の医薬品医療機器総合機構（PMDA）への期限内の報告。',
    },
    anchor1: {
      en: 'No written procedures; complaints are handled by sales staff, and reports to the authority depend on us noticing.',
      ja: '手順書がなく、苦情は営業担当が個別に対応。行政への報告は当社が気づくかどうかに左右される。',
    },
    anchor3: {
      en: 'Written procedures and a responsible person; complaint records exist but are incomplete, and some reports have been late.',
      ja: '手順書と責任者はある。苦情記録はあるが不完全で、過去に報告が遅れたことがある。',
    },
    anchor5: {
      en: 'Procedures audited by us or an independent auditor, complaints logged and trended, every reportable event reported on time, and no findings in regulatory inspections.',
      ja: '手順は当社または第三者の監査を受けており、苦情は記録・傾向分析されている。報告対象の事象はすべて期限内に報告され、行政の調査でも指摘がない。',
    },
  },
  {
    key: 'fair-promotion',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Fair promotion to healthcare professionals', ja: '医療関係者への適正な販売促進' },
    description: {
      en: 'Whether promotion follows the PMD Act’s advertising rules (no exaggerated claims, nothing beyond the approved use, no advertising before approval), the industry’s fair competition code on benefits to medical institutions, and the guidelines on disclosing payments to them.',
      ja: '販売促進が、薬機法の広告規制（誇大広告、承認範囲外の効能の標榜、承認前の広告の禁止）、医療機関への景品類の提供を制限する業界の公正競争規約、医療機関等への資金提供の公開に関するガイドラインに沿っているか。',
    },
    anchor1: {
      en: 'Promotional material claims more than the approval allows, or benefits to hospitals and doctors are given without records.',
      ja: '販促資料に承認範囲を超える表現がある、または病院・医師への便益提供が記録なしに行われている。',
    },
    anchor3: {
      en: 'A member of the relevant fair trade council that follows its code; material is reviewed informally.',
      ja: '関係する公正取引協議会に加盟し規約を守っているが、資料の審査は非公式。',
    },
    anchor5: {
      en: 'A formal review of all promotional material, training on the code, a record of every benefit and payment to medical institutions, and disclosure where the guidelines call for it.',
      ja: 'すべての販促資料を正式に審査し、規約の研修を実施している。医療機関への便益・資金提供はすべて記録し、ガイドラインに沿って公開している。',
    },
  },
  {
    key: 'traceability-recall',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Traceability and recall readiness', ja: 'トレーサビリティ・回収対応力' },
    description: {
      en: 'Whether the partner knows which customer received which lot or serial number, uses the GS1 barcodes now required on packaging, and could carry out a recall (回収) quickly, with the reports the authorities expect.',
      ja: 'どのロット・製造番号をどの顧客に納めたかを把握し、包装への表示が義務付けられたGS1バーコードを活用しているか。行政への報告を含め、回収を迅速に実施できるか。',
    },
    anchor1: {
      en: 'Cannot trace deliveries beyond the invoice; has never run a recall.',
      ja: '請求書以上の単位で納品先を追跡できず、回収の経験もない。',
    },
    anchor3: {
      en: 'Traces lots for direct customers but not through sub-distributors; a recall procedure exists on paper.',
      ja: '直接の顧客についてはロットを追跡できるが、二次代理店経由の分はできない。回収手順は文書上のみ存在する。',
    },
    anchor5: {
      en: 'Lot and serial traceability to the end customer, sub-distributors included, and a recall procedure that has been rehearsed or has worked in practice.',
      ja: '二次代理店を含め最終顧客までロット・製造番号単位で追跡でき、回収手順は訓練済み、または実際に機能した実績がある。',
    },
  },
  {
    key: 'transferable-approvals',
    pillar: 'compliance',
    scope: 'medical',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Product approvals we can take back', ja: '承認・認証の承継可能性' },
    description: {
      en: 'Who holds our product approvals or certifications, and whether they can pass to us or to another partner if the relationship ends. A partner holding them in its own name with no duty to hand them over controls our access to the market.',
      ja: '当社製品の承認・認証を誰が保有し、関係が終了した場合に当社または別のパートナーへ承継できるか。パートナーが自社名義で保有し、引き渡す義務がなければ、当社の市場アクセスは相手に握られる。',
    },
    anchor1: {
      en: 'Insists on holding the approvals in its own name and refuses any clause on succession.',
      ja: '自社名義での保有を主張し、承継に関する条項を一切拒む。',
    },
    anchor3: {
      en: 'Holds the approvals in its own name but accepts a contractual duty to cooperate in their succession at the end.',
      ja: '自社名義で保有するが、契約終了時の承継に協力する義務は受け入れる。',
    },
    anchor5: {
      en: 'The approvals are ours (for example a foreign special approval, 外国特例承認, through a designated MAH we choose), or a signed succession agreement sets out the steps, timing and costs.',
      ja: '承認は当社名義（当社が選任する製造販売業者を通じた外国特例承認など）で保有するか、手順・時期・費用を定めた承継の合意書を締結済み。',
    },
  },
]);
