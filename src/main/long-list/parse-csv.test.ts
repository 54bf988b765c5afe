import { describe, expect, it } from 'vitest';
import { DomainError } from '../handlers/domain-error';
import { parseCsv } from './parse-csv';
import { columnCountOf, keepFilledRows } from './table-rows';

describe('parsing CSV', () => {
  it('keeps a quoted line break inside one row and numbers rows as records', () => {
    const rows = parseCsv('Company,Notes\r\n"Shiosai, Yokohama","first line\r\nsecond line"\r\n\r\nHibari,""\r\n');
    expect(rows).toEqual([
      { number: 1, cells: ['Company', 'Notes'] },
      { number: 2, cells: ['Shiosai, Yokohama', 'first line\r\nsecond line'] },
      { number: 3, cells: [''] },
      { number: 4, cells: ['Hibari', ''] },
      { number: 5, cells: [''] },
    ]);
    expect(keepFilledRows(rows).map((r) => r.number)).toEqual([1, 2, 4]);
  });

  it('guesses semicolons and tabs as separators', () => {
    expect(parseCsv('会社名;本社\n椿商事;神戸\n').map((r) => r.cells)).toEqual([['会社名', '本社'], ['椿商事', '神戸'], ['']]);
    expect(parseCsv('会社名\t本社\n椿商事\t神戸').map((r) => r.cells)).toEqual([['会社名', '本社'], ['椿商事', '神戸']]);
  });

  it('reads a file of one column', () => {
    expect(parseCsv('Company\nAoba\nKiri').map((r) => r.cells)).toEqual([['Company'], ['Aoba'], ['Kiri']]);
  });

  it('refuses a quoted value that is never closed, naming its row', () => {
    let error: unknown;
    try {
      parseCsv('Company,Notes\nAoba,"ok"\nKiri,"open\nMinato,x\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).messageKey).toBe('longList:errors.csvQuotes');
    expect((error as DomainError).params).toEqual({ row: 3 });
  });

  it('trims cells, drops blank rows and counts columns up to the last one used', () => {
    const rows = keepFilledRows([
      { number: 1, cells: [' A ', '', '', ''] },
      { number: 2, cells: ['\u3000', ' '] },
      { number: 3, cells: ['x', '', 'y', ' '] },
    ]);
    expect(rows).toEqual([
      { number: 1, cells: ['A', '', '', ''] },
      { number: 3, cells: ['x', '', 'y', ''] },
    ]);
    expect(columnCountOf(rows)).toBe(3);
  });
});
