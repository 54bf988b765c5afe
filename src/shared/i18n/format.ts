/**
 * The one formatting helper for numbers (ENGINEERING.md, pattern 12): totals
 * are rounded only here, for display, with Intl in the reader's language.
 */
import type { Language } from '../domain/entities';

const locales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, f);
  }
  return f;
}

/** A 0–100 total or points value with one decimal: "72.4". */
export function formatPoints(value: number, lang: Language, digits = 1): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A fraction of the whole as a percentage: 0.315 → "31.5%". */
export function formatPercent(fraction: number, lang: Language, digits = 1): string {
  return numberFormat(lang, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
}

/** A 0–5 score: up to two decimals, no trailing zeros ("3", "3.5", "3.67"). */
export function formatScore(value: number, lang: Language): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A signed change in percentage points of a fraction: 0.075 → "+7.5". */
export function formatPointChange(fraction: number, lang: Language, digits = 1): string {
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(fraction * 100);
}

const collators = new Map<Language, Intl.Collator>();

/**
 * Sorting of names in the reader's language (Intl.Collator; ja orders kana and kanji readings sensibly).
 * Kept per language like the number formats: screens ask for one on every render, and building a
 * collator loads the locale's rules each time.
 */
export function collator(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(locales[lang], { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

/** Search key: NFKC folds full- and half-width forms, then case (ENGINEERING.md, pattern 13). */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], options);
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A calendar date (YYYY-MM-DD) as people read it: "14 Sept 2026" /
 * "2026/09/14". A date is a day, not a moment: it is formatted in UTC so that
 * no time zone moves a meeting to the day before.
 */
export function formatCalendarDate(isoDate: string, lang: Language): string {
  return dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A moment (ISO 8601) in the reader's own time zone: "3 Feb 2027, 19:00" / "2027/02/03 19:00". */
export function formatDateTime(iso: string, lang: Language): string {
  return dateFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
