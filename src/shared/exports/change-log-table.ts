/**
 * The "Change log" sheet: every row of the room's append-only log, oldest
 * first, with before and after as JSON text so that any value (a number, a
 * list, null) reads back exactly.
 */
import type { ChangeLogEntry, Language } from '../domain/entities';
import { translator } from '../i18n/translator';
import { headerRow, text, type ExportRow, type ExportTable } from './export-table';

const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

export function changeLogTable(entries: readonly ChangeLogEntry[], lang: Language): ExportTable {
  const t = translator(lang);
  const rows: ExportRow[] = [
    headerRow([
      t('exports:columns.at'),
      t('exports:columns.actor'),
      t('exports:columns.entity'),
      t('exports:columns.entityId'),
      t('exports:columns.field'),
      t('exports:columns.before'),
      t('exports:columns.after'),
    ]),
  ];
  for (const e of [...entries].sort((a, b) => a.seq - b.seq)) {
    rows.push({ role: 'body', cells: [text(e.at), text(e.actor), text(e.entity), text(e.entityId), text(e.field), text(json(e.before)), text(json(e.after))] });
  }
  return { key: 'changeLog', title: t('exports:sheets.changeLog'), widths: [24, 18, 16, 38, 18, 50, 50], frozenColumns: 1, rows };
}
