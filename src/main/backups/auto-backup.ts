/**
 * The automatic backups: at start-up when the newest backup is older than the
 * interval in the settings. A failed automatic backup is logged, never in the
 * way of opening the app.
 */
import type { DataDir } from '../store/data-dir';
import { backupIds, createBackup, readManifest } from './backup-folder';

/** True when no readable backup is younger than the interval. */
export function backupIsDue(store: DataDir, now: Date): boolean {
  const newest = backupIds(store)
    .map((id) => readManifest(store, id))
    .find((reading) => reading.ok);
  if (!newest?.ok) return true;
  const ageMs = now.getTime() - Date.parse(newest.manifest.createdAt);
  return ageMs >= store.settings().backups.intervalHours * 3_600_000;
}

/** Makes a backup when one is due; returns its id, or null when none was needed or it failed. */
export function backupIfDue(store: DataDir, now: Date = new Date()): string | null {
  try {
    return backupIsDue(store, now) ? createBackup(store, now).id : null;
  } catch (err) {
    store.log('error', 'the automatic backup failed', err);
    return null;
  }
}

/** After a room arrives from outside (an import), a backup records the state with it. */
export function backupAfterImport(store: DataDir): void {
  try {
    createBackup(store);
  } catch (err) {
    store.log('error', 'the backup after an import failed', err);
  }
}
