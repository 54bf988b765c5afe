/**
 * The content of a deal-room's evidence files: rooms/<roomId>.files/<sha256>,
 * beside the room's own file. Named by their SHA-256, each content is stored
 * once however many records point at it, and a name can only ever hold the
 * bytes that hash to it. Written atomically (atomic-file.ts), so a crash
 * leaves the whole file or none of it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file';

const BLOB_NAME = /^[0-9a-f]{64}$/;

/** The folder of a room's evidence content (the room id is already checked to be a safe file name). */
export function evidenceDirOf(roomsDir: string, roomId: string): string {
  return join(roomsDir, `${roomId}.files`);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function blobPath(dir: string, sha256: string): string {
  if (!BLOB_NAME.test(sha256)) throw new Error(`"${sha256}" is not a SHA-256 in hex`);
  return join(dir, sha256);
}

/**
 * Stores the content under its hash, unless a file of that name and size is
 * already there (same hash, same bytes); a damaged copy is replaced.
 */
export function storeBlob(dir: string, sha256: string, bytes: Uint8Array): void {
  const path = blobPath(dir, sha256);
  if (existsSync(path) && statSync(path).size === bytes.length) return;
  mkdirSync(dir, { recursive: true });
  writeFileAtomically(path, bytes);
}

/** The stored content, or undefined when it is missing or no longer hashes to its name. */
export function readBlob(dir: string, sha256: string): Buffer | undefined {
  const path = blobPath(dir, sha256);
  if (!existsSync(path)) return undefined;
  const bytes = readFileSync(path);
  return sha256Of(bytes) === sha256 ? bytes : undefined;
}

/**
 * Removes stored contents no record points at any more (after a record, a
 * request or a candidate went). Other files in the folder are left alone.
 */
export function removeUnreferencedBlobs(dir: string, referenced: ReadonlySet<string>): string[] {
  if (!existsSync(dir)) return [];
  const removed = readdirSync(dir).filter((name) => BLOB_NAME.test(name) && !referenced.has(name));
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}
