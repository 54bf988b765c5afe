/**
 * How long a proposal has waited, in the largest whole unit that fits
 * ("3 days", not "74 hours"), and how long ago something happened, both
 * worded by Intl in the reader's language.
 */
import type { Language } from '../../../shared/domain/entities';

export type ElapsedUnit = 'day' | 'hour' | 'minute';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole units from `sinceIso` to `nowMs`; a time in the future (a clock set differently) counts as none. */
export function elapsed(sinceIso: string, nowMs: number): { value: number; unit: ElapsedUnit } {
  const ms = Math.max(0, nowMs - Date.parse(sinceIso));
  if (ms >= DAY) return { value: Math.floor(ms / DAY), unit: 'day' };
  if (ms >= HOUR) return { value: Math.floor(ms / HOUR), unit: 'hour' };
  return { value: Math.floor(ms / MINUTE), unit: 'minute' };
}

const locales: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

/** "3 days" / "3日間" style: a span of time. */
export function formatElapsed(sinceIso: string, nowMs: number, lang: Language): string {
  const { value, unit } = elapsed(sinceIso, nowMs);
  return new Intl.NumberFormat(locales[lang], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "3 days ago" / "3 日前": a moment relative to now. */
export function formatAgo(sinceIso: string, nowMs: number, lang: Language): string {
  const { value, unit } = elapsed(sinceIso, nowMs);
  return new Intl.RelativeTimeFormat(locales[lang], { numeric: 'auto' }).format(-value, unit);
}
