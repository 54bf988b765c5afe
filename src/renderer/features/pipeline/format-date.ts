/**
 * A calendar date (YYYY-MM-DD) as people read it in their language
 * ("14 Sept 2026" / "2026/09/14"). The date is a day, not a moment: it is
 * formatted in UTC so that no time zone moves it to the day before.
 */
import type { Language } from '../../../shared/domain/entities';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const formats = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
