/**
 * Spreadsheet exports (issue 7) from the matrix screen of the sample room:
 *
 * - "Export workbook (XLSX)" saves one workbook named after the room; opened
 *   with exceljs it has the six sheets, and its Matrix sheet totals are live
 *   formulas whose cached values are the app's totals;
 * - the "Red flags" table picked for CSV saves "<room> - flags.csv", which
 *   starts with a byte-order mark and its header row;
 * - in Japanese, the candidates CSV keeps the companies' Japanese names.
 */
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './support/shinrai-fixture';

const ROOM = 'Japan distribution partner for patient monitors, 2027';
const SHEETS = ['Matrix', 'Candidates', 'Scores', 'Consensus and dissent', 'Red flags', 'Terms', 'Change log'];

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function downloadBy(page: Page, button: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: /^(Spreadsheets|表計算ファイル)$/ }).getByRole('button', { name: button }).click();
  return downloading;
}

test('the sample room exported as a workbook and as CSV from the matrix screen', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const tab = page.getByRole('tab', { name: 'Matrix', exact: true });
  await tab.click();
  await expect(page.getByRole('heading', { name: 'Comparison matrix' })).toBeVisible();

  // 1. The workbook.
  const xlsx = await downloadBy(page, 'Export workbook (XLSX)');
  expect(xlsx.suggestedFilename()).toBe(`${ROOM}.xlsx`);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${ROOM}.xlsx.` })).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytesOf(xlsx)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
  const matrix = workbook.getWorksheet('Matrix')!;
  const detail = await api.value('dealRooms.get', { dealRoomId });
  const compared = detail.candidates.filter((c) => c.compared).sort((a, b) => a.sortOrder - b.sortOrder);
  expect(matrix.getRow(1).getCell(5).value).toBe(compared[0]!.nameLatin);
  let totalRow: ExcelJS.Row | undefined;
  matrix.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith('Total (0–100)')) totalRow = row;
  });
  const firstTotal = totalRow!.getCell(5).value as ExcelJS.CellFormulaValue;
  expect(firstTotal.formula).toMatch(/^100\*SUMPRODUCT\(\$D\$2:\$D\$\d+,E2:E\d+\)\/5$/);
  await shot('workbook-saved');

  // 2. One table as CSV.
  await page.getByRole('combobox', { name: 'Table for CSV' }).selectOption({ label: 'Red flags' });
  const csv = await downloadBy(page, 'Export CSV');
  expect(csv.suggestedFilename()).toBe(`${ROOM} - flags.csv`);
  const text = (await bytesOf(csv)).toString('utf8');
  expect(text.startsWith('\uFEFFCandidate,What was said,Said by,')).toBe(true);

  // 3. In Japanese: the labels follow, and Japanese names come out intact.
  // The language is a setting: the app opens in it after a reload.
  await api.value('settings.update', { language: 'ja' });
  await page.reload();
  await page.getByRole('tab', { name: '比較表', exact: true }).click();
  await page.getByRole('combobox', { name: 'CSVで出力する表' }).selectOption({ label: '候補企業' });
  const ja = await downloadBy(page, 'CSVを出力');
  expect(ja.suggestedFilename()).toBe(`${ROOM} - candidates.csv`);
  const jaText = (await bytesOf(ja)).toString('utf8');
  for (const c of detail.candidates.filter((x) => x.nameJa !== '')) expect(jaText).toContain(c.nameJa);
  await shot('csv-saved-ja');
});
