/**
 * Schema 1110: what the long list pages, sorts and filters by in SQL (issue
 * 9, "Long list of 10,000 candidates").
 *
 * long_list_key holds one row per candidate: the candidate's fields the list
 * sorts and filters by, as they were when the row was made (so that a
 * changed candidate can be found by comparison), and the keys made from them
 * (src/main/store/long-list-keys.ts): the sort key of the name shown in
 * English and in Japanese and of the head office
 * (src/shared/long-list/long-list-sort-key.ts), the place of the stage and of
 * the origin in their lists, and the folded text the filter box searches.
 * Like the search index it is derived data, rebuilt from the candidates and
 * never logged; a candidate's row goes with it (ON DELETE CASCADE).
 *
 * Every order the list offers has an index that holds it, ending on the
 * candidate's id (per language of the names, which break the ties), so a
 * page is read by walking an index, forwards or backwards, instead of sorting
 * the whole list for every page: 0.2 ms instead of 20 for a page from the
 * middle of 10,000 (`npm run bench`). The head office and first contact put
 * the candidates without one last in both directions: their "missing"
 * column comes first, and the descending order walks a second index that
 * declares that column DESC, backwards. Fourteen indexes make writing 10,000
 * keys at once slow, so a full build drops them and makes them again
 * (long-list-keys.ts); one candidate's change updates them in place.
 */
import type { Migration } from './migration';

/** The indexes of one language's name key: every order, ties broken by that name. */
function orderIndexes(lang: 'en' | 'ja'): string {
  const name = `name_key_${lang}`;
  return `
      CREATE INDEX long_list_by_name_${lang} ON long_list_key (${name}, candidate_id);
      CREATE INDEX long_list_by_stage_${lang} ON long_list_key (stage_rank, ${name}, candidate_id);
      CREATE INDEX long_list_by_origin_${lang} ON long_list_key (origin_rank, ${name}, candidate_id);
      CREATE INDEX long_list_by_headquarters_${lang} ON long_list_key (headquarters_missing, headquarters_key, ${name}, candidate_id);
      CREATE INDEX long_list_by_headquarters_desc_${lang} ON long_list_key (headquarters_missing DESC, headquarters_key, ${name}, candidate_id);
      CREATE INDEX long_list_by_first_contact_${lang} ON long_list_key (first_contact_missing, first_contact, ${name}, candidate_id);
      CREATE INDEX long_list_by_first_contact_desc_${lang} ON long_list_key (first_contact_missing DESC, first_contact, ${name}, candidate_id);`;
}

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
        stage TEXT NOT NULL,
        origin TEXT NOT NULL,
        first_contact_on TEXT,
        name_key_en TEXT NOT NULL,
        name_key_ja TEXT NOT NULL,
        headquarters_key TEXT NOT NULL,
        headquarters_missing INTEGER NOT NULL CHECK (headquarters_missing IN (0, 1)),
        stage_rank INTEGER NOT NULL,
        origin_rank INTEGER NOT NULL,
        first_contact TEXT NOT NULL,
        first_contact_missing INTEGER NOT NULL CHECK (first_contact_missing IN (0, 1)),
        filter_text TEXT NOT NULL
      ) STRICT;
      ${orderIndexes('en')}
      ${orderIndexes('ja')}

      CREATE TABLE long_list_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        content_version INTEGER NOT NULL,
        key_version INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
