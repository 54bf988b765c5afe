/**
 * Reads a number typed by a person. Japanese keyboards often produce
 * full-width digits and points ("３．５"), so the text is NFKC-folded first
 * (ENGINEERING.md, pattern 13). Text that is still not a number is kept as
 * typed: the API's schema judges it and words the error in the UI language.
 */
export type NumberText = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

export function parseNumberText(text: string): NumberText {
  const folded = text.normalize('NFKC').trim().replace(/\s+/g, '');
  if (folded === '') return { kind: 'empty' };
  // Only plain decimals: "1e3", "0x10" or "Infinity" are not what anyone means on a 0–5 scale.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(folded)) return { kind: 'invalid', text };
  return { kind: 'number', value: Number(folded) };
}

/**
 * What to send for a number field: the number, or the text as typed so that
 * the API answers with its own translated message naming the field.
 */
export function numberForApi(parsed: NumberText): number {
  if (parsed.kind === 'number') return parsed.value;
  // Deliberately not a number: the contract's schema rejects it with "must be a number".
  return (parsed.kind === 'invalid' ? parsed.text : '') as unknown as number;
}

/** The text an input shows for a stored number (no locale grouping, so it parses back). */
export function numberToText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1e6) / 1e6);
}
