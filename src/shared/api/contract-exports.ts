/**
 * Contract operations of issue 7 (executive output): spreadsheet exports.
 * The workbook holds every table; a CSV holds one, picked by its key.
 */
import { z } from 'zod';
import { Id, Language } from '../domain/entities';
import { ExportTableKey } from '../exports/export-table';
import { op } from './contract-op';

export const exportsOps = {
  'exports.xlsx': op(
    z.strictObject({ dealRoomId: Id, lang: Language }),
    z.object({ fileName: z.string(), contentBase64: z.string() }),
  ),
  'exports.csv': op(
    z.strictObject({ dealRoomId: Id, table: ExportTableKey, lang: Language }),
    z.object({ fileName: z.string(), content: z.string() }),
  ),
} as const;
