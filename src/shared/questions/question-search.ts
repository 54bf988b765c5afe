/**
 * Finding questions in the bank: a search matches either language, so a
 * Japanese speaker can search an English-language screen and the other way
 * round; NFKC folding makes full-width and half-width forms match
 * (ENGINEERING.md, pattern 13).
 */
import { searchKey } from '../i18n/format';
import type { BankQuestion, QuestionThemeKey } from './bank-types';
import { questionTheme } from './question-themes';

export interface QuestionFilter {
  /** Words to find; every word must appear somewhere in the question, its hint or its theme. */
  text: string;
  /** One theme, or 'all'. */
  theme: QuestionThemeKey | 'all';
}

function haystack(q: BankQuestion): string {
  const theme = questionTheme(q.theme).name;
  return searchKey([q.text.en, q.text.ja, q.goodAnswer?.en ?? '', q.goodAnswer?.ja ?? '', theme.en, theme.ja].join('\n'));
}

export function filterQuestions(questions: readonly BankQuestion[], filter: QuestionFilter): BankQuestion[] {
  const words = searchKey(filter.text).split(/\s+/).filter((w) => w !== '');
  return questions.filter((q) => {
    if (filter.theme !== 'all' && q.theme !== filter.theme) return false;
    if (words.length === 0) return true;
    const text = haystack(q);
    return words.every((w) => text.includes(w));
  });
}
