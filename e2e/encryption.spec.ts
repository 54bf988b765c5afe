/**
 * Encryption at rest (issue 9), as a BD lead does it before the room fills
 * with negotiation notes: the recovery key is shown first and the room is
 * encrypted only once they confirm they kept it; the file on disk then shows
 * no company names; locked, the room waits in the list for its recovery key,
 * a mistyped key is named, and the key as typed on paper opens it again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/shinrai-fixture';

const SAMPLE = 'Japan distribution partner for patient monitors, 2027';

test('a room is encrypted with a recovery key shown first, locked, refused a mistyped key and unlocked with the right one', async ({ page, api, server, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const roomFile = join(server.dataDir, 'rooms', `${sample!.id}.shinrai`);
  expect(readFileSync(roomFile).includes(Buffer.from('Asanagi'))).toBe(true);

  // 1. The dialog shows the key before anything happens; Encrypt waits for the confirmation.
  await page.getByRole('button', { name: 'Encryption…' }).click();
  const dialog = page.getByRole('dialog', { name: `Encryption of “${SAMPLE}”` });
  await expect(dialog).toContainText('keeps the key only until Shinrai stops');
  const shown = dialog.getByRole('status', { name: 'Recovery key' });
  await expect(shown).toHaveText(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{5}$/);
  const recoveryKey = (await shown.textContent())!;
  await shot('encryption-dialog');
  await dialog.getByRole('button', { name: 'Encrypt deal-room' }).click();
  await expect(dialog).toContainText('Tick the box above once the recovery key is kept somewhere safe');
  await dialog.getByLabel('I have written down this recovery key or stored it safely').check();
  await dialog.getByRole('button', { name: 'Encrypt deal-room' }).click();
  await expect(dialog).toBeHidden();

  // 2. Encrypted: the header says so, the app reads as before, the file on disk shows no names.
  await expect(page.getByRole('banner').or(page.locator('.room-header')).getByText('Encrypted').first()).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Asanagi');
  const bytes = readFileSync(roomFile);
  expect(['Asanagi', '朝凪', 'Tsumugi'].filter((name) => bytes.includes(Buffer.from(name)))).toEqual([]);

  // 3. Locked now: the room closes and waits in the list.
  await page.getByRole('button', { name: 'Encryption…' }).click();
  await page.getByRole('dialog', { name: `Encryption of “${SAMPLE}”` }).getByRole('button', { name: 'Lock now' }).click();
  const locked = page.getByRole('listitem').filter({ hasText: 'Locked' });
  await expect(locked).toContainText('This deal-room is encrypted and locked on this computer.');
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeHidden();

  // 4. A mistyped key is named beside the field; the key as copied onto paper opens it.
  await locked.getByRole('button', { name: `Unlock ${sample!.id}.shinrai…` }).click();
  const unlock = page.getByRole('dialog', { name: 'Unlock an encrypted deal-room' });
  const field = unlock.getByLabel('Recovery key');
  const typo = recoveryKey.slice(0, 2) + (recoveryKey[2] === 'A' ? 'B' : 'A') + recoveryKey.slice(3);
  await field.fill(typo);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock).toContainText('do not match the rest: a character was probably mistyped');
  await shot('encryption-unlock-mistyped');
  await field.fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Asanagi');
});

test('the encryption dialog and a locked room read in Japanese', async ({ page, api, shot }) => {
  await api.value('settings.update', { language: 'ja' });
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  await page.reload();
  await page.getByRole('button', { name: '暗号化…' }).click();
  const dialog = page.getByRole('dialog', { name: /の暗号化$/ });
  await expect(dialog).toContainText('回復キー');
  await dialog.getByLabel('この回復キーを控えた、または安全な場所に保管した').check();
  await dialog.getByRole('button', { name: 'ディールルームを暗号化' }).click();
  await expect(dialog).toBeHidden();
  await api.value('encryption.lock', { dealRoomId: sample!.id });
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'ロック中' })).toContainText('開くには回復キーを入力してください');
  await shot('encryption-locked-ja');
});
