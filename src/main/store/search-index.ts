/**
 * The deal-room's search index (schema 1070): kept in step lazily. Before a
 * search, the index is compared with the change log, which every write of
 * every area grows in the same transaction (room-store.ts); when the log has
 * grown since the index was built, the index is rebuilt from the records in
 * one transaction. So no handler, of this area or another, has to remember
 * to update it, and a room changed through the CLI is found the same way.
 * A rebuild reads and folds every searchable text once: a few milliseconds
 * for a room of hundreds of records, paid by the first search after a change.
 */
import type Database from 'better-sqlite3';
import type { SearchKind } from '../../shared/search/search-hit';
import { foldForSearch, isTrigramSearchable } from '../../shared/search/search-text';
import { searchableRecords } from '../../shared/search/searchable-records';
import type { RoomStore } from './room-store';

/** Bumped when the folding changes, so indexes built with the old folding are rebuilt. */
export const FOLDING_VERSION = 1;

export interface IndexHit {
  kind: SearchKind;
  recordId: string;
  candidateId: string;
}

interface IndexState {
  contentVersion: number;
  foldingVersion: number;
}

function contentVersion(db: Database.Database): number {
  return db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
}

function indexState(db: Database.Database): IndexState | undefined {
  return db.prepare('SELECT content_version AS contentVersion, folding_version AS foldingVersion FROM search_state').get() as IndexState | undefined;
}

/** Rebuilds the index when the room changed since it was built; says whether it did. */
export function refreshSearchIndex(room: RoomStore): boolean {
  return room.derived((db) => {
    const version = contentVersion(db);
    const state = indexState(db);
    if (state && state.contentVersion === version && state.foldingVersion === FOLDING_VERSION) return false;
    db.prepare('DELETE FROM search_entry').run();
    const insert = db.prepare('INSERT INTO search_entry (kind, record_id, candidate_id, body) VALUES (?, ?, ?, ?)');
    for (const record of searchableRecords(room.detail())) {
      // One line per field: no query word has a line break, so no match runs from one field into the next.
      insert.run(record.kind, record.id, record.candidateId, record.fields.map((f) => foldForSearch(f.text)).join('\n'));
    }
    db.prepare("INSERT INTO search_text (search_text) VALUES ('rebuild')").run();
    db.prepare(
      `INSERT INTO search_state (one, content_version, folding_version) VALUES (1, ?, ?)
       ON CONFLICT (one) DO UPDATE SET content_version = excluded.content_version, folding_version = excluded.folding_version`,
    ).run(version, FOLDING_VERSION);
    return true;
  });
}

/** A word as an FTS5 phrase: quoted, with its own quotes doubled, so no character is read as query syntax. */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** A word as a LIKE pattern that matches it literally anywhere. */
function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Records whose text holds every one of `terms` (already folded, see
 * searchTerms), best first. Words of 3 characters or more go through the
 * trigram index, ranked by FTS5's bm25; a query with a shorter word (two
 * kanji are a whole word in Japanese) is answered by a scan of the same
 * folded text, in the order records are listed.
 */
export function searchIndex(room: RoomStore, terms: readonly string[], limit: number): IndexHit[] {
  if (terms.length === 0) return [];
  refreshSearchIndex(room);
  return room.derived((db) => {
    const columns = 'e.kind AS kind, e.record_id AS recordId, e.candidate_id AS candidateId';
    if (terms.every(isTrigramSearchable)) {
      return db
        .prepare(`SELECT ${columns} FROM search_text JOIN search_entry e ON e.seq = search_text.rowid WHERE search_text MATCH ? ORDER BY search_text.rank LIMIT ?`)
        .all(terms.map(phrase).join(' AND '), limit) as IndexHit[];
    }
    const where = terms.map(() => "e.body LIKE ? ESCAPE '\\'").join(' AND ');
    return db.prepare(`SELECT ${columns} FROM search_entry e WHERE ${where} ORDER BY e.seq LIMIT ?`).all(...terms.map(containsPattern), limit) as IndexHit[];
  });
}
