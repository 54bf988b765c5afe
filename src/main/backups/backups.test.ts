import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { sampleDealRoomFile } from '../store/sample-deal-room';
import { SETTINGS_FILE_NAME } from '../store/settings-file';
import { createTestApp, directoryHashes, failure, fileHash, makeTempDir, ok, removeDir, type TestApp } from '../store/test-data-dir';
import { BackupManifest, MANIFEST_FILE_NAME } from './backup-manifest';

let t: TestApp;
afterEach(() => t?.dispose());

const sampleName = 'Japan distribution partner for patient monitors, 2027';

function withSample(): { t: TestApp; roomId: string } {
  t = createTestApp({ seedSample: true });
  const [room] = ok(t.app.invoke('dealRooms.list', {}));
  if (!room) throw new Error('the sample room is missing');
  return { t, roomId: room.id };
}

function manifestOf(id: string): BackupManifest {
  return BackupManifest.parse(JSON.parse(readFileSync(join(t.dir, 'backups', id, MANIFEST_FILE_NAME), 'utf8')));
}

describe('backups', () => {
  it('restores the content a room had when it was backed up', () => {
    const { roomId } = withSample();
    const before = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    const backup = ok(t.app.invoke('backups.create', {}));
    expect(backup.rooms).toBe(1);
    expect(backup.readable).toBe(true);

    ok(t.app.invoke('dealRooms.update', { dealRoomId: roomId, patch: { name: 'Renamed after the backup' } }));
    const candidate = before.candidates[0];
    if (!candidate) throw new Error('the sample has candidates');
    ok(t.app.invoke('candidates.delete', { dealRoomId: roomId, candidateId: candidate.id }));
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).candidates).toHaveLength(before.candidates.length - 1);

    const restored = ok(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }));
    expect(restored.restoredRooms).toBe(1);
    expect(restored.safetyBackupId).not.toBe(backup.id);

    const after = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    expect(after.dealRoom.name).toBe(sampleName);
    expect(after.candidates.map((c) => c.nameLatin)).toEqual(before.candidates.map((c) => c.nameLatin));
    expect(after.scores).toHaveLength(before.scores.length);
    // The state before the restore is kept: its manifest names the renamed room.
    expect(manifestOf(restored.safetyBackupId).rooms.map((r) => r.name)).toEqual(['Renamed after the backup']);
  });

  it('writes a manifest whose hashes and sizes match the copied files', () => {
    const { roomId } = withSample();
    ok(t.app.invoke('dealRooms.create', { name: 'Second room' }));
    const backup = ok(t.app.invoke('backups.create', {}));
    const manifest = manifestOf(backup.id);
    expect(manifest.rooms).toHaveLength(2);
    expect(manifest.rooms.map((r) => r.name).sort()).toEqual(['Second room', sampleName].sort());
    expect(manifest.settings).toBe(true);
    for (const room of manifest.rooms) {
      const file = join(t.dir, 'backups', backup.id, 'rooms', room.file);
      expect(fileHash(file)).toBe(room.sha256);
      expect(readFileSync(file).length).toBe(room.size);
    }
    expect(existsSync(join(t.dir, 'backups', backup.id, SETTINGS_FILE_NAME))).toBe(true);
    expect(manifest.rooms.find((r) => r.id === roomId)?.updatedAt).toBe(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).dealRoom.updatedAt);
    // No draft folder is left behind.
    expect(readdirSync(join(t.dir, 'backups'))).toEqual([backup.id]);
  });

  it('keeps exactly the newest N backups', () => {
    withSample();
    ok(t.app.invoke('settings.update', { backups: { intervalHours: 24, keep: 3 } }));
    const made = Array.from({ length: 5 }, () => ok(t.app.invoke('backups.create', {})).id);
    const listed = ok(t.app.invoke('backups.list', {}));
    expect(listed.map((b) => b.id)).toEqual(made.slice(2).reverse());
    expect(readdirSync(join(t.dir, 'backups')).sort()).toEqual(made.slice(2).sort());
  });

  it('previews a changed room, an unchanged one and a room that exists only now', () => {
    const { roomId } = withSample();
    const other = ok(t.app.invoke('dealRooms.create', { name: 'Untouched room' }));
    const backup = ok(t.app.invoke('backups.create', {}));
    ok(t.app.invoke('dealRooms.update', { dealRoomId: roomId, patch: { name: 'Renamed' } }));
    const newer = ok(t.app.invoke('dealRooms.create', { name: 'Created after the backup' }));

    const preview = ok(t.app.invoke('backups.preview', { backupId: backup.id }));
    const byId = new Map(preview.rooms.map((r) => [r.roomId, r]));
    expect(byId.get(roomId)).toMatchObject({ status: 'changed', backupName: sampleName, currentName: 'Renamed' });
    expect(byId.get(other.id)).toMatchObject({ status: 'same', backupName: 'Untouched room', currentName: 'Untouched room' });
    expect(byId.get(newer.id)).toMatchObject({ status: 'onlyNow', backupName: null, currentName: 'Created after the backup' });
    expect(preview.rooms).toHaveLength(3);

    // The room only in the current state leaves the rooms, but its copy waits in the safety backup.
    const restored = ok(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }));
    expect(ok(t.app.invoke('dealRooms.list', {})).map((r) => r.id).sort()).toEqual([roomId, other.id].sort());
    expect(manifestOf(restored.safetyBackupId).rooms.map((r) => r.id)).toContain(newer.id);
    // And that safety backup restores it.
    const back = ok(t.app.invoke('backups.preview', { backupId: restored.safetyBackupId }));
    expect(back.rooms.find((r) => r.roomId === newer.id)?.status).toBe('onlyInBackup');
  });

  it('refuses a damaged manifest with a clear message and changes nothing', () => {
    const { roomId } = withSample();
    const backup = ok(t.app.invoke('backups.create', {}));
    ok(t.app.invoke('dealRooms.update', { dealRoomId: roomId, patch: { name: 'Renamed' } }));
    writeFileSync(join(t.dir, 'backups', backup.id, MANIFEST_FILE_NAME), '{"format": 1, "rooms": "not a list"');
    t.app.invoke('dealRooms.list', {});
    const roomsBefore = directoryHashes(t.roomsDir);

    const previewError = failure(t.app.invoke('backups.preview', { backupId: backup.id }));
    expect(previewError.code).toBe('unreadable_database');
    expect(previewError.path).toBe('backupId');
    expect(previewError.message).toContain('manifest');
    const restoreError = failure(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }));
    expect(restoreError.code).toBe('unreadable_database');
    const inJapanese = failure(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }, { lang: 'ja' }));
    expect(inJapanese.message).toContain('マニフェスト');

    expect(directoryHashes(t.roomsDir)).toEqual(roomsBefore);
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).dealRoom.name).toBe('Renamed');
    expect(ok(t.app.invoke('backups.list', {}))).toEqual([expect.objectContaining({ id: backup.id, readable: false })]);
  });

  it('refuses a backup whose room file no longer matches its hash', () => {
    const { roomId } = withSample();
    const backup = ok(t.app.invoke('backups.create', {}));
    const copy = join(t.dir, 'backups', backup.id, 'rooms', `${roomId}.shinrai`);
    const bytes = readFileSync(copy);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(copy, bytes);
    const error = failure(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }));
    expect(error.code).toBe('unreadable_database');
    expect(error.message).toContain(`${roomId}.shinrai`);
    expect(ok(t.app.invoke('backups.list', {}))).toHaveLength(1);
  });

  it('refuses an unknown backup, a malformed id and a restore without confirmation', () => {
    withSample();
    const unknown = failure(t.app.invoke('backups.restore', { backupId: '2020-01-01T00-00-00-000Z', confirm: true }));
    expect(unknown.code).toBe('not_found');
    expect(unknown.path).toBe('backupId');
    expect(unknown.message).toContain('2020-01-01T00-00-00-000Z');
    expect(failure(t.app.invoke('backups.preview', { backupId: '../rooms' })).code).toBe('invalid_input');
    const backup = ok(t.app.invoke('backups.create', {}));
    const unconfirmed = failure(t.app.invoke('backups.restore', { backupId: backup.id, confirm: false }));
    expect(unconfirmed.code).toBe('invalid_input');
    expect(unconfirmed.path).toBe('confirm');
    expect(failure(t.app.invoke('backups.delete', { backupId: '2020-01-01T00-00-00-000Z' })).code).toBe('not_found');
  });

  it('deletes a backup', () => {
    withSample();
    const first = ok(t.app.invoke('backups.create', {}));
    const second = ok(t.app.invoke('backups.create', {}));
    expect(ok(t.app.invoke('backups.delete', { backupId: first.id }))).toEqual({ deleted: true });
    expect(ok(t.app.invoke('backups.list', {})).map((b) => b.id)).toEqual([second.id]);
  });
});

