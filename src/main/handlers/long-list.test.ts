import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/api/contract';
import type { LongListMapping } from '../../shared/long-list/long-list-fields';
import { MAX_LONG_LIST_BYTES, MAX_LONG_LIST_ROWS } from '../../shared/long-list/long-list-limits';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';
import { LONG_LIST_IMPORT_FIELD } from './long-list';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function room() {
  const t = createTestApp();
  apps.push(t);
  const dealRoomId = ok(t.app.invoke('dealRooms.create', { name: 'Long list' })).id;
  // One candidate added by hand first: imported ones come after it and stay out of the comparison.
  ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Existing Partner K.K.' } }));
  return { app: t.app, dealRoomId };
}

/** The mixed Japanese/English long list of the Shift_JIS fixture, as text (CRLF, as Excel writes it). */
const LIST_TEXT = [
  '会社名,英文社名,本社所在地,種別,URL,備考,経路,紹介者,初回接触日,先方の意向',
  '株式会社しおさい医療,Shiosai Medical Co.,横浜市,代理店,https://shiosai-medical.example,循環器領域の病院網に強い,インバウンド,,2027/4/1,首都圏での独占販売を希望',
  'ﾐﾅﾓﾄ商事株式会社,Minamoto Shoji Ltd.,大阪府大阪市,商社,www.minamoto-shoji.example,ＭＥ機器の取扱実績あり①,紹介,髙橋 誠,2027-03-15,まずは関西で試験販売',
  'ヒバリ・ヘルスケア株式会社,Hibari Healthcare K.K.,札幌市,エージェント,,"道内の地方病院、約40施設",アウトリーチ,,,',
].join('\r\n') + '\r\n';

const FULL_MAPPING: LongListMapping = {
  nameJa: 0,
  nameLatin: 1,
  headquarters: 2,
  type: 3,
  website: 4,
  notes: 5,
  origin: 6,
  introducer: 7,
  firstContactOn: 8,
  statedIntent: 9,
};

/** What the fixture's three rows become, whatever the encoding. */
const EXPECTED = [
  {
    nameJa: '株式会社しおさい医療',
    nameLatin: 'Shiosai Medical Co.',
    headquarters: '横浜市',
    type: 'distributor',
    website: 'https://shiosai-medical.example',
    notes: '循環器領域の病院網に強い',
    origin: 'inbound',
    introducer: '',
    firstContactOn: '2027-04-01',
    statedIntent: '首都圏での独占販売を希望',
    stage: 'long_list',
    compared: false,
    sortOrder: 1,
  },
  {
    // Half-width katakana and full-width letters stay as they were written.
    nameJa: 'ﾐﾅﾓﾄ商事株式会社',
    nameLatin: 'Minamoto Shoji Ltd.',
    headquarters: '大阪府大阪市',
    type: 'trading_house',
    website: 'https://www.minamoto-shoji.example',
    notes: 'ＭＥ機器の取扱実績あり①',
    origin: 'referral',
    introducer: '髙橋 誠',
    firstContactOn: '2027-03-15',
    statedIntent: 'まずは関西で試験販売',
    stage: 'long_list',
    compared: false,
    sortOrder: 2,
  },
  {
    nameJa: 'ヒバリ・ヘルスケア株式会社',
    nameLatin: 'Hibari Healthcare K.K.',
    headquarters: '札幌市',
    type: 'agent',
    website: '',
    notes: '道内の地方病院、約40施設',
    origin: 'outreach',
    introducer: '',
    firstContactOn: null,
    statedIntent: '',
    stage: 'long_list',
    compared: false,
    sortOrder: 3,
  },
];

const shiftJisFixture = () => readFileSync(join(__dirname, '..', 'long-list', 'fixtures', 'long-list-shift-jis.csv'));
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const withBom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function importInput(dealRoomId: string, fileName: string, bytes: Uint8Array, mapping: LongListMapping = FULL_MAPPING, headerRow = true): InputOf<'longList.import'> {
  return { dealRoomId, fileName, contentBase64: base64(bytes), mapping, headerRow };
}

function importedCandidates(app: TestApp['app'], dealRoomId: string) {
  return ok(app.invoke('dealRooms.get', { dealRoomId })).candidates.filter((c) => c.nameLatin !== 'Existing Partner K.K.');
}

