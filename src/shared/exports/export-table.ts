/**
 * The tables that leave the app as spreadsheets (issue 7, "Spreadsheets and
 * files"), as rows of typed cells. One description feeds both writers: the
 * XLSX writer keeps numbers, formats and formulas; the CSV writer writes each
 * cell's value (a formula's computed result), so both always agree.
 */
import { z } from 'zod';

export const ExportTableKey = z.enum(['matrix', 'candidates', 'scores', 'consensus', 'flags', 'terms', 'changeLog']);
export type ExportTableKey = z.infer<typeof ExportTableKey>;

/** How a number is shown in the workbook (the CSV writes the plain value). */
export type NumberFormat = 'score' | 'fraction' | 'points' | 'integer';

export type ExportCell =
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number; format: NumberFormat }
  /** A live formula in A1 notation (no leading "="), with the value the app computed for it. */
  | { kind: 'formula'; formula: string; result: number; format: NumberFormat };

/** 'header' rows are styled and frozen; 'summary' rows (sums, totals) are set apart. */
export type RowRole = 'header' | 'body' | 'summary' | 'note';

export interface ExportRow {
  role: RowRole;
  cells: ExportCell[];
}

export interface ExportTable {
  key: ExportTableKey;
  /** The sheet name (at most 31 characters, none of : \ / ? * [ ]). */
  title: string;
  /** Column widths in characters. */
  widths: number[];
  /** How many leading columns stay in view when scrolling sideways. */
  frozenColumns: number;
  rows: ExportRow[];
}

/** Characters that make a spreadsheet program read a cell as a formula (or split it): OWASP's list. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet will not run it: a leading quote makes a cell that
 * starts like a formula plain text ("=HYPERLINK(…)" becomes "'=HYPERLINK(…)").
 * Applied to every text cell, in the XLSX as well as the CSV, since a sheet
 * saved again as CSV from another program would lose the cell's type.
 */
export function inertText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const empty: ExportCell = { kind: 'empty' };

export function text(value: string): ExportCell {
  return value === '' ? empty : { kind: 'text', value: inertText(value) };
}

export function num(value: number | null, format: NumberFormat): ExportCell {
  return value === null || !Number.isFinite(value) ? empty : { kind: 'number', value, format };
}

export function headerRow(labels: readonly string[]): ExportRow {
  return { role: 'header', cells: labels.map(text) };
}

/** A1 column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The room name made safe as a file name on every system. */
export function exportFileName(roomName: string, suffix: string, extension: 'xlsx' | 'csv'): string {
  const safe = roomName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120);
  return `${safe === '' ? 'deal-room' : safe}${suffix === '' ? '' : ` - ${suffix}`}.${extension}`;
}
