import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggest-mapping';
import type { TableRow } from './table-rows';

const table = (...rows: string[][]): TableRow[] => rows.map((cells, i) => ({ number: i + 1, cells }));

describe('suggested mapping', () => {
  it('reads Japanese headers', () => {
    const { headerRow, mapping } = suggestMapping(table(['社名', '所在地', 'ホームページ', '業態', 'メモ', '紹介者名', '初回接触日', '意向'], ['椿商事', '神戸', '', '', '', '', '', '']));
    expect(headerRow).toBe(true);
    expect(mapping).toEqual({ nameJa: 0, headquarters: 1, website: 2, type: 3, notes: 4, introducer: 5, firstContactOn: 6, statedIntent: 7 });
  });

  it('reads English headers, and does not take a contact person or an e-mail for the company', () => {
    const { mapping } = suggestMapping(
      table(['Contact name', 'Company', 'E-mail address', 'HQ', 'Company type', 'Lead source', 'Introduced by', 'Remarks', 'URL'], ['Sato', 'Aoba Trading', 'sato@aoba.example', 'Sendai', 'agent', 'referral', 'Kim', '', 'https://aoba.example']),
    );
    expect(mapping).toEqual({ nameLatin: 1, headquarters: 3, type: 4, origin: 5, introducer: 6, notes: 7, website: 8 });
  });

  it('sends a plain company-name column to the script its values are written in', () => {
    expect(suggestMapping(table(['Company name', 'English name'], ['株式会社つばめ', 'Tsubame'], ['カモメ物産', 'Kamome'])).mapping).toEqual({ nameJa: 0, nameLatin: 1 });
    expect(suggestMapping(table(['会社名', '和文社名'], ['Tsubame K.K.', '株式会社つばめ'])).mapping).toEqual({ nameJa: 1, nameLatin: 0 });
    expect(suggestMapping(table(['会社名', 'Name'], ['株式会社つばめ', '燕'])).mapping).toEqual({ nameJa: 0, nameLatin: 1 });
  });

  it('finds no header in a row of data', () => {
    expect(suggestMapping(table(['株式会社つばめ', 'Tsubame', '新潟'], ['カモメ物産', 'Kamome', '函館']))).toEqual({ headerRow: false, mapping: {} });
  });
});
