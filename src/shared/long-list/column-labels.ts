/**
 * How a column of a long-list file is called on screen and in error
 * messages: by the name in its header cell when the first row is a header,
 * otherwise (or when that cell is blank) by its spreadsheet letter, the name
 * a user sees above the column in Excel.
 */

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnLabels(firstRow: readonly string[] | undefined, columnCount: number, headerRow: boolean): string[] {
  return Array.from({ length: columnCount }, (_, i) => {
    const header = headerRow ? (firstRow?.[i] ?? '').trim() : '';
    return header !== '' ? header : columnLetter(i);
  });
}
