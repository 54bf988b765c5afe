/**
 * One exported table as CSV text that spreadsheet programs open correctly:
 * UTF-8 with a byte-order mark (without it Excel reads Japanese as mojibake),
 * CRLF line ends (RFC 4180), fields quoted only where needed. Text cells are
 * already made inert against formula injection when the table is built
 * (shared/exports/export-table.ts inertText), so papaparse's own escaping is
 * off to avoid quoting twice.
 */
import Papa from 'papaparse';
import type { ExportCell, ExportTable } from '../../shared/exports/export-table';

export const BOM = '\uFEFF';

function cellValue(cell: ExportCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'formula':
      return String(cell.result);
  }
}

export function writeCsv(table: ExportTable): string {
  const width = Math.max(0, ...table.rows.map((r) => r.cells.length));
  const data = table.rows.map((row) => Array.from({ length: width }, (_, i) => cellValue(row.cells[i] ?? { kind: 'empty' })));
  return BOM + Papa.unparse(data, { newline: '\r\n', escapeFormulae: false, quotes: false });
}
