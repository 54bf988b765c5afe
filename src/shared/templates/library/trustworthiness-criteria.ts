/**
 * Trustworthiness: will the partner tell us the truth, early? DOMAIN.md lists
 * transparency (account-level data, not summaries), alignment with our growth
 * ambitions, communication style and cultural fit; the intake story adds who
 * really backs the approach and whether promises were kept before.
 */
import { criteriaOf } from '../library-types';

export const TRUSTWORTHINESS_CRITERIA = criteriaOf([
  {
    key: 'sales-data-transparency',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 25,
    suggestedKnockout: false,
    name: { en: 'Transparency of sales data', ja: '販売データの透明性' },
    description: {
      en: 'Whether the partner shares account-level sales and stock data (who bought what, when, at what price), not only totals, and does so on a regular schedule.',
      ja: '合計値だけでなく、顧客別の販売・在庫データ（誰が、何を、いつ、いくらで購入したか）を定期的に共有するか。',
    },
    anchor1: {
      en: 'Shares totals only, or nothing, citing the confidentiality of customer names.',
      ja: '顧客名の守秘を理由に、合計値しか共有しない、または何も共有しない。',
    },
    anchor3: {
      en: 'Shares sales by region or segment every month; account-level data only for large deals or when pressed.',
      ja: '地域別・セグメント別の販売データを毎月共有する。顧客別データは大型案件か、強く求めた場合のみ。',
    },
    anchor5: {
      en: 'Shares account-level sales and stock on a fixed schedule in an agreed format, anonymised only where the law requires it.',
      ja: '合意した形式で、顧客別の販売・在庫データを決まった頻度で共有する。匿名化は法令上必要な場合に限る。',
    },
  },
  {
    key: 'proactive-communication',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Communication style', ja: '報告・連絡の姿勢' },
    description: {
      en: 'Whether the partner tells us things before we ask (lost deals, problems, competitors’ moves), answers promptly, and says plainly when something will not happen.',
      ja: '失注、問題、競合の動きなどを、こちらが尋ねる前に伝えてくるか。迅速に回答し、実現しないことは率直に伝えるか。',
    },
    anchor1: {
      en: 'Speaks only when asked; bad news arrives late or through customers; “we will consider it” usually means no.',
      ja: '聞かれたときしか話さない。悪い知らせは遅れて、あるいは顧客経由で届く。「検討します」が実質的に断りであることが多い。',
    },
    anchor3: {
      en: 'Answers within days and reports problems once they are visible; some topics need chasing.',
      ja: '数日以内に回答し、表面化した問題は報告する。ただし一部の話題は催促が必要。',
    },
    anchor5: {
      en: 'Raises problems and risks early, gives a clear yes or no with reasons, and writes down what was agreed.',
      ja: '問題やリスクを早い段階で共有し、理由を添えて可否を明確に伝え、合意事項を文書に残す。',
    },
  },
  {
    key: 'growth-alignment',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 20,
    suggestedKnockout: false,
    name: { en: 'Alignment with our growth ambitions', ja: '当社の成長目標との整合' },
    description: {
      en: 'Whether the partner wants to grow our line at the pace we plan and has said so with numbers, or sees it as a small addition to its catalogue.',
      ja: '当社が計画するペースで製品を伸ばす意思があり、それを数字で示しているか。それとも品揃えの小さな追加と見ているか。',
    },
    anchor1: {
      en: 'Expects modest sales and resists any growth target.',
      ja: '控えめな販売しか見込まず、成長目標の設定に抵抗する。',
    },
    anchor3: {
      en: 'Accepts our targets in principle but has no plan of its own to reach them.',
      ja: '当社の目標には原則として同意するが、達成に向けた自社の計画はない。',
    },
    anchor5: {
      en: 'Proposes a multi-year growth plan at or above our ambition, with the resources behind it, and accepts targets tied to renewal.',
      ja: '当社の目標と同等以上の複数年の成長計画を、裏付けとなる経営資源とともに提案し、契約更新に連動した目標も受け入れる。',
    },
  },
  {
    key: 'cultural-fit',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Cultural fit and working style', ja: '企業文化・仕事の進め方の相性' },
    description: {
      en: 'How well the two organisations can work together: speed of decisions, openness to feedback, language skills on both sides, and experience with foreign principals.',
      ja: '両社がうまく協働できるか。意思決定の速さ、フィードバックへの姿勢、双方の語学力、海外メーカーとの取引経験。',
    },
    anchor1: {
      en: 'No experience with foreign principals; feedback is taken as criticism, and meetings stall on language.',
      ja: '海外メーカーとの取引経験がない。指摘を批判と受け止め、言葉の壁で打ち合わせが進まない。',
    },
    anchor3: {
      en: 'Works with some foreign principals already, but one or two people bridge language and culture, so the relationship depends on them.',
      ja: '海外メーカーとの取引はある程度あるが、言語と文化の橋渡しを1〜2名に頼っており、関係がその人たちに依存している。',
    },
    anchor5: {
      en: 'Long experience with foreign principals, bilingual staff at several levels, and a habit of direct, written feedback in both directions.',
      ja: '海外メーカーとの長い取引経験があり、各階層にバイリンガル人材がいる。双方向で率直かつ記録に残るフィードバックが習慣になっている。',
    },
  },
  {
    key: 'commitments-kept',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 15,
    suggestedKnockout: false,
    name: { en: 'Record of keeping commitments', ja: '約束の履行実績' },
    description: {
      en: 'Whether the partner has delivered what it promised to us and to other principals (targets, launches, investments, dates), checked through references and against its own earlier plans.',
      ja: '当社や他のメーカーに約束したこと（目標、発売、投資、期限）を実行してきたか。取引先への照会と、相手自身の過去の計画との比較で確認する。',
    },
    anchor1: {
      en: 'References report missed targets and broken promises; earlier plans were quietly replaced.',
      ja: '照会先から目標未達や約束の不履行が報告されている。過去の計画がいつの間にか差し替えられていた。',
    },
    anchor3: {
      en: 'Mostly delivers; some dates slipped and were explained after the fact.',
      ja: 'おおむね実行しているが、事後に説明される遅延もある。',
    },
    anchor5: {
      en: 'References confirm targets met and commitments honoured, including those tied to exclusivity; slips were announced early with a recovery plan.',
      ja: '独占権に結びついた約束を含め、目標達成と約束の履行を照会先が確認している。遅れは早めに伝えられ、挽回策が示されていた。',
    },
  },
  {
    key: 'executive-backing',
    pillar: 'trustworthiness',
    scope: 'general',
    suggestedWeight: 10,
    suggestedKnockout: false,
    name: { en: 'Executive backing and a clear decision path', ja: '経営層の関与と意思決定の明確さ' },
    description: {
      en: 'Whether the interest in us is approved by the partner’s executives, who decides, and who will own the relationship, or whether it is one enthusiastic person’s project.',
      ja: '当社との取引への関心が相手の経営層に承認されたものか。誰が決め、誰が関係の責任者となるのか。一人の熱心な担当者の個人的な案件になっていないか。',
    },
    anchor1: {
      en: 'One contact drives the approach; nobody above them has met us, and who decides is unclear.',
      ja: '一人の担当者だけが話を進めており、その上司は誰も当社に会っていない。決裁者も分からない。',
    },
    anchor3: {
      en: 'A manager sponsors it and the approval route is known, but executives have not yet committed time or resources.',
      ja: '管理職が推進役となり決裁ルートも分かっているが、経営層はまだ時間も資源も割いていない。',
    },
    anchor5: {
      en: 'An executive sponsor has met us, the internal approval (ringi) is done or scheduled, and a named owner with authority will run the partnership.',
      ja: '役員クラスのスポンサーが当社と面談済みで、社内稟議は完了、または日程が確定している。権限を持つ責任者が明確に任命されている。',
    },
  },
]);
