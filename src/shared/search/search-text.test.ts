import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithMap, isTrigramSearchable, searchTerms, snippetOf } from './search-text';

describe('foldForSearch', () => {
  it('meets full-width and half-width forms in one normal form', () => {
    expect(foldForSearch('ＡＢＣ１２３')).toBe('abc123');
    expect(foldForSearch('ｸﾘﾆｯｸ')).toBe('くりにっく');
    expect(foldForSearch('クリニック')).toBe('くりにっく');
    // A half-width voiced mark joins the kana before it.
    expect(foldForSearch('ｶﾞｲﾄﾞ')).toBe('がいど');
    expect(foldForSearch('ガイド')).toBe('がいど');
  });

  it('folds case beyond ASCII and leaves kanji and the long-vowel mark as they are', () => {
    expect(foldForSearch('PMDA Übersicht')).toBe('pmda übersicht');
    expect(foldForSearch('東京のクリニック網')).toBe('東京のくりにっく網');
    expect(foldForSearch('モニター')).toBe('もにたー');
  });

  it('turns the ideographic space into a space', () => {
    expect(foldForSearch('東京\u3000大阪')).toBe('東京 大阪');
  });

  it('maps every folded unit back into the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { folded, from, to } = foldWithMap(text);
        expect(from).toHaveLength(folded.length);
        expect(to).toHaveLength(folded.length);
        for (let i = 0; i < folded.length; i += 1) {
          expect(from[i]).toBeGreaterThanOrEqual(0);
          expect(to[i]).toBeGreaterThan(from[i]!);
          expect(to[i]).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});

describe('searchTerms', () => {
  it('splits on any space, folds each word, and puts the longest first, each once', () => {
    expect(searchTerms('  ｸﾘﾆｯｸ　Tokyo tokyo  ')).toEqual(['くりにっく', 'tokyo']);
    expect(searchTerms('')).toEqual([]);
  });

  it('knows which words the trigram index can find (3 code points or more)', () => {
    expect(isTrigramSearchable('くりに')).toBe(true);
    expect(isTrigramSearchable('東京')).toBe(false);
    expect(isTrigramSearchable('𠮷野家')).toBe(true);
  });
});

describe('snippetOf', () => {
  it('shows the match as it was written, not as it was folded', () => {
    expect(snippetOf('東京のクリニック網を持つ', searchTerms('くりにっく'))).toEqual({ before: '東京の', match: 'クリニック', after: '網を持つ' });
    expect(snippetOf('Strong in ABC hospitals', searchTerms('ＡＢＣ'))).toEqual({ before: 'Strong in ', match: 'ABC', after: ' hospitals' });
    expect(snippetOf('連携先はｸﾘﾆｯｸ中心', searchTerms('クリニック'))).toEqual({ before: '連携先は', match: 'ｸﾘﾆｯｸ', after: '中心' });
  });

  it('cuts long texts around the match with ellipses, on one line, between words where there are spaces', () => {
    const text = `${'a'.repeat(100)}\nthe KOL network\n${'b'.repeat(200)}`;
    const snippet = snippetOf(text, searchTerms('kol'))!;
    expect(snippet).toEqual({ before: '…the ', match: 'KOL', after: ' network…' });
    // One long word is cut where it must be.
    const unbroken = `${'x'.repeat(100)}KOL${'y'.repeat(100)}`;
    expect(snippetOf(unbroken, searchTerms('kol'))).toEqual({ before: `…${'x'.repeat(40)}`, match: 'KOL', after: `${'y'.repeat(80)}…` });
    // Japanese has no spaces between words: the window is cut by length.
    const japanese = `${'あ'.repeat(50)}競合製品${'い'.repeat(100)}`;
    expect(snippetOf(japanese, searchTerms('競合製品'))).toEqual({ before: `…${'あ'.repeat(40)}`, match: '競合製品', after: `${'い'.repeat(80)}…` });
  });

  it('is undefined when no word occurs', () => {
    expect(snippetOf('Sendai', searchTerms('Osaka'))).toBeUndefined();
  });
});
