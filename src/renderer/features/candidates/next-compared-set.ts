/**
 * The compared set after ticking or unticking one candidate, or the reason it
 * cannot change: at most MAX_COMPARED side by side (DOMAIN.md, "Parallel search").
 */
import { MAX_COMPARED } from '../../../shared/domain/deal-room-file';

export type ComparedChange = { ok: true; ids: string[] } | { ok: false; reason: 'too_many' };

export function nextComparedSet(current: readonly string[], candidateId: string, compare: boolean): ComparedChange {
  const without = current.filter((id) => id !== candidateId);
  if (!compare) return { ok: true, ids: without };
  if (current.includes(candidateId)) return { ok: true, ids: [...current] };
  if (without.length >= MAX_COMPARED) return { ok: false, reason: 'too_many' };
  return { ok: true, ids: [...without, candidateId] };
}
