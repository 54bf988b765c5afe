/**
 * What every handler of a room's content needs: the open room, worded errors
 * in the caller's language when its file cannot be opened, and not-found
 * errors that name the field at fault.
 */
import type { CallContext } from '../../shared/api/contract';
import { translator } from '../../shared/i18n/translator';
import type { DataDir } from '../store/data-dir';
import { inCallerLanguage } from '../store/room-file-errors';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';

export type RoomEntity = 'candidate' | 'pillar' | 'criterion' | 'evaluator';

export function openRoom(store: DataDir, dealRoomId: string, ctx: CallContext): RoomStore {
  try {
    return store.room(dealRoomId);
  } catch (err) {
    throw inCallerLanguage(err, ctx.lang);
  }
}

export function notFound(entity: RoomEntity, id: string, path: string): DomainError {
  return new DomainError('not_found', `notFound.${entity}`, { id }, path);
}

/** The row, or a not-found error naming `path`. */
export function found<T>(row: T | undefined, entity: RoomEntity, id: string, path: string): T {
  if (row === undefined) throw notFound(entity, id, path);
  return row;
}

/**
 * Refuses a patch that would leave a record without a name in either
 * language or script (create checks this in the contract; a patch can only
 * be checked against the record it changes).
 */
export function keepSomeName(
  before: Record<string, unknown>,
  patch: Record<string, unknown>,
  a: string,
  b: string,
  path: string,
  ctx: CallContext,
): void {
  // A field given as undefined is left as it was, as the update itself does.
  const valueOf = (k: string) => (patch[k] !== undefined ? patch[k] : before[k]);
  const named = (k: string) => {
    const v = valueOf(k);
    return typeof v === 'string' && v.trim() !== '';
  };
  if (named(a) || named(b)) return;
  const problem = translator(ctx.lang)('errors:field.nameRequired');
  throw new DomainError('invalid_input', 'invalidInputAt', { path, problem }, path);
}
