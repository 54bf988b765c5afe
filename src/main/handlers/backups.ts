/** Backups of the data folder and restore (issue 7): handlers over src/main/backups. */
import type { Handlers } from '../../shared/api/contract';
import { backupIds, createBackup, deleteBackup, hasBackup, summaryOf } from '../backups/backup-folder';
import { previewRestore, restoreBackup } from '../backups/backup-restore';
import type { DataDir } from '../store/data-dir';
import { DomainError } from './domain-error';

type BackupOps = 'backups.list' | 'backups.create' | 'backups.preview' | 'backups.restore' | 'backups.delete';

export function backupsHandlers(store: DataDir): Pick<Handlers, BackupOps> {
  return {
    'backups.list': () => backupIds(store).map((id) => summaryOf(store, id)),
    'backups.create': () => createBackup(store),
    'backups.preview': ({ backupId }) => previewRestore(store, backupId),
    'backups.restore': ({ backupId }) => restoreBackup(store, backupId),
    'backups.delete': ({ backupId }) => {
      if (!hasBackup(store, backupId)) throw new DomainError('not_found', 'backups:errors.unknownBackup', { id: backupId }, 'backupId');
      deleteBackup(store, backupId);
      return { deleted: true as const };
    },
  };
}
