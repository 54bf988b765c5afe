import type { terms as en } from '../en/terms';

/** Texts of the terms engine (issue 6): sentences of rights, triggers, collisions, risks and exit difficulty. */
export const terms: typeof en = {
  /** 条件交渉の操作を保存するときのエラー（src/main/handlers/terms*.ts）。 */
  errors: {
    sheetNotFound: 'ID「{{id}}」の条件書はこのディールルームにありません。',
    phaseNotFound: 'ID「{{id}}」のフェーズはこのディールルームにありません。',
    milestoneNotFound: 'ID「{{id}}」のマイルストーンはこのディールルームにありません。',
    triggerNotFound: 'ID「{{id}}」のトリガーはこのディールルームにありません。',
    commentNotFound: 'ID「{{id}}」のコメントはこのディールルームにありません。',
    sheetExists: 'この候補企業にはすでに条件書があります。新しく作らず、既存の条件書を開いてください',
    startsOnRequired: '段階的な雛形にはパイロット期間の開始日が必要です',
    endsBeforeStarts: 'フェーズの終了日は開始日（{{startsOn}}）以降にしてください',
    phaseInUse: 'このフェーズは削除できません。トリガー{{trigger}}が、このフェーズのマイルストーン{{milestone}}を条件に使っています。先にトリガーを変更または削除してください。',
    milestoneInUse: 'このマイルストーンは削除できません。トリガー{{trigger}}が条件に使っています。先にトリガーを変更または削除してください。',
    phaseOfOtherSheet: 'マイルストーンは同じ条件書のフェーズにしか移せません',
    codeTaken: 'コード「{{code}}」はこの条件書ですでに使われています',
    settledOnRequired: '達成・未達・免除とするには、結果が確定した日付が必要です',
    waivedReasonRequired: '免除する理由を入力してください',
    milestoneOfOtherSheet: 'トリガーの条件には同じ条件書のマイルストーンしか指定できません',
    milestoneTwice: 'このマイルストーンはすでに条件に含まれています',
    kRequired: '「少なくとも」の条件には、必要なマイルストーンの数を指定してください',
    kOutOfRange: '1から、条件に挙げた{{count}}件までの数にしてください',
    kOnlyForAtLeast: '数を指定できるのは「少なくとも」の条件だけです。「すべて」「いずれか」では空欄にしてください',
    noteRequired: '法務として修正を求める内容を記入してください',
    clauseNotInSheet: 'コメントの対象は、この条件書またはそのフェーズ・マイルストーン・トリガーにしてください',
  },
  /** 条件書を段階的な雛形から始めるときの名称（呼び出し側の言語で保存）。 */
  outline: {
    pilot: 'パイロット期間',
    conditional: '条件付き独占期間',
    renewal: '更新期間',
    revenue: 'パイロット目標に対する売上',
    newAccounts: '病院・診療所の新規取引先の開拓',
    businessReview: 'パイロット終了前の当社とのビジネスレビュー実施',
    grantTrigger: 'パイロット達成：条件付き独占期間の独占権付与',
    revertTrigger: 'パイロット未達：非独占への切り替え',
  },
  /** 範囲の表記（scope-sets.ts の describeScope）。 */
  scope: {
    separator: '・',
    allChannels: '全チャネル',
    allChannelsExcept: '全チャネル（{{names}}を除く）',
    placeExcept: '{{place}}（{{names}}を除く）',
  },
  /** 権利や延長の期間。 */
  duration_one: '{{count}}か月',
  duration_other: '{{count}}か月',
  tier: {
    base: 'ベース',
    stretch: 'ストレッチ',
    exceed: '超過達成',
  },
  /** トリガーの条件（コードは「M1・M2・M3」の形で並べる）。 */
  condition: {
    all_met: '{{codes}}をすべて達成',
    all_missed: '{{codes}}がすべて未達',
    any_met: '{{codes}}のいずれかを達成',
    any_missed: '{{codes}}のいずれかが未達',
    atLeast_met: '{{codes}}のうち{{k}}件以上を達成',
    atLeast_missed: '{{codes}}のうち{{k}}件以上が未達',
    single_met: '{{codes}}を達成',
    single_missed: '{{codes}}が未達',
    by: '{{date}}までに{{condition}}',
  },
  /** 権利が生じた理由、トリガーが不成立となった理由。 */
  reason: {
    met_one: '{{codes}}を達成',
    met_other: '{{codes}}を達成',
    waived_one: '{{codes}}は免除',
    waived_other: '{{codes}}は免除',
    missed_one: '{{codes}}が未達',
    missed_other: '{{codes}}が未達',
    by: '{{date}}までに{{reason}}',
  },
  trigger: {
    fired: '{{code}}：{{date}}に成立（{{condition}}）',
    waiting: '{{code}}：未成立（{{condition}}。現時点で{{needed}}件中{{got}}件）',
    lapsedImpossible: '{{code}}：不成立（{{reason}}）',
    lapsedByDate_met: '{{code}}：不成立（{{date}}までの達成は必要な{{needed}}件中{{got}}件）',
    lapsedByDate_missed: '{{code}}：不成立（{{date}}までの未達は必要な{{needed}}件中{{got}}件）',
    rule: '{{condition}}の場合：{{actions}}',
  },
  /** トリガーの効果（ルールのプレビュー用）。 */
  action: {
    grantFrom: '{{scope}}で{{date}}から{{duration}}の独占権',
    grantNextDay: '{{scope}}で条件成立の翌日から{{duration}}の独占権',
    extend: '契約期間を{{duration}}延長',
    revert: '{{scope}}を非独占に変更',
    revertAll: 'すべての独占権を非独占に変更',
    termination: '解除権の発生',
    renewal: '{{duration}}の更新オプション',
    tier: 'インセンティブを「{{tier}}」段階に移行',
  },
  /** 評価日時点で有効な権利。 */
  right: {
    phase_exclusive: '{{scope}}：{{from}}〜{{to}}の独占権（{{note}}）',
    phase_conditional: '{{scope}}：{{from}}〜{{to}}の条件付き独占権（{{note}}）',
    phase_none: '{{scope}}：{{from}}〜{{to}}の非独占の販売権（{{note}}）',
    phaseNote: '「{{phase}}」フェーズ',
    phaseNoteExtended: '「{{phase}}」フェーズ、{{codes}}により{{to}}まで延長',
    grant: '{{scope}}：{{from}}から{{duration}}（{{to}}まで）の独占権（{{trigger}}：{{reason}}）',
    reverted: '{{scope}}：{{from}}〜{{to}}は非独占（{{trigger}}：{{reason}}）',
    termination: '{{from}}から解除権あり（{{trigger}}：{{reason}}）',
    renewal: '{{from}}から{{duration}}の更新オプションあり（{{trigger}}：{{reason}}）',
    tier: '{{from}}からインセンティブは「{{tier}}」段階（{{trigger}}：{{reason}}）',
  },
  /** 同じ日に矛盾する効果。エンジンは解決せず、報告のみ行う。 */
  conflict: {
    grantRevert:
      '{{date}}、{{scope}}について{{grant}}による独占権の付与と{{revert}}による非独占への変更が重なっています。どちらを適用するか当事者間で合意するまで、この範囲は従前のままとします。',
    tiers: '{{date}}、{{a}}は「{{tierA}}」段階、{{b}}は「{{tierB}}」段階への移行を定めています。どちらを適用するか合意するまで、段階は従前のままとします。',
    extendTerminate:
      '{{date}}、{{extend}}による契約期間の延長と{{terminate}}による解除権の発生が重なっています。両方を表示していますので、どちらを優先するか当事者間で合意してください。',
  },
  /** 異なる相手先の独占権・条件付き独占権の重複。 */
  collision: {
    sentence: '{{scope}}、{{period}}：{{a}}と{{b}}が重複',
    period: '{{from}}〜{{to}}',
    holder: '{{name}}（{{exclusivity}}）',
    externalHolder: '{{name}}（{{exclusivity}}、案件「{{room}}」）',
    exclusive: '独占',
    conditional: '条件付き独占',
  },
};
