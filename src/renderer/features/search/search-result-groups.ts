/**
 * Search results as the dialog shows them: grouped by kind of record, in a
 * fixed order, each group with the section of the deal-room that shows it.
 */
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../shared/search/search-hit';
import type { Section } from '../../app/section-tabs';

/** Where each kind of record is worked on. */
export const SECTION_OF_KIND: Record<SearchKind, Section> = {
  candidate: 'candidates',
  answer: 'interviews',
  flag: 'flags',
  due_diligence: 'diligence',
  evidence: 'diligence',
};

export interface SearchResultGroup {
  kind: SearchKind;
  section: Section;
  hits: SearchHit[];
}

/** Non-empty groups in the order of SEARCH_KINDS; within a group, the order the search ranked them. */
export function groupSearchHits(hits: readonly SearchHit[]): SearchResultGroup[] {
  return SEARCH_KINDS.map((kind) => ({ kind, section: SECTION_OF_KIND[kind], hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
}
