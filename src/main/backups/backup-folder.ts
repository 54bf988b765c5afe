/**
 * The backups of a data folder: <dataDir>/backups/<id>/ with rooms/ (a
 * consistent copy of each room file and its evidence folder), settings.json,
 * people.json (profiles and approval routes) and manifest.json. A backup is written under a hidden name and renamed into
 * place, so a crash never leaves a backup that looks whole but is not.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../../package.json';
import { BACKUP_ID_PATTERN, type BackupSummary } from '../../shared/api/contract-backups';
import { fsyncDirectory, writeFileAtomically } from '../store/atomic-file';
import type { DataDir } from '../store/data-dir';
import { evidenceDirOf } from '../store/evidence-blobs';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { ROOM_FILE_EXTENSION } from '../store/room-id';
import { markerFileOf } from '../store/room-encryption-marker';
import { PEOPLE_FILE_NAME } from '../store/people-store';
import { SETTINGS_FILE_NAME } from '../store/settings-file';
import { BACKUP_FORMAT_VERSION, BackupManifest, MANIFEST_FILE_NAME, type BackupRoomEntry } from './backup-manifest';

const CREATING_PREFIX = '.creating-';

export function backupsDirOf(store: DataDir): string {
  return join(store.dir, 'backups');
}

export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function folderSize(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderSize(join(path, name)), 0);
}

/** The id for a backup made at `now`: its time, with a counter when that folder already exists. */
function freshBackupId(backupsDir: string, now: Date): string {
  const base = now.toISOString().replace(/[:.]/g, '-');
  if (!existsSync(join(backupsDir, base))) return base;
  for (let n = 2; n < 1000; n++) if (!existsSync(join(backupsDir, `${base}-${n}`))) return `${base}-${n}`;
  throw new Error(`too many backups at ${base}`);
}

/** Copies one room into `roomsCopy`; a room that cannot be opened is copied as it is, so it is not lost. */
function copyRoom(store: DataDir, id: string, roomsCopy: string): BackupRoomEntry {
  const file = `${id}${ROOM_FILE_EXTENSION}`;
  const target = join(roomsCopy, file);
  let name: string | null = null;
  let updatedAt: string | null = null;
  try {
    // Described from the copy itself: another process may be writing to the room meanwhile.
    ({ name, updatedAt } = store.room(id).copyTo(target));
  } catch (err) {
    store.log('warn', `room ${id} could not be opened for a backup; its file is copied as it is`, err);
    rmSync(target, { force: true });
    copyFileSync(store.roomFile(id), target);
  }
  // An encrypted room's copy stays encrypted with the same key (VACUUM INTO); its marker goes with it.
  const marker = markerFileOf(store.roomFile(id));
  if (existsSync(marker)) copyFileSync(marker, markerFileOf(target));
  const evidence = evidenceDirOf(store.roomsDir, id);
  const evidenceFiles = existsSync(evidence) ? readdirSync(evidence).sort() : [];
  if (existsSync(evidence)) cpSync(evidence, evidenceDirOf(roomsCopy, id), { recursive: true });
  return { id, name, updatedAt, file, size: statSync(target).size, sha256: fileSha256(target), evidenceFiles };
}

/** A backup of every room, the evidence files and the settings, made now. */
export function createBackup(store: DataDir, now: Date = new Date()): BackupSummary {
  const backupsDir = backupsDirOf(store);
  mkdirSync(backupsDir, { recursive: true });
  const id = freshBackupId(backupsDir, now);
  const draft = join(backupsDir, `${CREATING_PREFIX}${id}`);
  rmSync(draft, { recursive: true, force: true });
  const roomsCopy = join(draft, 'rooms');
  mkdirSync(roomsCopy, { recursive: true });
  try {
    const rooms = store.roomIds().map((roomId) => copyRoom(store, roomId, roomsCopy));
    const settingsFile = join(store.dir, SETTINGS_FILE_NAME);
    const settings = existsSync(settingsFile);
    if (settings) copyFileSync(settingsFile, join(draft, SETTINGS_FILE_NAME));
    const peopleFile = join(store.dir, PEOPLE_FILE_NAME);
    const people = existsSync(peopleFile);
    if (people) copyFileSync(peopleFile, join(draft, PEOPLE_FILE_NAME));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT_VERSION,
      appVersion: packageJson.version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      createdAt: now.toISOString(),
      settings,
      people,
      rooms,
    };
    writeFileAtomically(join(draft, MANIFEST_FILE_NAME), `${JSON.stringify(BackupManifest.parse(manifest), null, 2)}\n`);
    renameSync(draft, join(backupsDir, id));
    fsyncDirectory(backupsDir);
  } catch (err) {
    rmSync(draft, { recursive: true, force: true });
    throw err;
  }
  pruneBackups(store);
  return summaryOf(store, id);
}

/** Ids of the finished backups, newest first (ids sort by time). */
export function backupIds(store: DataDir): string[] {
  const backupsDir = backupsDirOf(store);
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => BACKUP_ID_PATTERN.test(name) && statSync(join(backupsDir, name)).isDirectory())
    .sort()
    .reverse();
}

export function backupFolder(store: DataDir, id: string): string {
  return join(backupsDirOf(store), id);
}

export function hasBackup(store: DataDir, id: string): boolean {
  return backupIds(store).includes(id);
}

export type ManifestReading = { ok: true; manifest: BackupManifest } | { ok: false; reason: 'missing' | 'damaged' };

export function readManifest(store: DataDir, id: string): ManifestReading {
  const path = join(backupFolder(store, id), MANIFEST_FILE_NAME);
  if (!existsSync(path)) return { ok: false, reason: 'missing' };
  try {
    const parsed = BackupManifest.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? { ok: true, manifest: parsed.data } : { ok: false, reason: 'damaged' };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

export function summaryOf(store: DataDir, id: string): BackupSummary {
  const reading = readManifest(store, id);
  const size = folderSize(backupFolder(store, id));
  if (!reading.ok) return { id, createdAt: null, rooms: 0, size, readable: false };
  return { id, createdAt: reading.manifest.createdAt, rooms: reading.manifest.rooms.length, size, readable: true };
}

export function deleteBackup(store: DataDir, id: string): void {
  rmSync(backupFolder(store, id), { recursive: true, force: true });
  fsyncDirectory(backupsDirOf(store));
}

/** Keeps the newest `keep` backups (settings) and removes the rest, with any draft a crash left behind. */
export function pruneBackups(store: DataDir): string[] {
  const backupsDir = backupsDirOf(store);
  if (!existsSync(backupsDir)) return [];
  const { keep } = store.settings().backups;
  const removed = backupIds(store).slice(keep);
  for (const id of removed) rmSync(join(backupsDir, id), { recursive: true, force: true });
  for (const name of readdirSync(backupsDir)) {
    if (name.startsWith(CREATING_PREFIX)) rmSync(join(backupsDir, name), { recursive: true, force: true });
  }
  if (removed.length > 0) fsyncDirectory(backupsDir);
  return removed;
}
