/**
 * `npm run shinrai -- verify <deal-room>` (issue 8, "Tamper evidence"):
 * walks the room's change-log hash chain through the contract
 * (audit.verify) and says in one line whether it is whole (how many rows,
 * and the chain head, which a person can note down and compare later) or
 * where it first breaks: the row whose content no longer matches its hash,
 * or whose link no longer matches the row before it. A whole chain exits 0;
 * a broken one is a failure (exit 1), so a script can act on it.
 */
import type { Language } from '../../shared/domain/entities';
import { translator } from '../../shared/i18n/translator';
import type { ShinraiApp } from '../app';
import { resolveDealRoom } from './resolve-deal-room';
import { unlockIfLocked } from './unlock-from-environment';
import { failureMessage, usageError } from './usage-error';

export interface VerifyCommand {
  name: 'verify';
  dealRoom: string;
}

export function parseVerifyCommand(argument: string | undefined): VerifyCommand {
  if (argument === undefined || argument.trim() === '') throw usageError('errors.missingArgument', { command: 'verify', whatKey: 'errors.what.dealRoom' });
  return { name: 'verify', dealRoom: argument };
}

/** The line to print for a whole chain; throws the line of a broken one as a failure. */
export function runVerifyCommand(command: VerifyCommand, app: ShinraiApp, lang: Language, env: NodeJS.ProcessEnv): string {
  const t = translator(lang);
  const listed = app.invoke('dealRooms.list', { includeArchived: true }, { lang });
  if (!listed.ok) throw failureMessage(listed.error.message);
  const room = resolveDealRoom(listed.value, command.dealRoom);
  unlockIfLocked(app, room, lang, env);
  const verdict = app.invoke('audit.verify', { dealRoomId: room.id }, { lang });
  if (!verdict.ok) throw failureMessage(verdict.error.message);
  const { rows, head, firstBroken } = verdict.value;
  const name = room.name || room.id;
  if (firstBroken === null) return t('cli:verify.whole', { name, count: rows, head: head || '–' });
  const key = firstBroken.problem === 'hash' ? 'cli:verify.brokenContent' : 'cli:verify.brokenLink';
  throw failureMessage(t(key, { name, seq: firstBroken.seq, count: rows }));
}
