/**
 * Encryption at rest, through the contract on real files: an encrypted room
 * reveals no names without its key, opens again with the recovery key as a
 * person types it, says plainly what is wrong with a wrong one, and survives
 * a backup, a restore, a crash half-way and a decryption.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { markerFileOf } from '../store/room-encryption-marker';
import { newRoomKey, recoveryKeyText } from '../store/room-key';
import { createTestApp, failure, fileHash, ok, type TestApp } from '../store/test-data-dir';

let t: TestApp;
afterEach(() => t?.dispose());

/** Names that are in the sample room, Latin and Japanese: none may appear in an encrypted file. */
const SAMPLE_NAMES = ['Asanagi', '朝凪', 'Tsumugi', 'patient monitors'];

function sampleRoom(): { roomId: string; file: string } {
  t = createTestApp({ seedSample: true });
  const [room] = ok(t.app.invoke('dealRooms.list', {}));
  if (!room) throw new Error('the sample room is missing');
  return { roomId: room.id, file: join(t.roomsDir, `${room.id}.shinrai`) };
}

function bytesOf(file: string): Buffer {
  return readFileSync(file);
}

/** Which of `names` appear in the file's bytes, as UTF-8 (how SQLite stores text here). */
function namesIn(file: string, names: string[] = SAMPLE_NAMES): string[] {
  const bytes = bytesOf(file);
  return names.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));
}

function encrypt(roomId: string): string {
  const { recoveryKey, keptBy } = ok(t.app.invoke('encryption.newRecoveryKey', {}));
  expect(keptBy).toBe('session');
  const summary = ok(t.app.invoke('encryption.encrypt', { dealRoomId: roomId, recoveryKey, writtenDown: true }));
  expect(summary.encryption).toBe('encrypted');
  return recoveryKey;
}

