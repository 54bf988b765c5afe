/**
 * Which deal-room to show at start: the one opened last, if it still exists
 * and can be opened; otherwise the most recently changed open room (so a first
 * start lands on the sample's matrix rather than an empty screen); else none.
 */
import type { DealRoomSummary } from '../../shared/domain/entities';

export function chooseRoomToOpen(rooms: readonly DealRoomSummary[], lastId: string | null): string | null {
  const openable = rooms.filter((r) => !r.problem);
  if (lastId && openable.some((r) => r.id === lastId)) return lastId;
  const active = openable.filter((r) => !r.archived);
  if (active.length === 0) return null;
  // ISO timestamps compare correctly as strings.
  const newest = active.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  return newest.id;
}
