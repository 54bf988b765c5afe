/**
 * The edits a person makes to a guide, as the full list 'interviews.setGuide'
 * stores: each edit hands the store the whole guide in its new order, so the
 * store replaces it in one transaction and nothing is left half-moved.
 */
import type { InterviewItem } from '../../../shared/domain/vetting';

export interface GuideEntry {
  questionKey: string;
  customText: string;
}

export function guideEntries(items: readonly InterviewItem[]): GuideEntry[] {
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder).map(({ questionKey, customText }) => ({ questionKey, customText }));
}

export function withQuestionAdded(entries: readonly GuideEntry[], questionKey: string): GuideEntry[] {
  if (entries.some((e) => e.questionKey === questionKey)) return [...entries];
  return [...entries, { questionKey, customText: '' }];
}

export function withOwnQuestionAdded(entries: readonly GuideEntry[], text: string): GuideEntry[] {
  return [...entries, { questionKey: '', customText: text }];
}

/** Moves the entry at `index` one place up (-1) or down (+1); at either end it stays where it is. */
export function withEntryMoved(entries: readonly GuideEntry[], index: number, step: -1 | 1): GuideEntry[] {
  const target = index + step;
  const out = [...entries];
  const moving = out[index];
  const other = out[target];
  if (moving === undefined || other === undefined) return out;
  out[target] = moving;
  out[index] = other;
  return out;
}

export function withEntryRemoved(entries: readonly GuideEntry[], index: number): GuideEntry[] {
  return entries.filter((_, i) => i !== index);
}
