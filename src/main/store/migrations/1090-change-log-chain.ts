/**
 * Schema 1090: the change log becomes a hash chain (issue 8, "Audit trail";
 * src/main/store/change-log-chain.ts). Existing rows are chained here, in
 * seq order, so an upgraded room verifies like a new one: the chain vouches
 * for the log from the upgrade on, and for older rows as they were found.
 */
import { chainHash, CHAIN_START, type StoredLogRow } from '../change-log-chain';
import type { Migration } from './migration';

export const migration1090: Migration = {
  version: 1090,
  name: 'change-log-chain',
  up(db) {
    db.exec(`
      ALTER TABLE change_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
      ALTER TABLE change_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
    `);
    const rows = db
      .prepare('SELECT seq, at, actor, entity, entity_id AS entityId, field, before, after FROM change_log ORDER BY seq')
      .all() as StoredLogRow[];
    const update = db.prepare('UPDATE change_log SET prev_hash = ?, hash = ? WHERE seq = ?');
    let prev = CHAIN_START;
    for (const row of rows) {
      const hash = chainHash(prev, row);
      update.run(prev, hash, row.seq);
      prev = hash;
    }
  },
};
