/**
 * The companion file of an encrypted deal-room: rooms/<id>.shinrai.encryption.
 *
 * An encrypted SQLite file begins with random bytes, indistinguishable from
 * any other random file. The marker says "this one is a Shinrai room,
 * encrypted" so that a locked room is offered for unlocking while a stray
 * file is still called what it is, and it holds the key's fingerprint so a
 * wrong recovery key is named as such. It holds nothing secret.
 *
 * The marker only counts while the room file itself is not plain SQLite: it
 * is written before an encrypted file is renamed into place and removed after
 * a decrypted one is, so a crash in between leaves a plain room and a stale
 * marker, which the next open removes.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-file';

export const ENCRYPTION_MARKER_SUFFIX = '.encryption';

const EncryptionMarker = z.strictObject({
  format: z.literal('shinrai-room-encryption'),
  version: z.literal(1),
  /** SQLite3MultipleCiphers' SQLCipher 4 scheme with a raw 256-bit key. */
  cipher: z.literal('sqlcipher-4-raw-key'),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  encryptedAt: z.string(),
});
export type EncryptionMarker = z.infer<typeof EncryptionMarker>;

export function markerFileOf(roomFile: string): string {
  return `${roomFile}${ENCRYPTION_MARKER_SUFFIX}`;
}

/** The marker beside `roomFile`, or undefined when there is none or it is not ours. */
export function readEncryptionMarker(roomFile: string): EncryptionMarker | undefined {
  const file = markerFileOf(roomFile);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = EncryptionMarker.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeEncryptionMarker(roomFile: string, fingerprint: string, now: Date = new Date()): void {
  const marker: EncryptionMarker = { format: 'shinrai-room-encryption', version: 1, cipher: 'sqlcipher-4-raw-key', fingerprint, encryptedAt: now.toISOString() };
  writeFileAtomically(markerFileOf(roomFile), `${JSON.stringify(marker, null, 2)}\n`);
}

export function removeEncryptionMarker(roomFile: string): void {
  rmSync(markerFileOf(roomFile), { force: true });
}
