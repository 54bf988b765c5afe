import { describe, expect, it } from 'vitest';
import { LongText } from '../domain/primitives';
import { CRITERIA_LIBRARY } from '../templates/criteria-library';
import { QUESTION_THEME_KEYS } from './bank-types';
import { bankQuestion, QUESTION_BANK, questionsOfTheme } from './question-bank';
import { QUESTION_THEMES } from './question-themes';

/** Hiragana, katakana or kanji: a Japanese text has at least some. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the question bank', () => {
  it('has at least 40 questions, 53 in this version', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(40);
    expect(QUESTION_BANK).toHaveLength(53);
  });

  it('has unique, stable-looking keys that fit the store', () => {
    const keys = QUESTION_BANK.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !/^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$/.test(k) || k.length > 100)).toEqual([]);
    expect(bankQuestion('structure.who-decides')?.theme).toBe('structure-and-decisions');
    expect(bankQuestion('no.such-question')).toBeUndefined();
  });

  it('gives every question its text in English and in Japanese, different from each other', () => {
    const gaps: string[] = [];
    for (const q of QUESTION_BANK) {
      if (!/^[^\u3040-\u30ff\u4e00-\u9fff]+[?.]$/.test(q.text.en)) gaps.push(`${q.key}.text.en`);
      if (!JAPANESE.test(q.text.ja) || !/[。？]$/.test(q.text.ja)) gaps.push(`${q.key}.text.ja`);
      if (q.goodAnswer) {
        if (q.goodAnswer.en.trim() === '' || JAPANESE.test(q.goodAnswer.en)) gaps.push(`${q.key}.goodAnswer.en`);
        if (!JAPANESE.test(q.goodAnswer.ja)) gaps.push(`${q.key}.goodAnswer.ja`);
      }
      if (!LongText.safeParse(q.text.en).success || !LongText.safeParse(q.text.ja).success) gaps.push(`${q.key}.length`);
    }
    expect(gaps).toEqual([]);
  });

  it('says what a good answer shows for every question', () => {
    expect(QUESTION_BANK.filter((q) => !q.goodAnswer).map((q) => q.key)).toEqual([]);
  });

  it('links every question to criteria that exist in the criteria library, each once', () => {
    const library = new Set(CRITERIA_LIBRARY.map((c) => c.key));
    const broken = QUESTION_BANK.flatMap((q) => q.informs.filter((k) => !library.has(k)).map((k) => `${q.key} → ${k}`));
    expect(broken).toEqual([]);
    expect(QUESTION_BANK.filter((q) => q.informs.length === 0 || new Set(q.informs).size !== q.informs.length).map((q) => q.key)).toEqual([]);
  });

  it('asks about every theme of the issue, each with at least four questions', () => {
    expect(QUESTION_THEMES.map((t) => t.key)).toEqual([...QUESTION_THEME_KEYS]);
    expect(QUESTION_THEME_KEYS).toEqual([
      'foreign-brands',
      'sales-channels',
      'regulatory',
      'structure-and-decisions',
      'timeline',
      'past-performance',
      'product-lines',
      'co-investment',
      'localisation-and-education',
      'data-sharing',
      'succession-and-key-people',
    ]);
    const counts = Object.fromEntries(QUESTION_THEME_KEYS.map((k) => [k, questionsOfTheme(k).length]));
    expect(counts).toEqual({
      'foreign-brands': 5,
      'sales-channels': 5,
      regulatory: 6,
      'structure-and-decisions': 5,
      timeline: 4,
      'past-performance': 5,
      'product-lines': 4,
      'co-investment': 4,
      'localisation-and-education': 5,
      'data-sharing': 5,
      'succession-and-key-people': 5,
    });
  });

  it('names every theme in both languages', () => {
    expect(QUESTION_THEMES.filter((t) => t.name.en.trim() === '' || !JAPANESE.test(t.name.ja)).map((t) => t.key)).toEqual([]);
  });

  it('lists the questions theme by theme, so the bank reads in the themes’ order', () => {
    const order = QUESTION_BANK.map((q) => QUESTION_THEME_KEYS.indexOf(q.theme));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('reaches a good part of the library: most criteria are informed by some question', () => {
    const informed = new Set(QUESTION_BANK.flatMap((q) => q.informs));
    const uninformed = CRITERIA_LIBRARY.map((c) => c.key).filter((k) => !informed.has(k));
    expect(uninformed).toEqual([]);
  });
});
