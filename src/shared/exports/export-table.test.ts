import { describe, expect, it } from 'vitest';
import { columnLetters, exportFileName, inertText, text } from './export-table';

describe('inertText', () => {
  it('prefixes a quote to text a spreadsheet would run or split', () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(inertText(hostile)).toBe(`'${hostile}`);
    }
  });

  it('leaves ordinary text, Japanese included, as it is', () => {
    for (const plain of ['Asanagi Medical K.K.', '朝凪メディカル株式会社', '1 = 1', "'quoted", '']) expect(inertText(plain)).toBe(plain);
  });

  it('is applied to every text cell', () => {
    expect(text('=1+2')).toEqual({ kind: 'text', value: "'=1+2" });
    expect(text('')).toEqual({ kind: 'empty' });
  });
});

describe('columnLetters', () => {
  it('numbers columns as spreadsheets do', () => {
    expect([1, 4, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('exportFileName', () => {
  it('keeps the room name, Japanese included, without characters a file system refuses', () => {
    expect(exportFileName('販売代理店選定: 2027/東日本', 'matrix', 'csv')).toBe('販売代理店選定_ 2027_東日本 - matrix.csv');
    expect(exportFileName('  ', '', 'xlsx')).toBe('deal-room.xlsx');
  });
});
