/**
 * Deal-room ids double as file names (rooms/<id>.shinrai), so an id from a
 * caller is only ever turned into a path after this check: no separators, no
 * dots, nothing that could name a file outside the rooms directory.
 */
import { randomUUID } from 'node:crypto';

const ROOM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export const ROOM_FILE_EXTENSION = '.shinrai';

export function isRoomId(id: string): boolean {
  return ROOM_ID.test(id);
}

export function newId(): string {
  return randomUUID();
}

/** The room id of a file name in the rooms directory, or undefined for any other file. */
export function roomIdOfFileName(name: string): string | undefined {
  if (!name.endsWith(ROOM_FILE_EXTENSION)) return undefined;
  const id = name.slice(0, -ROOM_FILE_EXTENSION.length);
  return isRoomId(id) ? id : undefined;
}