describe('long-list preview', () => {
  it('detects the encoding, shows the first rows and suggests the mapping from Japanese headers', () => {
    const { app, dealRoomId } = room();
    const cases = [
      ['list.csv', utf8(LIST_TEXT), 'utf-8'],
      ['list-bom.csv', withBom(LIST_TEXT), 'utf-8-bom'],
      ['list-sjis.csv', shiftJisFixture(), 'shift_jis'],
    ] as const;
    for (const [fileName, bytes, encoding] of cases) {
      const preview = ok(app.invoke('longList.preview', { dealRoomId, fileName, contentBase64: base64(bytes) }));
      expect(preview.format).toBe('csv');
      expect(preview.encoding).toBe(encoding);
      expect(preview.headerRow).toBe(true);
      expect(preview.rowCount).toBe(4);
      expect(preview.rowNumbers).toEqual([1, 2, 3, 4]);
      expect(preview.columns).toEqual(['会社名', '英文社名', '本社所在地', '種別', 'URL', '備考', '経路', '紹介者', '初回接触日', '先方の意向']);
      expect(preview.rows[2]).toEqual(['ﾐﾅﾓﾄ商事株式会社', 'Minamoto Shoji Ltd.', '大阪府大阪市', '商社', 'www.minamoto-shoji.example', 'ＭＥ機器の取扱実績あり①', '紹介', '髙橋 誠', '2027-03-15', 'まずは関西で試験販売']);
      expect(preview.suggestedMapping).toEqual(FULL_MAPPING);
    }
    // A preview stores nothing.
    expect(importedCandidates(app, dealRoomId)).toEqual([]);
  });

  it('shows at most 20 rows and counts them all', () => {
    const { app, dealRoomId } = room();
    const lines = ['Company,Website', ...Array.from({ length: 30 }, (_, i) => `Firm ${i + 1},https://firm${i + 1}.example`)];
    const preview = ok(app.invoke('longList.preview', { dealRoomId, fileName: 'firms.csv', contentBase64: base64(utf8(lines.join('\n'))) }));
    expect([preview.rows.length, preview.rowCount, preview.rowNumbers.at(-1), preview.rows[19]]).toEqual([20, 31, 20, ['Firm 19', 'https://firm19.example']]);
    expect(preview.suggestedMapping).toEqual({ nameLatin: 0, website: 1 });
  });

  it('names the columns by letter when the first row is not a header', () => {
    const { app, dealRoomId } = room();
    const preview = ok(app.invoke('longList.preview', { dealRoomId, fileName: 'bare.csv', contentBase64: base64(utf8('雲雀商会,Sendai\n椿メディカル,Kobe\n')) }));
    expect([preview.headerRow, preview.columns, preview.suggestedMapping, preview.rowCount]).toEqual([false, ['A', 'B'], {}, 2]);
  });
});

