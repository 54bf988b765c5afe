/**
 * Staged terms (issue 6), on the sample deal-room. Legal drafts a staged
 * deal for two candidates that have no term sheet in the sample, records
 * what happened to their milestones, replays the deal over time, resolves a
 * collision between the two and approves one sheet.
 *
 * Hayate HealthTech is drafted entirely through the editor's dialogs: a
 * six-month non-exclusive pilot in Chubu (hospitals) from 2027-01-01, two
 * milestones due 2027-06-30 and a trigger "all of M1, M2 met by 2027-06-30 →
 * exclusive in the pilot's scope for 24 months". Both are met (2027-05-20
 * and 2027-06-10), so from 2027-06-11 Hayate is exclusive in Chubu until
 * 2029-06-10.
 *
 * Tsurumino Shoji's sheet is the same kind of work again, so its phases,
 * milestones and trigger go in through api.value (the repetitive part): a
 * pilot in Aichi (a Chubu prefecture) to 2027-03-31, then exclusive in Aichi
 * from 2027-04-01 to 2028-03-31, and "any of M1, M2 missed → revert to
 * non-exclusive". Its M2 miss is recorded through the UI on 2027-08-05, so
 * as of 2027-07-15 both are exclusive over Aichi hospitals (a collision,
 * 2027-06 to 2028-03) and from 2027-08-06 Tsurumino is non-exclusive again.
 * Narrowing Hayate's grant to Chubu without Aichi resolves the collision.
 *
 * The sample's own sheets (Asanagi in Kanto, Tsumugi in Kinki) overlap
 * neither Chubu nor Aichi.
 */
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SCREENSHOT_DIR, test } from './support/shinrai-fixture';

const HAYATE = 'Hayate HealthTech Inc.';
const TSURUMINO = 'Tsurumino Shoji Co., Ltd.';
const AICHI_HOSPITALS = { territory: ['JP-23'], channels: ['hospitals'], segments: [], products: [] };

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function openView(page: Page, name: string) {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The index among the data cells of a candidate's column (the first header is the row label's). */
async function columnOf(table: Locator, name: string): Promise<number> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.includes(name));
  if (index < 1) throw new Error(`No column for ${name}: ${headers.join(' | ')}`);
  return index - 1;
}

function evaluationPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^In force on / });
}

async function setAsOf(page: Page, date: string) {
  await page.getByLabel('As-of date', { exact: true }).fill(date);
  await expect(page.getByText(`Terms as of `, { exact: false }).first()).toBeVisible();
}

async function recordOutcome(page: Page, code: string, outcome: 'Met' | 'Missed', settledOn: string, actual: string | null) {
  await page.getByRole('button', { name: `Record the outcome of ${code}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Record the outcome of ${code}` });
  await dialog.getByRole('radio', { name: outcome, exact: true }).check();
  await dialog.getByLabel('Settled on', { exact: true }).fill(settledOn);
  if (actual !== null) await dialog.getByLabel(/^Actual value/).fill(actual);
  await dialog.getByLabel('Evidence', { exact: true }).fill(`Quarterly sell-out report, ${settledOn}`);
  await dialog.getByRole('button', { name: 'Save outcome' }).click();
  await expect(dialog).toBeHidden();
}

