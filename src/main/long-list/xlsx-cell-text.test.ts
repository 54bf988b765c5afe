import { describe, expect, it } from 'vitest';
import { cellText } from './xlsx-cell-text';

describe('workbook cells as text', () => {
  it('reads plain values as a user sees them', () => {
    expect([cellText(null), cellText(undefined), cellText('ﾐﾅﾓﾄ'), cellText(42), cellText(12.5), cellText(true), cellText(Number.NaN)]).toEqual(['', '', 'ﾐﾅﾓﾄ', '42', '12.5', 'TRUE', '']);
  });

  it('writes dates as YYYY-MM-DD, with the time only when there is one', () => {
    expect(cellText(new Date(Date.UTC(2027, 3, 1)))).toBe('2027-04-01');
    expect(cellText(new Date(Date.UTC(2027, 11, 31, 9, 5)))).toBe('2027-12-31 09:05');
  });

  it('joins rich text, shows a hyperlink by its text, a formula by its result, an error by its code', () => {
    expect(cellText({ richText: [{ text: '朝凪' }, { text: ' Medical', font: { bold: true } }] })).toBe('朝凪 Medical');
    expect(cellText({ text: 'Kamome', hyperlink: 'https://kamome.example' })).toBe('Kamome');
    expect(cellText({ text: '', hyperlink: 'https://kamome.example' })).toBe('https://kamome.example');
    expect(cellText({ text: { richText: [{ text: 'Ka' }, { text: 'mome' }] }, hyperlink: 'https://kamome.example' })).toBe('Kamome');
    expect(cellText({ formula: 'A1*2', result: 84 })).toBe('84');
    expect(cellText({ sharedFormula: 'B2', result: new Date(Date.UTC(2027, 0, 2)) })).toBe('2027-01-02');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
