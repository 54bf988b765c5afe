/**
 * A date as people write it in a Japanese or English spreadsheet, read as
 * YYYY-MM-DD: 2027-04-01, 2027/4/1 (how Excel writes dates into a Japanese
 * CSV), 2027.4.1 and 2027年4月1日, in half- or full-width digits. Only the
 * year-first order is accepted: 04/05/2027 means April in one office and May
 * in another, and a wrong first-contact date is worse than a refused row.
 */
const YEAR_FIRST = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** The date as YYYY-MM-DD, or null when the text is not a real calendar date in that order. */
export function readCalendarDate(text: string): string | null {
  const m = YEAR_FIRST.exec(text.normalize('NFKC').trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2027-02-30 over into March: a real date reads back the same.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
