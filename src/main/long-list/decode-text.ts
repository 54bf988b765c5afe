/**
 * The text of a CSV file in the encodings Japanese users actually send:
 * UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-8 without one (most other
 * tools), and Shift_JIS (Excel's plain "CSV" on a Japanese Windows, which is
 * really Microsoft's cp932). There is no label in a CSV, so it is detected:
 * a BOM says UTF-8; bytes that are valid UTF-8 are read as UTF-8 (Shift_JIS
 * text with kana or kanji is almost never valid UTF-8); anything else is read
 * as Shift_JIS if it is valid Shift_JIS and looks like it, and refused
 * otherwise (Windows-1252 from a European office, a damaged file). The WHATWG "shift_jis" decoder that Node's ICU provides is
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

/**
 * Bytes that a Shift_JIS decoder accepts but no Japanese office sends: the
 * user-defined area (private-use characters), the one-byte controls cp932
 * passes through, and half-width katakana wedged between Latin letters, which
 * is how Windows-1252 "Müller" or "GÖTEBORG" reads as Shift_JIS ("Mﾃｼller"
 * needs the UTF-8 bytes, but "GﾖTEBORG" is one Latin-1 byte for Ö), or a
 * lone one before lower-case Latin ("ﾖsterreich"); or one kanji inside a
 * lower-case word (Latin-1 "ç" and the letter after it read as one kanji:
 * "Fa軋de").
 */
const NOT_REALLY_SHIFT_JIS = /[\uE000-\uF8FF\u0080-\u009F]|[A-Za-z][\uFF61-\uFF9F]+[A-Za-z]|(?:^|[^\uFF61-\uFF9F])[\uFF61-\uFF9F][a-z]|[a-z][\u4E00-\u9FFF][a-z]/m;

/**
 * The text, or undefined when the bytes are neither UTF-8 nor believable
 * Shift_JIS (Windows-1252 text, a damaged file): guessing would put
 * mojibake into the long list, so the caller refuses the file instead.
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (hasUtf8Bom(bytes)) {
    try {
      return { encoding: 'utf-8-bom', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // A BOM in front of bytes that are not UTF-8: damaged, or another encoding under a BOM an editor added.
      return undefined;
    }
  }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: the other encoding a Japanese office sends, if it reads as that.
  }
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return NOT_REALLY_SHIFT_JIS.test(text) ? undefined : { encoding: 'shift_jis', text };
  } catch {
    return undefined;
  }
}
