/**
 * The stretch of time the as-of slider covers, and the moves on it: from the
 * earliest phase start to the latest phase end of the room's term sheets
 * (inclusive calendar dates, as in src/shared/domain/terms.ts). The slider's
 * value is a day index from the first day, so one arrow press is one day.
 */
import type { Phase } from '../../../shared/domain/terms';
import { addDays, addMonths } from '../../../shared/terms/calendar-dates';
import type { CalendarDate } from '../../../shared/terms/terms-evaluation';

export interface AsOfSpan {
  from: CalendarDate;
  to: CalendarDate;
  /** Index of the last day: `to` is `from` plus this many days. */
  lastIndex: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: CalendarDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The span of the given phases; null when there are none (the slider then has nothing to cover). */
export function asOfSpan(phases: readonly Pick<Phase, 'startsOn' | 'endsOn'>[]): AsOfSpan | null {
  if (phases.length === 0) return null;
  let from = phases[0]!.startsOn;
  let to = phases[0]!.endsOn;
  for (const p of phases) {
    if (p.startsOn < from) from = p.startsOn;
    if (p.endsOn > to) to = p.endsOn;
  }
  // A phase ending before it starts is refused by the store; guard anyway so the slider never runs backwards.
  if (to < from) to = from;
  return { from, to, lastIndex: dayNumber(to) - dayNumber(from) };
}

export function clampToSpan(date: CalendarDate, span: AsOfSpan | null): CalendarDate {
  if (!span) return date;
  if (date < span.from) return span.from;
  if (date > span.to) return span.to;
  return date;
}

/** Where a date sits on the slider (clamped into the span). */
export function dayIndexOf(date: CalendarDate, span: AsOfSpan): number {
  return dayNumber(clampToSpan(date, span)) - dayNumber(span.from);
}

export function dateAtIndex(index: number, span: AsOfSpan): CalendarDate {
  const i = Math.min(Math.max(Math.round(index), 0), span.lastIndex);
  return addDays(span.from, i);
}

/** A month earlier or later (PageDown / PageUp on the slider), staying inside the span. */
export function moveByMonths(date: CalendarDate, months: number, span: AsOfSpan): CalendarDate {
  return clampToSpan(addMonths(clampToSpan(date, span), months), span);
}

/** A plausible calendar date typed in the date field (YYYY-MM-DD that exists on the calendar). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}
