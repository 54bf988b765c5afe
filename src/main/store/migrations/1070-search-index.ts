/**
 * Schema 1070: the search index of the deal-room (issue 5, "Search").
 *
 * search_entry holds one row per searchable record (candidate, answer, red
 * flag, due-diligence request, evidence file) with its text already folded
 * for search (src/shared/search/search-text.ts: NFKC, lower case, katakana
 * as hiragana). search_text indexes that text with FTS5's trigram tokenizer,
 * which finds any run of 3 or more characters: Japanese has no spaces
 * between words, so a word tokenizer would not find "クリニック" inside
 * "東京のクリニック網". It is an external-content index over search_entry, so
 * the text is stored once.
 *
 * The index is derived data, rebuilt from the records whenever the change log
 * has grown since it was built (search_state.content_version holds the
 * change log's last seq at that time). FTS5's own shadow tables cannot be
 * STRICT; the tables here are.
 */
import type { Migration } from './migration';

export const migration1070: Migration = {
  version: 1070,
  name: 'search-index',
  up(db) {
    db.exec(`
      CREATE TABLE search_entry (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('candidate', 'answer', 'flag', 'due_diligence', 'evidence')),
        record_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE search_text USING fts5 (body, content = 'search_entry', content_rowid = 'seq', tokenize = 'trigram');

      CREATE TABLE search_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        content_version INTEGER NOT NULL,
        folding_version INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
