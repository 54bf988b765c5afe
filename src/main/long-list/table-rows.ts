/**
 * A long-list file read into rows of text, whatever it was (CSV or XLSX):
 * each row keeps the number it has in the file, so that an error can name the
 * row a user finds when they open the file again.
 */
export interface TableRow {
  /** 1-based, as a spreadsheet numbers rows: the header, if any, is row 1. */
  number: number;
  cells: string[];
}

/** Rows that hold something, every cell trimmed; blank rows are dropped but keep their place in the numbering. */
export function keepFilledRows(rows: readonly TableRow[]): TableRow[] {
  const filled: TableRow[] = [];
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.some((c) => c !== '')) filled.push({ number: row.number, cells });
  }
  return filled;
}

/** Columns up to the last one that holds something in any row. */
export function columnCountOf(rows: readonly TableRow[]): number {
  let count = 0;
  for (const row of rows) {
    for (let i = row.cells.length - 1; i >= count; i--) {
      if (row.cells[i] !== '') {
        count = i + 1;
        break;
      }
    }
  }
  return count;
}
