/**
 * The CLI has no keychain and no dialog: an encrypted room that is locked
 * opens with the recovery key given in SHINRAI_RECOVERY_KEY. An environment
 * variable rather than an argument, so the key stays out of the shell's
 * history and of the process list that other users of the machine can read.
 */
import type { DealRoomSummary, Language } from '../../shared/domain/entities';
import type { ShinraiApp } from '../app';
import { failure } from './usage-error';

export const RECOVERY_KEY_VARIABLE = 'SHINRAI_RECOVERY_KEY';

/** Unlocks `room` when it is locked; throws a failure saying how when it cannot. */
export function unlockIfLocked(app: ShinraiApp, room: DealRoomSummary, lang: Language, env: NodeJS.ProcessEnv): void {
  if (room.encryption !== 'locked') return;
  const recoveryKey = env[RECOVERY_KEY_VARIABLE]?.trim();
  if (!recoveryKey) throw failure('errors.roomLocked', { name: room.name, variable: RECOVERY_KEY_VARIABLE });
  const unlocked = app.invoke('encryption.unlock', { dealRoomId: room.id, recoveryKey }, { lang });
  if (!unlocked.ok) throw failure('errors.dealRoomUnavailable', { name: room.name, message: unlocked.error.message });
}
