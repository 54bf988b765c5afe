/**
 * A moment as people read it in their language ("3 Feb 2027, 19:00" /
 * "2027/02/03 19:00"), in the reader's own time zone: when a sheet was
 * submitted is a local fact for whoever chases the panel.
 */
import type { Language } from '../../../shared/domain/entities';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const formats = new Map<Language, Intl.DateTimeFormat>();

export function formatDateTime(iso: string, lang: Language): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(lang, format);
  }
  return format.format(new Date(iso));
}
