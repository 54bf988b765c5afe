/**
 * The analysis screen on the sample deal-room (resources/sample/medtech-japan.json):
 * a Monte Carlo run in the worker, read as a sentence, a chart and a table,
 * in English and Japanese; then the pillar weights set by pairwise comparison.
 *
 * Expected figures:
 *
 * - Asanagi leads the matrix (80.5) ahead of Tsumugi (78.3); the others are
 *   far behind or knocked out in many draws, so with weights and scores
 *   varying Asanagi ranks first most often (about 84% of 2,000 draws, seed 1),
 *   and Tsumugi takes the rest.
 * - The pillar judgements below are consistent: Effectiveness twice
 *   Compliance and Trustworthiness, four times Capability and Strategic fit;
 *   Compliance and Trustworthiness equal, each twice Capability and Strategic
 *   fit; those two equal. The matrix of judgements is then exactly
 *   w_a / w_b for w = 4 : 2 : 2 : 1 : 1, so the priorities are 40%, 20%,
 *   20%, 10%, 10% (stored as weights 40, 20, 20, 10, 10) and the consistency
 *   ratio is 0.00.
 * - Judging Effectiveness 9 times Compliance with every other pair equal
 *   gives a consistency ratio of 0.15, above Saaty's 0.10, and that pair is
 *   the one most at odds with the rest (the others imply about 1).
 */
import type { Locator, Page } from '@playwright/test';
import { displayedNumber } from './support/comparison-matrix';
import { BUNDLED_JAPANESE_FONT, fontFamilies } from './support/japanese-font';
import { expect, test } from './support/shinrai-fixture';

const ASANAGI = 'Asanagi Medical K.K.';
/** The chart itself, not the small SVG icons of its legend. */
const CHART_SVG = '.recharts-wrapper > svg.recharts-surface';
const PILLARS = ['Effectiveness', 'Compliance', 'Trustworthiness', 'Capability and commitment', 'Strategic and brand fit'] as const;

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The rows of a table as text: the row header, then each cell. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').trim())),
  );
}

