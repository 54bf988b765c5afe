/**
 * A workbook cell as the text a user reads in it. exceljs hands a cell's
 * value over as a number, a string, a Date (for a number formatted as a date),
 * rich text, a hyperlink, a formula with its last result, or an error.
 * Formulas are refused before any cell is read as text (holdsFormula).
 */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as YYYY-MM-DD. Spreadsheet dates carry no time zone; exceljs puts
 * them at that moment in UTC, so they are read back in UTC. A time of day, if
 * there is one, follows as HH:MM.
 */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['richText'])) {
    return v['richText'].map((run: unknown) => (typeof run === 'object' && run !== null && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
  }
  if ('hyperlink' in v) {
    // The text shown in the cell, or the address itself when the cell shows nothing else.
    const shown = cellText(v['text']);
    return shown !== '' ? shown : cellText(v['hyperlink']);
  }
  // An error value (#N/A, #REF!) reads as the error, as it does in the cell.
  if (typeof v['error'] === 'string') return v['error'];
  return '';
}

/**
 * Whether exceljs read the cell as a formula: its own formula, one shared
 * from another cell, or part of an array formula. Its last result is only
 * what Excel computed when the file was saved, and the formula itself could
 * be anything (a link out, a lookup into another file), so a long list takes
 * values only.
 */
export function holdsFormula(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Date) return false;
  return 'formula' in value || 'sharedFormula' in value || 'shareType' in value;
}
