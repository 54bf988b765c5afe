/**
 * Where the keys of encrypted deal-rooms are kept between openings.
 *
 * In the desktop app the keys are kept by the operating system's keychain
 * through Electron's safeStorage (src/main/electron/safe-storage-key-keeper.ts):
 * an encrypted room opens without asking. Browser mode and the CLI have no
 * keychain to ask, so they keep a key only for as long as the process runs:
 * after a restart an encrypted room is locked until its recovery key is
 * typed again. Keys are never written to the data folder in the clear.
 */
import type { RoomKey } from './room-key';

export interface KeyKeeper {
  /** 'keychain': kept across restarts by the OS; 'session': forgotten when the process ends. */
  readonly kind: 'keychain' | 'session';
  get(roomId: string): RoomKey | undefined;
  set(roomId: string, key: RoomKey): void;
  forget(roomId: string): void;
}

export function sessionKeyKeeper(): KeyKeeper {
  const keys = new Map<string, RoomKey>();
  return {
    kind: 'session',
    get: (roomId) => keys.get(roomId),
    set: (roomId, key) => void keys.set(roomId, Buffer.from(key)),
    forget: (roomId) => void keys.delete(roomId),
  };
}