test('a Monte Carlo run in the worker shows who is likeliest to be the right pick, in both languages', async ({ page, shot }) => {
  await openSection(page, 'Analysis');
  await expect(page.getByRole('heading', { name: 'Decision analysis', exact: true })).toBeVisible();
  const monteCarlo = page.getByRole('region', { name: 'How likely is each candidate to be the right pick?' });
  await expect(monteCarlo.getByText('Not run yet.', { exact: false })).toBeVisible();

  // A wrong number of draws is named at the field and nothing runs.
  const draws = monteCarlo.getByRole('textbox', { name: 'Draws' });
  await draws.fill('12');
  await monteCarlo.getByRole('button', { name: 'Run simulation' }).click();
  await expect(monteCarlo.getByText('Enter a whole number of draws from 100 to 1,000,000.')).toBeVisible();
  await expect(draws).toHaveAttribute('aria-invalid', 'true');
  await expect(draws).toBeFocused();
  await expect(monteCarlo.getByRole('progressbar')).toHaveCount(0);

  // A long run, from the keyboard: Enter runs it, focus moves to Cancel, progress shows, Enter stops it.
  await draws.fill('1000000');
  await draws.press('Enter');
  const progress = monteCarlo.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(progress).toHaveAttribute('aria-valuemax', '1000000');
  const cancel = monteCarlo.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
  await cancel.press('Enter');
  await expect(monteCarlo.getByText(/^Cancelled after [\d,]+ of 1,000,000 draws\./)).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(monteCarlo.getByRole('button', { name: 'Run simulation' })).toBeFocused();

  // 2,000 draws, seed 1, jitter 20%.
  await draws.fill('2000');
  await expect(monteCarlo.getByRole('textbox', { name: 'Seed' })).toHaveValue('1');
  await expect(monteCarlo.getByRole('textbox', { name: 'Weight jitter (%)' })).toHaveValue('20');
  await monteCarlo.getByRole('button', { name: 'Run simulation' }).click();
  const sentence = monteCarlo.getByRole('paragraph').filter({ hasText: new RegExp(`^${ASANAGI.replace(/\./g, '\\.')} ranks first in \\d+% of 2,000 draws`) });
  await expect(sentence).toBeVisible();
  await expect(monteCarlo.getByText('2,000 draws, seed 1, weight jitter 20%.')).toBeVisible();

  // The table: Asanagi has the largest share at rank 1, and each row adds up to all the draws.
  const table = monteCarlo.getByRole('table', { name: 'Rank shares over 2,000 draws' });
  await expect(table.getByRole('columnheader', { name: 'Rank 1', exact: true })).toBeVisible();
  const rows = await tableRows(table);
  expect(rows).toHaveLength(5);
  const firstShares = rows.map((cells) => ({ name: cells[0], share: displayedNumber(cells[1] ?? '') }));
  const best = firstShares.reduce((a, b) => (b.share > a.share ? b : a));
  expect(best.name).toBe(ASANAGI);
  expect(best.share).toBeGreaterThan(50);
  for (const cells of rows) {
    // Candidate, ranks 1–5, knocked out, mean total: shares of one draw sum to 100% (each shown to 0.1).
    const shares = cells.slice(1, 7).map(displayedNumber);
    expect(Math.abs(shares.reduce((s, v) => s + v, 0) - 100)).toBeLessThanOrEqual(0.35);
  }

  // The chart is an SVG with one stacked bar per candidate, named by its caption.
  const figure = monteCarlo.getByRole('figure', { name: 'Share of 2,000 draws at each rank' });
  await expect(figure.locator(CHART_SVG)).toBeVisible();
  await expect(figure.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first()).toBeVisible();
  await expect(figure.locator('.recharts-legend-item')).not.toHaveCount(0);
  await expect(figure.locator('text').filter({ hasText: ASANAGI })).toBeVisible();

  // The other two charts need no run.
  await expect(page.getByRole('figure', { name: 'Pillar totals per candidate (0–100)' }).locator(CHART_SVG)).toBeVisible();
  const tornado = page.getByRole('region', { name: 'Which weights does the ranking hang on?' });
  await expect(tornado.getByRole('figure').locator(CHART_SVG)).toBeVisible();
  // Key-hospital access is the closest call: 6.1 points up would hand the lead to Tsumugi.
  await expect(tornado.getByRole('table').locator('tbody tr').first()).toContainText('Access to key hospitals');
  await expect(tornado.getByRole('table').locator('tbody tr').first()).toContainText('+6.1');
  await expect(tornado.getByText(/^No change of its weight alone can change the leader for: Medical-device licences/)).toBeVisible();
  await shot('analysis-en');

  // Japanese: the same run, worded and named in Japanese, drawn in the bundled font.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: '意思決定の分析', exact: true })).toBeVisible();
  const monteCarloJa = page.getByRole('region', { name: '各候補企業が最適な選択となる確率' });
  // The app shell boots again on a language switch (app.tsx), so the run is repeated in Japanese.
  await monteCarloJa.getByRole('textbox', { name: '試行回数' }).fill('２０００');
  await monteCarloJa.getByRole('button', { name: 'シミュレーションを実行' }).click();
  await expect(monteCarloJa.getByRole('paragraph').filter({ hasText: /^2,000回の試行のうち、朝凪メディカル株式会社が首位となったのは\d+%/ })).toBeVisible();
  const tableJa = monteCarloJa.getByRole('table', { name: '2,000回の試行における順位別の割合（表）' });
  await expect(tableJa.getByRole('columnheader', { name: '1位', exact: true })).toBeVisible();
  await expect(tableJa.locator('tbody tr').first().locator('th')).toHaveText('朝凪メディカル株式会社');
  const figureJa = monteCarloJa.getByRole('figure', { name: '2,000回の試行における順位別の割合' });
  expect(await fontFamilies(figureJa.locator(CHART_SVG))).toContain(BUNDLED_JAPANESE_FONT);
  await expect(figureJa.locator('text').filter({ hasText: '朝凪メディカル株式会社' })).toBeVisible();
  await shot('analysis-ja');
  await page.getByRole('group', { name: '言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('pillar weights set by pairwise comparison become the weights, with the method stated', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  await openSection(page, 'Criteria');
  await expect(page.getByText('Pillar weights: set directly.')).toBeVisible();
  await page.getByRole('button', { name: 'Compare pillars in pairs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pillar weights by pairwise comparison' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('10 comparisons')).toBeVisible();
  await expect(dialog.getByText('Consistency ratio 0.00 (up to 0.10 is acceptable)')).toBeVisible();

  const pair = (a: string, b: string) => dialog.getByRole('combobox', { name: new RegExp(`^${a} compared with ${b}`) });
  const judge = async (a: string, b: string, label: string) => {
    await pair(a, b).selectOption({ label });
  };

  // One extreme judgement against nine "equal" ones is inconsistent, and the dialog says which.
  await judge('Effectiveness', 'Compliance', 'Effectiveness is extremely more important (9)');
  await expect(dialog.getByText('Consistency ratio 0.15 (up to 0.10 is acceptable)')).toBeVisible();
  await expect(dialog.getByText(/The comparison most at odds with the rest is Effectiveness against Compliance/)).toBeVisible();
  await pair('Effectiveness', 'Compliance').blur();
  await dialog.getByRole('button', { name: 'Go to this comparison' }).click();
  await expect(pair('Effectiveness', 'Compliance')).toBeFocused();
  await shot('ahp-inconsistent');

  // A consistent set: 4 : 2 : 2 : 1 : 1.
  const [eff, comp, trust, cap, fit] = PILLARS;
  await judge(eff, comp, `${eff} is slightly more important (2)`);
  await judge(eff, trust, `${eff} is slightly more important (2)`);
  await judge(eff, cap, `${eff} is moderately to strongly more important (4)`);
  await judge(eff, fit, `${eff} is moderately to strongly more important (4)`);
  await judge(comp, cap, `${comp} is slightly more important (2)`);
  await judge(comp, fit, `${comp} is slightly more important (2)`);
  await judge(trust, cap, `${trust} is slightly more important (2)`);
  await judge(trust, fit, `${trust} is slightly more important (2)`);
  await expect(dialog.getByText('Consistency ratio 0.00 (up to 0.10 is acceptable)')).toBeVisible();
  await expect(dialog.getByText(/most at odds/)).toHaveCount(0);
  const resulting = dialog.getByRole('table');
  await expect(resulting.getByRole('row', { name: /^Effectiveness / })).toContainText('40.0%');
  await expect(resulting.getByRole('row', { name: /^Strategic and brand fit / })).toContainText('10.0%');
  await shot('ahp-consistent');
  await dialog.getByRole('button', { name: 'Apply weights' }).click();
  await expect(dialog).toBeHidden();

  // The weights on the criteria screen are the priorities × 100, and the screen says how they were set.
  await expect(page.getByText('Pillar weights: set by pairwise comparison, consistency ratio 0.00.')).toBeVisible();
  const expected = { Effectiveness: '40', Compliance: '20', Trustworthiness: '20', 'Capability and commitment': '10', 'Strategic and brand fit': '10' };
  for (const [name, weight] of Object.entries(expected)) {
    const form = page.getByRole('form', { name: `Pillar: ${name}` });
    await expect(form.getByRole('textbox', { name: 'Pillar weight' })).toHaveValue(weight);
  }
  const detail = await api.value('dealRooms.get', { dealRoomId });
  expect(detail.pillars.map((p) => [p.nameEn, Math.round(p.weight * 1e6) / 1e6])).toEqual([
    ['Effectiveness', 40],
    ['Compliance', 20],
    ['Trustworthiness', 20],
    ['Capability and commitment', 10],
    ['Strategic and brand fit', 10],
  ]);
  expect(detail.weightings.find((w) => w.pillarId === '')).toMatchObject({ method: 'ahp', consistencyRatio: expect.closeTo(0, 9) });

  // Opened again, the dialog starts from what was judged.
  await page.getByRole('button', { name: 'Compare pillars in pairs…' }).click();
  await expect(pair(eff, cap)).toHaveValue('a4');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A weight edited by hand afterwards: the line says so.
  const effectiveness = page.getByRole('form', { name: 'Pillar: Effectiveness' });
  await effectiveness.getByRole('textbox', { name: 'Pillar weight' }).fill('50');
  await effectiveness.getByRole('button', { name: 'Save pillar' }).click();
  await expect(page.getByText('Pillar weights: set by pairwise comparison (consistency ratio 0.00), since edited by hand.')).toBeVisible();
  await shot('criteria-after-ahp');
});
