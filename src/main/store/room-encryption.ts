/**
 * Turning a deal-room file into an encrypted one and back, whole or not at all.
 *
 * Both directions work on a copy beside the room (VACUUM INTO, which reads
 * one consistent snapshot) that is re-keyed, checked by opening it as a
 * room, and only then renamed over the original: a crash at any moment
 * leaves either the old file or the new one, never half of each. SQLite3-
 * MultipleCiphers cannot re-key a database in WAL mode, so the copy is
 * switched to a rollback journal for that step; every later open puts it
 * back in WAL (room-file.ts, applyPragmas).
 *
 * Encrypting an existing room writes its plain pages once more, in the copy,
 * before they are re-keyed in place; the file system may keep those freed
 * blocks until they are reused. A room made and encrypted before any
 * confidential content is entered does not have that history.
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openRoomFile, useRoomKey, type SqliteOptions } from './room-file';
import type { RoomKey } from './room-key';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** Whether the file begins as a plain SQLite database does (an encrypted one begins with random bytes). */
export function hasPlainSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let read = 0;
  try {
    const fd = openSync(file, 'r');
    try {
      read = readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  return read === header.length && header.equals(SQLITE_MAGIC);
}

function driver(file: string, options: SqliteOptions): Database.Database {
  return new Database(file, options.nativeBinding ? { fileMustExist: true, nativeBinding: options.nativeBinding } : { fileMustExist: true });
}

/** Removes a copy and its side files (a failed or abandoned re-keying). */
export function removeRoomCopy(copy: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${copy}${suffix}`, { force: true });
}

/**
 * Writes an encrypted copy of the plain room `source` to `copy`, then opens
 * it with `key` as a room to prove it reads back; returns that open copy.
 */
export function writeEncryptedCopy(source: Database.Database, copy: string, key: RoomKey, options: SqliteOptions = {}): Database.Database {
  removeRoomCopy(copy);
  try {
    source.prepare('VACUUM INTO ?').run(copy);
    const plain = driver(copy, options);
    try {
      plain.pragma('journal_mode = DELETE');
      useRoomKey(plain, key, 'rekey');
    } finally {
      plain.close();
    }
    return openRoomFile(copy, options, key);
  } catch (err) {
    removeRoomCopy(copy);
    throw err;
  }
}

/** Writes a plain copy of the encrypted room `source` (opened with `key`) to `copy`; returns it open. */
export function writeDecryptedCopy(source: Database.Database, copy: string, key: RoomKey, options: SqliteOptions = {}): Database.Database {
  removeRoomCopy(copy);
  try {
    // A copy of an encrypted database is encrypted with the same key.
    source.prepare('VACUUM INTO ?').run(copy);
    const keyed = driver(copy, options);
    try {
      useRoomKey(keyed, key);
      keyed.pragma('journal_mode = DELETE');
      keyed.pragma("rekey = ''");
    } finally {
      keyed.close();
    }
    return openRoomFile(copy, options);
  } catch (err) {
    removeRoomCopy(copy);
    throw err;
  }
}
