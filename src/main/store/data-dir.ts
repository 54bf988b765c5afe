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
import { sessionKeyKeeper, type KeyKeeper } from './key-keeper';
import { readEncryptionMarker, removeEncryptionMarker, writeEncryptionMarker, markerFileOf } from './room-encryption-marker';
import { hasPlainSqliteHeader, removeRoomCopy, writeDecryptedCopy, writeEncryptedCopy } from './room-encryption';
import { keyFingerprint, type RoomKey } from './room-key';
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
  /** Where keys of encrypted rooms are kept (default: for this process only). */
  keyKeeper?: KeyKeeper;
}

/** 'none': a plain file; 'encrypted': encrypted and its key is at hand; 'locked': encrypted, key not at hand. */
export type RoomEncryption = 'none' | 'encrypted' | 'locked';

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
  readonly keys: KeyKeeper;
  encryptionOf(id: string): RoomEncryption;
  /** Re-writes a plain room encrypted with `key` (kept by `keys`), logging it as `actor`. */
  encryptRoom(id: string, key: RoomKey, actor: string): RoomStore;
  /** Re-writes an encrypted room as a plain file, logging it as `actor`. */
  decryptRoom(id: string, actor: string): RoomStore;
  /** Opens a locked room with its key, which `keys` then keeps; throws wrong_recovery_key. */
  unlockRoom(id: string, key: RoomKey): RoomStore;
  /** Closes an encrypted room and forgets its key here, until it is unlocked again. */
  lockRoom(id: string): void;
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

export function roomLocked(id: string, path = 'dealRoomId'): DomainError {
  return new DomainError('room_locked', 'encryption.locked', { id }, path);
}

/** The encryption note in a room's change log: what changed, not the key. */
const ENCRYPTION_FIELD = 'encryption';
const ENCRYPTED_WITH = 'sqlcipher-4';

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
  const keys = options.keyKeeper ?? sessionKeyKeeper();

  /** Whether the room file is encrypted: a marker beside it and no plain header (a stale marker is removed). */
  const isEncrypted = (file: string): boolean => {
    if (!readEncryptionMarker(file)) return false;
    if (!hasPlainSqliteHeader(file)) return true;
    // Left by a crash between writing the marker and renaming the encrypted copy in, or after a decryption.
    removeEncryptionMarker(file);
    return false;
  };

  /** Swaps a re-keyed copy in for the room's file: the old connection is closed first, its WAL folded in. */
  const swapIn = (id: string, copy: string) => {
    cache.evict(id);
    const file = roomFile(id);
    for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true });
    renameSync(copy, file);
    fsyncDirectory(roomsDir);
  };

  /**
   * Writes the room re-keyed (encrypted with `key`, or decrypted from it) into a hidden copy beside it, with
   * the change noted in the copy's own log; returns the copy's path, closed and ready to be swapped in.
   */
  const rekeyedCopy = (id: string, actor: string, way: 'encrypt' | 'decrypt', key: RoomKey): string => {
    const file = roomFile(id);
    const copyFile = join(roomsDir, `.${id}${CREATING_SUFFIX}-rekeyed`);
    // Closing the open connection folds its WAL into the file, so the copy reads everything committed.
    cache.evict(id);
    const source = way === 'encrypt' ? openRoomFile(file, sqlite) : openRoomFile(file, sqlite, key);
    let copy: RoomStore;
    try {
      copy =
        way === 'encrypt'
          ? new RoomStore(id, copyFile, writeEncryptedCopy(source, copyFile, key, sqlite), true)
          : new RoomStore(id, copyFile, writeDecryptedCopy(source, copyFile, key, sqlite));
    } finally {
      source.close();
    }
    try {
      const [before, after] = way === 'encrypt' ? [null, ENCRYPTED_WITH] : [ENCRYPTED_WITH, null];
      copy.change(actor, (tx) => tx.note('dealRoom', id, ENCRYPTION_FIELD, before, after));
    } finally {
      copy.close();
    }
    return copyFile;
  };
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
      if (!isEncrypted(file)) return cache.add(new RoomStore(id, file, openRoomFile(file, sqlite)));
      const key = keys.get(id);
      if (!key) throw roomLocked(id);
      return cache.add(new RoomStore(id, file, openRoomFile(file, sqlite, key), true));
    },
    keys,
    encryptionOf(id) {
      if (!hasRoom(id) || !isEncrypted(roomFile(id))) return 'none';
      return keys.get(id) ? 'encrypted' : 'locked';
    },
    encryptRoom(id, key, actor) {
      const room = store.room(id);
      if (room.encrypted) throw new DomainError('rule_violation', 'encryption.alreadyEncrypted', {}, 'dealRoomId');
      const file = roomFile(id);
      const copyFile = rekeyedCopy(id, actor, 'encrypt', key);
      // The key is kept and the marker written before the swap: from then on, whichever file a crash leaves opens.
      keys.set(id, key);
      try {
        writeEncryptionMarker(file, keyFingerprint(key));
        swapIn(id, copyFile);
      } catch (err) {
        removeRoomCopy(copyFile);
        if (hasPlainSqliteHeader(file)) {
          removeEncryptionMarker(file);
          keys.forget(id);
        }
        throw err;
      }
      return store.room(id);
    },
    decryptRoom(id, actor) {
      const room = store.room(id);
      const key = keys.get(id);
      if (!room.encrypted || !key) throw new DomainError('rule_violation', 'encryption.notEncrypted', {}, 'dealRoomId');
      const file = roomFile(id);
      const copyFile = rekeyedCopy(id, actor, 'decrypt', key);
      swapIn(id, copyFile);
      // After the swap: a crash before this line leaves a plain file and a stale marker, removed at the next open.
      removeEncryptionMarker(file);
      keys.forget(id);
      return store.room(id);
    },
    unlockRoom(id, key) {
      if (!hasRoom(id)) throw roomNotFound(id);
      const file = roomFile(id);
      const marker = readEncryptionMarker(file);
      if (!marker || !isEncrypted(file)) throw new DomainError('rule_violation', 'encryption.notEncrypted', {}, 'dealRoomId');
      if (keyFingerprint(key) !== marker.fingerprint) throw new DomainError('rule_violation', 'encryption.wrongKey', {}, 'recoveryKey');
      cache.evict(id);
      const room = new RoomStore(id, file, openRoomFile(file, sqlite, key), true);
      keys.set(id, key);
      return cache.add(room);
    },
    lockRoom(id) {
      if (!hasRoom(id)) throw roomNotFound(id);
      if (!isEncrypted(roomFile(id))) throw new DomainError('rule_violation', 'encryption.notEncrypted', {}, 'dealRoomId');
      cache.evict(id);
      keys.forget(id);
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
      rmSync(markerFileOf(roomFile(id)), { force: true });
      keys.forget(id);
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
