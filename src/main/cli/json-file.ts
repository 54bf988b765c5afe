/**
 * Reading and writing interchange files for the CLI and the Electron menu:
 * a missing file, a folder, bad UTF-8 or broken JSON each get their own
 * message (with the line and column of a JSON error), never a stack trace.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { failure } from './usage-error';

/**
 * A deal-room or template file is a few megabytes at most; this keeps a
 * wrong argument (a disk image, a video) from being read into memory whole.
 */
export const MAX_JSON_FILE_BYTES = 100 * 1024 * 1024;
const MEGABYTE = 1024 * 1024;

/** Line and column (1-based) of a character offset, for JSON error messages. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The offset V8 names in a JSON.parse error ("… at position 42 (line 3 column 5)"). */
function errorOffset(err: unknown, text: string): number | undefined {
  const message = err instanceof Error ? err.message : '';
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) return Number(position[1]);
  // "Unexpected end of JSON input" carries no position: the problem is at the end.
  if (/end of JSON input/i.test(message)) return text.length;
  return undefined;
}

function reasonOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

export function readJsonFile(file: string): unknown {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw failure('errors.fileIsFolder', { file });
    if (stat.size > MAX_JSON_FILE_BYTES)
      throw failure('errors.fileTooLarge', { file, size: Math.ceil((stat.size / MEGABYTE) * 10) / 10, max: MAX_JSON_FILE_BYTES / MEGABYTE });
    bytes = readFileSync(file);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') throw failure('errors.fileMissing', { file });
    if (err instanceof Error && err.name === 'CliError') throw err;
    throw failure('errors.fileUnreadable', { file, reason: reasonOf(err) });
  }
  // JSON text never holds a NUL byte; UTF-16 (what Windows calls "Unicode") and binary files do, and decode as UTF-8 all the same.
  if (bytes.includes(0)) throw failure('errors.fileNotUtf8', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Naming the encoding says what to do: re-save as UTF-8.
    throw failure('errors.fileNotUtf8', { file });
  }
  // Editors on Windows often save a byte-order mark; it is not part of the JSON.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    const offset = errorOffset(err, text);
    if (offset === undefined) throw failure('errors.fileNotJsonAnywhere', { file });
    throw failure('errors.fileNotJson', { file, ...lineAndColumn(text, offset) });
  }
}

/** Writes pretty-printed JSON through a temporary file and a rename, so a failed write leaves no half file. */
export function writeJsonFile(file: string, value: unknown): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw failure('errors.writeFailed', { file, reason: reasonOf(err) });
  }
}
