/**
 * Due diligence and search (issue 5), on the sample deal-room:
 *
 * - a request to Asanagi Medical due long ago is marked overdue in words,
 *   beside two standard requests added from the checklist, one of them
 *   marked received in place;
 * - a small PDF (made here, byte by byte) is attached to the overdue request
 *   and downloaded back, byte for byte; attached again, it is recognised;
 * - the header's search finds a word of Tsumugi's Japanese note, then a
 *   full-width "ＫＯＬ" in its English note, and takes the reader to the
 *   candidates;
 * - the same screens in Japanese.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const ASANAGI = 'Asanagi Medical K.K.';
const TSUMUGI = 'Tsumugi Life Science Co., Ltd.';
const LICENCE = 'Copy of the medical device sales licence';
const PDF_NAME = '販売業許可証 2026.pdf';
/** A minimal PDF: header, catalogue, an empty page tree, trailer. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** A day in the page's own calendar, `days` from today. */
async function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

test('a request flagged overdue, a PDF attached and downloaded back, and a search in Japanese and English', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;

  // 1. An overdue request to Asanagi Medical.
  await openSection(page, 'Due diligence');
  await page.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: ASANAGI });
  await expect(page.getByText(`Nothing has been requested from ${ASANAGI} yet.`)).toBeVisible();
  await page.getByRole('button', { name: 'Add a request' }).first().click();
  const requestDialog = page.getByRole('dialog', { name: `New request to ${ASANAGI}` });
  // The item field suggests the standard requests as one types (a combobox), and takes any text.
  await requestDialog.getByRole('combobox', { name: 'What is requested' }).fill(LICENCE);
  await requestDialog.getByLabel('Requested on').fill(await dayFromToday(page, -30));
  // Due before it was requested: refused, beside the field.
  await requestDialog.getByLabel('Due by').fill(await dayFromToday(page, -40));
  await requestDialog.getByRole('button', { name: 'Add request' }).click();
  await expect(requestDialog.getByText(/The due date cannot be before the date of the request/)).toBeVisible();
  await requestDialog.getByLabel('Due by').fill(await dayFromToday(page, -9));
  await requestDialog.getByRole('textbox', { name: 'Note' }).fill('Promised at the first meeting; they said the scan would follow by e-mail.');
  await requestDialog.getByRole('button', { name: 'Add request' }).click();
  await expect(requestDialog).toBeHidden();

  const requests = page.getByRole('table', { name: `Due-diligence requests to ${ASANAGI}` });
  const licenceRow = requests.getByRole('row', { name: new RegExp(LICENCE) });
  await expect(licenceRow).toContainText('Overdue by 9 days');

  // 2. Two standard requests, one of them already received.
  await page.getByRole('button', { name: 'Add standard requests…' }).click();
  const standard = page.getByRole('dialog', { name: `Standard requests to ${ASANAGI}` });
  await standard.getByRole('checkbox', { name: 'Financial statements for the last three years' }).check();
  await standard.getByRole('checkbox', { name: 'A sample monthly sales report, with customer names removed' }).check();
  await standard.getByLabel('Due by').fill(await dayFromToday(page, 21));
  await shot('standard-requests');
  await standard.getByRole('button', { name: 'Add 2 requests' }).click();
  await expect(standard).toBeHidden();
  await requests.getByRole('combobox', { name: 'Status of “Financial statements for the last three years”' }).selectOption({ label: 'Received' });
  await expect(page.getByText('3 in all: 2 waiting (1 overdue), 1 received or verified, 0 refused.')).toBeVisible();
  // Only the waiting request past its date is overdue.
  await expect(requests.getByText(/Overdue by/)).toHaveCount(1);

  // 3. The licence arrives as a PDF, attached to its request.
  await licenceRow.getByRole('button', { name: `Attach a file to “${LICENCE}”` }).click();
  const attach = page.getByRole('dialog', { name: `Attach a file for ${ASANAGI}` });
  await expect(attach.getByRole('combobox', { name: 'Attach to' })).toHaveValue(/^due_diligence:/);
  await attach.getByLabel('File').setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF });
  await shot('attach-file');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `“${PDF_NAME}” is attached.` })).toBeVisible();
  await expect(licenceRow).toContainText('1 file');
  const files = page.getByRole('table', { name: `Files attached to: request: ${LICENCE}` });
  await expect(files.getByRole('row', { name: new RegExp(PDF_NAME) })).toContainText('PDF');

  const stored = (await api.value('dealRooms.get', { dealRoomId })).evidence;
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ fileName: PDF_NAME, mediaType: 'application/pdf', size: PDF.length });

  // 4. Downloaded back: the same name, the same bytes.
  const downloading = page.waitForEvent('download');
  await files.getByRole('button', { name: `Download ${PDF_NAME}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(PDF_NAME);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).equals(PDF)).toBe(true);

  // 5. The same file again, to the same request: recognised, nothing added.
  await licenceRow.getByRole('button', { name: `Attach a file to “${LICENCE}”` }).click();
  await attach.getByLabel('File').setInputFiles({ name: 'scan-again.pdf', mimeType: 'application/pdf', buffer: PDF });
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '“販売業許可証 2026.pdf” was already attached here with the same content' })).toBeVisible();
  expect((await api.value('dealRooms.get', { dealRoomId })).evidence).toHaveLength(1);
  await shot('requests-and-files');

  // 6. Search a word of Tsumugi's Japanese note from the header.
  const search = page.getByRole('search', { name: 'Search this deal-room' });
  await search.getByRole('searchbox', { name: 'Search this deal-room' }).fill('競合製品');
  await search.getByRole('searchbox', { name: 'Search this deal-room' }).press('Enter');
  const results = page.getByRole('dialog', { name: 'Search this deal-room' });
  await expect(results.getByRole('status')).toHaveText('1 result for “競合製品”');
  const candidates = results.getByRole('region', { name: 'Candidates (1)' });
  await expect(candidates.getByRole('listitem')).toContainText(TSUMUGI);
  await expect(candidates.locator('mark')).toHaveText('競合製品');
  await shot('search-japanese-word');

  // A full-width query finds the half-width word; each result says where it is shown.
  await results.getByRole('searchbox', { name: 'Search for' }).fill('ＫＯＬ');
  await expect(results.getByRole('status')).toHaveText('1 result for “ＫＯＬ”');
  await expect(results.locator('mark')).toHaveText('KOL');
  await results.getByRole('button', { name: `Show “${TSUMUGI}” in Candidates` }).click();
  await expect(results).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Candidates', exact: true })).toHaveAttribute('aria-selected', 'true');

  // 7. In Japanese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openSection(page, 'デューデリジェンス');
  await page.getByRole('combobox', { name: '候補先' }).selectOption({ label: '朝凪メディカル株式会社' });
  const requestsJa = page.getByRole('table', { name: '朝凪メディカル株式会社へのデューデリジェンス依頼一覧' });
  await expect(requestsJa.getByRole('row', { name: new RegExp(LICENCE) })).toContainText('期限超過（9日）');
  await expect(page.getByText('全3件：未提出2件（うち期限超過1件）、受領・確認済み1件、提出拒否0件。')).toBeVisible();
  await expect(page.getByRole('table', { name: `添付先：依頼：${LICENCE}` })).toContainText(PDF_NAME);
  await shot('requests-and-files-ja');

  const searchJa = page.getByRole('search', { name: 'このディールルーム内を検索' });
  await searchJa.getByRole('searchbox').fill('許可取得');
  await searchJa.getByRole('button', { name: '検索' }).click();
  const resultsJa = page.getByRole('dialog', { name: 'このディールルーム内を検索' });
  await expect(resultsJa.getByRole('status')).toHaveText('「許可取得」の検索結果：1件');
  await expect(resultsJa.getByRole('region', { name: '候補先 (1)' })).toContainText('鶴見野商事株式会社');
  await shot('search-ja');
});
