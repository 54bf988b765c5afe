/**
 * A calendar day (YYYY-MM-DD) as people read it: "10 Jan 2027" / "2027/01/10".
 * Read and written in UTC, so the day never shifts with the reader's time zone.
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
