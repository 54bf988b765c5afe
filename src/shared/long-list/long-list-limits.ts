/**
 * The bounds of a long-list import, shared by the renderer (which refuses an
 * oversize file before reading it) and the store (which refuses it whatever
 * door it came through).
 */

/** A long list of a few thousand firms is well under a megabyte; 10 MB leaves room for wide exports. */
export const MAX_LONG_LIST_BYTES = 10 * 1024 * 1024;

/** Candidates one import may add: a long list, not a company register. */
export const MAX_LONG_LIST_ROWS = 5000;

/** Columns a long list may have: wide CRM exports stay well inside it. */
export const MAX_LONG_LIST_COLUMNS = 1000;

/** Rows the preview shows (the file's first rows, header included). */
export const PREVIEW_ROWS = 20;

/** The base64 text of a file at the size limit, with its padding. */
export const MAX_LONG_LIST_BASE64_CHARS = Math.ceil(MAX_LONG_LIST_BYTES / 3) * 4;

/**
 * What an .xlsx (a zip) may unpack to. A workbook of 5,000 rows of firms is
 * a few megabytes of XML; 100 MB leaves wide room and still stops a zip bomb
 * long before the reader runs out of memory.
 */
export const MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Parts an .xlsx may hold: Excel writes a few dozen, a few hundred with many sheets and pictures. */
export const MAX_XLSX_ENTRIES = 2000;
