import { describe, expect, it } from 'vitest';
import { displayWidth } from './display-width';
import { renderTable } from './text-table';

describe('renderTable', () => {
  it('aligns columns by display width, left for text and right for numbers', () => {
    const lines = renderTable(
      [{ align: 'left' }, { align: 'right' }],
      [['Candidate', 'Total']],
      [
        ['朝凪メディカル', '80.5'],
        ['Tsumugi', '78.3'],
        'rule',
        ['Σ', '158.8'],
      ],
    );
    expect(lines).toEqual([
      'Candidate       Total',
      '---------------------',
      '朝凪メディカル   80.5',
      'Tsumugi          78.3',
      '---------------------',
      'Σ               158.8',
    ]);
    // Every line but the rules ends at the same column.
    for (const line of lines) expect(displayWidth(line)).toBe(21);
  });

  it('cuts cells wider than the column allows', () => {
    const lines = renderTable([{ align: 'left', maxWidth: 8 }, { align: 'left' }], [], [['Kusunoki Medical', 'x']]);
    expect(lines).toEqual(['Kusunok…  x']);
  });

  it('drops trailing spaces and handles missing cells', () => {
    const lines = renderTable([{ align: 'left' }, { align: 'left' }], [['a', 'b']], [['long text']]);
    expect(lines).toEqual(['a          b', '------------', 'long text']);
  });
});
