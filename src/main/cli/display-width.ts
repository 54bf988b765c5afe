/**
 * How many terminal columns a text takes. East Asian wide and fullwidth
 * characters (kanji, kana, hangul, fullwidth forms, most emoji) take two
 * columns, combining marks and format characters none, so a table with
 * Japanese company names only lines up when widths are counted this way
 * rather than by string length (Unicode Standard Annex #11, East Asian Width).
 */

/** Code point ranges of East Asian Width W and F (UAX #11), condensed to blocks. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (U+303F is narrow)
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, enclosed CJK
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII forms (halfwidth katakana from U+FF61 are narrow)
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], // Tangut and Khitan
  [0x1b000, 0x1b2ff], // Kana supplement and extensions
  [0x1f200, 0x1f251], // enclosed ideographic supplement
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x2fffd], // CJK extensions B–F
  [0x30000, 0x3fffd], // CJK extension G and later
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const VARIATION_SELECTOR_EMOJI = '\uFE0F';

function isWide(codePoint: number): boolean {
  let lo = 0;
  let hi = WIDE_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = WIDE_RANGES[mid];
    if (!range) return false;
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Width of one code point in columns: 0, 1 or 2. */
export function codePointWidth(char: string): number {
  const cp = char.codePointAt(0);
  if (cp === undefined) return 0;
  if (ZERO_WIDTH.test(char)) return 0;
  if (isWide(cp) || EMOJI_PRESENTATION.test(char)) return 2;
  return 1;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Width of one user-perceived character. An emoji sequence (joined by ZWJ,
 * or a pictograph with VS16) is drawn once, two columns wide; anything else
 * takes the sum of its code points, because terminals draw a half-width
 * katakana and its half-width voicing mark (ﾊﾞ) in two cells even though
 * Unicode calls them one grapheme.
 */
function graphemeWidth(cluster: string): number {
  const points = Array.from(cluster);
  const first = points.find((p) => !ZERO_WIDTH.test(p));
  if (first === undefined) return 0;
  if (PICTOGRAPHIC.test(first) && (points.length > 1 || EMOJI_PRESENTATION.test(first))) {
    if (cluster.includes(VARIATION_SELECTOR_EMOJI) || cluster.includes('\u200D') || EMOJI_PRESENTATION.test(first)) return 2;
  }
  return points.reduce((width, p) => width + codePointWidth(p), 0);
}

/** Columns a text takes in a terminal with a monospaced font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

/** Pads on the right (left-aligned text) to `width` columns. */
export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads on the left (right-aligned numbers) to `width` columns. */
export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Cuts a text to at most `width` columns, ending in "…" when cut. A wide
 * character that would straddle the edge is dropped whole, never halved.
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const ellipsis = '…';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = graphemeWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + ellipsis;
}
