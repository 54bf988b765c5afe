import { describe, expect, it } from 'vitest';
import { amountText } from './amount-text';

describe('amount text', () => {
  it('groups thousands and keeps the unit', () => {
    expect(amountText(50_000_000, 'JPY', 'en')).toBe('50,000,000 JPY');
    expect(amountText(12.5, ' units ', 'ja')).toBe('12.5 units');
    expect(amountText(4, '', 'en')).toBe('4');
  });

  it('says nothing when there is no value', () => {
    expect(amountText(null, 'JPY', 'en')).toBe('');
  });
});
