/**
 * Encryption at rest for a deal-room (issue 9). The key is 32 random bytes;
 * the person sees it once as a recovery key to write down, and the app keeps
 * it where the operating system keeps secrets (Electron's safeStorage), or,
 * where there is no such keychain (browser mode, the CLI), for this run only.
 *
 * The recovery key is made before the room is encrypted and shown first, so
 * the room is never encrypted with a key nobody has seen.
 */
import { z } from 'zod';
import { DealRoomSummary } from '../domain/entities';
import { Id } from '../domain/primitives';
import { op } from './contract-op';

/** As typed: groups of five, hyphens or spaces optional (read forgivingly by the store). */
export const RecoveryKeyText = z.string().min(1).max(200);

export const KeyKeeping = z.enum(['keychain', 'session']);
export type KeyKeeping = z.infer<typeof KeyKeeping>;

export const encryptionOps = {
  /** A fresh recovery key to show before encrypting, and where this app keeps keys. Nothing is stored. */
  'encryption.newRecoveryKey': op(z.strictObject({}), z.object({ recoveryKey: z.string(), keptBy: KeyKeeping })),
  /** Encrypts the room with the key shown; `writtenDown` is the person's confirmation that they kept it. */
  'encryption.encrypt': op(
    z.strictObject({ dealRoomId: Id, recoveryKey: RecoveryKeyText, writtenDown: z.literal(true) }),
    DealRoomSummary,
  ),
  /** Opens a locked room with its recovery key; the key is then kept as for a room encrypted here. */
  'encryption.unlock': op(z.strictObject({ dealRoomId: Id, recoveryKey: RecoveryKeyText }), DealRoomSummary),
  /** Closes an encrypted room and forgets its key on this computer until the recovery key is entered again. */
  'encryption.lock': op(z.strictObject({ dealRoomId: Id }), DealRoomSummary),
  /** Writes the room back as a plain file. */
  'encryption.decrypt': op(z.strictObject({ dealRoomId: Id, confirm: z.literal(true) }), DealRoomSummary),
} as const;
