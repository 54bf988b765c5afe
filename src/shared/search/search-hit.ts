/** What a search of a deal-room finds (issue 5, "Search"): one record, the field that matched, and the words around the match. */
import { z } from 'zod';
import { Id } from '../domain/primitives';

/** The kinds of record searched, in the order results are grouped. */
export const SEARCH_KINDS = ['candidate', 'answer', 'flag', 'due_diligence', 'evidence'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

export const SearchHit = z.object({
  kind: SearchKind,
  /** The record's id (a candidate, answer, flag, request or evidence file). */
  id: Id,
  /** The candidate the record belongs to (a candidate's own id for a candidate). */
  candidateId: Id,
  /** What to call the record, in the caller's language. */
  title: z.string(),
  /** The field the snippet comes from, e.g. "notes", "said", "fileName". */
  field: z.string(),
  /** The text around the first match, as written: before, the match itself, after. */
  snippet: z.object({ before: z.string(), match: z.string(), after: z.string() }),
});
export type SearchHit = z.infer<typeof SearchHit>;
