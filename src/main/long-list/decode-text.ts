/**
 * The text of a CSV file in the encodings Japanese users actually send:
 * UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8 without one (most other
 * tools), and Shift_JIS (Excel's plain "CSV" on a Japanese Windows, which is
 * really Microsoft's cp932). There is no label in a CSV, so it is detected:
 * a BOM says UTF-8; bytes that are valid UTF-8 are read as UTF-8 (Shift_JIS
 * text with kana or kanji is almost never valid UTF-8); anything else is read
 * as Shift_JIS. The WHATWG "shift_jis" decoder that Node's ICU provides is
 * the cp932 superset, so NEC and IBM extensions (①, 髙) come through too.
 *
 * Characters are kept as they are: half-width katakana stay half-width and
 * full-width letters stay full-width (search folds them, the record does not).
 */
import type { CsvEncoding } from '../../shared/api/contract-long-list';

export interface DecodedText {
  encoding: CsvEncoding;
  text: string;
}

/** UTF-16 is what Excel calls "Unicode text": a byte-order mark either way round. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasUtf8Bom(bytes)) return { encoding: 'utf-8-bom', text: new TextDecoder('utf-8').decode(bytes) };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: the other encoding a Japanese office sends.
    return { encoding: 'shift_jis', text: new TextDecoder('shift_jis').decode(bytes) };
  }
}
