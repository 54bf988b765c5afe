import { describe, expect, it } from 'vitest';
import { groupByCategory, queryWords, searchRedFlagLibrary } from './red-flag-search';
import { RED_FLAG_CATEGORIES } from './red-flag-types';

const keys = (query: string) => searchRedFlagLibrary(query).map((r) => r.key);

describe('searching the red-flag library', () => {
  it('finds entries by English words, every word required, in any case', () => {
    expect(keys('stock')).toContain('cannot-hold-stock');
    expect(keys('HOLD Stock')).toEqual(['cannot-hold-stock']);
    expect(keys('stock reimbursement')).toEqual([]);
  });

  it('finds entries by Japanese words, as substrings', () => {
    expect(keys('在庫')).toContain('cannot-hold-stock');
    expect(keys('接待')).toEqual(['gifts-are-customary']);
  });

  it('folds full-width and half-width forms, and full-width spaces separate words', () => {
    // "ＣＲＭ" typed full-width matches "CRM"; the ideographic space splits the words.
    expect(keys('ＣＲＭ')).toEqual(keys('crm'));
    expect(keys('ＣＲＭ')).toContain('no-crm-relationships');
    expect(queryWords('在庫\u3000ｽﾄｯｸ')).toEqual(['在庫', 'ストック']);
  });

  it('matches the category name in either language', () => {
    const support = keys('サポート');
    expect(support).toEqual(expect.arrayContaining(['product-too-complex', 'technical-staff-busy', 'cannot-visit-without-you', 'training-not-needed']));
  });

  it('returns the whole library for an empty query, grouped by category in order', () => {
    const groups = groupByCategory(searchRedFlagLibrary('  '));
    expect(groups.map((g) => g.category)).toEqual([...RED_FLAG_CATEGORIES]);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(36);
    expect(groupByCategory(searchRedFlagLibrary('在庫')).map((g) => g.category)).toEqual(['commercial']);
  });
});
