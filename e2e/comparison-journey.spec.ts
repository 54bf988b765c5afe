/**
 * A new user's first session on the sample deal-room (resources/sample/
 * medtech-japan.json): read the ranking, see how a weight moves it, bring in
 * a new candidate, score it, compare it, and read it all in Japanese.
 *
 * The expected figures are worked out from the sample by SCORING.md:
 *
 * - "Access to key hospitals" has raw weight 40 of 100 in Effectiveness
 *   (pillar weight 30 of 100), so e = 0.30 × 0.40 = 12.0%. Asanagi leads with
 *   T = 80.475 ("80.5") ahead of Tsumugi's 78.25 ("78.3"), 2.2 points, and no
 *   single weight change under the 5-point margin flips it (robust).
 * - Raising that criterion's raw weight to 1000 (the other two stay at 30)
 *   gives it e = 0.30 × 1000/1060 = 28.3% of the whole. Tsumugi is the
 *   stronger of the two on key hospitals, so it overtakes: Tsumugi 77.435
 *   ("77.4"), Asanagi 77.215 ("77.2"); the lead is 0.2 points and half a
 *   point of weight would flip it back (fragile).
 * - The new candidate, scored by one evaluator on three criteria (key
 *   hospitals 3, sales-data transparency 4, co-investment 3.5), covers
 *   28.3% + 8.0% + 4.5% = 40.8% of the weight and totals
 *   100 × (0.283×3 + 0.08×4 + 0.045×3.5) / 5 = 26.5, projected 65.0: ranked
 *   5th of 5 and marked incomplete.
 */
import type { Page } from '@playwright/test';
import { candidateHeader, comparisonMatrix, displayedNumber, matrixCell } from './support/comparison-matrix';
import { bundledFacesFor, BUNDLED_JAPANESE_FONT, fontFamilies } from './support/japanese-font';
import { expect, test } from './support/shinrai-fixture';

const ASANAGI = 'Asanagi Medical K.K.';
const TSUMUGI = 'Tsumugi Life Science Co., Ltd.';
const TSURUMINO = 'Tsurumino Shoji Co., Ltd.';
const NEWCOMER = { nameJa: '白樺メディカル株式会社', nameLatin: 'Shirakaba Medical K.K.', headquarters: '金沢市 (Kanazawa)', website: 'https://shirakaba-medical.example' };
const KEY_HOSPITALS = 'Access to key hospitals';

/** A rank as displayed ("1", "#1", "1位"): the number alone, whatever marks surround it. */
function rank(n: number): RegExp {
  return new RegExp(`^\\D*${n}\\D*$`);
}

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

function sensitivity(page: Page, heading: string) {
  return page.getByRole('region', { name: heading, exact: true });
}

