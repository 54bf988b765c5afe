/**
 * The change history (issue 8, "Audit trail"), on the sample deal-room: a
 * change made a moment ago leads the list with who made it and its before
 * and after; the list filters by kind of record and pages; the integrity
 * check finds the chain whole. Read in English and Japanese.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('the history lists, filters and pages the changes and checks its own integrity', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const detail = await api.value('dealRooms.get', { dealRoomId });
  const hayate = detail.candidates.find((c) => c.nameLatin === 'Hayate HealthTech Inc.')!;
  await api.value('candidates.update', { dealRoomId, candidateId: hayate.id, patch: { headquarters: '福岡市博多区' } });

  await page.reload();
  await openSection(page, 'History');
  await expect(page.getByRole('heading', { name: 'Change history' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Changes, newest first' });
  const newest = table.getByRole('row').nth(1);
  await expect(newest).toContainText('Candidate');
  await expect(newest).toContainText('Changed “headquarters”');
  await expect(newest).toContainText('福岡市博多区');

  // The sample was imported: one page of 50 and more behind it.
  const all = await api.value('audit.list', { dealRoomId });
  await expect(page.getByRole('status').filter({ hasText: `of ${all.total.toLocaleString('en-GB')}` })).toBeVisible();

  // Only candidates: every row says so.
  await page.getByLabel('Kind of record').selectOption({ label: 'Candidate' });
  const candidatesOnly = await api.value('audit.list', { dealRoomId, entity: 'candidate' });
  await expect(page.getByRole('status').filter({ hasText: `of ${candidatesOnly.total}` })).toBeVisible();
  const recordCells = table.getByRole('row').locator('td:nth-child(4)');
  await expect(recordCells.first()).toContainText('Candidate');
  for (const text of await recordCells.allTextContents()) expect(text).toContain('Candidate');

  await page.getByRole('button', { name: 'Check integrity' }).click();
  await expect(page.getByText(/The history is intact: [\d,]+ changes checked/)).toBeVisible();
  await shot('history-en');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: '変更履歴' })).toBeVisible();
  await expect(page.getByRole('table', { name: '変更の一覧（新しい順）' }).getByRole('row').nth(1)).toContainText('「headquarters」を変更');
  await shot('history-ja');
});
