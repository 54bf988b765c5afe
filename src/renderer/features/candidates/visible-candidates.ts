/**
 * Which candidates the Candidates screen's table shows. A room of a few dozen
 * shows them all; a long list of thousands would make a table of thousands
 * of rows, each with a checkbox and two buttons, that takes seconds to draw
 * (issue 9). Such a room shows the compared ones first, then the others in
 * their order, up to CANDIDATE_TABLE_LIMIT, and a name typed in the find box
 * picks which others: folded as search folds (full- and half-width, case,
 * katakana and hiragana alike), so any candidate can be reached to edit or
 * remove.
 */
import type { Candidate } from '../../../shared/domain/entities';
import { foldForSearch, searchTerms } from '../../../shared/search/search-text';

/** Rows the table shows at most: enough to scan, few enough to draw at once. */
export const CANDIDATE_TABLE_LIMIT = 100;

export interface VisibleCandidates {
  rows: Candidate[];
  /** Candidates the table would show without its limit: the compared ones and the others that match the find box. */
  matching: number;
}

export function visibleCandidates(sorted: readonly Candidate[], find: string): VisibleCandidates {
  const terms = searchTerms(find);
  const matches = (c: Candidate) => {
    if (terms.length === 0) return true;
    const text = `${foldForSearch(c.nameJa)}\n${foldForSearch(c.nameLatin)}`;
    return terms.every((term) => text.includes(term));
  };
  const compared = sorted.filter((c) => c.compared);
  const others = sorted.filter((c) => !c.compared && matches(c));
  return { rows: [...compared, ...others].slice(0, Math.max(CANDIDATE_TABLE_LIMIT, compared.length)), matching: compared.length + others.length };
}
