/**
 * A cross-department panel scores independently, then reviews where it
 * disagrees (issue 4). The room is set up through the API (three fictional
 * firms, one pillar with two criteria, three evaluators); everything the
 * panel does is done in the UI:
 *
 * - the room is switched to independent scoring, and Kim declares a conflict
 *   of interest with Kiri Pharma Logistics: the matrix says one evaluator is
 *   excluded from that column, naming her on focus;
 * - Sato scores Aoba Trading on hospital access 5 (a rationale is required
 *   at that end of the scale) and submits; his sheet covers 3 × 2 = 6 cells,
 *   so the confirmation says 5 are still unscored;
 * - Kim, scoring next, does not see Sato's 5; she scores 2 and submits;
 *   Weber scores 3.5 and submits;
 * - with every sheet in, the panel review flags the cell (spread 5 − 2 = 3,
 *   at least the threshold of 1.5), the panel records a consensus of 4 and
 *   Kim's dissent, and the matrix marks the dissent.
 *
 * Distances from the panel on that cell, the only one scored: Sato |5 − 4| =
 * 1.00, Weber |3.5 − 4| = 0.50, Kim |2 − 4| = 2.00.
 */
import type { Page } from '@playwright/test';
import { candidateHeader, comparisonMatrix, matrixCell } from './support/comparison-matrix';
import { expect, test } from './support/shinrai-fixture';

const ROOM = 'Japan partner panel trial, 2027';
const AOBA = 'Aoba Trading Co., Ltd.';
const MINATO = 'Minato Medical K.K.';
const KIRI = 'Kiri Pharma Logistics K.K.';
const SATO = 'Sato Kenji';
const WEBER = 'Jonas Weber';
const KIM = 'Kim Seo-yeon';
const ACCESS = 'Access to key hospitals';
const FIELD = 'Field force quality';

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function scoreAs(page: Page, option: string) {
  await page.getByRole('combobox', { name: 'Scoring as' }).selectOption({ label: option });
}

async function submitOwnSheet(page: Page, name: string, expectedMessage: string | RegExp) {
  await page.getByRole('button', { name: 'Submit my sheet' }).click();
  const dialog = page.getByRole('dialog', { name: `Submit the sheet of ${name}?` });
  await expect(dialog).toContainText(expectedMessage);
  await dialog.getByRole('button', { name: 'Submit sheet' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: `Sheet of ${name}` })).toContainText('Submitted');
}

