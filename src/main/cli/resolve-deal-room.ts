/**
 * Which deal-room a person means on the command line: its id, or its name.
 * Names are compared by search key (NFKC and case folded), so "ａｏｂａ" finds
 * "Aoba"; a part of a name is enough when it names only one deal-room. Never
 * a guess: several matches are listed and the person picks one by id.
 */
import type { DealRoomSummary } from '../../shared/domain/entities';
import { searchKey } from '../../shared/i18n/format';
import { failure } from './usage-error';

/** How many deal-rooms an error message lists before it stops. */
const LIST_LIMIT = 20;

export function describeRooms(rooms: readonly DealRoomSummary[]): string {
  const lines = rooms.slice(0, LIST_LIMIT).map((r) => `  ${r.id}  ${r.name}`);
  if (rooms.length > LIST_LIMIT) lines.push(`  … (+${rooms.length - LIST_LIMIT})`);
  return lines.join('\n');
}

export function resolveDealRoom(rooms: readonly DealRoomSummary[], query: string): DealRoomSummary {
  const byId = rooms.find((r) => r.id === query);
  if (byId) return byId;
  const key = searchKey(query.trim());
  if (key !== '') {
    const exact = rooms.filter((r) => searchKey(r.name.trim()) === key);
    if (exact.length === 1 && exact[0]) return exact[0];
    if (exact.length > 1) throw failure('errors.dealRoomAmbiguous', { query, list: describeRooms(exact) });
    const partial = rooms.filter((r) => searchKey(r.name).includes(key));
    if (partial.length === 1 && partial[0]) return partial[0];
    if (partial.length > 1) throw failure('errors.dealRoomAmbiguous', { query, list: describeRooms(partial) });
  }
  if (rooms.length === 0) throw failure('errors.noDealRooms', { query });
  throw failure('errors.dealRoomNotFound', { query, list: describeRooms(rooms) });
}