describe('encryption at rest', () => {
  it('gives a recovery key of 11 groups of 5 from the 32-character alphabet, a new one each time', () => {
    t = createTestApp();
    const a = ok(t.app.invoke('encryption.newRecoveryKey', {})).recoveryKey;
    const b = ok(t.app.invoke('encryption.newRecoveryKey', {})).recoveryKey;
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}$/);
    expect(a).not.toBe(b);
  });

  it('encrypts a room so that its file shows no names, while the app reads it as before', () => {
    const { roomId, file } = sampleRoom();
    const before = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    expect(namesIn(file)).toEqual(SAMPLE_NAMES); // the plain file does show them
    encrypt(roomId);

    expect(namesIn(file)).toEqual([]);
    expect(bytesOf(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(existsSync(markerFileOf(file))).toBe(true);
    expect(readFileSync(markerFileOf(file), 'utf8')).not.toMatch(/Asanagi|朝凪/);
    // Nothing plain is left beside it: no copy, no WAL of the old file.
    expect(readdirSync(t.roomsDir).filter((n) => n.startsWith('.'))).toEqual([]);

    const after = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    expect(after.candidates.map((c) => c.nameLatin)).toEqual(before.candidates.map((c) => c.nameLatin));
    expect(after.scores).toEqual(before.scores);
    // Written to while encrypted: still nothing readable on disk, WAL included.
    ok(t.app.invoke('dealRooms.update', { dealRoomId: roomId, patch: { name: '朝凪 search, encrypted' } }));
    t.reopen();
    expect(namesIn(file, ['朝凪 search'])).toEqual([]);
  });

  it('records the encryption in the room change log, whose chain still verifies', () => {
    const { roomId } = sampleRoom();
    encrypt(roomId);
    const log = ok(t.app.invoke('audit.list', { dealRoomId: roomId, limit: 1 }));
    expect(log.entries[0]).toMatchObject({ entity: 'dealRoom', field: 'encryption', before: null, after: 'sqlcipher-4' });
    expect(ok(t.app.invoke('audit.verify', { dealRoomId: roomId })).firstBroken).toBeNull();
  });

  it('is locked after a restart, listed as such in both languages, and the other rooms keep working', () => {
    const { roomId } = sampleRoom();
    const other = ok(t.app.invoke('dealRooms.create', { name: 'Plain room' }));
    encrypt(roomId);
    t.reopen(); // a new process: browser mode and the CLI keep keys only while they run

    const list = ok(t.app.invoke('dealRooms.list', {}));
    const locked = list.find((r) => r.id === roomId);
    expect(locked).toMatchObject({ encryption: 'locked', problem: 'This deal-room is encrypted and locked on this computer. Enter its recovery key to open it.' });
    const ja = ok(t.app.invoke('dealRooms.list', {}, { lang: 'ja' })).find((r) => r.id === roomId);
    expect(ja?.problem).toBe('このディールルームは暗号化されており、このコンピューターではロックされています。開くには回復キーを入力してください。');
    expect(failure(t.app.invoke('dealRooms.get', { dealRoomId: roomId }))).toMatchObject({ code: 'room_locked', path: 'dealRoomId' });

    expect(list.find((r) => r.id === other.id)).toMatchObject({ name: 'Plain room', encryption: 'none' });
    ok(t.app.invoke('dealRooms.update', { dealRoomId: other.id, patch: { name: 'Plain room, renamed' } }));
  });

  it('opens with the recovery key typed loosely: lower case, spaces instead of hyphens, full-width, O for 0', () => {
    const { roomId } = sampleRoom();
    const recoveryKey = encrypt(roomId);
    t.reopen();
    const typed = recoveryKey
      .toLowerCase()
      .replace(/-/g, ' ')
      .replace(/0/g, 'o')
      .replace(/[a-z]/, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x61 + 0xff41)); // one full-width letter
    const summary = ok(t.app.invoke('encryption.unlock', { dealRoomId: roomId, recoveryKey: typed }));
    expect(summary).toMatchObject({ encryption: 'encrypted', name: 'Japan distribution partner for patient monitors, 2027' });
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).candidates).toHaveLength(5);
  });

  it('says which way a recovery key is wrong, in English and Japanese, and changes nothing', () => {
    const { roomId, file } = sampleRoom();
    const recoveryKey = encrypt(roomId);
    t.reopen();
    const hash = fileHash(file);
    const unlock = (key: string, lang: 'en' | 'ja' = 'en') => failure(t.app.invoke('encryption.unlock', { dealRoomId: roomId, recoveryKey: key }, { lang }));

    expect(unlock(recoveryKeyText(newRoomKey()))).toMatchObject({
      code: 'rule_violation',
      path: 'recoveryKey',
      message: 'This recovery key belongs to another deal-room, or a character was mistyped. Nothing was changed.',
    });
    // One character changed: the check characters catch it before any key is tried.
    const typo = recoveryKey.slice(0, 3) + (recoveryKey[3] === 'A' ? 'B' : 'A') + recoveryKey.slice(4);
    expect(unlock(typo)).toMatchObject({ code: 'invalid_input', path: 'recoveryKey', message: expect.stringContaining('do not match the rest') });
    expect(unlock(recoveryKey.slice(0, -6))).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('55 letters and digits') });
    expect(unlock(recoveryKey.replace(/[0-9A-Z]$/, 'U')).message).toContain('except I, L, O and U');
    expect(unlock(recoveryKey.slice(0, -6), 'ja').message).toContain('回復キーは英数字55文字');

    expect(fileHash(file)).toBe(hash);
    expect(ok(t.app.invoke('dealRooms.list', {}))[0]?.encryption).toBe('locked');
  });

  it('locks on request until the recovery key is entered again', () => {
    const { roomId } = sampleRoom();
    const recoveryKey = encrypt(roomId);
    expect(ok(t.app.invoke('encryption.lock', { dealRoomId: roomId }))).toMatchObject({ encryption: 'locked' });
    expect(failure(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).code).toBe('room_locked');
    ok(t.app.invoke('encryption.unlock', { dealRoomId: roomId, recoveryKey }));
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).candidates).toHaveLength(5);
  });

  it('decrypts back to a plain file with the same content and a log entry', () => {
    const { roomId, file } = sampleRoom();
    const before = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    encrypt(roomId);
    expect(ok(t.app.invoke('encryption.decrypt', { dealRoomId: roomId, confirm: true })).encryption).toBe('none');
    expect(bytesOf(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(existsSync(markerFileOf(file))).toBe(false);
    t.reopen();
    const after = ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId }));
    expect(after.candidates).toEqual(before.candidates);
    const log = ok(t.app.invoke('audit.list', { dealRoomId: roomId, limit: 2 }));
    expect(log.entries.map((e) => [e.field, e.before, e.after])).toEqual([
      ['encryption', 'sqlcipher-4', null],
      ['encryption', null, 'sqlcipher-4'],
    ]);
    expect(ok(t.app.invoke('audit.verify', { dealRoomId: roomId })).firstBroken).toBeNull();
  });

  it('refuses to encrypt twice and to decrypt a plain room, naming the rule', () => {
    const { roomId } = sampleRoom();
    const { recoveryKey } = ok(t.app.invoke('encryption.newRecoveryKey', {}));
    expect(failure(t.app.invoke('encryption.decrypt', { dealRoomId: roomId, confirm: true })).message).toBe('This deal-room is not encrypted.');
    ok(t.app.invoke('encryption.encrypt', { dealRoomId: roomId, recoveryKey, writtenDown: true }));
    expect(failure(t.app.invoke('encryption.encrypt', { dealRoomId: roomId, recoveryKey, writtenDown: true })).message).toBe('This deal-room is already encrypted.');
    expect(failure(t.app.invoke('encryption.encrypt', { dealRoomId: roomId, recoveryKey, writtenDown: false })).path).toBe('writtenDown');
  });

  it('reads a plain room whose marker a crash left behind as plain, and removes the marker', () => {
    const { roomId, file } = sampleRoom();
    t.app.close();
    writeFileSync(markerFileOf(file), JSON.stringify({ format: 'shinrai-room-encryption', version: 1, cipher: 'sqlcipher-4-raw-key', fingerprint: '0123456789abcdef', encryptedAt: '2026-11-23T00:00:00.000Z' }));
    t.reopen();
    expect(ok(t.app.invoke('dealRooms.list', {}))[0]).toMatchObject({ id: roomId, encryption: 'none' });
    expect(existsSync(markerFileOf(file))).toBe(false);
  });

  it('keeps a backup encrypted, with its marker, and restores it openable with the same key', () => {
    const { roomId } = sampleRoom();
    const recoveryKey = encrypt(roomId);
    const backup = ok(t.app.invoke('backups.create', {}));
    const copy = join(t.dir, 'backups', backup.id, 'rooms', `${roomId}.shinrai`);
    expect(namesIn(copy)).toEqual([]);
    expect(existsSync(markerFileOf(copy))).toBe(true);

    ok(t.app.invoke('dealRooms.update', { dealRoomId: roomId, patch: { name: 'Renamed after the backup' } }));
    ok(t.app.invoke('backups.restore', { backupId: backup.id, confirm: true }));
    t.reopen();
    ok(t.app.invoke('encryption.unlock', { dealRoomId: roomId, recoveryKey }));
    expect(ok(t.app.invoke('dealRooms.get', { dealRoomId: roomId })).dealRoom.name).toBe('Japan distribution partner for patient monitors, 2027');
  });

  it('deletes an encrypted room with its marker', () => {
    const { roomId, file } = sampleRoom();
    encrypt(roomId);
    ok(t.app.invoke('dealRooms.delete', { dealRoomId: roomId }));
    expect(existsSync(file)).toBe(false);
    expect(existsSync(markerFileOf(file))).toBe(false);
  });
});