describe('automatic backups', () => {
  it('backs up at start when due, not again within the interval, and after an import', () => {
    const dir = makeTempDir();
    try {
      const quiet = () => undefined;
      const first = createApp({ dataDir: dir, seedSample: true, autoBackup: true, log: quiet });
      expect(ok(first.invoke('backups.list', {}))).toHaveLength(1);
      first.close();
      const second = createApp({ dataDir: dir, autoBackup: true, log: quiet });
      expect(ok(second.invoke('backups.list', {}))).toHaveLength(1);
      ok(second.invoke('dealRooms.import', { file: sampleDealRoomFile() }));
      const after = ok(second.invoke('backups.list', {}));
      expect(after).toHaveLength(2);
      expect(after[0]?.rooms).toBe(2);
      second.close();
    } finally {
      removeDir(dir);
    }
  });

  it('makes no backup at start unless asked, and reads settings written before backups existed', () => {
    t = createTestApp({ seedSample: true });
    expect(existsSync(join(t.dir, 'backups'))).toBe(false);
    writeFileSync(join(t.dir, SETTINGS_FILE_NAME), JSON.stringify({ language: 'ja', lastDealRoomId: null }));
    t.reopen();
    expect(ok(t.app.invoke('settings.get', {})).backups).toEqual({ intervalHours: 24, keep: 10 });
    expect(ok(t.app.invoke('settings.get', {})).language).toBe('ja');
  });
});
