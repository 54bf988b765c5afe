/**
 * Hostile long-list files (issue 9, "Imports"): CSV and XLSX through the real
 * contract (longList.preview and longList.import) on a real data folder.
 * Each file is refused in English and in Japanese with words that say what is
 * wrong, and the data folder (and the folder around it), the room list and
 * the room's change log stay exactly as they were.
 *
 * What the CSV door accepts: UTF-8, UTF-8 with a BOM and Shift_JIS (cp932)
 * that reads as Japanese (src/main/long-list/decode-text.ts). Everything else
 * (UTF-16 either way, with or without a BOM; Windows-1252; bytes that are no
 * text) is refused rather than guessed at.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/entities';
import type { LongListMapping } from '../../shared/long-list/long-list-fields';
import { MAX_LONG_LIST_BYTES, MAX_LONG_LIST_COLUMNS, MAX_LONG_LIST_ROWS, MAX_XLSX_ENTRIES } from '../../shared/long-list/long-list-limits';
import { ok } from '../store/test-data-dir';
import {
  binaryGarbage,
  disposeWorld,
  doorTotalSummary,
  GIGABYTE,
  hostileWorld,
  peakRss,
  rawZip,
  refuseAll,
  utf16,
  windows1252,
  zeroBomb,
  type DoorFigures,
  type HostileCase,
  type HostileWorld,
  type RawZipEntry,
} from './hostile-files';

const MEGABYTE = 1024 * 1024;
const MAPPING: LongListMapping = { nameJa: 0, nameLatin: 1, headquarters: 2, notes: 3 };
const HEADER = '会社名,英文社名,本社所在地,備考\r\n';

let world: HostileWorld;
/** Entries of a small, real workbook written by exceljs, to build hostile ones from. */
let workbookEntries: RawZipEntry[];
let workbookBytes: Buffer;
const figures: DoorFigures[] = [];
let bombNote = '';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A case sent through preview (where reading fails) or import (where rows are checked). */
function longListCase(name: string, fileName: string, bytes: Uint8Array, en: HostileCase['en'], ja: HostileCase['ja'], via: 'preview' | 'import' = 'preview'): HostileCase {
  const contentBase64 = base64(bytes);
  return {
    name,
    en,
    ja,
    call: (lang: Language) =>
      via === 'preview'
        ? world.test.app.invoke('longList.preview', { dealRoomId: world.dealRoomId, fileName, contentBase64 }, { lang })
        : world.test.app.invoke('longList.import', { dealRoomId: world.dealRoomId, fileName, contentBase64, mapping: MAPPING, headerRow: true }, { lang }),
  };
}

/** The real workbook with `extra` entries added (or replacing one of the same name when `replace`). */
function workbookWith(extra: RawZipEntry[], replace = false): Buffer {
  const names = new Set(extra.map((e) => e.name));
  return rawZip([...(replace ? workbookEntries.filter((e) => !names.has(e.name)) : workbookEntries), ...extra]);
}

async function entriesOf(bytes: Uint8Array): Promise<RawZipEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async('uint8array') })));
}

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('ロングリスト');
  sheet.addRow(['会社名', '英文社名', '本社所在地', '備考', '計算']);
  fill(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  world = hostileWorld('ロングリスト検証');
  workbookBytes = await workbook((sheet) => {
    sheet.addRow(['株式会社あさなぎ', 'Asanagi K.K.', '横浜市', '循環器に強い']);
  });
  workbookEntries = await entriesOf(workbookBytes);
});

afterAll(() => {
  disposeWorld(world);
  console.log(doorTotalSummary('longList.preview/import (CSV, XLSX)', figures, bombNote));
});

