/**
 * A calendar day as people read it ("12 Jan 2027" / "2027/01/12"). The day is
 * a date without a time zone, so it is formatted in UTC: a meeting on the
 * 12th stays on the 12th wherever the reader is.
 */
import type { Language } from '../../../shared/domain/entities';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const formats = new Map<Language, Intl.DateTimeFormat>();

export function formatDay(isoDate: string, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
