/**
 * Writes and reads zip archives with jszip, synchronously: in a blocking
 * worker (../blocking-worker/run-worker-blocking.ts), since jszip only works
 * asynchronously (generateAsync, loadAsync).
 *
 * Reading checks the limits before inflating anything it can: the number of
 * entries first, then the total inflated size as it goes, so a zip bomb is
 * refused instead of filling memory.
 */
import { createRequire } from 'node:module';
import { runWorkerBlocking } from '../blocking-worker/run-worker-blocking';

/** Far above what 200 MB takes to zip or unzip; it only stops a stuck worker from holding the app forever. */
const ZIP_TIMEOUT_MS = 300_000;

const WORKER_SOURCE = `
const { jszipPath, task } = workerData;
async function run() {
  const JSZip = require(jszipPath);
  if (task.kind === 'write') {
    const zip = new JSZip();
    for (const e of task.entries) zip.file(e.name, e.bytes, { binary: true, date: new Date(task.date) });
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    return { ok: true, bytes };
  }
  let zip;
  try {
    zip = await JSZip.loadAsync(task.bytes, { checkCRC32: true });
  } catch (err) {
    return { ok: false, reason: 'unreadable', detail: String(err && err.message || err) };
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > task.maxEntries) return { ok: false, reason: 'tooManyEntries', count: files.length };
  // jszip knows each entry's declared size before inflating it.
  let declared = 0;
  for (const f of files) declared += (f._data && f._data.uncompressedSize) || 0;
  if (declared > task.maxBytes) return { ok: false, reason: 'tooLarge', size: declared };
  const entries = [];
  let total = 0;
  for (const f of files) {
    let bytes;
    try {
      bytes = await f.async('uint8array');
    } catch (err) {
      return { ok: false, reason: 'unreadable', detail: f.name + ': ' + String(err && err.message || err) };
    }
    total += bytes.length;
    if (total > task.maxBytes) return { ok: false, reason: 'tooLarge', size: total };
    entries.push({ name: f.name, bytes });
  }
  return { ok: true, entries };
}
run().then(answer, (err) => answer({ ok: false, reason: 'unreadable', detail: String(err && err.message || err) }));
`;

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export type ZipReadResult =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'unreadable'; detail: string }
  | { ok: false; reason: 'tooManyEntries'; count: number }
  | { ok: false; reason: 'tooLarge'; size: number };

type WriteTask = { kind: 'write'; entries: ZipEntry[]; date: string };
type ReadTask = { kind: 'read'; bytes: Uint8Array; maxEntries: number; maxBytes: number };

function runInWorker(task: WriteTask | ReadTask): unknown {
  // Resolved here, not at load: only a portable file needs jszip.
  const jszipPath = createRequire(import.meta.url).resolve('jszip');
  return runWorkerBlocking(WORKER_SOURCE, { jszipPath, task }, ZIP_TIMEOUT_MS);
}

/** A zip of the entries, each deflated; every entry dated `date` so the same content zips the same way. */
export function writeZip(entries: ZipEntry[], date: string): Uint8Array {
  const answer = runInWorker({ kind: 'write', entries, date }) as { ok: true; bytes: Uint8Array } | { ok: false; detail: string } | undefined;
  if (!answer || !answer.ok) throw new Error(`the zip could not be written: ${answer ? answer.detail : 'no answer from the worker'}`);
  return answer.bytes;
}

/** The entries of a zip (folders left out), or why it cannot be read within the limits. */
export function readZip(bytes: Uint8Array, limits: { maxEntries: number; maxBytes: number }): ZipReadResult {
  const answer = runInWorker({ kind: 'read', bytes, ...limits }) as ZipReadResult | undefined;
  return answer ?? { ok: false, reason: 'unreadable', detail: 'no answer from the worker' };
}
