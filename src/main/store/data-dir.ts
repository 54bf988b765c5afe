/**
 * The data directory: settings.json and one SQLite file per deal-room in
 * rooms/<id>.shinrai. One file per room means a damaged or newer file costs
 * only that room, and a room can be backed up or sent as a single file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DealRoomFile } from '../../shared/domain/deal-room-file';
import { detailFromFile } from '../../shared/domain/deal-room-file-mapping';
import { Settings } from '../../shared/domain/entities';
import type { Logger } from '../dispatcher';
import { DomainError } from '../handlers/domain-error';
import { fsyncDirectory } from './atomic-file';
import { evidenceDirOf } from './evidence-blobs';
import { OpenRoomCache } from './open-room-cache';
import { openPeopleStore, type PeopleStore } from './people-store';
import { createRoomFile, openRoomFile, type SqliteOptions } from './room-file';
import { isRoomId, newId, ROOM_FILE_EXTENSION, roomIdOfFileName } from './room-id';
import { writeImportedRoom } from './room-import';
import { RoomStore } from './room-store';
import { sampleDealRoomFile } from './sample-deal-room';
import { readSettings, SETTINGS_FILE_NAME, writeSettings } from './settings-file';

export interface DataDirOptions {
  dataDir: string;
  /** A better-sqlite3 build for Electron's ABI; tests and the CLI use the default. */
  nativeBinding?: string;
  /** Import the sample deal-room when the directory is opened for the first time (default true). */
  seedSample?: boolean;
}

export interface DataDir {
  readonly dir: string;
  readonly roomsDir: string;
  /** Where handlers report what a caller should not see (a bug's details). */
  readonly log: Logger;
  settings(): Settings;
  updateSettings(patch: Partial<Settings>): Settings;
  /** people.json: profiles, approval routes and who is acting (shared by every room). */
  readonly people: PeopleStore;
  /** Ids of every deal-room file, healthy or not, sorted. */
  roomIds(): string[];
  hasRoom(id: string): boolean;
  roomFile(id: string): string;
  /** The open room; throws not_found, newer_database or unreadable_database. */
  room(id: string): RoomStore;
  /**
   * Creates a room file whole: `fill` writes into a hidden file that becomes
   * the room only when it succeeded, so a failure leaves no room behind.
   */
  createRoom(id: string, fill: (room: RoomStore) => void): RoomStore;
  /** A new room holding the file's deal-room, with fresh ids. */
  importRoom(file: DealRoomFile, actor: string): RoomStore;
  /** Closes the room and removes its file (with -wal and -shm). */
  deleteRoom(id: string): void;
  close(): void;
}

/** The actor recorded for what Shinrai does by itself (seeding the sample). */
export const SYSTEM_ACTOR = 'Shinrai';

/** Suffix of a room file being created; never listed, removed at the next open if left over. */
const CREATING_SUFFIX = '.creating';
const SIDE_FILES = ['-wal', '-shm', '-journal'];

function removeWithSideFiles(file: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(`${file}${suffix}`, { force: true });
}

export function roomNotFound(id: string, path = 'dealRoomId'): DomainError {
  return new DomainError('not_found', 'notFound.dealRoom', { id }, path);
}

export function openDataDir(options: DataDirOptions, log: Logger): DataDir {
  const dir = resolve(options.dataDir);
  const roomsDir = join(dir, 'rooms');
  const settingsPath = join(dir, SETTINGS_FILE_NAME);
  const sqlite: SqliteOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const isNew = !existsSync(settingsPath);
  mkdirSync(roomsDir, { recursive: true });

  // A crash while a room was being created leaves its hidden file: it never became a room.
  for (const name of readdirSync(roomsDir)) {
    if (name.startsWith('.') && name.includes(CREATING_SUFFIX)) rmSync(join(roomsDir, name), { force: true });
  }

  const cache = new OpenRoomCache();
  let current = readSettings(settingsPath, log);

  const roomFile = (id: string) => join(roomsDir, `${id}${ROOM_FILE_EXTENSION}`);
  const hasRoom = (id: string) => isRoomId(id) && existsSync(roomFile(id));

  const store: DataDir = {
    dir,
    roomsDir,
    log,
    settings: () => ({ ...current }),
    updateSettings(patch) {
      // A key given as undefined means "leave it", not "erase it".
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = Settings.parse({ ...current, ...given });
      writeSettings(settingsPath, next);
      current = next;
      return { ...current };
    },
    people: openPeopleStore(dir, log),
    roomIds: () =>
      readdirSync(roomsDir)
        .map(roomIdOfFileName)
        .filter((id): id is string => id !== undefined)
        .sort(),
    hasRoom,
    roomFile,
    room(id) {
      if (!isRoomId(id)) throw roomNotFound(id);
      const open = cache.get(id);
      if (open) return open;
      const file = roomFile(id);
      if (!existsSync(file)) throw roomNotFound(id);
      return cache.add(new RoomStore(id, file, openRoomFile(file, sqlite)));
    },
    createRoom(id, fill) {
      if (!isRoomId(id)) throw new Error(`"${id}" cannot name a deal-room file`);
      const file = roomFile(id);
      if (existsSync(file)) throw new Error(`a deal-room file for "${id}" already exists`);
      const draftFile = join(roomsDir, `.${id}${CREATING_SUFFIX}`);
      removeWithSideFiles(draftFile);
      const draft = new RoomStore(id, draftFile, createRoomFile(draftFile, sqlite));
      try {
        fill(draft);
      } catch (err) {
        draft.close();
        removeWithSideFiles(draftFile);
        throw err;
      }
      // Closing the last connection checkpoints the WAL into the file and removes it.
      draft.close();
      renameSync(draftFile, file);
      fsyncDirectory(roomsDir);
      return cache.add(new RoomStore(id, file, openRoomFile(file, sqlite)));
    },
    importRoom(file, actor) {
      const detail = detailFromFile(file, { newId, now: new Date().toISOString() });
      return store.createRoom(detail.dealRoom.id, (room) => writeImportedRoom(room, detail, file, actor));
    },
    deleteRoom(id) {
      if (!hasRoom(id)) throw roomNotFound(id);
      cache.evict(id);
      removeWithSideFiles(roomFile(id));
      rmSync(evidenceDirOf(roomsDir, id), { recursive: true, force: true });
      fsyncDirectory(roomsDir);
      if (current.lastDealRoomId === id) store.updateSettings({ lastDealRoomId: null });
    },
    close: () => cache.closeAll(),
  };

  if (isNew) {
    // Only a directory's first opening seeds it: a user who deletes the sample keeps it deleted.
    let settings = current;
    if (options.seedSample ?? true) {
      try {
        const sample = store.importRoom(sampleDealRoomFile(), SYSTEM_ACTOR);
        settings = { ...settings, lastDealRoomId: sample.id };
      } catch (err) {
        log('error', 'the sample deal-room could not be imported', err);
      }
    }
    store.updateSettings(settings);
  }
  return store;
}
