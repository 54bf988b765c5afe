/**
 * manifest.json of a backup folder: what it holds and the hash of every room
 * file, so a restore can prove the copy is whole before it replaces anything.
 */
import { z } from 'zod';

export const MANIFEST_FILE_NAME = 'manifest.json';
export const BACKUP_FORMAT_VERSION = 1;

export const BackupRoomEntry = z.object({
  id: z.string().min(1),
  /** Null when the room file could not be opened and was copied as it was. */
  name: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The room file's name inside the backup's rooms/ folder. */
  file: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Names of the room's evidence files (each named by its own SHA-256). */
  evidenceFiles: z.array(z.string()),
});
export type BackupRoomEntry = z.infer<typeof BackupRoomEntry>;

export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT_VERSION),
  appVersion: z.string().max(50),
  /** The newest room schema this app writes; a backup from a newer one is refused. */
  schemaVersion: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  settings: z.boolean(),
  /** Whether people.json (profiles and approval routes, issue 8) was copied; manifests written before it say nothing. */
  people: z.boolean().default(false),
  rooms: z.array(BackupRoomEntry),
});
export type BackupManifest = z.infer<typeof BackupManifest>;
