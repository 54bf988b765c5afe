/**
 * Opening one deal-room file safely. A file is looked at before anything can
 * write to it: a newer schema, a file that is not SQLite, or a damaged one is
 * refused and left byte-for-byte as it was (ENGINEERING.md, pattern 4).
 * Only then are the durability pragmas set (pattern 5) and migrations run.
 */
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { FIRST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION } from './migrations';
import { newerRoomFileError, UnreadableRoomFileError } from './room-file-errors';
import { DomainError } from '../handlers/domain-error';
import { rawKeyPragmaValue, type RoomKey } from './room-key';

export interface SqliteOptions {
  /** Path of a better-sqlite3 build for another ABI (Electron passes its own). */
  nativeBinding?: string;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
/** The database header is the first 100 bytes; user_version is the big-endian int at offset 60. */
const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;

function driverOptions(options: SqliteOptions, extra: Database.Options = {}): Database.Options {
  return options.nativeBinding ? { ...extra, nativeBinding: options.nativeBinding } : extra;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A file its owner may not write is refused before SQLite sees it: SQLite
 * would open it read-only at best, and for root (who may write anyway) it
 * would write straight through the permission the user set. The mode bit is
 * what the user chose; access() covers a file owned by someone else.
 */
function refuseReadOnly(file: string): void {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (err) {
    throw classify(err, file);
  }
  let writable = (mode & 0o200) !== 0;
  if (writable) {
    try {
      accessSync(file, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new UnreadableRoomFileError(file, 'readOnly');
}

/** The first 8 bytes of every SQLite WAL: magic (0x377f0682 or 0x377f0683, big-endian) and format 3007000. */
const WAL_HEADER_SIZE = 32;
const WAL_FORMAT = 3007000;

/**
 * A -wal beside the room that SQLite did not write (its header is not a WAL
 * header) is refused: SQLite would silently drop it on open, and with it any
 * changes it held. A torn write inside a real WAL is different: its header
 * is intact and SQLite's checksums keep only whole commits, as after a crash.
 */
function refuseForeignWal(file: string): void {
  const wal = `${file}-wal`;
  const size = fileSize(wal);
  if (size === 0) return;
  const header = Buffer.alloc(WAL_HEADER_SIZE);
  let bytesRead = 0;
  try {
    const fd = openSync(wal, 'r');
    try {
      bytesRead = readSync(fd, header, 0, WAL_HEADER_SIZE, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw classify(err, file);
  }
  const magic = bytesRead >= 8 ? header.readUInt32BE(0) : 0;
  const isWal = bytesRead === WAL_HEADER_SIZE && (magic === 0x377f0682 || magic === 0x377f0683) && header.readUInt32BE(4) === WAL_FORMAT;
  if (!isWal) throw new UnreadableRoomFileError(file, 'foreignWal', { wal });
}

/** Maps a driver or file-system failure to the user-facing cause; unknown failures stay bugs. */
function classify(err: unknown, file: string): unknown {
  if (err instanceof DomainError) return err;
  const code = errorCode(err);
  if (code === 'SQLITE_NOTADB') return new UnreadableRoomFileError(file, 'notSqlite');
  if (code.startsWith('SQLITE_CORRUPT')) return new UnreadableRoomFileError(file, 'damaged');
  if (/^SQLITE_(CANTOPEN|PERM|READONLY|IOERR|AUTH|FULL)/.test(code) || /^E[A-Z]+$/.test(code))
    return new UnreadableRoomFileError(file, 'cannotOpen', { detail: errorText(err) });
  return err;
}

/**
 * The schema version of an existing file, read without letting SQLite touch
 * it: even a read-only SQLite connection creates -wal/-shm files beside a WAL
 * database, so the header is read directly. Only when a non-empty -wal file is
 * already there (committed changes may sit in it, the header can be stale) is
 * SQLite asked, read-only.
 */
export function probeSchemaVersion(file: string, options: SqliteOptions = {}): number {
  const header = Buffer.alloc(HEADER_SIZE);
  let bytesRead: number;
  try {
    const fd = openSync(file, 'r');
    try {
      bytesRead = readSync(fd, header, 0, HEADER_SIZE, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw classify(err, file);
  }
  if (bytesRead === 0) throw new UnreadableRoomFileError(file, 'empty');
  if (bytesRead < HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC))
    throw new UnreadableRoomFileError(file, 'notSqlite');
  if (fileSize(`${file}-wal`) === 0) return header.readInt32BE(USER_VERSION_OFFSET);

  let ro: Database.Database | undefined;
  try {
    ro = new Database(file, driverOptions(options, { readonly: true, fileMustExist: true }));
    return ro.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw classify(err, file);
  } finally {
    ro?.close();
  }
}

/** Durability settings, on every open (ENGINEERING.md, pattern 5). */
export function applyPragmas(db: Database.Database): void {
  // First, so that switching to WAL also waits for another process's lock.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * Makes `db` read and write with `key`: SQLite3MultipleCiphers' SQLCipher 4
 * scheme, with a raw key. Must come before anything reads a page.
 */
export function useRoomKey(db: Database.Database, key: RoomKey, pragma: 'key' | 'rekey' = 'key'): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`${pragma} = ${rawKeyPragmaValue(key)}`);
}

/**
 * Opens an existing deal-room file at the newest schema, or throws why it
 * cannot (untouched). An encrypted room is opened with its `key`; its header
 * is encrypted too, so the version is read through SQLite once keyed.
 */
export function openRoomFile(file: string, options: SqliteOptions = {}, key?: RoomKey): Database.Database {
  refuseReadOnly(file);
  if (!key) {
    refuseForeignWal(file);
    const found = probeSchemaVersion(file, options);
    if (found > LATEST_SCHEMA_VERSION) throw newerRoomFileError(file, found);
    if (found < FIRST_SCHEMA_VERSION) throw new UnreadableRoomFileError(file, 'notShinrai');
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(file, driverOptions(options, { fileMustExist: true }));
    if (key) useRoomKey(db, key);
    // Everything up to applyPragmas only reads: a refused file stays as it was.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new UnreadableRoomFileError(file, 'damaged');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) throw newerRoomFileError(file, version);
    if (!hasTable(db, 'deal_room') || !hasTable(db, 'change_log')) throw new UnreadableRoomFileError(file, 'notShinrai');
    applyPragmas(db);
    migrate(db);
    const rooms = db.prepare('SELECT count(*) FROM deal_room').pluck().get() as number;
    if (rooms !== 1) throw new UnreadableRoomFileError(file, 'notShinrai');
    return db;
  } catch (err) {
    db?.close();
    throw classify(err, file);
  }
}

/** Creates a new, empty deal-room file at the newest schema (the caller fills it in). */
export function createRoomFile(file: string, options: SqliteOptions = {}): Database.Database {
  const db = new Database(file, driverOptions(options));
  try {
    applyPragmas(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
