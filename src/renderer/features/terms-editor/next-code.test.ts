import { describe, expect, it } from 'vitest';
import { nextFreeCode } from './next-code';

describe('next free code', () => {
  it('starts at 1 and fills the first gap', () => {
    expect(nextFreeCode('M', [])).toBe('M1');
    expect(nextFreeCode('M', ['M1', 'M2', 'M4'])).toBe('M3');
    expect(nextFreeCode('T', ['T1', 'M2'])).toBe('T2');
  });

  it('treats codes typed in lower case or with spaces as taken', () => {
    expect(nextFreeCode('M', ['m1', ' M2 '])).toBe('M3');
  });
});
