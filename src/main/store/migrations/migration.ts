import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. `up` runs inside the transaction that also sets
 * PRAGMA user_version to `version`, so a file is never left half-upgraded.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
