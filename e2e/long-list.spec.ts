/**
 * Long-list import (issue 5): a BD user brings in the firms found in a
 * parallel search, as a Shift_JIS CSV saved by Excel on a Japanese Windows
 * (src/main/long-list/fixtures/long-list-shift-jis.csv, three fictional firms).
 *
 * - On the sample deal-room's Candidates screen, "Import long list…" opens the
 *   dialog; the file is chosen, and the preview says it was read as Shift_JIS
 *   and shows the Japanese intact: half-width ﾐﾅﾓﾄ, full-width ＭＥ, and the
 *   cp932-only ① and 髙.
 * - The mapping comes prefilled from the Japanese header names. Pointing the
 *   website at the notes column makes the import refuse the whole file,
 *   naming each row as the file numbers it (rows 2 to 4); pointed back, the
 *   three firms are imported onto the long list, outside the comparison.
 * - The same dialog reads in Japanese.
 * - Through the same door, an .xlsx workbook is previewed as well (the
 *   workbook is read by exceljs in a worker of the server).
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from './support/browser-mode-server';
import { expect, test } from './support/shinrai-fixture';

const FIXTURE = join(REPO_ROOT, 'src', 'main', 'long-list', 'fixtures', 'long-list-shift-jis.csv');
const SHIOSAI = '株式会社しおさい医療';
const MINAMOTO = 'ﾐﾅﾓﾄ商事株式会社';
const HIBARI = 'ヒバリ・ヘルスケア株式会社';

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a Shift_JIS long list is previewed with its Japanese intact, refused whole for one wrong column, then imported', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const before = (await api.value('dealRooms.get', { dealRoomId })).candidates;
  expect(before).toHaveLength(5);

  // 1. The dialog, and the file chosen.
  await openSection(page, 'Candidates');
  await page.getByRole('button', { name: 'Import long list…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a long list' });
  await expect(dialog).toContainText('Shift_JIS as Excel saves them on a Japanese Windows');
  await dialog.getByLabel('Long-list file (CSV or Excel)').setInputFiles(FIXTURE);

  // 2. The preview: format and encoding as detected, Japanese as written.
  const summary = dialog.getByRole('definition');
  await expect(summary).toHaveText(['long-list-shift-jis.csv', 'CSV, read as Shift_JIS', '4 rows with content']);
  const preview = dialog.getByRole('table', { name: 'The first rows of the file, as they will be read' });
  await expect(preview.getByRole('columnheader')).toHaveText([
    'Row',
    '会社名Japanese name',
    '英文社名Latin name',
    '本社所在地Headquarters',
    '種別Type',
    'URLWebsite',
    '備考Notes',
    '経路Origin',
    '紹介者Introduced by',
    '初回接触日First contact',
    '先方の意向What they say they want',
  ]);
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText(MINAMOTO);
  await expect(preview).toContainText('ＭＥ機器の取扱実績あり①');
  await expect(preview).toContainText('髙橋 誠');
  await expect(preview).toContainText(SHIOSAI);
  await expect(dialog.getByRole('checkbox', { name: 'The first row holds column names' })).toBeChecked();
  const website = dialog.getByRole('combobox', { name: 'Website' });
  await expect(website.locator('option:checked')).toHaveText('Column E: URL');
  await expect(dialog.getByRole('combobox', { name: 'Japanese name' }).locator('option:checked')).toHaveText('Column A: 会社名');
  await shot('preview-shift-jis');

  // 3. A wrong column refuses the whole file, naming every row.
  await website.selectOption({ label: 'Column F: 備考' });
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Nothing was imported: 3 rows have problems.');
  await expect(refusal).toContainText('Row 2, column “備考” (Website): must be a web address starting with http:// or https://');
  await expect(refusal).toContainText('Row 4, column “備考” (Website)');
  expect((await api.value('dealRooms.get', { dealRoomId })).candidates).toHaveLength(5);
  await shot('refused-naming-rows');

  // 4. Set right, the three firms are imported.
  await website.selectOption({ label: 'Column E: URL' });
  await expect(refusal).toBeHidden();
  await dialog.getByRole('button', { name: 'Import 3 candidates' }).click();
  await expect(dialog.getByRole('status')).toContainText('Added 3 candidates to the long list.');
  await shot('imported');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // 5. On the candidates screen, and stored on the long list outside the comparison.
  const table = page.getByRole('table', { name: 'Candidates in this deal-room' });
  await expect(table.getByRole('row')).toHaveCount(1 + 8);
  for (const name of [SHIOSAI, MINAMOTO, HIBARI]) await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
  const minamotoRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: MINAMOTO, exact: true }) });
  await expect(minamotoRow).toContainText('Minamoto Shoji Ltd.');
  await expect(minamotoRow).toContainText('Trading house');
  await expect(minamotoRow.getByRole('checkbox')).not.toBeChecked();
  const stored = (await api.value('dealRooms.get', { dealRoomId })).candidates.slice(5);
  expect(stored.map((c) => [c.nameJa, c.nameLatin, c.type, c.website, c.origin, c.introducer, c.firstContactOn, c.stage, c.compared])).toEqual([
    [SHIOSAI, 'Shiosai Medical Co.', 'distributor', 'https://shiosai-medical.example', 'inbound', '', '2027-04-01', 'long_list', false],
    [MINAMOTO, 'Minamoto Shoji Ltd.', 'trading_house', 'https://www.minamoto-shoji.example', 'referral', '髙橋 誠', '2027-03-15', 'long_list', false],
    [HIBARI, 'Hibari Healthcare K.K.', 'agent', '', 'outreach', '', null, 'long_list', false],
  ]);
  await shot('candidates-with-long-list');

  // 6. In Japanese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openSection(page, '候補企業');
  await page.getByRole('button', { name: 'ロングリストを取り込む…' }).click();
  const dialogJa = page.getByRole('dialog', { name: 'ロングリストの取り込み' });
  await dialogJa.getByLabel('ロングリストのファイル（CSVまたはExcel）').setInputFiles(FIXTURE);
  await expect(dialogJa.getByRole('definition')).toHaveText(['long-list-shift-jis.csv', 'CSV（文字コード：シフトJIS（Shift_JIS））', '入力のある行：4行']);
  await expect(dialogJa.getByRole('table', { name: 'ファイルの先頭行（取り込み時の読み取り結果）' })).toContainText(MINAMOTO);
  await expect(dialogJa.getByRole('combobox', { name: 'ウェブサイト' }).locator('option:checked')).toHaveText('E列：URL');
  await expect(dialogJa.getByRole('button', { name: '3社を取り込む' })).toBeVisible();
  await shot('preview-in-japanese');
  await dialogJa.getByRole('button', { name: 'キャンセル' }).click();
  await expect(dialogJa).toBeHidden();
  await shot('candidates-in-japanese');
});

test('an .xlsx workbook is read through the same door', async ({ api }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('候補');
  sheet.addRow(['会社名', 'Website', '初回接触日']);
  sheet.addRow(['株式会社つばめ精機', 'https://tsubame-seiki.example', new Date(Date.UTC(2027, 4, 20))]);
  const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const preview = await api.value('longList.preview', { dealRoomId: sample!.id, fileName: 'candidates.xlsx', contentBase64 });
  expect(preview).toMatchObject({ format: 'xlsx', encoding: null, rowCount: 2, rows: [['会社名', 'Website', '初回接触日'], ['株式会社つばめ精機', 'https://tsubame-seiki.example', '2027-05-20']] });
  expect(preview.suggestedMapping).toEqual({ nameJa: 0, website: 1, firstContactOn: 2 });
});
