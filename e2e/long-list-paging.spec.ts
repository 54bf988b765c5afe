/**
 * A long list of 10,000 candidates (issue 9), imported through the contract
 * (scripts/long-list-room.ts: the synthetic long list with every stage and
 * origin, and a few names in kana, kanji and full-width letters):
 *
 * - the board shows the first 20 cards of each stage and says how many more
 *   there are; "see them in the list" opens the list on that stage;
 * - the list holds only the rows in view (and a few either side) in the page,
 *   says which rows it shows of how many, and shows the same rows as
 *   longList.page at the top, after a jump to row 5,000 and at the end;
 * - column heads sort (aria-sort follows), by mouse and by keyboard;
 * - the filter box finds a name typed in half-width katakana, written in
 *   full-width katakana in one firm's name and in hiragana in another's;
 * - the same list reads in Japanese, sorted by the Japanese names;
 * - the Candidates screen shows the compared firms and the first others (100
 *   rows, not 10,000), and its find box reaches any firm.
 */
import type { Locator, Page } from '@playwright/test';
import { longListRoomFile } from '../scripts/long-list-room';
import { candidateName } from '../src/shared/domain/display-names';
import type { Language } from '../src/shared/domain/entities';
import { join } from 'node:path';
import type { ShinraiApi } from './support/shinrai-fixture';
import { expect, SCREENSHOT_DIR, test } from './support/shinrai-fixture';

const CANDIDATES = 10_000;
/** The list's row height (long-list-table.tsx, ROW_HEIGHT): a scroll position is a row number times this. */
const ROW_HEIGHT = 52;

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The names in the rows rendered from `first` on, as many as asked. */
async function namesFrom(viewport: Locator, first: number, count: number): Promise<string[]> {
  const names: string[] = [];
  for (let i = first; i < first + count; i += 1) names.push((await viewport.locator(`[data-row-index="${i}"] th button`).textContent()) ?? '');
  return names;
}

/** What longList.page says those rows are, named as the screen names them. */
async function namesFromApi(api: ShinraiApi, input: Parameters<ShinraiApi['value']>[1] & { dealRoomId: string }, lang: Language): Promise<string[]> {
  const page = await api.value('longList.page', input);
  return page.rows.map((c) => candidateName(c, lang));
}

/**
 * A screenshot of the window as the user sees it. The fixture's shot() grows
 * the window to the page's full height and captures beyond it, which makes
 * Chromium paint the list's whole scroll area (10,000 rows tall) and crash
 * the page; the list is within the window anyway.
 */
async function windowShot(page: Page, step: string) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `long-list-paging-${step}.png`), timeout: 90_000 });
}

async function scrollTo(viewport: Locator, top: number | 'end') {
  await viewport.evaluate((el, to) => {
    el.scrollTop = to === 'end' ? el.scrollHeight : to;
  }, top);
}

