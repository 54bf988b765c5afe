/**
 * Search across a deal-room (issue 5, "Search"): the index finds the
 * records (src/main/store/search-index.ts); the snippet and the title come
 * from the records themselves, as written, in the caller's language.
 */
import type { Handlers } from '../../shared/api/contract';
import type { SearchHit } from '../../shared/search/search-hit';
import { searchTerms, snippetOf } from '../../shared/search/search-text';
import { searchableRecords, searchTitle, type SearchableRecord } from '../../shared/search/searchable-records';
import type { DataDir } from '../store/data-dir';
import { searchIndex } from '../store/search-index';
import { openRoom } from './room-access';

export function searchHandlers(store: DataDir): Pick<Handlers, 'search.query'> {
  return {
    'search.query': ({ dealRoomId, query, limit }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const terms = searchTerms(query);
      const hits = searchIndex(room, terms, limit);
      if (hits.length === 0) return [];
      const detail = room.detail();
      const records = new Map<string, SearchableRecord>(searchableRecords(detail).map((r) => [`${r.kind}:${r.id}`, r]));
      return hits.flatMap((hit): SearchHit[] => {
        const record = records.get(`${hit.kind}:${hit.recordId}`);
        if (!record) return [];
        // The first field, in the record's own order, that holds a word of the query.
        for (const { field, text } of record.fields) {
          const snippet = snippetOf(text, terms);
          if (snippet) return [{ kind: record.kind, id: record.id, candidateId: record.candidateId, title: searchTitle(record, detail, ctx.lang), field, snippet }];
        }
        return [];
      });
    },
  };
}
