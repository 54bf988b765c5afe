/**
 * Reviewer comments grouped by what they are about (a ClauseRef: the sheet, a
 * clause fact, a phase, a milestone or a trigger), oldest first, so a thread
 * reads as the conversation it was.
 */
import type { ClauseRef, TermComment } from '../../../shared/domain/terms';

export function threadOf(comments: readonly TermComment[], termSheetId: string, clause: ClauseRef): TermComment[] {
  return comments
    .filter((c) => c.termSheetId === termSheetId && c.clause === clause)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

export function openCount(thread: readonly TermComment[]): number {
  return thread.filter((c) => !c.resolved).length;
}
