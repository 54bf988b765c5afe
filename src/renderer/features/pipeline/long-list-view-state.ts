/**
 * What the long list is showing: its sort, the words typed in its filter box
 * and the stage chosen. Kept by the pipeline screen, so that switching to the
 * board and back, or following "see the list" from a board column, keeps it.
 */
import type { PipelineStage } from '../../../shared/domain/vetting';
import type { LongListFilter, LongListSort } from '../../../shared/long-list/long-list-page';

export interface LongListViewState {
  sort: LongListSort;
  text: string;
  stage: PipelineStage | 'all';
}

export const INITIAL_LONG_LIST_VIEW: LongListViewState = { sort: { key: 'name', direction: 'asc' }, text: '', stage: 'all' };

/** The filter sent to longList.page for the state shown (with the text as typed once the typing pauses). */
export function filterOf(text: string, stage: LongListViewState['stage']): LongListFilter {
  return { text: text.trim(), stages: stage === 'all' ? [] : [stage], origins: [] };
}

/** A click on a column's sort button: the same column turns round, another starts ascending. */
export function nextSort(current: LongListSort, key: LongListSort['key']): LongListSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: 'asc' };
}
