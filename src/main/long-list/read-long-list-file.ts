/**
 * A long-list file as rows of text: an .xlsx workbook (its first sheet) or a
 * CSV in UTF-8 or Shift_JIS. The content decides, not only the name: a
 * workbook is a ZIP archive, whatever it is called. Files that are neither
 * are refused with what to do instead.
 */
import type { CsvEncoding, LongListFormat } from '../../shared/api/contract-long-list';
import type { Language } from '../../shared/domain/entities';
import { formatFileSize, formatMegabytes, formatMegabytesOver } from '../../shared/evidence/file-size';
import { MAX_LONG_LIST_BYTES, MAX_LONG_LIST_COLUMNS, MAX_XLSX_ENTRIES, MAX_XLSX_UNPACKED_BYTES } from '../../shared/long-list/long-list-limits';
import { DomainError } from '../handlers/domain-error';
import { checkZipDirectory } from '../portable/zip-directory';
import { decodeText, hasUtf16Bom } from './decode-text';
import { parseCsv } from './parse-csv';
import { readXlsx } from './read-xlsx';
import { columnCountOf, keepFilledRows, type TableRow } from './table-rows';

export interface LongListTable {
  format: LongListFormat;
  encoding: CsvEncoding | null;
  /** Rows holding something, in file order, each padded to `columnCount` cells. */
  rows: TableRow[];
  columnCount: number;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: a pre-2007 .xls, or any workbook saved with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const MEGABYTE = 1024 * 1024;

export function bytesFromBase64(contentBase64: string, fileName: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  if (bytes.length > MAX_LONG_LIST_BYTES) {
    throw new DomainError(
      'rule_violation',
      'longList:errors.tooLarge',
      // Rounded up: a file one byte over 10 MB reads "10.1 MB", never "10 MB" beside a limit of 10 MB.
      { fileName, size: Math.ceil((bytes.length / MEGABYTE) * 10) / 10, max: MAX_LONG_LIST_BYTES / MEGABYTE },
      'contentBase64',
    );
  }
  return bytes;
}

/**
 * Control characters other than tab, line feed and carriage return: text
 * never holds them, binary files do (a CSV with them is a misnamed file).
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Parts every workbook has; a zip without them (a .docx, a zip in a zip) is not a workbook whatever its name. */
const WORKBOOK_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

/**
 * Refuses an .xlsx whose zip is unsafe to hand to exceljs (which inflates
 * every part whole): too many parts, too big unpacked by what it records or
 * by what it really holds, names that climb out of a folder, links, or no
 * workbook inside at all.
 */
function checkWorkbookArchive(bytes: Uint8Array, fileName: string, lang: Language): void {
  const refuse = (key: string, params: Record<string, unknown> = {}) => new DomainError('rule_violation', key, { fileName, ...params }, 'contentBase64');
  const zip = checkZipDirectory(bytes, { maxEntries: MAX_XLSX_ENTRIES, maxBytes: MAX_XLSX_UNPACKED_BYTES });
  if (zip.ok) {
    const names = new Set(zip.entries.map((e) => e.name));
    if (!WORKBOOK_PARTS.every((p) => names.has(p))) throw refuse('longList:errors.notAWorkbook');
    return;
  }
  switch (zip.reason) {
    case 'tooManyEntries':
      throw refuse('longList:errors.workbookTooManyParts', { count: zip.count, max: MAX_XLSX_ENTRIES });
    case 'tooLarge':
      throw refuse('longList:errors.workbookTooLarge', { size: formatMegabytesOver(zip.size, lang), limit: formatMegabytes(MAX_XLSX_UNPACKED_BYTES, lang) });
    case 'sizeLie':
      throw refuse('longList:errors.workbookSizeLie', { path: zip.name, size: formatFileSize(zip.size, lang) });
    case 'unsafeName':
    case 'duplicateName':
    case 'link':
      throw refuse('longList:errors.workbookStrangePart', { path: zip.name });
    default:
      throw refuse('longList:errors.unreadableWorkbook');
  }
}

export function readLongListFile(fileName: string, bytes: Uint8Array, lang: Language = 'en'): LongListTable {
  if (bytes.length === 0) throw new DomainError('rule_violation', 'longList:errors.emptyFile', { fileName }, 'contentBase64');
  if (startsWith(bytes, OLE) || /\.xls$/i.test(fileName)) throw new DomainError('rule_violation', 'longList:errors.oldWorkbook', { fileName }, 'contentBase64');
  let format: LongListFormat;
  let encoding: CsvEncoding | null = null;
  let raw: TableRow[];
  if (startsWith(bytes, ZIP)) {
    format = 'xlsx';
    checkWorkbookArchive(bytes, fileName, lang);
    raw = readXlsx(bytes, fileName).rows;
  } else if (/\.xls[xmb]$/i.test(fileName)) {
    throw new DomainError('rule_violation', 'longList:errors.unreadableWorkbook', { fileName }, 'contentBase64');
  } else {
    if (hasUtf16Bom(bytes)) throw new DomainError('rule_violation', 'longList:errors.utf16', { fileName }, 'contentBase64');
    // Text never holds a NUL byte; a PDF or an image does.
    if (bytes.includes(0)) throw new DomainError('rule_violation', 'longList:errors.notText', { fileName }, 'contentBase64');
    const decoded = decodeText(bytes);
    if (!decoded) throw new DomainError('rule_violation', 'longList:errors.unknownEncoding', { fileName }, 'contentBase64');
    if (CONTROL_CHARACTER.test(decoded.text)) throw new DomainError('rule_violation', 'longList:errors.notText', { fileName }, 'contentBase64');
    format = 'csv';
    encoding = decoded.encoding;
    raw = parseCsv(decoded.text);
  }
  const rows = keepFilledRows(raw);
  const columnCount = columnCountOf(rows);
  if (columnCount > MAX_LONG_LIST_COLUMNS)
    throw new DomainError('rule_violation', 'longList:errors.tooManyColumns', { count: columnCount, max: MAX_LONG_LIST_COLUMNS }, 'contentBase64');
  return {
    format,
    encoding,
    rows: rows.map((r) => ({ number: r.number, cells: Array.from({ length: columnCount }, (_, i) => r.cells[i] ?? '') })),
    columnCount,
  };
}
