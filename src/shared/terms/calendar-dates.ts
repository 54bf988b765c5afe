/**
 * Calendar arithmetic on YYYY-MM-DD strings for the terms engine. A date in a
 * term sheet is a day, not a moment, so everything runs on UTC day numbers:
 * no time zone or daylight-saving change can move a deadline by a day.
 */
import type { CalendarDate } from './terms-evaluation';

const MS_PER_DAY = 86_400_000;

function parts(date: CalendarDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fromUtc(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d) + days * MS_PER_DAY);
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/**
 * The same day `months` months later, clamped to the end of a shorter month:
 * 2027-01-31 + 1 month = 2027-02-28 (contracts read "one month" this way).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The last day of a right that starts on `from` and lasts `months` months,
 * inclusive: the day before the same date `months` later
 * (2027-07-01 for 24 months → 2029-06-30).
 */
export function lastDayOfMonths(from: CalendarDate, months: number): CalendarDate {
  return addDays(addMonths(from, months), -1);
}

/** ISO dates compare as strings; named for the reader. */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

export function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** The month of a date, YYYY-MM, as collision sentences show it. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** Whether two inclusive windows share at least one day (…-06-30 and 07-01-… do not). */
export function windowsOverlap(a: { from: CalendarDate; to: CalendarDate }, b: { from: CalendarDate; to: CalendarDate }): boolean {
  return a.from <= b.to && b.from <= a.to;
}
