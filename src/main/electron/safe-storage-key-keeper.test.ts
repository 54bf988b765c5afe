import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../store/test-data-dir';
import { ROOM_KEYS_FILE_NAME, safeStorageKeyKeeper, type SafeStorageLike } from './safe-storage-key-keeper';

/**
 * Electron's safeStorage is not available outside Electron; this stand-in
 * seals with a per-"account" XOR pad, enough to show that what is written is
 * not the key and that another account cannot unseal it.
 */
function fakeSafeStorage(account: number, backend = 'gnome_libsecret'): SafeStorageLike {
  const pad = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ ((account * 31 + i) & 0xff)));
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (s) => Buffer.concat([Buffer.from([account]), pad(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b[0] !== account) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return pad(b.subarray(1)).toString('utf8');
    },
  };
}

let t: TestApp;
afterEach(() => t?.dispose());

describe('keys kept by the OS keychain (safeStorage)', () => {
  it('opens an encrypted room after a restart without asking, and never writes the key in the clear', () => {
    t = createTestApp({ seedSample: true });
    t.reopen({ keyKeeper: safeStorageKeyKeeper(t.dir, fakeSafeStorage(1)) });
    const [room] = ok(t.app.invoke('dealRooms.list', {}));
    const { recoveryKey, keptBy } = ok(t.app.invoke('encryption.newRecoveryKey', {}));
    expect(keptBy).toBe('keychain');
    ok(t.app.invoke('encryption.encrypt', { dealRoomId: room!.id, recoveryKey, writtenDown: true }));

    t.reopen({ keyKeeper: safeStorageKeyKeeper(t.dir, fakeSafeStorage(1)) });
    expect(ok(t.app.invoke('dealRooms.list', {}))[0]).toMatchObject({ id: room!.id, encryption: 'encrypted' });
    const stored = readFileSync(join(t.dir, ROOM_KEYS_FILE_NAME), 'utf8');
    expect(Object.keys(JSON.parse(stored))).toEqual([room!.id]);
    expect(stored.toLowerCase()).not.toContain(recoveryKey.replace(/-/g, '').toLowerCase().slice(0, 10));

    // Another OS account cannot unseal it: the room is locked there, and the recovery key opens it.
    t.reopen({ keyKeeper: safeStorageKeyKeeper(t.dir, fakeSafeStorage(2)) });
    expect(ok(t.app.invoke('dealRooms.list', {}))[0]?.encryption).toBe('locked');
    ok(t.app.invoke('encryption.unlock', { dealRoomId: room!.id, recoveryKey }));

    ok(t.app.invoke('encryption.decrypt', { dealRoomId: room!.id, confirm: true }));
    expect(JSON.parse(readFileSync(join(t.dir, ROOM_KEYS_FILE_NAME), 'utf8'))).toEqual({});
  });

  it('keeps keys for this run only where the OS store is Linux\'s unprotected basic_text', () => {
    t = createTestApp();
    const keeper = safeStorageKeyKeeper(t.dir, fakeSafeStorage(1, 'basic_text'));
    expect(keeper.kind).toBe('session');
    keeper.set('room', Buffer.alloc(32, 9));
    expect(existsSync(join(t.dir, ROOM_KEYS_FILE_NAME))).toBe(false);
  });
});
