/**
 * Finding a library entry by words in either language: a person remembers
 * "stock" or "在庫", not a key. Every word of the query must appear somewhere
 * in the entry's texts (English or Japanese) or its category's name; NFKC
 * folding lets full-width and half-width forms match (ENGINEERING.md,
 * pattern 13). Japanese is matched as substrings, since it has no spaces.
 */
import { searchKey } from '../i18n/format';
import { translator } from '../i18n/translator';
import { groupLabelKey } from './red-flag-labels';
import { libraryReferences, type FlagReference } from './red-flag-library';
import { RED_FLAG_CATEGORIES, type RedFlagCategory } from './red-flag-types';

function haystackOf(ref: FlagReference): string {
  const texts = [ref.statement, ref.signals, ref.check];
  if (ref.consequence.kind === 'contract_condition') texts.push(ref.consequence.condition);
  const label = groupLabelKey(ref.group);
  const parts = texts.flatMap((t) => [t.en, t.ja]);
  parts.push(translator('en')(label), translator('ja')(label));
  return searchKey(parts.join('\n'));
}

let haystacks: Map<string, string> | null = null;

function haystack(ref: FlagReference): string {
  haystacks ??= new Map(libraryReferences().map((r) => [r.key, haystackOf(r)]));
  return haystacks.get(ref.key) ?? haystackOf(ref);
}

/** The words of a query, folded; full-width spaces separate words too (NFKC makes them plain). */
export function queryWords(query: string): string[] {
  return searchKey(query).split(/\s+/u).filter((w) => w !== '');
}

/** Library entries matching every word of the query, in library order; all of them for an empty query. */
export function searchRedFlagLibrary(query: string): FlagReference[] {
  const words = queryWords(query);
  const all = libraryReferences();
  if (words.length === 0) return all;
  return all.filter((ref) => {
    const text = haystack(ref);
    return words.every((w) => text.includes(w));
  });
}

export interface CategoryGroup {
  category: RedFlagCategory;
  entries: FlagReference[];
}

/** References grouped by category in the library's category order; empty groups left out. */
export function groupByCategory(refs: readonly FlagReference[]): CategoryGroup[] {
  return RED_FLAG_CATEGORIES.map((category) => ({ category, entries: refs.filter((r) => r.group === category) })).filter(
    (g) => g.entries.length > 0,
  );
}
