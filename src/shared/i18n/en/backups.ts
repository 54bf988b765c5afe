/** Texts of the backups area (issue 7): screens, and the store's messages under errors. */
export const backups = {
  open: 'Backups…',
  title: 'Backups',
  intro: 'Each backup is a complete copy of every deal-room, its evidence files and the settings, kept in the data folder.',
  backUpNow: 'Back up now',
  none: 'No backups yet. The app makes one at start when the last one is older than the interval below.',
  listCaption: 'Backups, newest first',
  damaged: 'Damaged backup',
  columns: {
    createdAt: 'Made on',
    rooms: 'Deal-rooms',
    size: 'Size',
    actions: 'Actions',
  },
  restore: 'Restore…',
  restoreLabel: 'Restore the backup of {{when}}',
  delete: 'Delete',
  deleteLabel: 'Delete the backup of {{when}}',
  preview: {
    title: 'Restore the backup of {{when}}',
    intro: 'Every deal-room below is replaced by its copy in the backup. Check what would change before you go on.',
    caption: 'What the restore would replace',
    keptAside:
      'Deal-rooms that exist only now are removed from the list, but not lost: the restore first makes a backup of the current state, from which they can be restored.',
    back: 'Back to the list',
    restore: 'Restore this backup…',
    columns: {
      room: 'Deal-room',
      status: 'What happens',
      inBackup: 'In the backup',
      now: 'Now',
    },
  },
  status: {
    same: 'Unchanged',
    changed: 'Changed since — replaced',
    onlyInBackup: 'Only in the backup — brought back',
    onlyNow: 'Only now — set aside',
  },
  confirm: {
    title: 'Restore this backup?',
    message: 'The deal-rooms will be replaced by the backup of {{when}}. A backup of the current state is made first.',
    action: 'Restore',
  },
  deleteConfirm: {
    title: 'Delete this backup?',
    message: 'The backup of {{when}} will be removed from the data folder. This cannot be undone.',
  },
  settings: {
    heading: 'Automatic backups',
    interval: 'Back up at start when the last backup is older than (hours)',
    intervalHint: 'Also after every deal-room import.',
    keep: 'Backups to keep',
    keepHint: 'Older ones are removed after each new backup.',
    save: 'Save backup settings',
    saved: 'Saved.',
  },
  errors: {
    unknownBackup: 'There is no backup "{{id}}".',
    damagedManifest: 'The backup "{{id}}" cannot be used: its manifest is missing or damaged. Nothing was changed.',
    newerBackup:
      'The backup "{{id}}" was made by a newer version of Shinrai ({{appVersion}}, schema {{theirs}}); this version reads schema {{ours}} and older. Nothing was changed.',
    linkInBackup: 'The backup "{{id}}" cannot be used: {{file}} is a link to another place on the disk, which Shinrai never puts in a backup. Nothing was changed.',
    fileChanged: 'The backup "{{id}}" cannot be used: {{file}} no longer matches the hash in its manifest. Nothing was changed.',
  },
};
