/** Contract operations of the vetting workflow (issue 5): search across a deal-room. */
import { z } from 'zod';
import { Id } from '../domain/primitives';
import { SearchHit } from '../search/search-hit';
import { op } from './contract-op';

export const searchOps = {
  /**
   * Candidates (names, notes, intake), answers, red flags, due-diligence
   * requests and evidence file names, matched after folding width, case and
   * katakana/hiragana (src/shared/search/search-text.ts). Every word of the
   * query must occur; best matches first.
   */
  'search.query': op(
    z.strictObject({
      dealRoomId: Id,
      query: z.string().trim().min(1).max(200),
      limit: z.number().int().min(1).max(100).default(30),
    }),
    z.array(SearchHit),
  ),
} as const;
