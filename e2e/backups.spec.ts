/**
 * Backups and restore (issue 7), on the sample deal-room:
 *
 * - "Back up now" in the Backups dialog adds a backup to the list;
 * - the room is renamed after it;
 * - Restore shows first what would be replaced: the room, as changed, with
 *   its name in the backup and now;
 * - after the confirmation the room has its old name again;
 * - the same dialog in Japanese.
 */
import { expect, test } from './support/shinrai-fixture';

const ROOM = 'Japan distribution partner for patient monitors, 2027';
const RENAMED = 'Renamed after the backup';

test('a backup restored after the room was renamed brings the old name back', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const before = (await api.value('backups.list', {})).length;

  // 1. Backed up from the dialog.
  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('button', { name: /^Restore the backup of / })).toHaveCount(before + 1);
  const [newest] = await api.value('backups.list', {});
  expect(newest!.rooms).toBe(1);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // 2. Renamed after the backup.
  await api.value('dealRooms.update', { dealRoomId, patch: { name: RENAMED } });
  await page.reload();
  await expect(page.getByRole('heading', { name: RENAMED })).toBeVisible();

  // 3. The preview names what would be replaced.
  await page.getByRole('button', { name: 'Backups…' }).click();
  await page.getByRole('dialog', { name: 'Backups' }).getByRole('button', { name: /^Restore the backup of / }).first().click();
  const preview = page.getByRole('dialog', { name: /^Restore the backup of / });
  const row = preview.getByRole('row', { name: new RegExp(RENAMED) });
  await expect(row).toContainText('Changed since — replaced');
  await expect(row).toContainText(ROOM);
  await shot('restore-preview-en');

  // 4. Restored after the confirmation: the old name is back.
  await preview.getByRole('button', { name: 'Restore this backup…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('heading', { name: ROOM })).toBeVisible();
  expect((await api.value('dealRooms.get', { dealRoomId })).dealRoom.name).toBe(ROOM);
  // The state before the restore was kept as a backup of its own.
  expect((await api.value('backups.list', {})).length).toBe(before + 2);

  // 5. In Japanese.
  await api.value('settings.update', { language: 'ja' });
  await page.reload();
  await page.getByRole('button', { name: 'バックアップ…' }).click();
  const ja = page.getByRole('dialog', { name: 'バックアップ' });
  await expect(ja.getByRole('columnheader', { name: '作成日時' })).toBeVisible();
  await expect(ja.getByRole('button', { name: '今すぐバックアップ' })).toBeVisible();
  await shot('backups-list-ja');
  await ja.getByRole('button', { name: /のバックアップを復元$/ }).first().click();
  // The newest backup is the safety copy made before the restore: it holds the renamed room.
  const jaRow = page.getByRole('dialog', { name: /のバックアップを復元$/ }).getByRole('row', { name: new RegExp(ROOM) });
  await expect(jaRow).toContainText('変更あり（置き換え）');
  await expect(jaRow).toContainText(RENAMED);
  await shot('restore-preview-ja');
});