test('a new user reads the ranking, shifts a weight, adds and scores a candidate, and switches to Japanese', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;

  // 1. The sample opens on the comparison matrix.
  await expect(page.getByRole('tab', { name: 'Matrix', exact: true })).toHaveAttribute('aria-selected', 'true');
  const matrix = comparisonMatrix(page, 'Comparison matrix');
  await expect(matrix).toBeVisible();
  const robustness = sensitivity(page, 'How robust is the ranking?');

  const leader = matrix.getByRole('columnheader', { name: /\bRank 1\b/ });
  await expect(leader).toHaveCount(1);
  await expect(leader).toContainText(ASANAGI);
  await expect(leader).toContainText('朝凪メディカル株式会社');
  await expect(await matrixCell(matrix, 'Weighted total', ASANAGI)).toHaveText('80.5');
  await expect(await matrixCell(matrix, 'Weighted total', TSUMUGI)).toHaveText('78.3');
  await expect(await matrixCell(matrix, 'Rank', ASANAGI)).toHaveText(rank(1));
  await expect(await matrixCell(matrix, 'Rank', TSUMUGI)).toHaveText(rank(2));
  await expect(await matrixCell(matrix, /^Access to key hospitals/, ASANAGI)).toContainText('3.0');
  await expect(matrixCellWeight(matrix, KEY_HOSPITALS)).toHaveText('12.0%');
  // The firm without the required licence is knocked out and listed last, unranked.
  await expect(candidateHeader(matrix, TSURUMINO)).toContainText('Knocked out');
  await expect(matrix.getByRole('columnheader').last()).toContainText(TSURUMINO);
  await expect(robustness.getByText(`${ASANAGI} leads by 2.2 points.`)).toBeVisible();
  await expect(robustness.getByText(/the ranking is robust\.$/)).toBeVisible();
  const leadBefore = displayedNumber((await robustness.getByText(/leads by/).textContent()) ?? '');
  const displayedTotal = async (name: string) => displayedNumber((await (await matrixCell(matrix, 'Weighted total', name)).textContent()) ?? '');
  const asanagiBefore = await displayedTotal(ASANAGI);
  const tsumugiBefore = await displayedTotal(TSUMUGI);
  await shot('ranking-on-sample');

  // 2. Key-hospital access matters far more to us: raise its weight.
  await openSection(page, 'Criteria');
  const criterion = page.getByRole('form', { name: KEY_HOSPITALS, exact: true });
  const weight = criterion.getByRole('textbox', { name: 'Weight', exact: true });
  await expect(weight).toHaveValue('40');
  await expect(criterion.getByRole('status')).toHaveText('12.0%');
  await weight.fill('1000');
  // The share follows the typing, before anything is saved.
  await expect(criterion.getByRole('status')).toHaveText('28.3%');
  await expect(criterion.getByText('Unsaved changes')).toBeVisible();
  await shot('weight-typed');
  await criterion.getByRole('button', { name: 'Save criterion' }).click();
  await expect(criterion.getByText('Unsaved changes')).toBeHidden();
  await expect
    .poll(async () => (await api.value('dealRooms.get', { dealRoomId })).criteria.find((c) => c.nameEn === KEY_HOSPITALS)?.weight)
    .toBe(1000);

  await openSection(page, 'Matrix');
  await expect(matrix.getByRole('columnheader', { name: /\bRank 1\b/ })).toContainText(TSUMUGI);
  await expect(matrixCellWeight(matrix, KEY_HOSPITALS)).toHaveText('28.3%');
  await expect(await matrixCell(matrix, 'Weighted total', TSUMUGI)).toHaveText('77.4');
  await expect(await matrixCell(matrix, 'Weighted total', ASANAGI)).toHaveText('77.2');
  await expect(await matrixCell(matrix, 'Rank', TSUMUGI)).toHaveText(rank(1));
  await expect(await matrixCell(matrix, 'Rank', ASANAGI)).toHaveText(rank(2));
  await expect(robustness.getByText(`${TSUMUGI} leads by 0.2 points.`)).toBeVisible();
  await expect(robustness.getByText(`${ASANAGI} leads by`)).toHaveCount(0);
  await expect(robustness.getByText(/the ranking is fragile\.$/)).toBeVisible();
  const leadAfter = displayedNumber((await robustness.getByText(/leads by/).textContent()) ?? '');
  // Inside Effectiveness the heavier criterion crowds out field force and
  // KOL work, where both firms score better than on key hospitals. Asanagi's
  // 3.0 there is far below its other marks, Tsumugi's 4.5 is not: both
  // totals fall, Asanagi's much more, and the order flips.
  const asanagiAfter = await displayedTotal(ASANAGI);
  const tsumugiAfter = await displayedTotal(TSUMUGI);
  expect(asanagiAfter).toBeLessThan(asanagiBefore);
  expect(asanagiBefore - asanagiAfter).toBeGreaterThan(tsumugiBefore - tsumugiAfter);
  expect(tsumugiAfter).toBeGreaterThan(asanagiAfter);
  expect(leadAfter).toBeLessThan(leadBefore);
  await shot('ranking-after-weight-change');

  // 3. A firm we found ourselves joins the long list, in both scripts.
  await openSection(page, 'Candidates');
  await page.getByRole('button', { name: 'Add candidate', exact: true }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await addDialog.getByRole('textbox', { name: 'Japanese name' }).fill(NEWCOMER.nameJa);
  await addDialog.getByRole('textbox', { name: 'Name in Latin letters' }).fill(NEWCOMER.nameLatin);
  await addDialog.getByRole('textbox', { name: 'Headquarters' }).fill(NEWCOMER.headquarters);
  await addDialog.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Distributor' });
  await addDialog.getByRole('textbox', { name: 'Website' }).fill(NEWCOMER.website);
  await shot('candidate-form');
  await addDialog.getByRole('button', { name: 'Add candidate', exact: true }).click();
  await expect(addDialog).toBeHidden();
  const candidates = page.getByRole('table', { name: 'Candidates in this deal-room' });
  const newcomerRow = candidates.getByRole('row').filter({ has: page.getByRole('rowheader', { name: NEWCOMER.nameJa }) });
  await expect(newcomerRow).toContainText(NEWCOMER.nameLatin);
  await expect(newcomerRow).toContainText(NEWCOMER.headquarters);

  // Five are compared already: a sixth is refused with a reason.
  const compareNewcomer = page.getByRole('checkbox', { name: `Compare ${NEWCOMER.nameLatin}` });
  await expect(compareNewcomer).not.toBeChecked();
  await compareNewcomer.click();
  await expect(page.getByText('At most 5 candidates can be compared side by side.', { exact: false })).toBeVisible();
  await expect(compareNewcomer).not.toBeChecked();
  await expect(page.getByText('Comparing 5 of at most 5')).toBeVisible();
  await shot('sixth-refused');

  // Take out the firm that cannot hold the licence, then bring the newcomer in.
  await page.getByRole('checkbox', { name: `Compare ${TSURUMINO}` }).click();
  await expect(page.getByText('Comparing 4 of at most 5')).toBeVisible();
  await compareNewcomer.click();
  await expect(compareNewcomer).toBeChecked();
  await expect(page.getByText('Comparing 5 of at most 5')).toBeVisible();
  const compared = (await api.value('dealRooms.get', { dealRoomId })).candidates.filter((c) => c.compared).map((c) => c.nameLatin);
  expect(compared).toHaveLength(5);
  expect(compared).toContain(NEWCOMER.nameLatin);
  expect(compared).not.toContain(TSURUMINO);
  await shot('newcomer-compared');

  // 4. Finance scores the newcomer on what it knows so far.
  await openSection(page, 'Scoring');
  await page.getByRole('combobox', { name: 'Scoring as' }).selectOption({ label: 'Lukas Brandt (Finance)' });
  const scoresOfNewcomer = async () => {
    const detail = await api.value('dealRooms.get', { dealRoomId });
    const newcomer = detail.candidates.find((c) => c.nameLatin === NEWCOMER.nameLatin)!;
    const nameOf = (id: string) => detail.criteria.find((c) => c.id === id)?.nameEn;
    return Object.fromEntries(detail.scores.filter((s) => s.candidateId === newcomer.id).map((s) => [nameOf(s.criterionId), s.value]));
  };
  const entries: [string, string, number][] = [
    [KEY_HOSPITALS, '3', 3],
    ['Transparency of sales data', '4', 4],
    ['Willingness to co-invest', '3.5', 3.5],
  ];
  const expectedScores: Record<string, number> = {};
  for (const [criterionName, typed, value] of entries) {
    const cell = page.getByRole('textbox', { name: `Score of ${NEWCOMER.nameLatin} on ${criterionName}` });
    await cell.fill(typed);
    await cell.press('Enter');
    expectedScores[criterionName] = value;
    await expect.poll(scoresOfNewcomer).toEqual(expectedScores);
  }
  await shot('newcomer-scored');

  // 5. The newcomer stands in the matrix, ranked but marked incomplete.
  await openSection(page, 'Matrix');
  const newcomerHeader = candidateHeader(matrix, NEWCOMER.nameLatin);
  await expect(newcomerHeader).toContainText('Incomplete');
  await expect(newcomerHeader).toContainText(NEWCOMER.nameJa);
  await expect(newcomerHeader).toContainText('Rank 5');
  await expect(candidateHeader(matrix, TSURUMINO)).toHaveCount(0);
  await expect(await matrixCell(matrix, 'Weighted total', NEWCOMER.nameLatin)).toHaveText('26.5');
  await expect(await matrixCell(matrix, 'Coverage', NEWCOMER.nameLatin)).toHaveText('40.8%');
  await expect(await matrixCell(matrix, /^Projected total/, NEWCOMER.nameLatin)).toHaveText('65.0');
  await expect(await matrixCell(matrix, /^Clinical field force/, NEWCOMER.nameLatin)).toContainText('Unscored');
  await expect(matrix.getByRole('columnheader', { name: /\bRank 1\b/ })).toContainText(TSUMUGI);
  await expect(robustness.getByText(/Scoring is incomplete for .*Shirakaba Medical K\.K\./)).toBeVisible();
  await shot('matrix-with-newcomer');

  // 6. Japanese: every heading and the robustness prose change language.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const matrixJa = comparisonMatrix(page, '比較表');
  await expectJapaneseMatrixScreen(page);
  await expect(matrixJa.getByRole('columnheader', { name: /順位 1位/ })).toContainText('紬ライフサイエンス株式会社');
  await expect(candidateHeader(matrixJa, NEWCOMER.nameJa)).toContainText('未完了');
  await expect(await matrixCell(matrixJa, '加重合計', '紬ライフサイエンス株式会社')).toHaveText('77.4');
  // The bundled font draws the kanji: headless Chromium here has no CJK font of its own.
  expect(await bundledFacesFor(page, '比較表の順位')).not.toEqual([]);
  expect(await fontFamilies(page.getByRole('heading', { name: '比較表', exact: true }))).toContain(BUNDLED_JAPANESE_FONT);
  await shot('matrix-in-japanese');

  // 7. The language is a saved setting: a reload keeps Japanese.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expectJapaneseMatrixScreen(page);
  expect((await api.value('settings.get', {})).language).toBe('ja');
  await shot('japanese-after-reload');
});

