/**
 * Writing a file so that a crash leaves either the old content or the new,
 * never half of each: a temporary file, flushed, renamed over the old one,
 * then the directory flushed so the rename itself survives a power loss.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function fsyncDirectory(dir: string): void {
  // Not possible on every platform (Windows cannot open a directory), where
  // the rename is already as durable as the platform makes it.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort, see above */
  }
}

/** `content` is text (settings, templates) or bytes (evidence files). */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      if (typeof content === 'string') writeSync(fd, content);
      // A large buffer may go in more than one write.
      else for (let written = 0; written < content.length; ) written += writeSync(fd, content, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  fsyncDirectory(dirname(path));
}
