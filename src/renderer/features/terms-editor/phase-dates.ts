/**
 * Calendar arithmetic for the phase form. Dates are YYYY-MM-DD calendar days,
 * inclusive at both ends (src/shared/domain/terms.ts), computed in UTC so no
 * time zone moves a day. A phase "of N months" from S ends the day before the
 * same day N months later, the rule the terms engine uses for rights "from F
 * for N months"; a month end that does not exist is clamped (31 Jan + 1 month
 * is 28 Feb), so the form and the engine agree on every boundary.
 */

const DAY_MS = 86_400_000;

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return format(parse(text)) === text;
}

export function addDays(iso: string, days: number): string {
  return format(new Date(parse(iso).getTime() + days * DAY_MS));
}

/** The same day `months` later, clamped to the last day of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const d = parse(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return format(target);
}

/** The last day of a phase that starts on `startsOn` and lasts `months` months. */
export function endFromDuration(startsOn: string, months: number): string {
  return addDays(addMonths(startsOn, months), -1);
}

/**
 * The whole number of months from `startsOn` to `endsOn` when the phase is
 * exactly that long (so an edited phase can reopen in "duration" mode), else null.
 */
export function exactMonths(startsOn: string, endsOn: string): number | null {
  if (!isCalendarDate(startsOn) || !isCalendarDate(endsOn) || endsOn < startsOn) return null;
  const s = parse(startsOn);
  const e = parse(endsOn);
  const guess = (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + (e.getUTCMonth() - s.getUTCMonth());
  for (const n of [guess, guess + 1]) if (n >= 1 && endFromDuration(startsOn, n) === endsOn) return n;
  return null;
}

/** Today in the reader's own calendar, as YYYY-MM-DD (the default day an outcome is settled on). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
