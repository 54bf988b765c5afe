/**
 * The order of names and places in the long list (issue 9, "Long list of
 * 10,000 candidates"). SQLite compares text by its bytes, which puts "Zeta"
 * before "alpha", full-width "Ａｌｐｈａ" after every half-width name, and
 * katakana after every hiragana. The list sorts instead by a key stored beside
 * each candidate (src/main/store/long-list-keys.ts), built here:
 *
 * - the search folding (src/shared/search/search-text.ts): NFKC, lower case,
 *   katakana as hiragana; so full-width and half-width forms sort together,
 *   and "アオバ" sits beside "あおば" in the kana order あいうえお…;
 * - a leading legal form (株式会社, 有限会社, 合同会社, (株), ㈱ …) is set
 *   aside, as Japanese company lists do: "株式会社あおば" sorts under あ;
 * - every run of digits is padded to the same width, so "Candidate 2" comes
 *   before "Candidate 10".
 *
 * What the resulting order is, by the code points of the folded text: digits,
 * then Latin letters A–Z (case and width ignored), then kana in gojūon order
 * (voiced kana beside their plain ones: か が き ぎ), then kanji in Unicode
 * order (radical and stroke count, not their reading: a name's reading is not
 * known to us).
 */
import { foldForSearch } from '../search/search-text';

/** Digit runs are padded to this width: longer numbers than this do not occur in company names. */
const DIGITS = 12;

/** Legal forms written before the name (after folding: ㈱ and （株） both become "(株)"). */
const LEADING_LEGAL_FORM = /^(?:株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|\(株\)|\(有\)|\(合\))\s*/u;

/** Printable ASCII: NFKC leaves it as it is and it holds no kana, so lower case is its whole folding. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/u;

/**
 * foldForSearch, without its character-by-character walk for the names that
 * need none: keying a 10,000-candidate room folds 40,000 texts, most of them
 * plain ASCII, and the walk was most of that time.
 */
function fold(text: string): string {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : foldForSearch(text);
}

export function longListSortKey(text: string): string {
  const folded = fold(text).trim();
  const name = folded.replace(LEADING_LEGAL_FORM, '').trim() || folded;
  return name.replace(/\d+/gu, (run) => run.replace(/^0+(?=\d)/u, '').padStart(DIGITS, '0'));
}

/** The text the filter box searches, one name per line so that no match runs from one name into the other. */
export function longListFilterText(nameJa: string, nameLatin: string): string {
  return `${fold(nameJa)}\n${fold(nameLatin)}`;
}
