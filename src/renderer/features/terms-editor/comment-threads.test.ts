import { describe, expect, it } from 'vitest';
import type { TermComment } from '../../../shared/domain/terms';
import { rememberAuthor, rememberedAuthor } from './comment-author';
import { openCount, threadOf } from './comment-threads';

const comment = (id: string, over: Partial<TermComment>): TermComment => ({
  id,
  termSheetId: 's1',
  clause: 'sheet',
  author: 'Sato',
  body: 'text',
  resolved: false,
  createdAt: '2027-03-01T09:00:00.000Z',
  updatedAt: '2027-03-01T09:00:00.000Z',
  ...over,
});

describe('comment threads', () => {
  const all = [
    comment('c3', { clause: 'clause:autoRenewal', createdAt: '2027-03-03T09:00:00.000Z' }),
    comment('c1', { clause: 'clause:autoRenewal', createdAt: '2027-03-01T09:00:00.000Z', resolved: true }),
    comment('c2', { clause: 'sheet' }),
    comment('c4', { termSheetId: 's2', clause: 'clause:autoRenewal' }),
  ];

  it('gathers one clause’s comments of one sheet, oldest first', () => {
    expect(threadOf(all, 's1', 'clause:autoRenewal').map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(threadOf(all, 's1', 'phase:p1')).toEqual([]);
  });

  it('counts only the comments still open', () => {
    expect(openCount(threadOf(all, 's1', 'clause:autoRenewal'))).toBe(1);
    expect(openCount(threadOf(all, 's2', 'clause:autoRenewal'))).toBe(1);
  });
});

describe('comment author', () => {
  function memoryStore() {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  }

  it('remembers the last name used, trimmed, and ignores a blank one', () => {
    const store = memoryStore();
    expect(rememberedAuthor(store)).toBe('');
    rememberAuthor('  Keiko Sato ', store);
    rememberAuthor('  ', store);
    expect(rememberedAuthor(store)).toBe('Keiko Sato');
  });

  it('carries on when storage refuses', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => rememberAuthor('Sato', broken)).not.toThrow();
    expect(rememberedAuthor(broken)).toBe('');
    expect(rememberedAuthor(null)).toBe('');
  });
});
