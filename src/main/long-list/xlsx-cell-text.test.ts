import { describe, expect, it } from 'vitest';
import { cellText, holdsFormula } from './xlsx-cell-text';

describe('workbook cells as text', () => {
  it('reads plain values as a user sees them', () => {
    expect([cellText(null), cellText(undefined), cellText('ﾐﾅﾓﾄ'), cellText(42), cellText(12.5), cellText(true), cellText(Number.NaN)]).toEqual(['', '', 'ﾐﾅﾓﾄ', '42', '12.5', 'TRUE', '']);
  });

  it('writes dates as YYYY-MM-DD, with the time only when there is one', () => {
    expect(cellText(new Date(Date.UTC(2027, 3, 1)))).toBe('2027-04-01');
    expect(cellText(new Date(Date.UTC(2027, 11, 31, 9, 5)))).toBe('2027-12-31 09:05');
  });

  it('joins rich text, shows a hyperlink by its text, an error by its code', () => {
    expect(cellText({ richText: [{ text: '朝凪' }, { text: ' Medical', font: { bold: true } }] })).toBe('朝凪 Medical');
    expect(cellText({ text: 'Kamome', hyperlink: 'https://kamome.example' })).toBe('Kamome');
    expect(cellText({ text: '', hyperlink: 'https://kamome.example' })).toBe('https://kamome.example');
    expect(cellText({ text: { richText: [{ text: 'Ka' }, { text: 'mome' }] }, hyperlink: 'https://kamome.example' })).toBe('Kamome');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });

  it('tells formula cells (own, shared, array) from values', () => {
    expect([{ formula: 'A1*2', result: 84 }, { sharedFormula: 'B2', result: 3 }, { formula: 'SUM(A1:A3*B1:B3)', shareType: 'array', ref: 'C1' }].map(holdsFormula)).toEqual([true, true, true]);
    expect([null, 'x', 42, new Date(0), { richText: [] }, { text: 'a', hyperlink: 'https://a.example' }, { error: '#N/A' }].map(holdsFormula)).toEqual([false, false, false, false, false, false, false]);
  });
});
