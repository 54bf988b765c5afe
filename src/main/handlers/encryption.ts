/**
 * Encryption at rest for a deal-room (src/shared/api/contract-encryption.ts):
 * the recovery key is read forgivingly (src/main/store/room-key.ts) and each
 * way it can be wrong gets its own message; the re-keying itself is the
 * store's (src/main/store/data-dir.ts, room-encryption.ts).
 */
import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { newRoomKey, readRecoveryKey, recoveryKeyText, type RoomKey } from '../store/room-key';
import { roomLocked, roomNotFound } from '../store/data-dir';
import { problemSummary } from './deal-rooms';
import { DomainError } from './domain-error';

type EncryptionOps = 'encryption.newRecoveryKey' | 'encryption.encrypt' | 'encryption.unlock' | 'encryption.lock' | 'encryption.decrypt';

const PROBLEM_KEY = { length: 'encryption.keyLength', characters: 'encryption.keyCharacters', check: 'encryption.keyCheck' } as const;

function keyOf(recoveryKey: string): RoomKey {
  const reading = readRecoveryKey(recoveryKey);
  if (!reading.ok) throw new DomainError('invalid_input', PROBLEM_KEY[reading.problem], {}, 'recoveryKey');
  return reading.key;
}

export function encryptionHandlers(store: DataDir): Pick<Handlers, EncryptionOps> {
  const existing = (id: string) => {
    if (!store.hasRoom(id)) throw roomNotFound(id);
    return id;
  };
  return {
    'encryption.newRecoveryKey': () => ({ recoveryKey: recoveryKeyText(newRoomKey()), keptBy: store.keys.kind }),
    'encryption.encrypt': ({ dealRoomId, recoveryKey }, ctx) => store.encryptRoom(existing(dealRoomId), keyOf(recoveryKey), ctx.actor).summary(),
    'encryption.unlock': ({ dealRoomId, recoveryKey }) => store.unlockRoom(existing(dealRoomId), keyOf(recoveryKey)).summary(),
    'encryption.lock': ({ dealRoomId }, ctx) => {
      store.lockRoom(existing(dealRoomId));
      return problemSummary(store, dealRoomId, roomLocked(dealRoomId), ctx);
    },
    'encryption.decrypt': ({ dealRoomId }, ctx) => store.decryptRoom(existing(dealRoomId), ctx.actor).summary(),
  };
}

