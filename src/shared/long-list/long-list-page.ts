/**
 * One page of the long list (issue 9): which columns it sorts by, what it
 * filters on, and how many rows one request may ask for. The list of a room
 * of 10,000 candidates is read a window at a time, sorted and filtered in
 * SQL (ENGINEERING.md, pattern 10), never shipped whole to the screen.
 */
import { z } from 'zod';
import { Candidate } from '../domain/entities';
import { Id, ShortText } from '../domain/primitives';
import { CandidateOrigin, PipelineStage } from '../domain/vetting';

/**
 * The columns a page can be sorted by. Names and head offices sort by their
 * folded keys (long-list-sort-key.ts), the name being the one shown in the
 * caller's language; stages in pipeline order; origins in the order the
 * intake form lists them; first contact by date, never-contacted last.
 */
export const LONG_LIST_SORT_KEYS = ['name', 'stage', 'origin', 'headquarters', 'firstContact'] as const;
export const LongListSortKey = z.enum(LONG_LIST_SORT_KEYS);
export type LongListSortKey = z.infer<typeof LongListSortKey>;

export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/** The most rows one page may hold: a screen shows a few dozen; more would only cost time. */
export const MAX_LONG_LIST_PAGE = 200;

export const LongListSort = z.strictObject({ key: LongListSortKey, direction: SortDirection });
export type LongListSort = z.infer<typeof LongListSort>;

export const LongListFilter = z.strictObject({
  /** Words that must all occur in the Japanese or the Latin name (width, case and kana folded). */
  text: ShortText.default(''),
  /** Only candidates at these stages (none given: every stage). */
  stages: z.array(PipelineStage).max(PipelineStage.options.length).default([]),
  /** Only candidates that came to us in these ways (none given: every way). */
  origins: z.array(CandidateOrigin).max(CandidateOrigin.options.length).default([]),
});
export type LongListFilter = z.infer<typeof LongListFilter>;

export const LongListPageRequest = z.strictObject({
  dealRoomId: Id,
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(MAX_LONG_LIST_PAGE).default(50),
  sort: LongListSort.default({ key: 'name', direction: 'asc' }),
  filter: LongListFilter.default({ text: '', stages: [], origins: [] }),
});
export type LongListPageRequest = z.input<typeof LongListPageRequest>;

export const LongListPage = z.object({
  /** The candidates of the page, in the order asked for. */
  rows: z.array(Candidate),
  /** Where the page starts, as asked. */
  offset: z.number().int().min(0),
  /** Candidates that pass the filter. */
  total: z.number().int().min(0),
  /** Candidates in the room, filter or not. */
  inRoom: z.number().int().min(0),
});
export type LongListPage = z.infer<typeof LongListPage>;
