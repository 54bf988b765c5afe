/** Contract operations of issue 7 (executive output): backups of the data folder and restore. */
import { z } from 'zod';
import { Deleted, op } from './contract-op';

/** A backup's folder name: its creation time, safe in a file name (with a counter when two share a millisecond). */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d{1,3})?$/;
export const BackupId = z.string().regex(BACKUP_ID_PATTERN);

export const BackupSummary = z.object({
  id: z.string(),
  /** From the manifest; null when the manifest cannot be read. */
  createdAt: z.string().nullable(),
  rooms: z.number().int().min(0),
  /** Bytes of every file in the backup. */
  size: z.number().int().min(0),
  /** False when the manifest is missing or damaged: such a backup can only be deleted. */
  readable: z.boolean(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const RestoreStatus = z.enum(['same', 'changed', 'onlyInBackup', 'onlyNow']);
export type RestoreStatus = z.infer<typeof RestoreStatus>;

/** One deal-room as a restore would treat it: as it is in the backup and as it is now. */
export const RestorePreviewRow = z.object({
  roomId: z.string(),
  status: RestoreStatus,
  backupName: z.string().nullable(),
  backupUpdatedAt: z.string().nullable(),
  currentName: z.string().nullable(),
  currentUpdatedAt: z.string().nullable(),
});
export type RestorePreviewRow = z.infer<typeof RestorePreviewRow>;

export const RestorePreview = z.object({ backup: BackupSummary, rooms: z.array(RestorePreviewRow) });
export type RestorePreview = z.infer<typeof RestorePreview>;

export const backupsOps = {
  'backups.list': op(z.strictObject({}), z.array(BackupSummary)),
  'backups.create': op(z.strictObject({}), BackupSummary),
  'backups.preview': op(z.strictObject({ backupId: BackupId }), RestorePreview),
  /** Replaces every room with the backup's; the state before is kept first as a safety backup. */
  'backups.restore': op(
    z.strictObject({ backupId: BackupId, confirm: z.literal(true) }),
    z.object({ restoredRooms: z.number().int().min(0), safetyBackupId: z.string() }),
  ),
  'backups.delete': op(z.strictObject({ backupId: BackupId }), Deleted),
} as const;
