/**
 * The long list's sort and filter keys (schema 1110), kept in step lazily as
 * the search index is (search-index.ts): before a page is read, the keys are
 * checked against the change log, which every write of every area grows in
 * the same transaction (no candidate is written any other way). When the log
 * has grown, only the candidates it names since the keys were last made are
 * keyed again, so a stage move in a room of 10,000 candidates re-keys one
 * candidate, not 10,000. A room without keys (just imported or upgraded), or
 * keyed by an older version of this module, or whose key count no longer
 * matches its candidates, is keyed by comparing every candidate with its
 * keys. A deleted candidate's keys go with it (ON DELETE CASCADE).
 */
import type Database from 'better-sqlite3';
import { candidateName } from '../../shared/domain/display-names';
import { CandidateOrigin, PIPELINE_STAGES, type PipelineStage } from '../../shared/domain/vetting';
import { longListFilterText, longListSortKey } from '../../shared/long-list/long-list-sort-key';
import { candidateTable } from './entity-tables';
import type { RoomStore } from './room-store';

/** Bumped when the keys are made differently, so keys made the old way are made again. */
export const LONG_LIST_KEY_VERSION = 1;

/** Where a stage and an origin stand in their lists: the order "by stage" and "by origin" follow. */
export function stageRank(stage: string): number {
  const i = PIPELINE_STAGES.indexOf(stage as PipelineStage);
  return i < 0 ? PIPELINE_STAGES.length : i;
}
export function originRank(origin: string): number {
  const i = (CandidateOrigin.options as readonly string[]).indexOf(origin);
  return i < 0 ? CandidateOrigin.options.length : i;
}

interface KeyState {
  contentVersion: number;
  keyVersion: number;
}

/** The fields of a candidate that its keys are made from. */
interface KeyedFields {
  id: string;
  nameJa: string;
  nameLatin: string;
  headquarters: string;
  stage: string;
  origin: string;
  firstContactOn: string | null;
}

function contentVersion(db: Database.Database): number {
  return db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
}

function keyState(db: Database.Database): KeyState | undefined {
  return db.prepare('SELECT content_version AS contentVersion, key_version AS keyVersion FROM long_list_state').get() as KeyState | undefined;
}

function isCurrent(state: KeyState | undefined, version: number): boolean {
  return state !== undefined && state.contentVersion === version && state.keyVersion === LONG_LIST_KEY_VERSION;
}

const KEYED_COLUMNS = ['name_ja', 'name_latin', 'headquarters', 'stage', 'origin', 'first_contact_on'] as const;

const SELECT_KEYED = `SELECT c.id AS id, c.name_ja AS nameJa, c.name_latin AS nameLatin, c.headquarters AS headquarters,
  c.stage AS stage, c.origin AS origin, c.first_contact_on AS firstContactOn FROM candidate c`;

/** Every candidate without keys, or changed since its keys were made (every one of them after a key version change). */
function staleCandidates(db: Database.Database, everyOne: boolean): KeyedFields[] {
  const changed = everyOne ? '' : `WHERE k.candidate_id IS NULL OR ${KEYED_COLUMNS.map((col) => `k.${col} IS NOT c.${col}`).join(' OR ')}`;
  return db.prepare(`${SELECT_KEYED} LEFT JOIN long_list_key k ON k.candidate_id = c.id ${changed}`).all() as KeyedFields[];
}

/** The candidates the change log names after `seq` (those still in the room). */
function loggedCandidates(db: Database.Database, seq: number): KeyedFields[] {
  return db
    .prepare(`${SELECT_KEYED} WHERE c.id IN (SELECT entity_id FROM change_log WHERE seq > ? AND entity = ?)`)
    .all(seq, candidateTable.entity) as KeyedFields[];
}

function counts(db: Database.Database): { candidates: number; keys: number } {
  return db.prepare('SELECT (SELECT count(*) FROM candidate) AS candidates, (SELECT count(*) FROM long_list_key) AS keys').get() as { candidates: number; keys: number };
}

const UPSERT = `INSERT OR REPLACE INTO long_list_key (candidate_id, name_ja, name_latin, headquarters, stage, origin, first_contact_on,
    name_key_en, name_key_ja, headquarters_key, headquarters_missing, stage_rank, origin_rank, first_contact, first_contact_missing, filter_text)
  VALUES (@id, @nameJa, @nameLatin, @headquarters, @stage, @origin, @firstContactOn,
    @nameKeyEn, @nameKeyJa, @headquartersKey, @headquartersMissing, @stageRank, @originRank, @firstContact, @firstContactMissing, @filterText)`;

function writeKeys(db: Database.Database, candidates: readonly KeyedFields[]): void {
  const upsert = db.prepare(UPSERT);
  for (const c of candidates) {
    const headquartersKey = longListSortKey(c.headquarters);
    upsert.run({
      ...c,
      nameKeyEn: longListSortKey(candidateName(c, 'en')),
      nameKeyJa: longListSortKey(candidateName(c, 'ja')),
      headquartersKey,
      headquartersMissing: headquartersKey === '' ? 1 : 0,
      stageRank: stageRank(c.stage),
      originRank: originRank(c.origin),
      firstContact: c.firstContactOn ?? '',
      firstContactMissing: c.firstContactOn === null ? 1 : 0,
      filterText: longListFilterText(c.nameJa, c.nameLatin),
    });
  }
}

/** Above this many candidates to key at once, the indexes are dropped first and made again after (see below). */
const BULK_KEYING = 1_000;

/**
 * Writes many keys with the table's indexes dropped and then made again from
 * their own SQL (so the schema stays exactly as the migration left it): an
 * index made in one sort of 10,000 rows costs a fraction of 10,000 inserts
 * into each of fourteen indexes. In the same transaction, so a reader never
 * sees the table without them.
 */
function writeKeysInBulk(db: Database.Database, candidates: readonly KeyedFields[]): void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'long_list_key' AND sql IS NOT NULL ORDER BY name")
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  writeKeys(db, candidates);
  for (const { sql } of indexes) db.exec(sql);
}

/** Brings the keys up to date with the candidates; says how many candidates were keyed. */
export function refreshLongListKeys(room: RoomStore): number {
  const fresh = room.inspect((db) => isCurrent(keyState(db), contentVersion(db)));
  if (fresh) return 0;
  return room.derived((db) => {
    const version = contentVersion(db);
    const state = keyState(db);
    if (isCurrent(state, version)) return 0;
    const sameVersion = state?.keyVersion === LONG_LIST_KEY_VERSION;
    const named = state && sameVersion ? loggedCandidates(db, state.contentVersion) : staleCandidates(db, !sameVersion);
    (named.length > BULK_KEYING ? writeKeysInBulk : writeKeys)(db, named);
    let keyed = named.length;
    const after = counts(db);
    if (after.keys !== after.candidates) {
      // Keys of candidates that are gone (the cascade removes them; a file written without foreign keys may keep them),
      // or candidates the log did not name: every candidate is compared with its keys, as in a room without keys.
      db.prepare('DELETE FROM long_list_key WHERE candidate_id NOT IN (SELECT id FROM candidate)').run();
      const missed = staleCandidates(db, false);
      (missed.length > BULK_KEYING ? writeKeysInBulk : writeKeys)(db, missed);
      keyed += missed.length;
    }
    db.prepare(
      `INSERT INTO long_list_state (one, content_version, key_version) VALUES (1, ?, ?)
       ON CONFLICT (one) DO UPDATE SET content_version = excluded.content_version, key_version = excluded.key_version`,
    ).run(version, LONG_LIST_KEY_VERSION);
    return keyed;
  });
}
