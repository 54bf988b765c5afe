/**
 * Looking after deal-rooms: create one, rename it, archive it and delete it
 * (the confirmation names the room; cancelling keeps it). And a score outside
 * the 0–5 scale is refused beside the field, with nothing stored.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const ROOM = {
  name: '関西パイロット: wearable monitors, 2028',
  productLine: 'PW-2 wearable monitors',
  targetMarket: 'Kansai (大阪・京都・兵庫)',
};
const RENAMED = 'Kansai pilot — wearable monitors 2028 (関西)';

function sidebar(page: Page) {
  return page.getByRole('navigation', { name: 'Deal-rooms' });
}

function roomTitle(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('a deal-room is created, renamed, archived and deleted only once the deletion is confirmed', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const openRooms = sidebar(page).getByRole('list', { name: 'Open deal-rooms' });
  await expect(openRooms.getByRole('button', { name: sample!.name })).toBeVisible();

  // Create
  await sidebar(page).getByRole('button', { name: 'New deal-room' }).click();
  const createDialog = page.getByRole('dialog', { name: 'New deal-room' });
  await expect(createDialog).toBeVisible();
  await createDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(ROOM.name);
  await createDialog.getByRole('textbox', { name: 'Product line' }).fill(ROOM.productLine);
  await createDialog.getByRole('textbox', { name: 'Target market' }).fill(ROOM.targetMarket);
  await shot('create-form');
  await createDialog.getByRole('button', { name: 'Create deal-room' }).click();
  await expect(createDialog).toBeHidden();
  await expect(roomTitle(page)).toHaveText(ROOM.name);
  await expect(page.getByText(`${ROOM.productLine} · ${ROOM.targetMarket}`).first()).toBeVisible();
  await expect(openRooms.getByRole('button', { name: ROOM.name })).toBeVisible();
  await shot('created');

  const afterCreate = await api.value('dealRooms.list', { includeArchived: true });
  expect(afterCreate.map((r) => r.name).sort()).toEqual([ROOM.name, sample!.name].sort());
  const created = afterCreate.find((r) => r.name === ROOM.name)!;
  expect(created).toMatchObject({ productLine: ROOM.productLine, targetMarket: ROOM.targetMarket, archived: false, candidateCount: 0 });

  // Rename
  await page.getByRole('button', { name: 'Edit details' }).click();
  const editDialog = page.getByRole('dialog', { name: 'Edit deal-room' });
  const nameField = editDialog.getByRole('textbox', { name: 'Name', exact: true });
  await expect(nameField).toHaveValue(ROOM.name);
  await nameField.fill(RENAMED);
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await expect(editDialog).toBeHidden();
  await expect(roomTitle(page)).toHaveText(RENAMED);
  await expect(openRooms.getByRole('button', { name: RENAMED })).toBeVisible();
  await expect(openRooms.getByRole('button', { name: ROOM.name })).toHaveCount(0);
  const renamed = (await api.value('dealRooms.get', { dealRoomId: created.id })).dealRoom;
  expect(renamed.name).toBe(RENAMED);
  await shot('renamed');

  // Archive: the room moves to the archived list and says so in its title.
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(roomTitle(page)).toContainText('Archived');
  await expect(page.getByRole('button', { name: 'Restore from archive' })).toBeVisible();
  const archivedRooms = sidebar(page).getByRole('list', { name: 'Archived deal-rooms' });
  await expect(archivedRooms.getByRole('button', { name: RENAMED })).toBeVisible();
  await expect(openRooms.getByRole('button', { name: RENAMED })).toHaveCount(0);
  await expect(sidebar(page).getByText('Archived (1)')).toBeVisible();
  expect((await api.value('dealRooms.get', { dealRoomId: created.id })).dealRoom.archived).toBe(true);
  await shot('archived');

  // Delete, cancelled first: the dialog names the room, and Cancel keeps it.
  const deleteDialog = page.getByRole('dialog', { name: `Delete “${RENAMED}”?` });
  await page.getByRole('button', { name: 'Delete deal-room' }).click();
  await expect(deleteDialog).toBeVisible();
  await expect(deleteDialog).toContainText(`The deal-room “${RENAMED}” will be removed`);
  // Cancel has the first focus, so a stray Enter deletes nothing.
  await expect(deleteDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shot('delete-confirmation');
  await deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(deleteDialog).toBeHidden();
  await expect(roomTitle(page)).toContainText(RENAMED);
  expect((await api.value('dealRooms.list', { includeArchived: true })).map((r) => r.id)).toContain(created.id);

  // Esc cancels as well.
  await page.getByRole('button', { name: 'Delete deal-room' }).click();
  await expect(deleteDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(deleteDialog).toBeHidden();
  expect((await api.value('dealRooms.list', { includeArchived: true })).map((r) => r.id)).toContain(created.id);

  // Then confirmed.
  await page.getByRole('button', { name: 'Delete deal-room' }).click();
  await deleteDialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(deleteDialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Choose a partner on evidence, not eagerness' })).toBeVisible();
  await expect(sidebar(page).getByRole('button', { name: RENAMED })).toHaveCount(0);
  await expect(sidebar(page).getByText('Archived (0)')).toBeVisible();
  const afterDelete = await api.value('dealRooms.list', { includeArchived: true });
  expect(afterDelete.map((r) => r.id)).toEqual([sample!.id]);
  const gone = await api.invoke('dealRooms.get', { dealRoomId: created.id });
  expect(gone.ok ? 'found' : gone.error.code).toBe('not_found');
  await shot('deleted');
});

test('a score of 7 is refused beside the field and nothing is stored', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const before = await api.value('dealRooms.get', { dealRoomId: sample!.id });
  const sophie = before.evaluators.find((e) => e.name === 'Sophie Laurent')!;
  const asanagi = before.candidates.find((c) => c.nameLatin === 'Asanagi Medical K.K.')!;
  const keyHospitals = before.criteria.find((c) => c.nameEn === 'Access to key hospitals')!;
  const storedScore = () =>
    api
      .value('dealRooms.get', { dealRoomId: sample!.id })
      .then((d) => d.scores.find((s) => s.evaluatorId === sophie.id && s.candidateId === asanagi.id && s.criterionId === keyHospitals.id));
  const original = await storedScore();
  expect(original?.value).toBe(2.5);

  await page.getByRole('tab', { name: 'Scoring' }).click();
  await expect(page.getByRole('tab', { name: 'Scoring' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: 'Scoring as' }).selectOption({ label: 'Sophie Laurent (Business development)' });

  // The quick way: type into the grid and press Enter.
  const cell = page.getByRole('textbox', { name: 'Score of Asanagi Medical K.K. on Access to key hospitals' });
  await expect(cell).toHaveValue('2.5');
  await cell.fill('7');
  await cell.press('Enter');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAccessibleDescription(/must be 5 or less/);
  await expect(page.getByRole('alert').filter({ hasText: 'must be 5 or less' }).first()).toBeVisible();
  await shot('grid-score-refused');
  expect(await storedScore()).toEqual(original);

  // The full form beside the grid says the same under its own field.
  const form = page.getByRole('form', { name: 'Scores given by Sophie Laurent' });
  const scoreField = form.getByRole('textbox', { name: 'Score (0–5)' });
  await expect(scoreField).toHaveValue('2.5');
  await scoreField.fill('7');
  await form.getByRole('button', { name: 'Save score' }).click();
  await expect(scoreField).toHaveAttribute('aria-invalid', 'true');
  await expect(scoreField).toHaveAccessibleDescription(/must be 5 or less/);
  await shot('form-score-refused');
  expect(await storedScore()).toEqual(original);

  // After a reload the stored 2.5 is still what the grid shows.
  await page.reload();
  await page.getByRole('tab', { name: 'Scoring' }).click();
  await page.getByRole('combobox', { name: 'Scoring as' }).selectOption({ label: 'Sophie Laurent (Business development)' });
  await expect(page.getByRole('textbox', { name: 'Score of Asanagi Medical K.K. on Access to key hospitals' })).toHaveValue('2.5');
});

test('a candidate is removed with its scores only after the confirmation', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  if (!sample) throw new Error('the sample deal-room was not seeded');
  const before = await api.value('dealRooms.get', { dealRoomId: sample.id });
  const target = before.candidates.find((c) => c.nameLatin === 'Tsurumino Shoji Co., Ltd.');
  if (!target) throw new Error('the sample has no Tsurumino Shoji');
  const scoresOfTarget = before.scores.filter((s) => s.candidateId === target.id).length;
  expect(scoresOfTarget).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Candidates', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Tsurumino Shoji Co., Ltd.' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Tsurumino Shoji Co., Ltd.?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await api.value('dealRooms.get', { dealRoomId: sample.id })).candidates).toHaveLength(before.candidates.length);

  await page.getByRole('button', { name: 'Delete Tsurumino Shoji Co., Ltd.' }).click();
  await shot('candidate-delete-confirmation');
  await dialog.getByRole('button', { name: 'Remove candidate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: /Tsurumino Shoji/ })).toHaveCount(0);

  const after = await api.value('dealRooms.get', { dealRoomId: sample.id });
  expect(after.candidates.map((c) => c.id)).not.toContain(target.id);
  expect(after.candidates).toHaveLength(before.candidates.length - 1);
  expect(after.scores).toHaveLength(before.scores.length - scoresOfTarget);
});
