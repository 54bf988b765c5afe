/**
 * Keys of encrypted deal-rooms kept by the operating system (macOS Keychain,
 * Windows DPAPI, the Secret Service on Linux) through Electron's safeStorage.
 *
 * safeStorage encrypts a string with a key only the OS account can use; the
 * encrypted keys go to <dataDir>/room-keys.json, which is useless on another
 * account or machine (there, the recovery key opens the room). Where the OS
 * offers no such store — or Linux falls back to its "basic_text" backend,
 * which protects nothing — keys are kept for this run only, as in browser mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../store/atomic-file';
import { sessionKeyKeeper, type KeyKeeper } from '../store/key-keeper';
import type { RoomKey } from '../store/room-key';

/** The part of Electron's safeStorage used here (an interface, so it can be exercised without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?: () => string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const ROOM_KEYS_FILE_NAME = 'room-keys.json';
const RoomKeysFile = z.record(z.string().max(100), z.base64().max(1000));

function osKeychainUsable(safeStorage: SafeStorageLike): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

export function safeStorageKeyKeeper(dataDir: string, safeStorage: SafeStorageLike): KeyKeeper {
  if (!osKeychainUsable(safeStorage)) return sessionKeyKeeper();
  const file = join(dataDir, ROOM_KEYS_FILE_NAME);
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const parsed = RoomKeysFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  const write = (keys: Record<string, string>) => writeFileAtomically(file, `${JSON.stringify(keys, null, 2)}\n`);
  return {
    kind: 'keychain',
    get(roomId): RoomKey | undefined {
      const sealed = read()[roomId];
      if (!sealed) return undefined;
      try {
        const key = Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'hex');
        return key.length === 32 ? key : undefined;
      } catch {
        // Sealed by another account or machine: the recovery key opens the room.
        return undefined;
      }
    },
    set(roomId, key) {
      write({ ...read(), [roomId]: safeStorage.encryptString(key.toString('hex')).toString('base64') });
    },
    forget(roomId) {
      const { [roomId]: _forgotten, ...rest } = read();
      write(rest);
    },
  };
}
