/**
 * Deal-room ids double as file names (rooms/<id>.shinrai), so an id from a
 * caller is only ever turned into a path after this check: no separators, no
 * leading dot, none of the characters Windows forbids in a name and none of
 * the names it reserves for devices, so nothing can name a file outside the
 * rooms directory. New rooms get UUIDs; the wider set lets a file copied in
 * by hand ("backup (2).shinrai") still be listed and opened.
 */
import { randomUUID } from 'node:crypto';

const ROOM_ID = /^(?![. ])[^\\/:*?"<>|\u0000-\u001f]{1,100}(?<![. ])$/u;

/**
 * Names Windows keeps for devices, whatever extension follows: rooms\NUL.shinrai
 * or rooms\COM1.shinrai is a device, not a file in rooms\ (reading a serial
 * port's "header" can block, and deleting the "file" touches the device).
 */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])\s*(?:\.|$)/iu;

export const ROOM_FILE_EXTENSION = '.shinrai';

export function isRoomId(id: string): boolean {
  return ROOM_ID.test(id) && !WINDOWS_DEVICE.test(id);
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
