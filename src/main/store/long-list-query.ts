/**
 * One page of the long list, read in SQL (issue 9): the filter becomes a
 * WHERE over the candidates' keys (long-list-keys.ts), the sort an ORDER BY
 * that matches one of the indexes of schema 1110 column for column, so a page
 * is read by walking that index rather than by sorting the whole list; the
 * page is a LIMIT and OFFSET of that order. Every order ends on the
 * candidate's id, so each candidate has one place and consecutive pages
 * neither repeat nor skip a row.
 *
 * Descending is ascending read backwards, ties included (within a stage the
 * names run Z to A when the stages do), except that candidates with no head
 * office or no first contact stay last both ways: a list sorted by "most
 * recent contact" starts with the most recent one. Only the page's ids are
 * read in order; the rows themselves are then read and checked as every
 * other read of a candidate is (room-store.ts).
 */
import type { Candidate, Language } from '../../shared/domain/entities';
import type { LongListFilter, LongListSort, LongListSortKey } from '../../shared/long-list/long-list-page';
import { searchTerms } from '../../shared/search/search-text';
import { candidateTable } from './entity-tables';
import { originRank, refreshLongListKeys, stageRank } from './long-list-keys';
import type { RoomStore } from './room-store';

export interface LongListQuery {
  offset: number;
  limit: number;
  sort: LongListSort;
  filter: LongListFilter;
  /** The language of the names shown, whose order "by name" follows. */
  lang: Language;
}

export interface LongListRows {
  rows: Candidate[];
  total: number;
  inRoom: number;
}

/** The columns of each order, as its index lists them, before the name and the id. */
const LEADING: Record<LongListSortKey, readonly string[]> = {
  name: [],
  stage: ['stage_rank'],
  origin: ['origin_rank'],
  headquarters: ['headquarters_missing', 'headquarters_key'],
  firstContact: ['first_contact_missing', 'first_contact'],
};

/** Columns that keep the candidates without a value last in both directions. */
const ALWAYS_ASCENDING = new Set(['headquarters_missing', 'first_contact_missing']);

export function orderByOf({ key, direction }: LongListSort, lang: Language): string {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const columns = [...LEADING[key], `name_key_${lang}`, 'candidate_id'];
  return columns.map((c) => `${c} ${ALWAYS_ASCENDING.has(c) ? 'ASC' : dir}`).join(', ');
}

interface Where {
  sql: string;
  params: (string | number)[];
}

export function whereOf(filter: LongListFilter): Where {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.stages.length > 0) {
    clauses.push(`stage_rank IN (${filter.stages.map(() => '?').join(', ')})`);
    params.push(...filter.stages.map(stageRank));
  }
  if (filter.origins.length > 0) {
    clauses.push(`origin_rank IN (${filter.origins.map(() => '?').join(', ')})`);
    params.push(...filter.origins.map(originRank));
  }
  // instr, not LIKE: the folded words are compared as they are, so % and _ in a name are plain characters.
  for (const term of searchTerms(filter.text)) {
    clauses.push('instr(filter_text, ?) > 0');
    params.push(term);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The SQL of a page's ids (exported for the test that checks each order is read through an index). */
export function pageSql(query: Pick<LongListQuery, 'sort' | 'filter' | 'lang'>): { sql: string; params: (string | number)[] } {
  const where = whereOf(query.filter);
  return { sql: `SELECT candidate_id FROM long_list_key ${where.sql} ORDER BY ${orderByOf(query.sort, query.lang)} LIMIT ? OFFSET ?`, params: where.params };
}

export function longListRows(room: RoomStore, query: LongListQuery): LongListRows {
  refreshLongListKeys(room);
  return room.inspect((db) => {
    const where = whereOf(query.filter);
    const inRoom = db.prepare('SELECT count(*) FROM long_list_key').pluck().get() as number;
    const total = where.sql === '' ? inRoom : (db.prepare(`SELECT count(*) FROM long_list_key ${where.sql}`).pluck().get(...where.params) as number);
    const page = pageSql(query);
    const ids = db.prepare(page.sql).pluck().all(...page.params, query.limit, query.offset) as string[];
    if (ids.length === 0) return { rows: [], total, inRoom };
    // The ids as one JSON list: one statement, whatever the page's length.
    const rows = room.rows(candidateTable, 'id IN (SELECT value FROM json_each(@ids))', { ids: JSON.stringify(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { rows: ids.flatMap((id) => byId.get(id) ?? []), total, inRoom };
  });
}