describe('hostile long-list files', () => {
  // First, while the process's peak memory is still low: the bombs must not raise it.
  it('refuses XLSX zip bombs by recorded and by real unpacked size, many parts, without unpacking them', () => {
    const sheetName = 'xl/worksheets/sheet1.xml';
    const bomb = zeroBomb(2 * GIGABYTE);
    const honest = workbookWith([{ name: sheetName, deflated: bomb, size: 2 * GIGABYTE - 1 }], true);
    const liar = workbookWith([{ name: sheetName, deflated: bomb, size: 4096 }], true);
    const many = workbookWith(Array.from({ length: MAX_XLSX_ENTRIES }, (_, i) => ({ name: `xl/media/dot${i}.txt`, data: Buffer.from('.') })));
    const before = peakRss();
    const result = refuseAll(world, [
      longListCase('XLSX recording 2 GB unpacked', 'bomb.xlsx', honest, [/“bomb\.xlsx” unpacks to 2,048(\.\d)? MB/, 'at most 100 MB'], [/「bomb\.xlsx」は展開すると2,048(\.\d)? MB/, '展開後100 MBまで']),
      longListCase('XLSX recording 4 kB that unpacks to 2 GB', 'liar.xlsx', liar, ['part xl/worksheets/sheet1.xml unpacks to more than the 4 kB recorded', 'exhaust memory'], ['構成要素 xl/worksheets/sheet1.xml が、記録されたサイズ（4 KB）を超えて']),
      longListCase(`XLSX of ${MAX_XLSX_ENTRIES + 5} parts`, 'many.xlsx', many, [`holds ${(MAX_XLSX_ENTRIES + workbookEntries.length).toLocaleString('en')} parts`, `at most ${MAX_XLSX_ENTRIES.toLocaleString('en')}`], [`${(MAX_XLSX_ENTRIES + workbookEntries.length).toLocaleString('ja')}個の構成要素`]),
    ]);
    const grown = peakRss() - before;
    bombNote = `; zip bombs of 2 GB (${(honest.length / MEGABYTE).toFixed(1)} MB on disk) refused with peak memory up ${(grown / MEGABYTE).toFixed(1)} MB`;
    console.log(`long-list XLSX bombs: 2 GB recorded and 2 GB behind a 4 kB record, ${((honest.length + liar.length) / MEGABYTE).toFixed(1)} MB on disk; peak memory grew ${(grown / MEGABYTE).toFixed(1)} MB`);
    // Unpacking either would take 2 GB; refusing them must stay within a small multiple of the files themselves.
    expect(grown).toBeLessThan(128 * MEGABYTE);
    figures.push(result);
  });

  it('refuses files over the size, row and column limits, stating the size and the limit', () => {
    const justOver = Buffer.alloc(MAX_LONG_LIST_BYTES + 1, 'a');
    const farOver = Buffer.alloc(MAX_LONG_LIST_BYTES * 2 - 4 * MEGABYTE, 'a');
    const rows = HEADER + Array.from({ length: MAX_LONG_LIST_ROWS + 1 }, (_, i) => `会社${i},Firm ${i},東京,\r\n`).join('');
    const columns = `${Array.from({ length: MAX_LONG_LIST_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\r\n`;
    figures.push(
      refuseAll(world, [
        longListCase('CSV one byte over 10 MB', 'big.csv', justOver, ['“big.csv” is 10.1 MB; a long list can be at most 10 MB'], ['「big.csv」のサイズは10.1 MBです。取り込めるのは10 MBまで']),
        longListCase('CSV of 16 MB', 'huge.csv', farOver, ['“huge.csv” is 16 MB; a long list can be at most 10 MB'], ['「huge.csv」のサイズは16 MBです']),
        longListCase('CSV of 5,001 data rows', 'rows.csv', Buffer.from(rows), ['This file has 5,001 rows; one import can add at most 5,000'], ['このファイルには5,001行あります']),
        longListCase('CSV of 1,001 columns', 'wide.csv', Buffer.from(columns), ['This file has 1,001 columns; a long list can have at most 1,000'], ['このファイルには1,001列あります']),
      ]),
    );
  });

  it('refuses text in encodings other than UTF-8 and Shift_JIS, and bytes that are not text', () => {
    const list = `${HEADER}株式会社あさなぎ,Asanagi K.K.,横浜市,循環器\r\n`;
    const european = 'Firma,Ort\r\nMüller GmbH,Zürich\r\nCafé Señor,Köln\r\n';
    const utf16Words = { en: ['is saved as UTF-16 (“Unicode text”)', 'CSV UTF-8'], ja: ['UTF-16（Unicodeテキスト）で保存されています'] };
    const notText = (file: string) => ({ en: [`“${file}” is not a CSV or Excel file`], ja: [`「${file}」はCSVファイルでもExcelファイルでもありません`] });
    const encoding = (file: string) => ({ en: [`Some characters in “${file}” read neither as UTF-8 nor as Shift_JIS`, 'CSV UTF-8'], ja: [`「${file}」には、UTF-8としてもShift_JISとしても読めない文字があります`] });
    const cases: [string, string, Buffer, { en: string[]; ja: string[] }][] = [
      ['UTF-16 LE with BOM', 'le-bom.csv', utf16(list, 'le', true), utf16Words],
      ['UTF-16 BE with BOM', 'be-bom.csv', utf16(list, 'be', true), utf16Words],
      ['UTF-16 LE without BOM', 'le.csv', utf16(list, 'le', false), notText('le.csv')],
      ['UTF-16 BE without BOM', 'be.csv', utf16(list, 'be', false), notText('be.csv')],
      ['Windows-1252 (Latin-1) letters', 'latin1.csv', windows1252(european), encoding('latin1.csv')],
      ['Windows-1252 capitals read as half-width kana', 'goteborg.csv', windows1252('Firma,Ort\r\nGÖTEBORG AB,Österreich\r\n'), encoding('goteborg.csv')],
      ['binary garbage', 'noise.csv', binaryGarbage(4096), notText('noise.csv')],
      ['a NUL byte in UTF-8 text', 'nul.csv', Buffer.concat([Buffer.from(list), Buffer.from([0]), Buffer.from('x\r\n')]), notText('nul.csv')],
      ['an overlong UTF-8 sequence (C0 80)', 'overlong.csv', Buffer.concat([Buffer.from('Firma,Ort\r\nTokyo'), Buffer.from([0xc0, 0x80]), Buffer.from(',Osaka\r\n')]), encoding('overlong.csv')],
      ['a byte never valid in UTF-8 or Shift_JIS (FF)', 'ff.csv', Buffer.concat([Buffer.from('Firma,Ort\r\nTokyo'), Buffer.from([0xff]), Buffer.from(',Osaka\r\n')]), encoding('ff.csv')],
      ['a UTF-8 BOM over Shift_JIS bytes', 'bom-sjis.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0x8e, 0xd0, 0x96, 0xbc])]), encoding('bom-sjis.csv')],
      ['control characters (ESC) in UTF-8 text', 'esc.csv', Buffer.from(`${list}\u001b[31m赤字\r\n`), notText('esc.csv')],
    ];
    figures.push(refuseAll(world, cases.map(([name, file, bytes, words]) => longListCase(name, file, bytes, words.en, words.ja))));
  });

  it('refuses workbooks that are truncated, something else, nested, or hold parts that climb out, links or twins', () => {
    const strange = (file: string, path: string) => ({
      en: [`“${file}” holds a part named “${path}”`, 'Excel never writes such a part'],
      ja: [`「${file}」に、フォルダーの外を指す名前・リンク・重複した名前のいずれかを持つ構成要素「${path}」`],
    });
    const cases: [string, string, Buffer, { en: string[]; ja: string[] }][] = [
      ['a workbook cut in half', 'cut.xlsx', workbookBytes.subarray(0, Math.floor(workbookBytes.length / 2)), { en: ['“cut.xlsx” could not be read as an Excel workbook'], ja: ['「cut.xlsx」をExcelブックとして読み取れませんでした'] }],
      ['a PDF named .xlsx', 'report.xlsx', Buffer.from('%PDF-1.4\n%%EOF\n'), { en: ['“report.xlsx” could not be read as an Excel workbook'], ja: ['「report.xlsx」をExcelブックとして読み取れませんでした'] }],
      ['a Word document (a zip, but no workbook)', 'letter.xlsx', rawZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), { en: ['“letter.xlsx” is a zip archive but not an Excel workbook'], ja: ['「letter.xlsx」はzipアーカイブですが、Excelブックではありません'] }],
      ['a workbook inside a zip', 'nested.xlsx', rawZip([{ name: 'inner.xlsx', data: workbookBytes }]), { en: ['“nested.xlsx” is a zip archive but not an Excel workbook'], ja: ['「nested.xlsx」はzipアーカイブですが'] }],
      ['an entry ../../evil.txt', 'climb.xlsx', workbookWith([{ name: '../../evil.txt', data: Buffer.from('x') }]), strange('climb.xlsx', '../../evil.txt')],
      ['an entry /etc/evil', 'absolute.xlsx', workbookWith([{ name: '/etc/evil', data: Buffer.from('x') }]), strange('absolute.xlsx', '/etc/evil')],
      ['an entry C:\\evil', 'drive.xlsx', workbookWith([{ name: 'C:\\evil', data: Buffer.from('x') }]), strange('drive.xlsx', 'C:\\evil')],
      ['an entry with backslashes', 'backslash.xlsx', workbookWith([{ name: 'xl\\..\\..\\evil', data: Buffer.from('x') }]), strange('backslash.xlsx', 'xl\\..\\..\\evil')],
      ['a symbolic-link entry', 'link.xlsx', workbookWith([{ name: 'xl/media/image1.png', data: Buffer.from('/etc/passwd'), symlink: true }]), strange('link.xlsx', 'xl/media/image1.png')],
      ['the workbook part twice', 'twice.xlsx', workbookWith([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]), strange('twice.xlsx', 'xl/workbook.xml')],
    ];
    figures.push(refuseAll(world, cases.map(([name, file, bytes, words]) => longListCase(name, file, bytes, words.en, words.ja))));
  });

  it('refuses XLSX formula cells (own, shared, array), naming the cell', async () => {
    const own = await workbook((sheet) => {
      sheet.addRow(['株式会社あさなぎ', 'Asanagi K.K.', '横浜市', '循環器', 1]);
      sheet.addRow(['かもめ物産株式会社', 'Kamome Bussan', '函館市', '', 2]);
      sheet.getCell('C4').value = { formula: 'HYPERLINK("https://evil.example","横浜市")', result: '横浜市' } as ExcelJS.CellFormulaValue;
    });
    // Shared (D2:D4) and array (B6) formulas in one workbook: four cells, each counted.
    const sharedAndArray = await workbook((sheet) => {
      for (let i = 0; i < 5; i++) sheet.addRow([`会社${i}`, `Firm ${i}`, '東京', '', i]);
      sheet.getCell('D2').value = { formula: 'E2*2', result: 0, shareType: 'shared', ref: 'D2:D4' } as ExcelJS.CellFormulaValue;
      sheet.getCell('D3').value = { sharedFormula: 'D2', result: 2 } as ExcelJS.CellSharedFormulaValue;
      sheet.getCell('D4').value = { sharedFormula: 'D2', result: 4 } as ExcelJS.CellSharedFormulaValue;
      sheet.getCell('B6').value = { formula: 'UPPER(A6:A6)', result: 'FIRM 4', shareType: 'array', ref: 'B6' } as ExcelJS.CellFormulaValue;
    });
    figures.push(
      refuseAll(world, [
        longListCase('a formula in C4', 'own.xlsx', own, ['Cell C4 holds a formula; Shinrai reads values only', 'Paste the sheet as values'], ['C4セルに数式が入っています。Shinraiは値のみを取り込みます']),
        longListCase('a shared formula over D2:D4 and an array formula in B6', 'shared.xlsx', sharedAndArray, ['Cell D2 and 3 other cells hold formulas'], ['D2セルほか3個のセルに数式が入っています']),
      ]),
    );
  });

  it('refuses CSV cells that start like a formula, naming row and column, and takes signed numbers and a lone dash', () => {
    const row = (cells: string) => Buffer.from(`${HEADER}株式会社あさなぎ,Asanagi K.K.,横浜市,循環器\r\n${cells}\r\n`);
    const named = (r: number, column: string, sign: string) => ({
      en: [`Row ${r}, column “${column}”`, `starts with “${sign}”, so a spreadsheet would run it as a formula`, 'Nothing was imported'],
      ja: [`${r}行目「${column}」列`, `先頭が「${sign}」のため、表計算ソフトで開くと数式として実行される`, '何も取り込んでいません'],
    });
    const cases: [string, Buffer, { en: string[]; ja: string[] }][] = [
      ['=HYPERLINK in a name', row('"=HYPERLINK(""https://evil.example"",""Click"")",Kamome,函館市,'), named(3, '会社名', '=')],
      ['+ with a command', row("かもめ,+cmd|' /C calc'!A0,函館市,"), named(3, '英文社名', '+')],
      ['- followed by a sum', row('かもめ,Kamome,-2+3+cmd|x,'), named(3, '本社所在地', '-')],
      ['@ with a function', row('かもめ,Kamome,函館市,@SUM(1+1)*cmd'), named(3, '備考', '@')],
      ['a tab before =', row('かもめ,Kamome,"\t=1+1",'), named(3, '本社所在地', '=')],
      ['a carriage return before =', row('かもめ,Kamome,函館市,"\r=HYPERLINK(""x"")"'), named(3, '備考', '=')],
    ];
    figures.push(refuseAll(world, cases.map(([name, bytes, words]) => longListCase(name, 'formulas.csv', bytes, words.en, words.ja, 'import'))));

    // Not refused: text that only starts with a sign because it is a number, or a dash meaning "none".
    const plain = Buffer.from(`${HEADER}株式会社あさなぎ,Asanagi K.K.,-,+81\r\nかもめ物産,Kamome,-,-1.5\r\n`);
    const imported = ok(world.test.app.invoke('longList.import', { dealRoomId: world.dealRoomId, fileName: 'plain.csv', contentBase64: base64(plain), mapping: MAPPING, headerRow: true }));
    expect(imported).toEqual({ imported: 2 });
    const notes = ok(world.test.app.invoke('dealRooms.get', { dealRoomId: world.dealRoomId })).candidates.map((c) => [c.headquarters, c.notes]);
    expect(notes).toEqual([
      ['-', '+81'],
      ['-', '-1.5'],
    ]);
  });
});
