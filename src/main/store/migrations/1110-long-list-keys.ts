/**
 * Schema 1110: what the long list pages, sorts and filters by in SQL (issue
 * 9, "Long list of 10,000 candidates").
 *
 * long_list_key holds, per candidate, its names and head office as they were
 * when the keys were made, and the keys themselves: the sort key of the name
 * shown in English and in Japanese and of the head office
 * (src/shared/long-list/long-list-sort-key.ts), and the folded text the filter
 * box searches. Like the search index it is derived data, rebuilt from the
 * candidates (src/main/store/long-list-keys.ts) and never logged; a
 * candidate's row goes with it (ON DELETE CASCADE).
 *
 * The indexes let a page sorted by name or head office be read in order
 * without sorting the whole list, and a stage filter find its rows directly.
 */
import type { Migration } from './migration';

export const migration1110: Migration = {
  version: 1110,
  name: 'long-list-keys',
  up(db) {
    db.exec(`
      CREATE TABLE long_list_key (
        candidate_id TEXT PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,
        name_ja TEXT NOT NULL,
        name_latin TEXT NOT NULL,
        headquarters TEXT NOT NULL,
        name_key_en TEXT NOT NULL,
        name_key_ja TEXT NOT NULL,
        headquarters_key TEXT NOT NULL,
        filter_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX long_list_key_by_name_en ON long_list_key (name_key_en, candidate_id);
      CREATE INDEX long_list_key_by_name_ja ON long_list_key (name_key_ja, candidate_id);
      CREATE INDEX long_list_key_by_headquarters ON long_list_key (headquarters_key);

      CREATE TABLE long_list_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        content_version INTEGER NOT NULL,
        key_version INTEGER NOT NULL
      ) STRICT;

      CREATE INDEX candidate_by_stage ON candidate (stage);
    `);
  },
};
