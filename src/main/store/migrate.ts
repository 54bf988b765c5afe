/**
 * Brings a deal-room file up to the newest schema, one migration per
 * transaction (ENGINEERING.md, pattern 4). The caller has already refused
 * files newer than LATEST_SCHEMA_VERSION.
 */
import type { Database } from 'better-sqlite3';
import { migrations, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every migration above the file's version; `upTo` stops early (tests build older files with it). */
export function migrate(db: Database, upTo: number = Number.POSITIVE_INFINITY, list: readonly Migration[] = migrations): number {
  let version = schemaVersion(db);
  for (const m of list) {
    if (m.version <= version || m.version > upTo) continue;
    db.transaction(() => {
      m.up(db);
      // user_version is part of the database header page, so it commits or
      // rolls back with the rest of the transaction.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    })();
    version = m.version;
  }
  return version;
}
