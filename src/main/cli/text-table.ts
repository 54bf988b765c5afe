/**
 * Plain-text tables for a terminal, aligned by display width (so Japanese
 * names line up) and drawn with ASCII only: box-drawing characters are
 * "ambiguous width" and turn double-wide in many Japanese terminals.
 */
import { padEndToWidth, padStartToWidth, displayWidth, truncateToWidth } from './display-width';

export interface TableColumn {
  align: 'left' | 'right';
  /** Cells wider than this are cut with "…". */
  maxWidth?: number;
}

/** A row of cells, or a horizontal rule. */
export type TableRow = readonly string[] | 'rule';

const GAP = '  ';

export function renderTable(columns: readonly TableColumn[], header: readonly (readonly string[])[], rows: readonly TableRow[]): string[] {
  const fit = (text: string, i: number) => {
    const max = columns[i]?.maxWidth;
    return max === undefined ? text : truncateToWidth(text, max);
  };
  const cellRows = [...header, ...rows.filter((r): r is readonly string[] => r !== 'rule')];
  const widths = columns.map((_, i) => Math.max(0, ...cellRows.map((r) => displayWidth(fit(r[i] ?? '', i)))));
  const line = (cells: readonly string[]) =>
    columns
      .map((col, i) => {
        const text = fit(cells[i] ?? '', i);
        const width = widths[i] ?? 0;
        return col.align === 'right' ? padStartToWidth(text, width) : padEndToWidth(text, width);
      })
      .join(GAP)
      .trimEnd();
  const totalWidth = widths.reduce((sum, w) => sum + w, 0) + GAP.length * Math.max(0, columns.length - 1);
  const rule = '-'.repeat(totalWidth);
  const out = header.map(line);
  if (header.length > 0) out.push(rule);
  for (const row of rows) out.push(row === 'rule' ? rule : line(row));
  return out;
}
