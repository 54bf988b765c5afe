/**
 * The length of a stretch of time in months, for the term-risk review ("a
 * term longer than 24 months", "no review for more than 12 months") and the
 * terms summary's pilot length.
 *
 * A stretch is measured from its first day up to (not including) its `to`
 * day, so a phase that ends on 2027-06-30 is measured up to 2027-07-01:
 * 2027-01-01 → 2027-07-01 is exactly 6 months. Months are counted on the
 * calendar (addMonths in calendar-dates.ts: 01-31 plus one month is 02-28),
 * and what is left after the whole months counts as a fraction of the month
 * that follows them, so that "more than 12 months" means what a reader of the
 * contract would mean by it.
 */
import { addDays, addMonths } from './calendar-dates';
import type { CalendarDate } from './terms-evaluation';

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day after: where a stretch that ends (inclusive) on `date` stops being counted. */
export function nextDay(date: CalendarDate): CalendarDate {
  return addDays(date, 1);
}

/**
 * Months from `from` up to (not including) `to`, the remainder as a fraction
 * of the next month: 2027-01-01 → 2027-07-16 is 6 + 15/31 months. A stretch
 * that ends before it starts counts as 0.
 */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (to <= from) return 0;
  let whole = 0;
  // Whole months first; a term sheet spans at most a few decades, so counting up is cheap.
  while (addMonths(from, whole + 1) <= to) whole += 1;
  const reached = addMonths(from, whole);
  return whole + daysBetween(reached, to) / daysBetween(reached, addMonths(from, whole + 1));
}
