/** A target or actual with its unit, grouped the reader's way: "50,000,000 JPY" / "50,000,000 JPY"; "" when there is none. */
import type { Language } from '../../../shared/domain/entities';
import { formatScore } from '../../../shared/i18n/format';

export function amountText(value: number | null, unit: string, lang: Language): string {
  if (value === null) return '';
  // formatScore keeps up to two decimals and groups thousands, which suits counts and money alike.
  return [formatScore(value, lang), unit.trim()].filter(Boolean).join(' ');
}
