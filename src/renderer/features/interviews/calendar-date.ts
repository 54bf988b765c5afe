/**
 * Calendar dates (YYYY-MM-DD) as people read them: "14 Jan 2027" /
 * "2027/01/14". A meeting happened on a day, wherever the reader is, so the
 * date is formatted as it is, in UTC, never shifted by the reader's time zone.
 */
import type { Language } from '../../../shared/domain/entities';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const formats = new Map<Language, Intl.DateTimeFormat>();

export function formatCalendarDate(isoDate: string, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today in the reader's own calendar (the day they are recording the meeting on). */
export function todayIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
