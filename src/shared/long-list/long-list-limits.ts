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
