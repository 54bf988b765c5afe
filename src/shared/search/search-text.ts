/**
 * The one normal form that search compares (issue 5, "Search"; ENGINEERING.md
 * pattern 13), used for the index and the query alike so the two always meet:
 *
 * - NFKC, so full-width letters and digits ("ＡＢＣ") meet half-width ones,
 *   half-width katakana ("ｸﾘﾆｯｸ") meets full-width ("クリニック"), and the
 *   ideographic space is a space;
 * - lower case (String#toLowerCase, not SQLite's ASCII-only LOWER);
 * - katakana folded to hiragana, so "クリニック" and "くりにっく" are one word
 *   (people type either, and a note mixes both with kanji).
 *
 * Folding keeps a map back to the original text, so a snippet can show the
 * words as they were written while the match was found in the folded form.
 */

/** Code points that belong to the character before them: combining marks and the half-width (semi-)voiced marks. */
const JOINS_PREVIOUS = /^[\p{M}\uFF9E\uFF9F]$/u;

const KATAKANA_FIRST = 0x30a1; // ァ
const KATAKANA_LAST = 0x30f6; // ヶ
const KATAKANA_TO_HIRAGANA = 0x60;
const KATAKANA_ITERATION = 0x30fd; // ヽ ヾ → ゝ ゞ

function katakanaToHiragana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= KATAKANA_FIRST && code <= KATAKANA_LAST) || code === KATAKANA_ITERATION || code === KATAKANA_ITERATION + 1)
      out += String.fromCodePoint(code - KATAKANA_TO_HIRAGANA);
    else out += ch;
  }
  return out;
}

function foldChunk(chunk: string): string {
  return katakanaToHiragana(chunk.normalize('NFKC').toLowerCase());
}

/** A base character with the marks that follow it: folded as one, so "ｶﾞ" becomes "が". */
function chunksOf(text: string): { text: string; start: number; end: number }[] {
  const chunks: { text: string; start: number; end: number }[] = [];
  let index = 0;
  for (const ch of text) {
    const last = chunks[chunks.length - 1];
    if (last && JOINS_PREVIOUS.test(ch)) {
      last.text += ch;
      last.end += ch.length;
    } else chunks.push({ text: ch, start: index, end: index + ch.length });
    index += ch.length;
  }
  return chunks;
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 unit of `folded`, where its character starts and ends in the original. */
  from: number[];
  to: number[];
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const chunk of chunksOf(text)) {
    const f = foldChunk(chunk.text);
    folded += f;
    for (let i = 0; i < f.length; i += 1) {
      from.push(chunk.start);
      to.push(chunk.end);
    }
  }
  return { folded, from, to };
}

/** The searchable form of a text (see the module's comment). */
export function foldForSearch(text: string): string {
  return foldWithMap(text).folded;
}

/** At most this many words of a query are searched for (all must match). */
export const MAX_QUERY_TERMS = 10;

/** The query's words in searchable form, longest first, each once. */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query)
    .split(/\s+/u)
    .filter((w) => w !== '');
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS);
}

/** The trigram index finds words of 3 characters or more (code points, as FTS5 counts them). */
export const TRIGRAM_LENGTH = 3;

export function isTrigramSearchable(term: string): boolean {
  return [...term].length >= TRIGRAM_LENGTH;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 80;

/** Line breaks and runs of spaces shown as one space: a snippet is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** Moves an index off the second half of a surrogate pair, so a cut never splits a character. */
function onCharacterBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
}

/** Letters and digits of scripts written with spaces between words (so a cut can wait for a space). */
const SPACED_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;

function cutsAWord(text: string, at: number): boolean {
  return SPACED_WORD.test(text[at - 1] ?? '') && SPACED_WORD.test(text[at] ?? '');
}

/** A window's start moved past a word it would cut in half ("…rterly"), when a space follows before `limit`. */
function startAtWord(text: string, from: number, limit: number): number {
  if (from === 0 || !cutsAWord(text, from)) return from;
  const space = text.slice(from, limit).search(/\s/u);
  return space >= 0 ? from + space + 1 : from;
}

/** A window's end moved back before a word it would cut in half, when a space comes after `limit`. */
function endAtWord(text: string, to: number, limit: number): number {
  if (to >= text.length || !cutsAWord(text, to)) return to;
  const tail = text.slice(limit, to);
  const spaces = [...tail.matchAll(/\s/gu)];
  const last = spaces[spaces.length - 1];
  return last?.index !== undefined ? limit + last.index : to;
}

/**
 * The part of `text` around the first place one of `terms` (already folded)
 * occurs, as written in the original; undefined when none occurs.
 */
export function snippetOf(text: string, terms: readonly string[]): Snippet | undefined {
  const { folded, from, to } = foldWithMap(text);
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at < 0 || term === '') continue;
    const start = from[at] ?? 0;
    const end = to[at + term.length - 1] ?? text.length;
    const windowStart = startAtWord(text, onCharacterBoundary(text, Math.max(0, start - CONTEXT_BEFORE)), start);
    const windowEnd = endAtWord(text, onCharacterBoundary(text, Math.min(text.length, end + CONTEXT_AFTER)), end);
    const before = oneLine(text.slice(windowStart, start)).trimStart();
    const after = oneLine(text.slice(end, windowEnd)).trimEnd();
    return {
      before: `${windowStart > 0 ? '…' : ''}${before}`,
      match: oneLine(text.slice(start, end)),
      after: `${after}${windowEnd < text.length ? '…' : ''}`,
    };
  }
  return undefined;
}