test('legal drafts staged deals, replays them over time, resolves a collision and approves a sheet', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const before = await api.value('dealRooms.get', { dealRoomId });
  const idOf = (name: string) => before.candidates.find((c) => c.nameLatin === name)!.id;
  const hayateId = idOf(HAYATE);
  const tsuruminoId = idOf(TSURUMINO);
  expect(before.termSheets.filter((s) => s.candidateId === hayateId || s.candidateId === tsuruminoId)).toEqual([]);

  await openSection(page, 'Staged terms');
  await expect(page.getByRole('heading', { name: 'Staged terms', level: 2 })).toBeVisible();
  const candidate = page.getByRole('combobox', { name: 'Candidate', exact: true });

  // 1. Hayate: an empty sheet, then a six-month pilot in Chubu hospitals.
  await candidate.selectOption(hayateId);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await page.getByRole('button', { name: 'Add a phase' }).first().click();
  const phaseDialog = page.getByRole('dialog', { name: 'Add a phase' });
  await phaseDialog.getByLabel('Name', { exact: true }).fill('Pilot');
  await phaseDialog.getByLabel('Starts on', { exact: true }).fill('2027-01-01');
  await phaseDialog.getByLabel('Duration (months)', { exact: true }).fill('6');
  // A new phase starts over all of Japan; the pilot is narrowed to one region.
  await phaseDialog.getByRole('checkbox', { name: /^All of Japan/ }).uncheck();
  await phaseDialog.getByRole('checkbox', { name: /^Chubu/ }).check();
  await phaseDialog.getByRole('checkbox', { name: 'hospitals', exact: true }).check();
  await expect(phaseDialog.getByText('Chubu, hospitals')).toBeVisible();
  await shot('hayate-pilot-phase');
  await phaseDialog.getByRole('button', { name: 'Add phase' }).click();
  await expect(phaseDialog).toBeHidden();

  // 2. Two milestones due on the pilot's last day.
  for (const [metric, target] of [
    ['Units sold against target', '200'],
    ['New accounts', '12'],
  ] as const) {
    await page.getByRole('button', { name: 'Add a milestone to Pilot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a milestone to Pilot' });
    await dialog.getByLabel('What is measured', { exact: true }).selectOption({ label: metric });
    await dialog.getByLabel('Target', { exact: true }).fill(target);
    await dialog.getByLabel('Due on', { exact: true }).fill('2027-06-30');
    await dialog.getByRole('button', { name: 'Add milestone' }).click();
    await expect(dialog).toBeHidden();
  }

  // 3. The trigger: all of M1, M2 met by 2027-06-30 → exclusive in the pilot's scope for 24 months.
  await page.getByRole('button', { name: 'Add a trigger' }).first().click();
  const triggerDialog = page.getByRole('dialog', { name: 'Add a trigger' });
  await triggerDialog.getByLabel('By (optional)', { exact: true }).fill('2027-06-30');
  await triggerDialog.getByRole('checkbox', { name: /^M1/ }).check();
  await triggerDialog.getByRole('checkbox', { name: /^M2/ }).check();
  await expect(triggerDialog.getByLabel('Action 1', { exact: true })).toHaveValue('grant_exclusivity');
  await expect(triggerDialog.getByLabel('For (months)', { exact: true })).toHaveValue('24');
  await shot('hayate-trigger');
  await triggerDialog.getByRole('button', { name: 'Add trigger' }).click();
  await expect(triggerDialog).toBeHidden();

  // 4. Hayate meets both milestones.
  await recordOutcome(page, 'M1', 'Met', '2027-05-20', '230');
  await recordOutcome(page, 'M2', 'Met', '2027-06-10', '14');

  // 5. Tsurumino: the same kind of sheet, entered through the API (the repetitive part).
  const sheet = await api.value('terms.createSheet', { dealRoomId, candidateId: tsuruminoId, start: 'empty' });
  const pilot = await api.value('terms.addPhase', {
    dealRoomId,
    termSheetId: sheet.id,
    fields: { name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-03-31', exclusivity: 'none', scope: AICHI_HOSPITALS, targets: [] },
  });
  await api.value('terms.addPhase', {
    dealRoomId,
    termSheetId: sheet.id,
    fields: { name: 'Exclusive term', startsOn: '2027-04-01', endsOn: '2028-03-31', exclusivity: 'exclusive', scope: AICHI_HOSPITALS, targets: [] },
  });
  const m1 = await api.value('terms.addMilestone', { dealRoomId, phaseId: pilot.id, fields: { metric: 'units', target: 100, unit: 'units', dueOn: '2027-03-31' } });
  const m2 = await api.value('terms.addMilestone', { dealRoomId, phaseId: pilot.id, fields: { metric: 'business_review', target: null, dueOn: '2027-07-31' } });
  await api.value('terms.addTrigger', {
    dealRoomId,
    termSheetId: sheet.id,
    fields: {
      condition: { quantifier: 'any', k: null, outcome: 'missed', milestoneIds: [m1.id, m2.id], by: null },
      actions: [{ kind: 'revert_non_exclusive', scope: null }],
    },
  });
  await api.value('terms.recordOutcome', { dealRoomId, milestoneId: m1.id, status: 'met', actual: 120, settledOn: '2027-03-25' });
  // The room was changed behind the screen's back: read it again, as after a change through another door.
  await page.reload();
  await openSection(page, 'Staged terms');

  // 6. Tsurumino misses M2, recorded through the UI.
  await candidate.selectOption(tsuruminoId);
  await recordOutcome(page, 'M2', 'Missed', '2027-08-05', null);

  // 7. As of 2027-07-15: Hayate has earned exclusivity; Tsurumino is still exclusive by its phase.
  await setAsOf(page, '2027-07-15');
  await expect(page.getByText('Terms as of 15 Jul 2027')).toBeVisible();
  await expect(evaluationPanel(page).getByRole('list', { name: 'Rights in force' })).toContainText('Exclusive in Aichi, hospitals, 2027-04-01 to 2028-03-31');
  await candidate.selectOption(hayateId);
  const hayateRights = evaluationPanel(page).getByRole('list', { name: 'Rights in force' });
  await expect(hayateRights).toContainText('Exclusive in Chubu, hospitals, from 2027-06-11 for 24 months');
  await expect(hayateRights).toContainText('M1 and M2 were met by 2027-06-10');
  await expect(evaluationPanel(page)).toContainText('Fired on 10 Jun 2027');
  await shot('hayate-exclusivity-granted');

  // 8. A month later (Page Up on the slider): Tsurumino has missed M2 and is back to non-exclusive.
  await candidate.selectOption(tsuruminoId);
  const slider = page.getByRole('slider', { name: 'Replay over time' });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByLabel('As-of date', { exact: true })).toHaveValue('2027-08-15');
  const tsuruminoRights = evaluationPanel(page).getByRole('list', { name: 'Rights in force' });
  await expect(tsuruminoRights).toContainText('Non-exclusive in Aichi, hospitals, from 2027-08-06 to 2028-03-31');
  await expect(tsuruminoRights).toContainText('M2 was missed');
  await shot('tsurumino-reverted');

  // 9. The side-by-side view and the timeline as of that date.
  await openView(page, 'Side by side');
  const side = page.getByRole('table', { name: /^Terms of the compared candidates side by side/ });
  await expect(side.getByRole('columnheader', { name: HAYATE })).toBeVisible();
  await expect(side.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'In force on 15 Aug 2027' }) })).toContainText('Exclusive until 10 Jun 2029: Chubu, hospitals');
  await expect(side.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Standing on 15 Aug 2027' }) })).toContainText('2 milestones: 2 met, 0 missed, 0 open.');
  await shot('side-by-side');
  await openView(page, 'Timeline');
  await expect(page.getByRole('list', { name: `Timeline of ${TSURUMINO} in words` })).toContainText('M2 due 31 Jul 2027: Missed');
  await expect(page.getByRole('list', { name: `Timeline of ${HAYATE} in words` })).toContainText('T1 fired on 10 Jun 2027');
  await shot('timeline');

  // 10. Back to 2027-07-15: the two exclusive rights over Aichi hospitals collide.
  await setAsOf(page, '2027-07-15');
  await openView(page, 'Collisions');
  const collisions = page.getByRole('list', { name: 'Collisions', exact: true });
  // Either holder may be named first.
  const between = (list: Locator) => list.locator('li.terms-collision').filter({ hasText: HAYATE }).filter({ hasText: TSURUMINO });
  const ours = between(collisions);
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText('Aichi, hospitals, 2027-06 to 2028-03');
  await shot('collision');

  // 11. Resolve it: Hayate's grant leaves Aichi out (Chubu's other eight prefectures).
  await ours.getByRole('button', { name: `Open ${HAYATE}’s term sheet` }).click();
  await expect(page.getByRole('tab', { name: 'Term sheets', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(candidate).toHaveValue(hayateId);
  await page.getByRole('button', { name: 'Edit trigger T1' }).click();
  const editTrigger = page.getByRole('dialog', { name: 'Edit trigger T1' });
  await editTrigger.getByRole('button', { name: 'Prefectures of Chubu' }).click();
  await editTrigger.getByRole('checkbox', { name: 'Aichi', exact: true }).uncheck();
  await shot('narrow-grant');
  await editTrigger.getByRole('button', { name: 'Save trigger' }).click();
  await expect(editTrigger).toBeHidden();
  await expect(evaluationPanel(page).getByRole('list', { name: 'Rights in force' })).toContainText('Exclusive in Chubu except Aichi, hospitals, from 2027-06-11');
  await openView(page, 'Collisions');
  await expect(page.getByRole('status').filter({ hasText: /collision/ })).toBeVisible();
  await expect(between(page.locator('.terms-collisions'))).toHaveCount(0);
  await shot('collision-resolved');

  // 12. Legal approves Hayate's sheet; the review shows side by side and in the risks.
  await openView(page, 'Term sheets');
  await page.getByLabel('Legal review', { exact: true }).selectOption({ label: 'Approved' });
  await expect(page.locator('.review-status__now')).toContainText('Approved');
  await openView(page, 'Risks');
  await expect(page.getByRole('region', { name: HAYATE })).toContainText('Approved');
  await openView(page, 'Side by side');
  await expect(side.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Review status' }) })).toContainText('Approved');
  await shot('approved');
  const stored = await api.value('dealRooms.get', { dealRoomId });
  expect(stored.termSheets.find((s) => s.candidateId === hayateId)?.reviewStatus).toBe('approved');
  expect(stored.milestones.filter((m) => m.termSheetId === sheet.id).map((m) => [m.code, m.status, m.settledOn])).toEqual([
    ['M1', 'met', '2027-03-25'],
    ['M2', 'missed', '2027-08-05'],
  ]);

  // 13. The same views in Japanese (as of 2027-07-15, Tsurumino's M2 is not yet settled).
  await page.getByRole('button', { name: '日本語' }).click();
  await openView(page, '並列比較');
  await expect(page.getByRole('table', { name: /^比較対象の候補先の契約条件/ })).toContainText('承認済み');
  await openView(page, 'タイムライン');
  const tsuruminoJa = before.candidates.find((c) => c.id === tsuruminoId)!.nameJa;
  await expect(page.getByRole('list', { name: `${tsuruminoJa}のタイムライン（文章）` })).toContainText('M2（期限 2027/07/31）：未到来');
  await shot('timeline-ja');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Timeline', exact: true })).toBeVisible();

  // 14. The matrix's terms section shows both sheets. A full-page capture of
  // the matrix screen takes close to the screenshot time limit on a busy
  // machine, so the picture is of the section itself.
  await openSection(page, 'Matrix');
  const termsSection = page.getByRole('region', { name: 'Terms', exact: true });
  const termsTable = termsSection.getByRole('table', { name: 'Staged terms of the compared candidates, as of today' });
  const pilotRow = termsTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Pilot length' }) });
  await expect(pilotRow.getByRole('cell').nth(await columnOf(termsTable, HAYATE))).toHaveText('6 months');
  await expect(pilotRow.getByRole('cell').nth(await columnOf(termsTable, TSURUMINO))).toHaveText('3 months');
  await termsSection.scrollIntoViewIfNeeded();
  await termsSection.screenshot({ path: join(SCREENSHOT_DIR, 'terms-12-matrix-terms-section.png') });
});
