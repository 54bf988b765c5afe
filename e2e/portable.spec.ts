/**
 * The portable deal-room file (issue 7), on the sample deal-room:
 *
 * - a PDF attached to Asanagi Medical through the API;
 * - "Export portable file…" saves the room as one .shinrai-room file;
 * - "Open portable file…" checks it, says what it holds and that a room of
 *   the same name is already here, and opens it as a new room by default;
 * - the new room's due-diligence screen lists the PDF, which came along
 *   (it was taken off the original after the export, so it can only come
 *   from the file);
 * - a damaged copy of the file is refused with the reason, and nothing is added.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const ROOM = 'Japan distribution partner for patient monitors, 2027';
const ASANAGI = 'Asanagi Medical K.K.';
const PDF_NAME = '製品カタログ 2027.pdf';
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a deal-room exported as a portable file and opened again as a new room, with its evidence file', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const asanagi = (await api.value('dealRooms.get', { dealRoomId })).candidates.find((c) => c.nameLatin === ASANAGI)!;
  const added = await api.value('evidence.add', {
    dealRoomId,
    candidateId: asanagi.id,
    attachedTo: 'candidate',
    attachedId: asanagi.id,
    fileName: PDF_NAME,
    mediaType: 'application/pdf',
    contentBase64: PDF.toString('base64'),
  });

  // 1. Exported: one file named after the room.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export portable file…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${ROOM}.shinrai-room`);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const file = Buffer.concat(chunks);
  // A zip: "PK".
  expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  // Taken off the original room, so the file seen later can only have come from the portable file.
  await api.value('evidence.remove', { dealRoomId, evidenceId: added.file.id });

  // 2. A damaged copy is refused, saying which part failed.
  const damaged = Buffer.from(file);
  const middle = Math.floor(damaged.length / 2);
  damaged.writeUInt8(damaged.readUInt8(middle) ^ 0xff, middle);
  await page.getByLabel('Portable deal-room file').setInputFiles({ name: 'damaged.shinrai-room', mimeType: 'application/zip', buffer: damaged });
  const refused = page.getByRole('dialog', { name: 'This file cannot be opened' });
  await expect(refused.getByText('Nothing was changed. “damaged.shinrai-room” failed these checks:')).toBeVisible();
  await expect(refused.getByRole('listitem').first()).toBeVisible();
  await shot('damaged-file-refused');
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(await api.value('dealRooms.list', { includeArchived: true })).toHaveLength(1);

  // 3. Opened: what it holds, the room of the same name, and "new room" chosen by default.
  await page.getByLabel('Portable deal-room file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: file });
  const dialog = page.getByRole('dialog', { name: 'Open a portable deal-room file' });
  await expect(dialog.getByText(`“${ROOM}”, exported`)).toBeVisible();
  const counts = dialog.getByRole('definition');
  await expect(dialog.getByRole('term')).toHaveText(['Candidates', 'Criteria', 'Evaluators', 'Scores', 'Answers', 'Red flags', 'Due-diligence requests', 'Evidence files']);
  await expect(counts.first()).toHaveText('5');
  await expect(counts.last()).toHaveText('1');
  await expect(dialog.getByText('Every part matches its recorded hash.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Open as a new deal-room (keeps the existing one)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: `Replace the existing “${ROOM}”` })).not.toBeChecked();
  await shot('portable-file-checked');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();

  // 4. Two rooms now; the new one is open and carries the PDF.
  const rooms = await api.value('dealRooms.list', { includeArchived: true });
  expect(rooms).toHaveLength(2);
  const copy = rooms.find((r) => r.id !== dealRoomId)!;
  expect(copy.name).toBe(ROOM);
  const evidence = (await api.value('dealRooms.get', { dealRoomId: copy.id })).evidence;
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ fileName: PDF_NAME, size: PDF.length });
  await expect(page.getByRole('navigation', { name: 'Deal-rooms' }).getByRole('list', { name: 'Open deal-rooms' }).getByRole('listitem')).toHaveCount(2);

  await openSection(page, 'Due diligence');
  await page.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: ASANAGI });
  await expect(page.getByText(PDF_NAME).first()).toBeVisible();
  await shot('opened-room-with-evidence');
});