describe('long-list import', () => {
  it('imports a mixed Japanese/English CSV in UTF-8, UTF-8 with a BOM and Shift_JIS alike, Japanese intact', () => {
    for (const [fileName, bytes] of [
      ['list.csv', utf8(LIST_TEXT)],
      ['list-bom.csv', withBom(LIST_TEXT)],
      ['list-sjis.csv', shiftJisFixture()],
    ] as const) {
      const { app, dealRoomId } = room();
      expect(ok(app.invoke('longList.import', importInput(dealRoomId, fileName, bytes)))).toEqual({ imported: 3 });
      const stored = importedCandidates(app, dealRoomId);
      expect(stored).toMatchObject(EXPECTED);
      // The intake fields not in the file keep their defaults.
      expect(stored.map((c) => [c.approachedBy, c.introducerRelationship, c.declinedReason])).toEqual([
        ['unknown', '', ''],
        ['unknown', '', ''],
        ['unknown', '', ''],
      ]);
    }
  });

  it('imports the first visible sheet of an XLSX workbook, dates and rich text as text', async () => {
    const { app, dealRoomId } = room();
    const workbook = new ExcelJS.Workbook();
    const lookups = workbook.addWorksheet('Lookups', { state: 'hidden' });
    lookups.addRow(['代理店', '商社']);
    const sheet = workbook.addWorksheet('ロングリスト');
    sheet.addRow(['Company name (Japanese)', 'Company name (English)', 'Head office', 'Partner type', 'Website', 'First contact', 'Notes']);
    sheet.addRow(['株式会社つばめ精機', 'Tsubame Seiki K.K.', '新潟県燕市', 'Distributor', 'https://tsubame-seiki.example', new Date(Date.UTC(2027, 4, 20)), 1200]);
    sheet.addRow([]);
    sheet.addRow([
      { richText: [{ text: 'ｶﾓﾒ' }, { font: { bold: true }, text: '物産' }] },
      'Kamome Bussan',
      '函館市',
      '合弁',
      { text: 'kamome.example', hyperlink: 'https://kamome-bussan.example' },
      '2027/6/1',
      // A formula would refuse the file (hostile-imports-long-list.test.ts): values only.
      'JV talks',
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const preview = ok(app.invoke('longList.preview', { dealRoomId, fileName: 'long-list.xlsx', contentBase64: base64(bytes) }));
    expect([preview.format, preview.encoding, preview.rowCount, preview.rowNumbers]).toEqual(['xlsx', null, 3, [1, 2, 4]]);
    expect(preview.rows[1]).toEqual(['株式会社つばめ精機', 'Tsubame Seiki K.K.', '新潟県燕市', 'Distributor', 'https://tsubame-seiki.example', '2027-05-20', '1200']);
    expect(preview.suggestedMapping).toEqual({ nameJa: 0, nameLatin: 1, headquarters: 2, type: 3, website: 4, firstContactOn: 5, notes: 6 });

    expect(ok(app.invoke('longList.import', importInput(dealRoomId, 'long-list.xlsx', bytes, preview.suggestedMapping)))).toEqual({ imported: 2 });
    expect(importedCandidates(app, dealRoomId).map((c) => [c.nameJa, c.nameLatin, c.headquarters, c.type, c.website, c.firstContactOn, c.notes])).toEqual([
      ['株式会社つばめ精機', 'Tsubame Seiki K.K.', '新潟県燕市', 'distributor', 'https://tsubame-seiki.example', '2027-05-20', '1200'],
      ['ｶﾓﾒ物産', 'Kamome Bussan', '函館市', 'jv_partner', 'https://kamome.example', '2027-06-01', 'JV talks'],
    ]);
  });

  it('imports nothing from a file with one bad row, and names that row as the file numbers it, in English and Japanese', () => {
    const { app, dealRoomId } = room();
    const lines = LIST_TEXT.trimEnd().split('\r\n');
    // Row 5 of the file (counting the header): a website that is not a web address.
    lines.push('株式会社あおさぎ,Aosagi Corp.,仙台市,代理店,ftp://aosagi.example,,,,,');
    lines.push('株式会社かわせみ,Kawasemi Inc.,福岡市,代理店,https://kawasemi.example,,,,,');
    const input = importInput(dealRoomId, 'list.csv', utf8(lines.join('\r\n')));
    const logBefore = ok(app.invoke('dealRooms.changeLog', { dealRoomId })).total;

    const en = failure(app.invoke('longList.import', input, { lang: 'en' }));
    expect(en.code).toBe('invalid_input');
    expect(en.message).toBe(
      'Nothing was imported: 1 row has a problem.\nRow 5, column “URL” (Website): must be a web address starting with http:// or https://\nCorrect the file or the column choices, and import again.',
    );
    const ja = failure(app.invoke('longList.import', input, { lang: 'ja' }));
    expect(ja.message).toBe(
      '問題のある行が1行あるため、何も取り込んでいません。\n5行目「URL」列（ウェブサイト）：http:// または https:// で始まるURLを入力してください\nファイルまたは列の対応を修正して、もう一度取り込んでください。',
    );
    expect(importedCandidates(app, dealRoomId)).toEqual([]);
    expect(ok(app.invoke('dealRooms.changeLog', { dealRoomId })).total).toBe(logBefore);
  });

  it('lists every bad row, counting blank rows in the numbering, up to ten and then how many more', () => {
    const { app, dealRoomId } = room();
    const lines = ['Company,Type,First contact', 'Good Firm,agent,2027-01-05', '', 'Odd Firm,wholesale club,2027-02-30', ',agent,'];
    for (let i = 0; i < 10; i++) lines.push(`Late Firm ${i},,04/05/2027`);
    const error = failure(app.invoke('longList.import', importInput(dealRoomId, 'list.csv', utf8(lines.join('\n')), { nameLatin: 0, type: 1, firstContactOn: 2 }), { lang: 'en' }));
    const messageLines = error.message.split('\n');
    expect(messageLines[0]).toBe('Nothing was imported: 13 rows have problems.');
    expect(messageLines.slice(1, 5)).toEqual([
      'Row 4, column “Type” (Type): “wholesale club” is not a partner type. Write distributor, trading house, agent or JV partner (or 代理店, 商社, エージェント, 合弁).',
      'Row 4, column “First contact” (First contact): “2027-02-30” is not a date written year first, such as 2027-04-01 or 2027/4/1.',
      'Row 5: no company name in “Company”. Every row needs a name in Japanese or in Latin letters.',
      'Row 6, column “First contact” (First contact): “04/05/2027” is not a date written year first, such as 2027-04-01 or 2027/4/1.',
    ]);
    expect(messageLines.slice(-2)).toEqual(['…and 3 more rows with problems.', 'Correct the file or the column choices, and import again.']);
    expect(messageLines).toHaveLength(1 + 10 + 1 + 1);
    expect(importedCandidates(app, dealRoomId)).toEqual([]);
  });

  it('refuses a file over the size limit, saying how big it is, and stores nothing', () => {
    const { app, dealRoomId } = room();
    const header = 'Company,Notes\n';
    const filler = `Big Firm,${'x'.repeat(1000)}\n`;
    const bytes = utf8(header + filler.repeat(Math.ceil(MAX_LONG_LIST_BYTES / filler.length) + 100));
    expect(bytes.length).toBeGreaterThan(MAX_LONG_LIST_BYTES);
    const input = importInput(dealRoomId, 'huge.csv', bytes, { nameLatin: 0 });
    const { mapping: _mapping, headerRow: _headerRow, ...previewInput } = input;
    for (const error of [failure(app.invoke('longList.preview', previewInput, { lang: 'en' })), failure(app.invoke('longList.import', input, { lang: 'en' }))]) {
      expect(error).toMatchObject({ code: 'rule_violation', path: 'contentBase64' });
      expect(error.message).toBe('“huge.csv” is 10.1 MB; a long list can be at most 10 MB. Split it, or leave out columns you do not need.');
    }
    const ja = failure(app.invoke('longList.preview', previewInput, { lang: 'ja' }));
    expect(ja.message).toBe('「huge.csv」のサイズは10.1 MBです。取り込めるのは10 MBまでです。ファイルを分けるか、不要な列を削除してください。');
    expect(importedCandidates(app, dealRoomId)).toEqual([]);
  });

  it(`refuses more than ${MAX_LONG_LIST_ROWS} rows`, () => {
    const { app, dealRoomId } = room();
    const lines = ['Company', ...Array.from({ length: MAX_LONG_LIST_ROWS + 1 }, (_, i) => `Firm ${i}`)];
    const error = failure(app.invoke('longList.import', importInput(dealRoomId, 'many.csv', utf8(lines.join('\n')), { nameLatin: 0 }), { lang: 'en' }));
    expect(error.message).toBe('This file has 5,001 rows; one import can add at most 5,000 candidates. Split the file and import it in parts.');
    // The header row is not a candidate: a header and 5,000 firms is within the limit.
    const atLimit = lines.slice(0, -1).join('\n');
    expect(ok(app.invoke('longList.import', importInput(dealRoomId, 'many.csv', utf8(atLimit), { nameLatin: 0 })))).toEqual({ imported: MAX_LONG_LIST_ROWS });
  });

  it('adds every row in one change, logged as one import and one creation per candidate', () => {
    const { app, dealRoomId } = room();
    const before = ok(app.invoke('dealRooms.changeLog', { dealRoomId })).total;
    ok(app.invoke('longList.import', importInput(dealRoomId, 'list-sjis.csv', shiftJisFixture()), { actor: 'Mori Aya' }));
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 }));
    expect(log.total - before).toBe(4);
    const entries = log.entries.slice(0, 4).reverse();
    expect(entries[0]).toMatchObject({ actor: 'Mori Aya', entity: 'dealRoom', field: LONG_LIST_IMPORT_FIELD, before: null, after: { fileName: 'list-sjis.csv', format: 'csv', encoding: 'shift_jis', candidates: 3 } });
    expect(entries.slice(1).map((e) => [e.entity, e.field, (e.after as { nameJa: string }).nameJa])).toEqual([
      ['candidate', '', '株式会社しおさい医療'],
      ['candidate', '', 'ﾐﾅﾓﾄ商事株式会社'],
      ['candidate', '', 'ヒバリ・ヘルスケア株式会社'],
    ]);
    // One transaction: every row carries the same moment.
    expect(new Set(entries.map((e) => e.at)).size).toBe(1);
  });

  it('refuses a mapping without a name column, or pointing past the last column', () => {
    const { app, dealRoomId } = room();
    const bytes = utf8(LIST_TEXT);
    const noName = failure(app.invoke('longList.import', importInput(dealRoomId, 'list.csv', bytes, { website: 4 }), { lang: 'en' }));
    expect(noName).toEqual({ code: 'invalid_input', message: 'Choose the column that holds the company name, in Japanese or in Latin letters.', path: 'mapping' });
    const past = failure(app.invoke('longList.import', importInput(dealRoomId, 'list.csv', bytes, { nameJa: 0, notes: 12 }), { lang: 'en' }));
    expect(past).toEqual({ code: 'invalid_input', message: 'Notes is mapped to column M, but this file has only 10 columns.', path: 'mapping.notes' });
    const badKey = failure(app.invoke('longList.import', { ...importInput(dealRoomId, 'list.csv', bytes), mapping: { nameJa: 0, phone: 3 } } as never, { lang: 'en' }));
    expect(badKey).toMatchObject({ code: 'invalid_input', path: 'mapping' });
    expect(importedCandidates(app, dealRoomId)).toEqual([]);
  });

  it('refuses files that are not a long list, saying what to do instead', () => {
    const { app, dealRoomId } = room();
    const refuse = (fileName: string, bytes: Uint8Array) => failure(app.invoke('longList.preview', { dealRoomId, fileName, contentBase64: base64(bytes) }, { lang: 'en' })).message;
    expect(refuse('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe(
      '“old.xls” is an Excel 97–2003 workbook or a password-protected one. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV, without a password.',
    );
    expect(refuse('unicode.txt', Buffer.from('\ufeffCompany\n', 'utf16le'))).toBe('“unicode.txt” is saved as UTF-16 (“Unicode text”). Save it as CSV UTF-8, or as plain CSV.');
    expect(refuse('scan.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('“scan.pdf” is not a CSV or Excel file. Choose a .csv or .xlsx file.');
    expect(refuse('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))).toBe(
      '“broken.xlsx” could not be read as an Excel workbook. Open it in Excel and save it again as .xlsx, or save it as CSV.',
    );
    expect(refuse('empty.csv', new Uint8Array())).toBe('“empty.csv” is empty.');
    expect(refuse('blank.csv', utf8('\r\n , \r\n'))).toBe('“blank.csv” holds no rows to import.');
    expect(refuse('quotes.csv', utf8('Company,Notes\nA,"fine"\nB,"never closed\n'))).toBe(
      'Row 3 opens a quoted value that is never closed, so the rows after it cannot be told apart. Check the quotation marks in that row.',
    );
    const ja = failure(app.invoke('longList.preview', { dealRoomId, fileName: 'empty.csv', contentBase64: '' }, { lang: 'ja' }));
    expect(ja.message).toBe('「empty.csv」は空のファイルです。');
  });

  it('says which deal-room was not found', () => {
    const { app } = room();
    const error = failure(app.invoke('longList.preview', { dealRoomId: 'no-such-room', fileName: 'a.csv', contentBase64: base64(utf8('A\n')) }, { lang: 'en' }));
    expect(error.code).toBe('not_found');
  });
});
