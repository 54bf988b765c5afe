import { describe, expect, it } from 'vitest';
import { columnLabels, columnLetter } from './column-labels';

describe('column labels', () => {
  it('letters columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('uses the header cell when the first row is a header, the letter when that cell is blank', () => {
    expect(columnLabels(['会社名', ' ', 'Website'], 4, true)).toEqual(['会社名', 'B', 'Website', 'D']);
  });

  it('uses letters only when the first row holds data', () => {
    expect(columnLabels(['朝凪メディカル', 'Tokyo'], 2, false)).toEqual(['A', 'B']);
  });
});