/** The column "Weight" cell of a criterion row (the first data cell). */
function matrixCellWeight(matrix: ReturnType<typeof comparisonMatrix>, criterionName: string) {
  return matrix
    .getByRole('row')
    .filter({ has: matrix.page().getByRole('rowheader', { name: new RegExp(`^${criterionName}`) }) })
    .getByRole('cell')
    .first();
}

async function expectJapaneseMatrixScreen(page: Page) {
  await expect(page.getByRole('tab', { name: '比較表', exact: true })).toHaveAttribute('aria-selected', 'true');
  for (const tab of ['候補企業', '評価項目', '採点', '評価者']) {
    await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '比較表', exact: true })).toBeVisible();
  const matrix = comparisonMatrix(page, '比較表');
  await expect(matrix.getByRole('columnheader', { name: '評価項目', exact: true })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: '加重合計', exact: true })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: '評価充足率', exact: true })).toBeVisible();
  const robustness = sensitivity(page, '順位はどこまで揺るがないか');
  await expect(robustness.getByText('紬ライフサイエンス株式会社が0.2点差で首位です。')).toBeVisible();
  await expect(robustness.getByText('重みを一つだけ変える場合でも、0.5ポイントの変更で首位が入れ替わります。順位は不安定です。')).toBeVisible();
  await expect(robustness.getByText('不安定', { exact: true })).toBeVisible();
}