test('an independent panel scores apart, then flags, agrees and records dissent', async ({ page, api, shot }) => {
  const room = await api.value('dealRooms.create', { name: ROOM, productLine: 'Wearable monitors', targetMarket: 'Japan' });
  const dealRoomId = room.id;
  const pillar = await api.value('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness', nameJa: '営業力', weight: 1 } });
  for (const [nameEn, nameJa] of [
    [ACCESS, '主要病院へのアクセス'],
    [FIELD, '営業体制の質'],
  ] as const) {
    await api.value('criteria.create', {
      dealRoomId,
      fields: { pillarId: pillar.id, nameEn, nameJa, weight: 1, anchor1: 'No named contacts', anchor3: 'Contacts at a few hospitals', anchor5: 'Regular access to the decision makers' },
    });
  }
  const candidateIds: string[] = [];
  for (const [nameLatin, nameJa] of [
    [AOBA, '青葉商事株式会社'],
    [MINATO, '港メディカル株式会社'],
    [KIRI, '桐ファーマロジスティクス株式会社'],
  ] as const) {
    candidateIds.push((await api.value('candidates.create', { dealRoomId, fields: { nameLatin, nameJa, type: 'distributor' } })).id);
  }
  await api.value('candidates.setCompared', { dealRoomId, candidateIds });
  for (const [name, department] of [
    [SATO, 'Business development'],
    [WEBER, 'Regulatory affairs'],
    [KIM, 'Finance'],
  ] as const) {
    await api.value('evaluators.create', { dealRoomId, fields: { name, department } });
  }
  const stored = () => api.value('dealRooms.get', { dealRoomId });
  const idOf = async (name: string) => (await stored()).evaluators.find((e) => e.name === name)!.id;

  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${ROOM}`) }).click();
  await expect(page.getByRole('heading', { name: ROOM })).toBeVisible();

  // 1. The panel's rules: independent scoring, with a role for the lead evaluator.
  await openSection(page, 'Evaluators');
  const settings = page.getByRole('form', { name: 'How this panel scores' });
  await expect(settings.getByRole('radio', { name: 'Open' })).toBeChecked();
  await settings.getByRole('radio', { name: 'Independent' }).check();
  await expect(settings.getByRole('combobox', { name: 'Rationale required' })).toHaveValue('extremes');
  await expect(settings.getByRole('textbox', { name: 'Disagreement threshold (points)' })).toHaveValue('1.5');
  await settings.getByRole('button', { name: 'Save panel settings' }).click();
  await expect.poll(async () => (await stored()).dealRoom.scoringMode).toBe('independent');

  await page.getByRole('button', { name: `Edit ${SATO}` }).click();
  const editDialog = page.getByRole('dialog', { name: `Edit evaluator ${SATO}` });
  await editDialog.getByRole('textbox', { name: 'Role' }).fill('Deal lead');
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await expect(editDialog).toBeHidden();
  const evaluatorsTable = page.getByRole('table', { name: 'Evaluators in this deal-room' });
  await expect(evaluatorsTable.getByRole('row', { name: new RegExp(SATO) })).toContainText('Deal lead');
  await expect(evaluatorsTable.getByRole('row', { name: new RegExp(KIM) })).toContainText('Not started');

  // 2. Kim declares a conflict of interest with Kiri; a conflict needs a note.
  const conflicts = page.getByRole('table', { name: 'Conflict-of-interest declarations, evaluators by compared candidate' });
  await expect(conflicts.getByRole('row', { name: new RegExp(KIM) })).toContainText('Not declared');
  await page.getByRole('button', { name: `Declaration of ${KIM} about ${KIRI}` }).click();
  const declare = page.getByRole('dialog', { name: `${KIM} and ${KIRI}` });
  await declare.getByRole('radio', { name: 'Conflict of interest' }).check();
  await declare.getByRole('button', { name: 'Save declaration' }).click();
  const note = declare.getByRole('textbox', { name: 'What the conflict is' });
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  await expect(note).toHaveAccessibleDescription(/needs a note/);
  await note.fill('Her brother is head of sales at Kiri.');
  await declare.getByRole('button', { name: 'Save declaration' }).click();
  await expect(declare).toBeHidden();
  await expect(conflicts.getByRole('row', { name: new RegExp(KIM) })).toContainText('Her brother is head of sales at Kiri.');
  const kimId = await idOf(KIM);
  expect((await stored()).conflicts).toEqual([
    expect.objectContaining({ evaluatorId: kimId, candidateId: candidateIds[2], status: 'conflict', note: 'Her brother is head of sales at Kiri.' }),
  ]);
  await shot('evaluators-settings-and-conflicts');

  // The matrix aggregates everyone's scores, so in independent mode it waits for
  // every sheet, unless the facilitator asks; it then says so on Kiri's column,
  // and names her on focus.
  await openSection(page, 'Matrix');
  await expect(page.getByText('0 of 3 sheets submitted.')).toBeVisible();
  const matrix = comparisonMatrix(page, 'Comparison matrix');
  await expect(matrix).toHaveCount(0);
  await page.getByRole('button', { name: 'Show anyway (facilitator)' }).click();
  const kiriHeader = candidateHeader(matrix, KIRI);
  await expect(kiriHeader).toContainText('1 evaluator excluded: conflict of interest');
  const excluded = kiriHeader.getByText('1 evaluator excluded: conflict of interest');
  await expect(excluded).toHaveAccessibleDescription(KIM);
  await expect(candidateHeader(matrix, AOBA)).not.toContainText('excluded');

  // 3. Sato scores first. At 5 the rationale is required, and the store's refusal shows at that field.
  await openSection(page, 'Scoring');
  await scoreAs(page, `${SATO} (Business development)`);
  await expect(page.getByRole('status').filter({ hasText: 'Independent scoring.' })).toBeVisible();
  await page.getByRole('textbox', { name: `Score of ${AOBA} on ${ACCESS}` }).focus();
  const satoForm = page.getByRole('form', { name: `Scores given by ${SATO}` });
  await satoForm.getByRole('textbox', { name: 'Score (0–5)' }).fill('5');
  const rationale = satoForm.getByRole('textbox', { name: 'Rationale (required)' });
  await expect(rationale).toHaveAttribute('required', '');
  await satoForm.getByRole('button', { name: 'Save score' }).click();
  await expect(rationale).toHaveAttribute('aria-invalid', 'true');
  await expect(rationale).toHaveAccessibleDescription(/A score of 5 needs a rationale/);
  expect((await stored()).scores).toEqual([]);
  await shot('rationale-required');
  await rationale.fill('Their CEO arranged two ICU visits at university hospitals within a week.');
  await satoForm.getByRole('button', { name: 'Save score' }).click();
  await expect.poll(async () => (await stored()).scores.map((s) => s.value)).toEqual([5]);
  await expect(page.getByRole('textbox', { name: `Score of ${AOBA} on ${ACCESS}` })).toHaveValue('5');
  await submitOwnSheet(page, SATO, '5 of the 6 cells this sheet covers are still unscored.');
  await expect(page.getByRole('textbox', { name: `Score of ${AOBA} on ${ACCESS}` })).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Reopen sheet' })).toBeVisible();
  await shot('sato-submitted');

  // 4. Kim scores next: Sato's 5 is nowhere to be seen, and Kiri is not hers to score.
  await scoreAs(page, `${KIM} (Finance)`);
  await expect(page.getByRole('status').filter({ hasText: 'Independent scoring.' })).toBeVisible();
  const kimCell = page.getByRole('textbox', { name: `Score of ${AOBA} on ${ACCESS}` });
  await expect(kimCell).toHaveValue('');
  await kimCell.focus();
  const cellPanel = page.getByRole('complementary', { name: `${AOBA} · ${ACCESS}` });
  await expect(cellPanel).toContainText(`Hidden while the sheet of ${KIM} is open`);
  await expect(cellPanel).not.toContainText(SATO);
  await expect(cellPanel.getByRole('form', { name: 'Consensus' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: `Score of ${KIRI} on ${ACCESS}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Score of ${KIRI} on ${ACCESS}: not scorable, conflict of interest declared` })).toBeVisible();
  await shot('kim-sees-only-her-own');
  await kimCell.fill('2');
  await kimCell.press('Enter');
  await expect.poll(async () => (await stored()).scores.filter((s) => s.evaluatorId === kimId).map((s) => s.value)).toEqual([2]);
  await submitOwnSheet(page, KIM, '3 of the 4 cells this sheet covers are still unscored.');
  // Submitted, Kim now sees the panel's scores on the cell.
  await kimCell.focus();
  await expect(cellPanel).toContainText(SATO);

  // 5. With two of three sheets in, the panel review shows progress only, unless the facilitator asks.
  await openSection(page, 'Panel review');
  await expect(page.getByText('2 of 3 sheets submitted.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cells scored per criterion and evaluator' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Spread of the evaluators’ scores/ })).toHaveCount(0);
  await shot('review-waits-for-sheets');
  const showAnyway = page.getByRole('button', { name: 'Show anyway (facilitator)' });
  await showAnyway.click();
  await expect(showAnyway).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('table', { name: /Spread of the evaluators’ scores/ })).toBeVisible();
  await showAnyway.click();
  await expect(page.getByRole('table', { name: /Spread of the evaluators’ scores/ })).toHaveCount(0);

  // 6. Weber scores last and submits.
  await openSection(page, 'Scoring');
  await scoreAs(page, `${WEBER} (Regulatory affairs)`);
  const weberCell = page.getByRole('textbox', { name: `Score of ${AOBA} on ${ACCESS}` });
  await expect(weberCell).toHaveValue('');
  await weberCell.fill('3.5');
  await weberCell.press('Enter');
  await expect.poll(async () => (await stored()).scores.map((s) => s.value).sort()).toEqual([2, 3.5, 5]);
  await submitOwnSheet(page, WEBER, '5 of the 6 cells this sheet covers are still unscored.');

  // 7. Every sheet is in: the review flags the cell (spread 3 ≥ 1.5), with each evaluator one keypress away.
  await openSection(page, 'Panel review');
  await expect(page.getByText(/sheets submitted/)).toHaveCount(0);
  const heatMap = page.getByRole('table', { name: /Spread of the evaluators’ scores/ });
  await expect(page.getByText('1 cell has a spread at or above the threshold of 1.5 points; 0 of them has a consensus.')).toBeVisible();
  const flagged = heatMap.getByRole('button', { name: `${AOBA}, ${ACCESS}: spread 3 points at or above the threshold` });
  await expect(flagged).toContainText('▲');
  await expect(heatMap.getByRole('button', { name: `${MINATO}, ${ACCESS}: no scores yet` })).toBeVisible();
  await flagged.focus();
  await flagged.press('Enter');
  const review = page.getByRole('complementary', { name: `${AOBA} · ${ACCESS}` });
  await expect(review.getByRole('heading', { name: `${AOBA} · ${ACCESS}` })).toBeFocused();
  await expect(review).toContainText('Spread 3 (from 2 to 5)');
  const entries = review.getByRole('region', { name: 'Each evaluator' }).getByRole('listitem');
  // By name, as everywhere: Jonas Weber, Kim Seo-yeon, Sato Kenji.
  await expect(entries).toHaveText([/^3\.5Jonas Weber · confidence: Medium/, /^2Kim Seo-yeon/, /^5Sato Kenji.*Their CEO arranged two ICU visits/]);
  await shot('review-flags-the-cell');

  // The consensus, with its reason; the individual scores stay as they were.
  const consensus = review.getByRole('form', { name: 'Consensus' });
  await consensus.getByRole('textbox', { name: 'Agreed score (0–5)' }).fill('4');
  await consensus.getByRole('textbox', { name: 'Reason' }).fill('Access is real at two hospitals, not yet nationwide.');
  await consensus.getByRole('button', { name: 'Save consensus' }).click();
  await expect.poll(async () => (await stored()).consensus.map((k) => [k.value, k.reason])).toEqual([[4, 'Access is real at two hospitals, not yet nationwide.']]);
  expect((await stored()).scores.map((s) => s.value).sort()).toEqual([2, 3.5, 5]);

  // Kim does not agree, and says why.
  const dissent = review.getByRole('form', { name: 'Record dissent' });
  await dissent.getByRole('combobox', { name: 'Evaluator' }).selectOption({ label: KIM });
  await dissent.getByRole('textbox', { name: 'Why they disagree' }).fill('Two visits arranged by the CEO are not a sales channel.');
  await dissent.getByRole('button', { name: 'Record dissent' }).click();
  await expect(review.getByRole('listitem').filter({ hasText: 'Two visits arranged by the CEO are not a sales channel.' })).toContainText(KIM);
  await expect
    .poll(async () => (await stored()).dissent.map((d) => [d.evaluatorId, d.note]))
    .toEqual([[kimId, 'Two visits arranged by the CEO are not a sales channel.']]);
  await expect(page.getByText('1 cell has a spread at or above the threshold of 1.5 points; 1 of them has a consensus.')).toBeVisible();
  await expect(flagged).toHaveAccessibleName(/consensus recorded 1 dissent$/);

  // Each evaluator beside the panel, and how far each sits from it.
  const distances = page.getByRole('table', { name: 'Distance from the panel' });
  await expect(distances.getByRole('row', { name: new RegExp(KIM) })).toContainText('2.00');
  await expect(distances.getByRole('row', { name: new RegExp(SATO) })).toContainText('1.00');
  await expect(distances.getByRole('row', { name: new RegExp(WEBER) })).toContainText('0.50');
  const views = page.getByRole('table', { name: 'Panel ranking and each evaluator’s own ranking' });
  await expect(views.getByRole('row', { name: new RegExp(KIRI) })).toContainText('Excluded (conflict)');
  await shot('review-consensus-and-dissent');

  // 8. The matrix marks the dissent, naming who, and the legend explains the mark.
  await openSection(page, 'Matrix');
  const cell = await matrixCell(matrix, new RegExp(`^${ACCESS}`), AOBA);
  await expect(cell).toContainText('Dissent recorded');
  await expect(cell).toContainText('◆');
  await expect(cell.getByText('Dissent recorded')).toBeAttached();
  const mark = cell.locator('[aria-describedby]');
  await expect(mark).toHaveAccessibleDescription(`Dissent from the consensus: ${KIM}`);
  await mark.focus();
  await expect(cell.getByRole('tooltip')).toBeVisible();
  await expect(page.getByText('an evaluator dissents from the consensus (hover or focus the mark for who)')).toBeVisible();
  await shot('matrix-dissent-marker');

  // The uncertainty of the panel's ranking: a seeded Monte Carlo run, charted.
  // Sato's 5 and Kim's 2 on Aoba's one scored cell make its outcome a real draw.
  await openSection(page, 'Analysis');
  const monteCarlo = page.getByRole('region', { name: 'How likely is each candidate to be the right pick?' });
  await monteCarlo.getByRole('textbox', { name: 'Draws' }).fill('1000');
  await monteCarlo.getByRole('button', { name: 'Run simulation' }).click();
  await expect(monteCarlo.getByRole('paragraph').filter({ hasText: /ranks first in \d+% of 1,000 draws/ })).toBeVisible();
  const chart = monteCarlo.getByRole('figure', { name: 'Share of 1,000 draws at each rank' });
  await expect(chart.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(chart.locator('text').filter({ hasText: AOBA })).toBeVisible();
  await shot('monte-carlo-after-consensus');

  // 9. The review reads in Japanese too.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openSection(page, '評価の突き合わせ');
  await expect(page.getByRole('heading', { name: '評価者間で意見が分かれている箇所' })).toBeVisible();
  await page.getByRole('table', { name: /評価者間のスコアの差/ }).getByRole('button', { name: /基準値以上/ }).click();
  await expect(page.getByRole('complementary', { name: '青葉商事株式会社・主要病院へのアクセス' })).toContainText('反対意見');
  await shot('review-in-japanese');
});
