import { describe, expect, it } from 'vitest';
import { isRoomId, roomIdOfFileName } from './room-id';

describe('room ids', () => {
  it('accept UUIDs and names copied in by hand', () => {
    for (const id of ['0f8e1f7a-2c1d-4c55-9a43-8d0f2b7f1e11', 'kansai backup (2)', '関西 候補', 'console', 'nullify', 'com10', 'lpt']) {
      expect(isRoomId(id), id).toBe(true);
    }
  });

  it('refuse anything that is not a plain name inside rooms/', () => {
    for (const id of ['', '..', '.hidden', 'a/b', 'a\\b', 'c:x', 'trailing.', 'trailing ', ' leading', 'a\u0000b', 'x'.repeat(101)]) {
      expect(isRoomId(id), JSON.stringify(id)).toBe(false);
    }
  });

  it('refuse the names Windows reserves for devices, with or without an extension', () => {
    // rooms\NUL.shinrai or rooms\COM1.shinrai is a device on Windows, not a file in rooms\:
    // reading its "header" may block on a serial port, and deleting it touches the device.
    for (const id of ['NUL', 'nul', 'CON', 'Prn', 'aux', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'NUL.backup', 'con.old copy']) {
      expect(isRoomId(id), id).toBe(false);
      expect(roomIdOfFileName(`${id}.shinrai`), id).toBeUndefined();
    }
  });
});