test('a long list of 10,000 candidates is shown a window at a time, and scrolls, sorts and filters', async ({ page, api, shot }) => {
  const room = await api.value('dealRooms.import', { file: longListRoomFile(CANDIDATES, 41) });
  const dealRoomId = room.id;
  await api.value('settings.update', { lastDealRoomId: dealRoomId });
  await page.reload();
  await openSection(page, 'Pipeline');

  // The board: 50 cards a stage, and the way to the rest.
  const longListColumn = page.locator('.pipeline-column--long_list');
  await expect(longListColumn.getByRole('listitem')).toHaveCount(20);
  await expect(page.locator('.pipeline-card')).toHaveCount(8 * 20);
  await shot('board-capped');
  await page.locator('.pipeline-column--declined').getByRole('button', { name: 'and 1,230 more: see them in the list' }).click();

  const status = page.getByRole('status').filter({ hasText: /^Showing/ });
  const viewport = page.getByRole('region', { name: 'Long list (scroll for more rows)' });
  await expect(page.getByLabel('Stage', { exact: true })).toHaveValue('declined');
  await expect(status).toHaveText(/^Showing 1–\d+ of 1,250 matching \(10,000 in the deal-room\)$/);
  await expect(viewport.locator('[data-row-index="0"]')).toContainText('Declined');

  // Every stage: the whole list, sorted by name, its first rows as the API gives them.
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'All stages' });
  await expect(status).toHaveText(/^Showing 1–\d+ of 10,000$/);
  await expect(viewport.locator('[data-row-index="0"] th button')).toHaveText('alder medical');
  expect(await namesFrom(viewport, 0, 8)).toEqual(await namesFromApi(api, { dealRoomId, offset: 0, limit: 8 }, 'en'));
  // Only the rows in view and a few either side are in the page.
  const rendered = await viewport.locator('[data-row-index]').count();
  console.log(`long list e2e: ${rendered} of ${CANDIDATES.toLocaleString('en')} rows in the DOM at the top`);
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(60);
  await windowShot(page, '02-list-top');

  // A jump to row 5,000: the rows there, and the count says so.
  await scrollTo(viewport, 5_000 * ROW_HEIGHT);
  await expect(viewport.locator('[data-row-index="5000"] th button')).not.toHaveText('');
  await expect(status).toHaveText(/^Showing 5,001–5,0\d\d of 10,000$/);
  expect(await namesFrom(viewport, 5_000, 10)).toEqual(await namesFromApi(api, { dealRoomId, offset: 5_000, limit: 10 }, 'en'));
  expect(await viewport.locator('[data-row-index]').count()).toBeLessThan(60);

  // The end: the last row is the last name (kanji sort after kana and Latin).
  await scrollTo(viewport, 'end');
  await expect(viewport.locator(`[data-row-index="${CANDIDATES - 1}"] th button`)).toHaveText('東和メディカル');
  await expect(status).toHaveText(/^Showing [\d,]+–10,000 of 10,000$/);
  expect(await namesFrom(viewport, CANDIDATES - 5, 5)).toEqual(await namesFromApi(api, { dealRoomId, offset: CANDIDATES - 5, limit: 5 }, 'en'));
  await windowShot(page, '03-list-end');

  // Sorting: the name column turns round (and the list starts again from the top).
  const nameHead = page.getByRole('columnheader', { name: /Candidate/ });
  await expect(nameHead).toHaveAttribute('aria-sort', 'ascending');
  await nameHead.getByRole('button').click();
  await expect(nameHead).toHaveAttribute('aria-sort', 'descending');
  await expect(viewport.locator('[data-row-index="0"] th button')).toHaveText('東和メディカル');
  await expect(status).toHaveText(/^Showing 1–\d+ of 10,000$/);

  // By keyboard: the first contact column, newest first after a second press.
  const contactHead = page.getByRole('columnheader', { name: /First contact/ });
  await contactHead.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(contactHead).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHead).toHaveAttribute('aria-sort', 'none');
  const oldest = await namesFromApi(api, { dealRoomId, offset: 0, limit: 6, sort: { key: 'firstContact', direction: 'asc' } }, 'en');
  await expect(viewport.locator('[data-row-index="5"] th button')).toHaveText(oldest[5] ?? '');
  expect(await namesFrom(viewport, 0, 6)).toEqual(oldest);
  await page.keyboard.press('Enter');
  await expect(contactHead).toHaveAttribute('aria-sort', 'descending');
  const newest = await namesFromApi(api, { dealRoomId, offset: 0, limit: 6, sort: { key: 'firstContact', direction: 'desc' } }, 'en');
  await expect(viewport.locator('[data-row-index="5"] th button')).toHaveText(newest[5] ?? '');
  expect(await namesFrom(viewport, 0, 6)).toEqual(newest);

  // By stage, from the mouse: pipeline order, the long list first.
  const stageHead = page.getByRole('columnheader', { name: /^Stage/ });
  await stageHead.getByRole('button').click();
  await expect(stageHead).toHaveAttribute('aria-sort', 'ascending');
  await expect(viewport.locator('[data-row-index="0"] td').first()).toHaveText('Long list');
  await windowShot(page, '04-sorted-by-stage');

  // Filtering: half-width katakana finds the clinic in katakana and the one in hiragana.
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('ｸﾘﾆｯｸ');
  await expect(status).toHaveText('Showing 1–2 of 2 matching (10,000 in the deal-room)');
  await expect(viewport.locator('[data-row-index]')).toHaveCount(2);
  const found = (await namesFrom(viewport, 0, 2)).sort();
  expect(found).toEqual(['Hinode Clinics', 'Kurinikku Net']);
  await windowShot(page, '05-filtered');

  // A number finds every firm with it in its name, counted as the API counts them.
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('Candidate 99');
  const nineNine = await api.value('longList.page', { dealRoomId, limit: 1, filter: { text: 'Candidate 99' } });
  await expect(status).toHaveText(new RegExp(`^Showing 1–\\d+ of ${nineNine.total.toLocaleString('en')} matching`));

  // In Japanese: the same list, named and sorted in Japanese.
  await page.getByRole('searchbox', { name: 'Filter by name' }).fill('');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const jaStatus = page.getByRole('status').filter({ hasText: /社目を表示/ });
  await expect(jaStatus).toHaveText(/^10,000社中 1～\d+社目を表示$/);
  const jaHead = page.getByRole('columnheader', { name: /候補/ });
  await jaHead.getByRole('button').click();
  await expect(jaHead).toHaveAttribute('aria-sort', 'ascending');
  const jaViewport = page.getByRole('region', { name: 'ロングリスト（スクロールで続きを表示）' });
  const jaFirst = await namesFromApi(api, { dealRoomId, offset: 0, limit: 8 }, 'ja');
  await expect(jaViewport.locator('[data-row-index="7"] th button')).toHaveText(jaFirst[7] ?? '');
  expect(await namesFrom(jaViewport, 0, 8)).toEqual(jaFirst);
  await windowShot(page, '06-list-in-japanese');

  // The Candidates screen: 100 rows of 10,000, the compared five first; the find box reaches the others.
  await openSection(page, '候補企業');
  const candidateRows = page.getByRole('table', { name: 'このディールルームの候補企業' }).locator('tbody tr');
  await expect(candidateRows).toHaveCount(100);
  await expect(page.getByRole('status').filter({ hasText: '10,000社中 100社を表示' })).toBeVisible();
  await page.getByRole('searchbox', { name: '社名で候補を探す' }).fill('ｸﾘﾆｯｸ');
  await expect(candidateRows).toHaveCount(5 + 2);
  await expect(page.getByRole('status').filter({ hasText: '7社中 7社を表示' })).toBeVisible();
  await windowShot(page, '07-candidates-found');
});
