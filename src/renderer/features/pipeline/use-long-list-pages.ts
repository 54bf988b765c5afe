/**
 * The long list's rows as the screen needs them (issue 9): pages of
 * PAGE_SIZE rows fetched from longList.page for the window being shown, kept
 * while the sort and filter stay the same. When the room changes (a move, a
 * rename) the pages already shown stay on screen and are fetched again in
 * place, so the list does not blink; pages out of view are dropped and
 * fetched again when they come back into view. A new sort or filter starts
 * from nothing: the old rows would be in the wrong places.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Candidate } from '../../../shared/domain/entities';
import { MAX_LONG_LIST_PAGE, type LongListFilter, type LongListSort } from '../../../shared/long-list/long-list-page';
import { useApi } from '../../app/api-context';

/** Rows per request: a screenful and a half, so that a scroll by a screen needs at most one more page. */
export const PAGE_SIZE = 50;

export interface RowWindow {
  /** The first row shown (0-based) and the row after the last. */
  first: number;
  end: number;
}

interface LoadedPage {
  rows: Candidate[];
  /** The room version the page was read at. */
  version: string;
}

interface Pages {
  query: string;
  pages: ReadonlyMap<number, LoadedPage>;
  total: number | null;
  inRoom: number | null;
  error: string | null;
}

export interface LongListPages {
  rowAt(index: number): Candidate | undefined;
  /** Rows that pass the filter (null until the first page arrives). */
  total: number | null;
  inRoom: number | null;
  error: string | null;
  /** Whether every row of the window is read at the current version: nothing shown waits for an answer. */
  settled: boolean;
  /** Asks at once for the rows of a window about to be shown. */
  prefetch(window: RowWindow): void;
}

interface Options {
  dealRoomId: string;
  sort: LongListSort;
  filter: LongListFilter;
  /** Changes whenever the room does (its updatedAt): pages read before are read again. */
  version: string;
  window: RowWindow;
}

function pagesOf({ first, end }: RowWindow, total: number | null): number[] {
  if (total === null || total === 0) return [0];
  const last = Math.min(end, total) - 1;
  const out: number[] = [];
  for (let p = Math.floor(Math.min(first, last) / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p += 1) out.push(p);
  return out;
}

/** Page numbers in runs of neighbours, each run short enough for one request (MAX_LONG_LIST_PAGE rows). */
function consecutiveRuns(pages: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const page of pages) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === page - 1 && (last.length + 1) * PAGE_SIZE <= MAX_LONG_LIST_PAGE) last.push(page);
    else runs.push([page]);
  }
  return runs;
}

const emptyPages = (query: string): Pages => ({ query, pages: new Map(), total: null, inRoom: null, error: null });

export function useLongListPages({ dealRoomId, sort, filter, version, window }: Options): LongListPages {
  const api = useApi();
  const query = useMemo(() => JSON.stringify({ dealRoomId, sort, filter }), [dealRoomId, sort, filter]);
  const [state, setState] = useState<Pages>(() => emptyPages(query));
  // Requests under way, by query, version and page: each is asked for once.
  const asked = useRef(new Set<string>());
  const pages = state.query === query ? state : emptyPages(query);
  const wanted = pagesOf(window, pages.total);
  const wantedKey = wanted.join(',');
  const latest = useRef({ query, version, wanted });
  latest.current = { query, version, wanted };

  /** Asks for the pages of `windowPages` not yet read at this version nor on their way. */
  const fetchPages = (windowPages: readonly number[]) => {
    const missing = windowPages.filter((page) => pages.pages.get(page)?.version !== version && !asked.current.has(`${query}|${version}|${page}`));
    // Neighbouring pages go in one request (a window usually spans two): one round trip instead of two in a row.
    for (const run of consecutiveRuns(missing)) {
      const keys = run.map((page) => `${query}|${version}|${page}`);
      for (const key of keys) asked.current.add(key);
      const first = run[0] ?? 0;
      void api.call('longList.page', { dealRoomId, sort, filter, offset: first * PAGE_SIZE, limit: run.length * PAGE_SIZE }).then((result) => {
        for (const key of keys) asked.current.delete(key);
        // An answer for a sort or filter no longer shown, or older than the pages already shown, is of no use.
        if (latest.current.query !== query) return;
        setState((prev) => {
          const base = prev.query === query ? prev : emptyPages(query);
          if (!result.ok) return { ...base, error: result.error.message };
          const next = new Map(base.pages);
          run.forEach((page, i) => {
            const shown = next.get(page);
            if (shown && shown.version === latest.current.version && version !== latest.current.version) return;
            next.set(page, { rows: result.value.rows.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), version });
          });
          // Pages read at an older version and out of view are dropped: they are read again when they come back.
          for (const [p, loaded] of next) if (loaded.version !== latest.current.version && !latest.current.wanted.includes(p)) next.delete(p);
          return { query, pages: next, total: result.value.total, inRoom: result.value.inRoom, error: null };
        });
      });
    }
  };

  // A layout effect, so the request leaves before the browser paints the rows still on their way (a passive
  // effect would wait for that paint: a frame or more of the time a jump takes).
  useLayoutEffect(() => {
    fetchPages(wanted);
    // wantedKey stands for `wanted`; the loaded pages are followed so that a page dropped while out of view is asked for again.
  }, [api, dealRoomId, sort, filter, query, version, wantedKey, pages.pages]);

  /**
   * For the scroll handler: asks for the rows of the window about to be shown before React renders it, so the
   * request and the rendering of the rows still on their way overlap instead of following each other.
   */
  const prefetch = (next: RowWindow) => fetchPages(pagesOf(next, pages.total));

  const rowAt = (index: number) => pages.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
  const settled = pages.total !== null && wanted.every((p) => pages.pages.get(p)?.version === version);
  return { rowAt, total: pages.total, inRoom: pages.inRoom, error: pages.error, settled, prefetch };
}
