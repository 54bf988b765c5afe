import { describe, expect, it } from 'vitest';
import type { DealRoomSummary } from '../../shared/domain/entities';
import { chooseRoomToOpen } from './choose-room-to-open';

const room = (id: string, updatedAt: string, extra: Partial<DealRoomSummary> = {}): DealRoomSummary => ({
  id,
  name: id,
  productLine: '',
  targetMarket: '',
  archived: false,
  updatedAt,
  candidateCount: 0,
  comparedCount: 0,
  encryption: 'none',
  ...extra,
});

describe('chooseRoomToOpen', () => {
  const rooms = [room('old', '2027-01-01T00:00:00Z'), room('new', '2027-03-01T00:00:00Z'), room('arch', '2027-04-01T00:00:00Z', { archived: true })];

  it('reopens the room opened last', () => {
    expect(chooseRoomToOpen(rooms, 'old')).toBe('old');
    expect(chooseRoomToOpen(rooms, 'arch')).toBe('arch');
  });

  it('falls back to the most recently changed open room', () => {
    expect(chooseRoomToOpen(rooms, null)).toBe('new');
    expect(chooseRoomToOpen(rooms, 'deleted-meanwhile')).toBe('new');
  });

  it('never opens a room whose file has a problem', () => {
    const broken = [room('bad', '2027-05-01T00:00:00Z', { problem: 'written by a newer version' }), room('ok', '2027-01-01T00:00:00Z')];
    expect(chooseRoomToOpen(broken, 'bad')).toBe('ok');
    expect(chooseRoomToOpen([broken[0]!], null)).toBeNull();
  });

  it('opens nothing when there is nothing to open', () => {
    expect(chooseRoomToOpen([], null)).toBeNull();
    expect(chooseRoomToOpen([rooms[2]!], null)).toBeNull();
  });
});
