/**
 * What may be attached as evidence (issue 5, "Evidence and due diligence"):
 * the kinds of files a due-diligence exchange actually carries (PDFs, scans
 * and screenshots, text and CSV exports, Office documents), each checked
 * against its content where the format has a signature, so a file cannot
 * claim to be a PDF and be something else.
 */

/**
 * The largest file accepted. Browser mode sends the content as base64 in a
 * JSON body of at most 25 MiB (src/main/server/http-server.ts); base64 makes
 * 3 bytes into 4 characters, so 16 MiB (21.4 MiB of text) fits with room to
 * spare, through every door alike.
 */
export const MAX_EVIDENCE_BYTES = 16 * 1024 * 1024;

/** The signature a format's content starts with (or is found at), when it has one. */
type Signature = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'zip' | 'ole' | 'text';

interface FileType {
  mediaType: string;
  /** A short name for messages and lists; format names read the same in English and Japanese. */
  label: string;
  extensions: readonly string[];
  signature: Signature;
}

/** Office Open XML files are ZIP archives; the legacy binary formats are OLE compound files. */
export const EVIDENCE_FILE_TYPES: readonly FileType[] = [
  { mediaType: 'application/pdf', label: 'PDF', extensions: ['pdf'], signature: 'pdf' },
  { mediaType: 'image/png', label: 'PNG', extensions: ['png'], signature: 'png' },
  { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'], signature: 'jpeg' },
  { mediaType: 'image/webp', label: 'WebP', extensions: ['webp'], signature: 'webp' },
  { mediaType: 'image/gif', label: 'GIF', extensions: ['gif'], signature: 'gif' },
  { mediaType: 'text/plain', label: 'TXT', extensions: ['txt', 'text', 'md'], signature: 'text' },
  { mediaType: 'text/csv', label: 'CSV', extensions: ['csv'], signature: 'text' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (.docx)', extensions: ['docx'], signature: 'zip' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (.xlsx)', extensions: ['xlsx'], signature: 'zip' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', label: 'PowerPoint (.pptx)', extensions: ['pptx'], signature: 'zip' },
  { mediaType: 'application/msword', label: 'Word (.doc)', extensions: ['doc'], signature: 'ole' },
  { mediaType: 'application/vnd.ms-excel', label: 'Excel (.xls)', extensions: ['xls'], signature: 'ole' },
  { mediaType: 'application/vnd.ms-powerpoint', label: 'PowerPoint (.ppt)', extensions: ['ppt'], signature: 'ole' },
];

/** The accept attribute of a file picker: every allowed extension. */
export const EVIDENCE_FILE_ACCEPT = EVIDENCE_FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(',');

export function fileTypeOf(mediaType: string): FileType | undefined {
  const bare = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return EVIDENCE_FILE_TYPES.find((t) => t.mediaType === bare);
}

/** The short name of an allowed media type ("PDF", "Excel (.xlsx)"), or the type itself. */
export function fileTypeLabel(mediaType: string): string {
  return fileTypeOf(mediaType)?.label ?? mediaType;
}

/** Every accepted kind, for a message that says what is allowed. */
export const EVIDENCE_TYPE_LABELS = EVIDENCE_FILE_TYPES.map((t) => t.label).join(', ');

export function isAllowedMediaType(mediaType: string): boolean {
  return fileTypeOf(mediaType) !== undefined;
}

/**
 * The media type a file name's extension stands for, or '' when it is not
 * one we accept. The picker's own type is not trusted: Windows reports a CSV
 * as an Excel sheet when Excel is installed, and some systems report nothing.
 */
export function mediaTypeForFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return '';
  const extension = fileName.slice(dot + 1).toLowerCase();
  return EVIDENCE_FILE_TYPES.find((t) => t.extensions.includes(extension))?.mediaType ?? '';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** How much of a text file is looked at for the zero bytes that betray a binary file. */
const TEXT_SNIFF_BYTES = 8192;

function hasSignature(bytes: Uint8Array, signature: Signature): boolean {
  switch (signature) {
    case 'pdf':
      return startsWith(bytes, ascii('%PDF-'));
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'gif':
      return startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
    case 'webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'zip':
      // A local file header: an empty archive (PK\5\6) holds no document.
      return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
    case 'ole':
      return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'text':
      // Text in any of the encodings people send (UTF-8, Shift_JIS) has no zero bytes; UTF-16 is not accepted as text.
      return !bytes.subarray(0, TEXT_SNIFF_BYTES).includes(0);
  }
}

/** Whether the content is what its declared (allowed) media type says it is. */
export function contentMatchesMediaType(bytes: Uint8Array, mediaType: string): boolean {
  const type = fileTypeOf(mediaType);
  return type !== undefined && hasSignature(bytes, type.signature);
}
