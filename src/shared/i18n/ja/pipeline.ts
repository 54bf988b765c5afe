import type { pipeline as en } from '../en/pipeline';

/** 審査ワークフロー（issue 5）のパイプライン：画面の文言と、ストアが返すエラー文。 */
export const pipeline: typeof en = {
  screen: {
    heading: '選定状況',
    intro:
      'ロングリストから正式なパートナー契約まで、各候補が今どの段階にいるかを示します。検討の進み具合に合わせて段階を進めてください。見送りには理由の記入が必要で、すべての移動は変更履歴に残ります。',
    empty: '候補はまだありません。打診してきた企業と、比較対象として探した企業を登録すると、ここで進捗を追えます。',
  },
  stage: {
    long_list: 'ロングリスト',
    screening: '一次選考',
    shortlist: 'ショートリスト',
    due_diligence: 'デューデリジェンス',
    negotiation: '条件交渉',
    pilot: 'パイロット',
    partner: 'パートナー',
    declined: '見送り',
  },
  origin: {
    unknown: '経緯未記録',
    inbound: '先方からの打診',
    outreach: '当社からの働きかけ',
    referral: '紹介',
    introducer: '仲介者経由',
  },
  approachedBy: {
    unknown: '未記録',
    they_approached_us: '先方から接触',
    we_approached_them: '当社から接触',
  },
  intake: {
    legend: '接点の経緯',
    hint: 'この企業とどのように接点を持ったかを、事実に即して記録します。特定の候補だけが先行しているように見えるとき、真っ先に確認される情報です。',
    origin: '経緯',
    approachedBy: '最初に接触した側',
    firstContactOn: '初回接触日',
    introducer: '紹介者',
    introducerHint: '紹介・仲介の場合、橋渡しをした人物または企業。',
    introducerRelationship: '紹介者と当社の関係',
    statedIntent: '先方が示した意向',
    statedIntentHint: '最初に伝えられた言葉のまま記録します（独占販売権、パイロット、特定チャネルの担当など）。',
  },
  signal: {
    executive_approval: {
      name: '経営層の承認',
      reassuring: '経営層の承認を得ている',
      warning: '探索段階で、まだ承認されていない',
      why: '役員の承認がない関心は、次の予算見直しで立ち消えになることがあります。先方の経営陣の誰がこの打診を把握し、何を了承しているのかを確認しましょう。',
    },
    committed_team: {
      name: '推進体制',
      reassuring: 'チームとして取り組んでいる',
      warning: '熱心な担当者一人に頼っている',
      why: '一人の推進役に全てがかかっていると、その人の異動とともに話が消えかねません。実際に販売・サポート・予算を担う人たちとの面談を求めましょう。',
    },
    strategic_motive: {
      name: '動機',
      reassuring: '先方の戦略に合致している',
      warning: '市場参入の足がかりが主目的',
      why: '品揃えの穴を埋めたいだけの企業は、市場づくりに投資することがまれです。今後3年の事業計画の中で当社製品がどこに位置づけられるかを尋ねましょう。',
    },
    measured_pace: {
      name: '進め方と約束',
      reassuring: '慎重な進め方で、約束も現実的',
      warning: '異例に急いでいる、または大きすぎる約束',
      why: '慎重さが重んじられる市場では、急ぎすぎること自体が注意信号です。比較検討の前に契約を迫る圧力や、守れない約束の可能性があります。数字の裏付けとなる計画を求めましょう。',
    },
    product_focus: {
      name: '当社製品への注力',
      reassuring: '当社製品に本気で注力してくれる',
      warning: '多数の取扱商品の一つにすぎない',
      why: '何十もの商材と営業の関心を奪い合う製品は、販売提携がうまくいかない典型的な原因です。営業担当一人あたりの取扱商品数と、当社製品の責任者を確認しましょう。',
    },
  },
  signals: {
    heading: '打診のシグナル',
    intro: '打診の仕方そのものが、相手企業について語っていることを記録します。確認できたことだけを記入し、まだ分からないものは「未確認」のままにしてください。',
    unknown: '未確認',
    warnings_zero: '警告の記録なし',
    warnings_one: '警告 1件',
    warnings_other: '警告 {{count}}件',
    warningsLabel: '警告のシグナル',
    inbound:
      'この企業は先方から打診してきました。関心は判断材料の一つであって、決定ではありません。担当者個人の発案で経営層の承認がまだない場合や、相性よりも当社市場へのアクセスが目当ての場合もあります。この打診がショートリストを左右する前に、以下のシグナルを確認してください。',
    seen: '確認した内容：{{note}}',
    note: '確認した内容',
    save: 'シグナルを保存',
    recorded: '{{at}} に記録',
    neverRecorded: '未記録',
  },
  compared: {
    no: '比較対象外',
    notScored: '比較対象（未採点）',
    evaluated: '比較対象・採点済み',
  },
  gate: {
    rule: '条件交渉・パイロット・パートナーの段階に進めるのは、その候補自身を含め、この案件で少なくとも{{required}}社が横並びで比較され、採点または合意スコアが付いてからです。',
    statusShort: '評価済み：{{total}}社中{{evaluated}}社。現時点で条件交渉に進めるには、理由を付けたオーバーライドが必要です。',
    statusOpen: '評価済み：{{total}}社中{{evaluated}}社で、比較の条件を満たしています。評価済みの候補は条件交渉に進めます。',
    title: '{{name}}を「{{stage}}」に進める前に比較を',
    why: 'このルールは、最初に打診してきた企業がそのままパートナーになってしまうのを防ぐためのものです。それでも進めるべき正当な理由があればオーバーライドしてください。氏名と理由が、この移動とともに変更履歴に残ります。',
    keep: '移動しない',
    override: '理由を記入してオーバーライド',
    reason: 'オーバーライドの理由',
    reasonHint: '例：この機器区分で認可を持つ唯一の輸入業者であることを、当社の薬事チームが確認済み。',
    confirm: 'オーバーライドして移動',
  },
  view: {
    label: '表示形式',
    board: 'ボード',
    list: '一覧',
  },
  board: {
    count_zero: '（候補なし）',
    count_one: '（候補 1社）',
    count_other: '（候補 {{count}}社）',
    empty: 'この段階の候補はありません',
  },
  list: {
    caption: '候補と各パイプライン段階',
    countsLabel: '段階ごとの候補数',
    columns: {
      candidate: '候補',
      stage: '段階',
      origin: '経緯',
      warnings: '打診のシグナル',
      compared: '比較',
      move: '移動先',
    },
  },
  move: {
    label: '{{name}}の移動先',
    button: '移動',
    buttonLabel: '{{name}}を移動',
    done: '{{name}}を「{{stage}}」に移動しました。',
  },
  decline: {
    title: '{{name}}を見送る',
    intro: '{{name}}を見送る理由を記入してください。理由は候補の記録と変更履歴に残り、後から判断を説明したり、状況が変わったときに見直したりできます。',
    reason: '見送りの理由',
    reasonHint: '例：関西の病院との取引がなく、販売データの共有にも応じない。',
    confirm: '見送る',
  },
  detail: {
    selectHint: '候補を選ぶと、接点の経緯、打診のシグナル、段階の履歴が表示されます。',
    close: '詳細を閉じる',
    editIntake: '経緯を編集',
    notRecorded: '未記録',
    declined: '見送り理由：{{reason}}',
  },
  history: {
    heading: '段階の履歴',
    loading: '履歴を読み込んでいます…',
    failed: '段階の履歴を読み込めませんでした：{{message}}',
    empty: '移動の記録はまだありません。',
    added: '「{{stage}}」で登録',
    moved: '「{{from}}」から「{{to}}」へ',
    reasonChanged: '見送り理由を変更',
    by: '{{actor}}（{{at}}）',
    declinedReason: '理由：{{reason}}',
    override_one: '評価済み{{count}}社の時点で比較ゲートをオーバーライド。理由：{{reason}}',
    override_other: '評価済み{{count}}社の時点で比較ゲートをオーバーライド。理由：{{reason}}',
  },
  errors: {
    gateTooFew_zero:
      '{{name}}はまだ「{{stage}}」に進められません。この案件で横並びの評価を終えた候補はまだなく、少なくとも{{required}}社が必要です。先に比較対象の評価を行うか、理由を記入してオーバーライドしてください。',
    gateTooFew_one:
      '{{name}}はまだ「{{stage}}」に進められません。この案件で横並びの評価を終えた候補は1社のみで、少なくとも{{required}}社が必要です。比較対象の評価を進めるか、理由を記入してオーバーライドしてください。',
    gateTooFew_other:
      '{{name}}はまだ「{{stage}}」に進められません。この案件で横並びの評価を終えた候補は{{count}}社のみで、少なくとも{{required}}社が必要です。比較対象の評価を進めるか、理由を記入してオーバーライドしてください。',
    gateMoverNotEvaluated_zero:
      '{{name}}はまだ「{{stage}}」に進められません。{{name}}自身も含め、この案件で横並びの評価を終えた候補はまだありません。{{name}}を含む少なくとも{{required}}社の評価が必要です。先に評価を行うか、理由を記入してオーバーライドしてください。',
    gateMoverNotEvaluated_one:
      '{{name}}はまだ「{{stage}}」に進められません。{{name}}自身が横並びで評価されていません（評価済みは他の1社のみ）。{{name}}を含む少なくとも{{required}}社の評価が必要です。先に評価を行うか、理由を記入してオーバーライドしてください。',
    gateMoverNotEvaluated_other:
      '{{name}}はまだ「{{stage}}」に進められません。{{name}}自身が横並びで評価されていません（評価済みは他の{{count}}社）。{{name}}を含む少なくとも{{required}}社の評価が必要です。先に評価を行うか、理由を記入してオーバーライドしてください。',
    declineReasonRequired: '候補を見送るには理由の記入が必要です',
    overrideReasonRequired: 'オーバーライドには理由の記入が必要です',
  },
};
