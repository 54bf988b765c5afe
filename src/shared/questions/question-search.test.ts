import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from './question-bank';
import { filterQuestions } from './question-search';

const keys = (text: string, theme: Parameters<typeof filterQuestions>[1]['theme'] = 'all') => filterQuestions(QUESTION_BANK, { text, theme }).map((q) => q.key);

describe('searching the question bank', () => {
  it('shows every question with no words and no theme', () => {
    expect(keys('')).toHaveLength(QUESTION_BANK.length);
    expect(keys('   ')).toHaveLength(QUESTION_BANK.length);
  });

  it('filters by theme', () => {
    expect(keys('', 'timeline')).toEqual(['timeline.first-twelve-months', 'timeline.why-now', 'timeline.first-year-targets', 'timeline.resources-ready']);
  });

  it('finds English words whatever their case, every word required', () => {
    expect(keys('RECALL')).toEqual(['regulatory.complaints-and-recalls']);
    expect(keys('audit right')).toEqual(['data-sharing.audit-right']);
    expect(keys('audit recall')).toEqual([]);
  });

  it('finds Japanese words, in the question or in what a good answer shows', () => {
    expect(keys('稟議')).toEqual(['structure.approval-path']);
    expect(keys('離職率')).toEqual(['succession.staff-turnover']);
    // Only in the Japanese hint: 匿名化したコード
    expect(keys('匿名化')).toEqual(['data-sharing.account-level-sales']);
  });

  it('matches full-width letters and digits against half-width text (NFKC)', () => {
    // 「ＣＲＭ」 typed with a Japanese input method finds "CRM".
    expect(keys('ＣＲＭ')).toEqual(keys('crm'));
    expect(keys('ＣＲＭ')).toEqual(['data-sharing.activity-records']);
    // A full-width space separates words like a half-width one.
    expect(keys('audit　right')).toEqual(['data-sharing.audit-right']);
  });

  it('matches theme names in either language, within the chosen theme only', () => {
    expect(keys('データ共有')).toEqual(keys('', 'data-sharing'));
    expect(keys('data sharing', 'timeline')).toEqual([]);
  });
});
