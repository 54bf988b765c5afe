/** File sizes as people read them, with Intl in the reader's language ("1.2 MB", "340 kB"). */
import type { Language } from '../domain/entities';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };
const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;

function unit(value: number, unitName: 'byte' | 'kilobyte' | 'megabyte', lang: Language, digits: number, roundingMode: 'halfExpand' | 'ceil' = 'halfExpand'): string {
  // Bytes read better spelt out ("340 bytes"); kB and MB are the usual abbreviations in both languages.
  const unitDisplay = unitName === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: unitName, unitDisplay, maximumFractionDigits: digits, roundingMode }).format(value);
}

/** A size in megabytes, for limits: 16 MiB → "16 MB". */
export function formatMegabytes(bytes: number, lang: Language): string {
  return unit(bytes / MEGABYTE, 'megabyte', lang, 1);
}

/**
 * A size that is over a limit, rounded up: a file one byte over 16 MB reads
 * "16.1 MB", never "16 MB" beside a limit of 16 MB.
 */
export function formatMegabytesOver(bytes: number, lang: Language): string {
  return unit(bytes / MEGABYTE, 'megabyte', lang, 1, 'ceil');
}

/** A file's size in the largest unit that keeps it above 1. */
export function formatFileSize(bytes: number, lang: Language): string {
  if (bytes >= MEGABYTE) return unit(bytes / MEGABYTE, 'megabyte', lang, 1);
  if (bytes >= KILOBYTE) return unit(bytes / KILOBYTE, 'kilobyte', lang, 0);
  return unit(bytes, 'byte', lang, 0);
}
