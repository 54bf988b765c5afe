/**
 * The deal-rooms currently open, least recently used first. Each open room
 * holds a SQLite connection and its statements, so only a few stay open and
 * listing a hundred rooms does not keep a hundred files open.
 */
import type { RoomStore } from './room-store';

export const OPEN_ROOMS_KEPT = 8;

export class OpenRoomCache {
  private readonly rooms = new Map<string, RoomStore>();

  constructor(private readonly capacity: number = OPEN_ROOMS_KEPT) {}

  get size(): number {
    return this.rooms.size;
  }

  get(id: string): RoomStore | undefined {
    const room = this.rooms.get(id);
    if (room) {
      // A Map iterates in insertion order: re-inserting marks it most recent.
      this.rooms.delete(id);
      this.rooms.set(id, room);
    }
    return room;
  }

  add(room: RoomStore): RoomStore {
    this.rooms.get(room.id)?.close();
    this.rooms.delete(room.id);
    this.rooms.set(room.id, room);
    for (const [id, oldest] of this.rooms) {
      if (this.rooms.size <= this.capacity) break;
      oldest.close();
      this.rooms.delete(id);
    }
    return room;
  }

  /** Closes the room if it is open (before its file is deleted, for example). */
  evict(id: string): void {
    this.rooms.get(id)?.close();
    this.rooms.delete(id);
  }

  closeAll(): void {
    for (const room of this.rooms.values()) room.close();
    this.rooms.clear();
  }
}
