import type { backups as en } from '../en/backups';

/** backups（issue 7）の文言。 */
export const backups: typeof en = {
  open: 'バックアップ…',
  title: 'バックアップ',
  intro: '各バックアップには、すべてのディールルーム、証憑ファイル、設定の完全なコピーが含まれ、データフォルダ内に保管されます。',
  backUpNow: '今すぐバックアップ',
  none: 'バックアップはまだありません。前回のバックアップが下記の間隔より古い場合、起動時に自動で作成されます。',
  listCaption: 'バックアップ一覧（新しい順）',
  damaged: '破損したバックアップ',
  columns: {
    createdAt: '作成日時',
    rooms: 'ディールルーム数',
    size: 'サイズ',
    actions: '操作',
  },
  restore: '復元…',
  restoreLabel: '{{when}} のバックアップを復元',
  delete: '削除',
  deleteLabel: '{{when}} のバックアップを削除',
  preview: {
    title: '{{when}} のバックアップを復元',
    intro: '以下のディールルームは、バックアップ内のコピーに置き換えられます。続行する前に変更内容をご確認ください。',
    caption: '復元により置き換えられる内容',
    keptAside:
      '現在のみ存在するディールルームは一覧から外れますが、失われることはありません。復元の前に現在の状態をバックアップするため、そこから復元できます。',
    back: '一覧に戻る',
    restore: 'このバックアップを復元…',
    columns: {
      room: 'ディールルーム',
      status: '復元後の扱い',
      inBackup: 'バックアップ時点',
      now: '現在',
    },
  },
  status: {
    same: '変更なし',
    changed: '変更あり（置き換え）',
    onlyInBackup: 'バックアップのみ（復活）',
    onlyNow: '現在のみ（退避）',
  },
  confirm: {
    title: 'このバックアップを復元しますか？',
    message: 'ディールルームは {{when}} のバックアップの内容に置き換えられます。その前に現在の状態のバックアップを作成します。',
    action: '復元する',
  },
  deleteConfirm: {
    title: 'このバックアップを削除しますか？',
    message: '{{when}} のバックアップをデータフォルダから削除します。この操作は元に戻せません。',
  },
  settings: {
    heading: '自動バックアップ',
    interval: '起動時にバックアップする間隔（時間）',
    intervalHint: 'ディールルームを取り込んだ後にも作成されます。',
    keep: '保持するバックアップ数',
    keepHint: '新しいバックアップの作成後、古いものから削除されます。',
    save: 'バックアップ設定を保存',
    saved: '保存しました。',
  },
  errors: {
    unknownBackup: 'バックアップ「{{id}}」は見つかりません。',
    damagedManifest: 'バックアップ「{{id}}」は使用できません。マニフェストが見つからないか破損しています。何も変更されていません。',
    newerBackup:
      'バックアップ「{{id}}」は新しいバージョンの Shinrai（{{appVersion}}、スキーマ {{theirs}}）で作成されています。このバージョンが読み込めるのはスキーマ {{ours}} までです。何も変更されていません。',
    linkInBackup: 'バックアップ「{{id}}」は使用できません。{{file}} はディスク上の別の場所へのリンクで、Shinrai がバックアップに含めることはありません。何も変更されていません。',
    fileChanged: 'バックアップ「{{id}}」は使用できません。{{file}} がマニフェストのハッシュと一致しません。何も変更されていません。',
  },
};
