import { describe, expect, it } from 'vitest';
import { numberForApi, numberToText, parseNumberText } from './parse-number-text';

describe('parseNumberText', () => {
  it('reads plain decimals', () => {
    expect(parseNumberText('3.5')).toEqual({ kind: 'number', value: 3.5 });
    expect(parseNumberText(' 4 ')).toEqual({ kind: 'number', value: 4 });
    expect(parseNumberText('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseNumberText('-1')).toEqual({ kind: 'number', value: -1 });
  });

  it('reads full-width digits and point from a Japanese IME', () => {
    expect(parseNumberText('３．５')).toEqual({ kind: 'number', value: 3.5 });
    expect(parseNumberText('　２　')).toEqual({ kind: 'number', value: 2 });
  });

  it('treats blank as empty', () => {
    expect(parseNumberText('')).toEqual({ kind: 'empty' });
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
  });

  it('keeps anything else as typed', () => {
    expect(parseNumberText('abc')).toEqual({ kind: 'invalid', text: 'abc' });
    expect(parseNumberText('1e3')).toEqual({ kind: 'invalid', text: '1e3' });
    expect(parseNumberText('3,5')).toEqual({ kind: 'invalid', text: '3,5' });
    expect(parseNumberText('Infinity')).toEqual({ kind: 'invalid', text: 'Infinity' });
  });
});

describe('numberForApi', () => {
  it('sends numbers as numbers and anything else as the text, for the API to judge', () => {
    expect(numberForApi({ kind: 'number', value: 7 })).toBe(7);
    expect(numberForApi({ kind: 'invalid', text: 'abc' })).toBe('abc');
    expect(numberForApi({ kind: 'empty' })).toBe('');
  });
});

describe('numberToText', () => {
  it('shows stored numbers without grouping or float noise', () => {
    expect(numberToText(1234.5)).toBe('1234.5');
    expect(numberToText(0.1 + 0.2)).toBe('0.3');
    expect(numberToText(null)).toBe('');
    expect(numberToText(undefined)).toBe('');
  });
});
