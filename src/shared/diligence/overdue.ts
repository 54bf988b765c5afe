/**
 * When a due-diligence request is overdue (issue 5): its due date has passed
 * and we are still waiting for it. Dates are calendar days (YYYY-MM-DD), and
 * "today" is the reader's own calendar day, passed in so the rule is a pure
 * function of its inputs.
 *
 * Only a request still waiting (status "requested") is overdue. One that was
 * received or verified is done; one that was refused has been answered, and
 * a refusal is a finding of its own (shown as such), not a late document.
 */
import type { DueDiligenceItem } from '../domain/vetting';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of a moment in the local time zone, as YYYY-MM-DD. */
export function localIsoDate(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  // Both read as midnight UTC, so no time zone or daylight-saving shift enters the count.
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isOverdue(item: Pick<DueDiligenceItem, 'dueOn' | 'status'>, today: string): boolean {
  return item.status === 'requested' && item.dueOn !== null && item.dueOn < today;
}

/** How many days an overdue request is late; 0 when it is not overdue. */
export function daysOverdue(item: Pick<DueDiligenceItem, 'dueOn' | 'status'>, today: string): number {
  return isOverdue(item, today) && item.dueOn !== null ? daysBetween(item.dueOn, today) : 0;
}

export interface RequestListSummary {
  total: number;
  waiting: number;
  overdue: number;
  /** Received or verified. */
  done: number;
  refused: number;
}

export function summariseRequests(items: readonly Pick<DueDiligenceItem, 'dueOn' | 'status'>[], today: string): RequestListSummary {
  return {
    total: items.length,
    waiting: items.filter((i) => i.status === 'requested').length,
    overdue: items.filter((i) => isOverdue(i, today)).length,
    done: items.filter((i) => i.status === 'received' || i.status === 'verified').length,
    refused: items.filter((i) => i.status === 'refused').length,
  };
}
