import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../search/search-text';
import { longListFilterText, longListSortKey } from './long-list-sort-key';

const byKey = (names: string[]) => [...names].sort((a, b) => (longListSortKey(a) < longListSortKey(b) ? -1 : longListSortKey(a) > longListSortKey(b) ? 1 : 0));

describe('longListSortKey', () => {
  it('orders Latin names A to Z whatever their case or width, and numbers by their value', () => {
    expect(byKey(['Zenith', 'alder', 'Ｂｉｒｃｈ', 'Candidate 10', 'Candidate 9', 'candidate 100', 'BIRCH 2'])).toEqual([
      'alder', 'Ｂｉｒｃｈ', 'BIRCH 2', 'Candidate 9', 'Candidate 10', 'candidate 100', 'Zenith',
    ]);
  });

  it('orders kana in kana order with katakana (full- or half-width) beside hiragana, after Latin and before kanji', () => {
    expect(byKey(['東和', 'ｶﾞﾘﾚｵ', 'かもめ', 'アオイ', 'あおば', 'Kobe', 'くじら'])).toEqual(['Kobe', 'アオイ', 'あおば', 'かもめ', 'ｶﾞﾘﾚｵ', 'くじら', '東和']);
  });

  it('sets a leading legal form aside, in any of its spellings, but not a trailing one', () => {
    expect(longListSortKey('株式会社かもめ')).toBe('かもめ');
    expect(longListSortKey('㈱かもめ')).toBe('かもめ');
    expect(longListSortKey('（株）かもめ')).toBe('かもめ');
    expect(longListSortKey('かもめ株式会社')).toBe('かもめ株式会社');
    // A name that is nothing but the legal form keeps it rather than sorting as empty.
    expect(longListSortKey('株式会社')).toBe('株式会社');
  });

  it('folds exactly as search does, for any text, plain ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(longListFilterText(text, text)).toBe(`${foldForSearch(text)}\n${foldForSearch(text)}`);
      }),
      { numRuns: 500 },
    );
  });
});
