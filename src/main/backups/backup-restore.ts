/**
 * Restoring a backup: first what it would replace (preview), then the swap.
 * The backup is checked whole (manifest, versions, every room file's hash)
 * before anything changes; the current state is kept as a safety backup, so
 * rooms created since the backup are set aside, not lost.
 */
import { cpSync, existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RestorePreview, RestorePreviewRow } from '../../shared/api/contract-backups';
import { DomainError } from '../handlers/domain-error';
import { fsyncDirectory } from '../store/atomic-file';
import type { DataDir } from '../store/data-dir';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { backupFolder, createBackup, fileSha256, hasBackup, readManifest, summaryOf } from './backup-folder';
import type { BackupManifest } from './backup-manifest';

function unknownBackup(id: string): DomainError {
  return new DomainError('not_found', 'backups:errors.unknownBackup', { id }, 'backupId');
}

/** The backup's manifest once every check passed; throws a worded refusal otherwise. */
export function verifiedManifest(store: DataDir, id: string): BackupManifest {
  if (!hasBackup(store, id)) throw unknownBackup(id);
  const reading = readManifest(store, id);
  if (!reading.ok) throw new DomainError('unreadable_database', 'backups:errors.damagedManifest', { id }, 'backupId');
  const manifest = reading.manifest;
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new DomainError(
      'newer_database',
      'backups:errors.newerBackup',
      { id, appVersion: manifest.appVersion, theirs: manifest.schemaVersion, ours: LATEST_SCHEMA_VERSION },
      'backupId',
    );
  }
  const roomsCopy = join(backupFolder(store, id), 'rooms');
  // The rooms folder is copied whole into place: a link in it would make the app write wherever it points.
  const link = existsSync(roomsCopy) && lstatSync(roomsCopy).isSymbolicLink() ? 'rooms' : firstLinkIn(roomsCopy);
  if (link !== undefined) throw new DomainError('unreadable_database', 'backups:errors.linkInBackup', { id, file: link }, 'backupId');
  for (const room of manifest.rooms) {
    // A manifest names files inside rooms/ only; "../x" would have the hash of a file elsewhere checked instead.
    if (basename(room.file) !== room.file || room.file.includes('\\') || room.file.startsWith('.'))
      throw new DomainError('unreadable_database', 'backups:errors.damagedManifest', { id }, 'backupId');
    const path = join(roomsCopy, room.file);
    if (!existsSync(path) || fileSha256(path) !== room.sha256) {
      throw new DomainError('unreadable_database', 'backups:errors.fileChanged', { id, file: room.file }, 'backupId');
    }
  }
  return manifest;
}

/** The first symbolic link under `dir`, as a path relative to it, if there is one. */
function firstLinkIn(dir: string, prefix = ''): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir)) {
    const stat = lstatSync(join(dir, name));
    if (stat.isSymbolicLink()) return `${prefix}${name}`;
    if (stat.isDirectory()) {
      const inner = firstLinkIn(join(dir, name), `${prefix}${name}/`);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

interface CurrentRoom {
  name: string | null;
  updatedAt: string | null;
}

function currentRooms(store: DataDir): Map<string, CurrentRoom> {
  const out = new Map<string, CurrentRoom>();
  for (const id of store.roomIds()) {
    try {
      const room = store.room(id).dealRoom();
      out.set(id, { name: room.name, updatedAt: room.updatedAt });
    } catch {
      // A damaged room is still a room the restore would replace or set aside.
      out.set(id, { name: null, updatedAt: null });
    }
  }
  return out;
}

export function previewRestore(store: DataDir, id: string): RestorePreview {
  const manifest = verifiedManifest(store, id);
  const now = currentRooms(store);
  const rows: RestorePreviewRow[] = manifest.rooms.map((room) => {
    const current = now.get(room.id);
    const same = current !== undefined && current.updatedAt === room.updatedAt && current.name === room.name && room.updatedAt !== null;
    return {
      roomId: room.id,
      status: current === undefined ? 'onlyInBackup' : same ? 'same' : 'changed',
      backupName: room.name,
      backupUpdatedAt: room.updatedAt,
      currentName: current?.name ?? null,
      currentUpdatedAt: current?.updatedAt ?? null,
    };
  });
  const inBackup = new Set(manifest.rooms.map((r) => r.id));
  for (const [roomId, current] of now) {
    if (inBackup.has(roomId)) continue;
    rows.push({ roomId, status: 'onlyNow', backupName: null, backupUpdatedAt: null, currentName: current.name, currentUpdatedAt: current.updatedAt });
  }
  return { backup: summaryOf(store, id), rooms: rows };
}

/** Replaces the rooms folder with the backup's copy; returns the safety backup of what was there. */
export function restoreBackup(store: DataDir, id: string): { restoredRooms: number; safetyBackupId: string } {
  const manifest = verifiedManifest(store, id);
  // Copied beside the rooms folder first, so the swap is two renames on one volume.
  const staging = join(store.dir, `.restoring-${id}`);
  rmSync(staging, { recursive: true, force: true });
  cpSync(join(backupFolder(store, id), 'rooms'), staging, { recursive: true });
  let safetyBackupId: string;
  try {
    safetyBackupId = createBackup(store).id;
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  // Every connection is closed before its file is swapped away; rooms reopen on their next use.
  store.close();
  const aside = join(store.dir, `.replaced-${safetyBackupId}`);
  renameSync(store.roomsDir, aside);
  try {
    renameSync(staging, store.roomsDir);
  } catch (err) {
    renameSync(aside, store.roomsDir);
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  fsyncDirectory(store.dir);
  rmSync(aside, { recursive: true, force: true });
  const last = store.settings().lastDealRoomId;
  if (last !== null && !store.hasRoom(last)) store.updateSettings({ lastDealRoomId: manifest.rooms[0]?.id ?? null });
  return { restoredRooms: manifest.rooms.length, safetyBackupId };
}
