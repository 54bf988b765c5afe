/**
 * Contract operations of the vetting workflow (issue 5): long-list import
 * from CSV and XLSX. The file travels whole, as base64, to both operations:
 * the preview reads it to show its first rows and suggest which column fills
 * which field; the import reads it again with the user's mapping and adds
 * every row to the long list, or nothing.
 */
import { z } from 'zod';
import { Id, ShortText } from '../domain/primitives';
import { LongListField, LongListMapping } from '../long-list/long-list-fields';
import { MAX_LONG_LIST_BASE64_CHARS, PREVIEW_ROWS } from '../long-list/long-list-limits';
import { LongListPage, LongListPageRequest } from '../long-list/long-list-page';
import { op } from './contract-op';

export const LongListFormat = z.enum(['csv', 'xlsx']);
export type LongListFormat = z.infer<typeof LongListFormat>;
export const CsvEncoding = z.enum(['utf-8', 'utf-8-bom', 'shift_jis']);
export type CsvEncoding = z.infer<typeof CsvEncoding>;

const LongListFile = {
  dealRoomId: Id,
  /** The name the file had on the user's disk: it tells an .xlsx from a .csv and goes to the change log. */
  fileName: ShortText.min(1),
  // A little over the size limit is let through here, so that the store can say
  // how big the file is and what the limit is, rather than "too many characters".
  contentBase64: z.base64().max(MAX_LONG_LIST_BASE64_CHARS * 2),
};

export const LongListPreview = z.object({
  format: LongListFormat,
  /** How the CSV's bytes were read; null for a workbook, which says so itself. */
  encoding: CsvEncoding.nullable(),
  /** One name per column: its header cell when the first row looks like a header, else its letter. */
  columns: z.array(z.string()),
  /** The file's first rows as they are (header included), each as long as `columns`. */
  rows: z.array(z.array(z.string())).max(PREVIEW_ROWS),
  /** The row number each preview row has in the file (blank rows are skipped, not renumbered). */
  rowNumbers: z.array(z.number().int().min(1)).max(PREVIEW_ROWS),
  /** Rows in the file that hold anything, header included. */
  rowCount: z.number().int().min(0),
  /** Whether the first row looks like column names (some of them are names we know). */
  headerRow: z.boolean(),
  suggestedMapping: z.partialRecord(LongListField, z.number().int().min(0)),
});
export type LongListPreview = z.infer<typeof LongListPreview>;

export const longListOps = {
  'longList.preview': op(z.strictObject(LongListFile), LongListPreview),
  /** All or nothing: every row is checked first; one bad row refuses the file, naming that row and its column. */
  'longList.import': op(
    z.strictObject({ ...LongListFile, mapping: LongListMapping, headerRow: z.boolean() }),
    z.object({ imported: z.number().int().min(0) }),
  ),
  /** A window of the long list, sorted and filtered in SQL (issue 9): a room of 10,000 candidates is read a page at a time. */
  'longList.page': op(LongListPageRequest, LongListPage),
} as const;
