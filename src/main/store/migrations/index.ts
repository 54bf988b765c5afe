/**
 * Every migration, oldest first. Add a new numbered module for any schema
 * change: the schema snapshot test fails when the schema changes without one.
 */
import { migration1000 } from './1000-initial';
import { migration1010 } from './1010-sensitivity-margin';
import { migration1020 } from './1020-evaluation-panel';
import { migration1030 } from './1030-vetting';
import { migration1070 } from './1070-search-index';
import { migration1080 } from './1080-staged-terms';
import { migration1090 } from './1090-change-log-chain';
import { migration1100 } from './1100-circulation';
import { migration1110 } from './1110-long-list-keys';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration1000, migration1010, migration1020, migration1030, migration1070, migration1080, migration1090, migration1100, migration1110];

/** The oldest schema a Shinrai deal-room file can have. */
export const FIRST_SCHEMA_VERSION = migration1000.version;
/** The newest schema this version of Shinrai writes and understands. */
export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]?.version ?? 0;
