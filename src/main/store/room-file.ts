/**
 * Opening one deal-room file safely. A file is looked at before anything can
 * write to it: a newer schema, a file that is not SQLite, or a damaged one is
 * refused and left byte-for-byte as it was (ENGINEERING.md, pattern 4).
 * Only then are the durability pragmas set (pattern 5) and migrations run.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { FIRST_SCHEMA_VERSION, LATEST_SCHEMA_VERSION } from './migrations';
import { newerRoomFileError, UnreadableRoomFileError } from './room-file-errors';
import { DomainError } from '../handlers/domain-error';

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

/** Opens an existing deal-room file at the newest schema, or throws why it cannot (untouched). */
export function openRoomFile(file: string, options: SqliteOptions = {}): Database.Database {
  const found = probeSchemaVersion(file, options);
  if (found > LATEST_SCHEMA_VERSION) throw newerRoomFileError(file, found);
  if (found < FIRST_SCHEMA_VERSION) throw new UnreadableRoomFileError(file, 'notShinrai');

  let db: Database.Database | undefined;
  try {
    db = new Database(file, driverOptions(options, { fileMustExist: true }));
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
