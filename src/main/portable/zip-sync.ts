/**
 * Writes zip archives with jszip, synchronously: in a blocking worker
 * (../blocking-worker/run-worker-blocking.ts), since jszip only works
 * asynchronously (generateAsync).
 *
 * Reading is not left to jszip, which believes an entry's recorded size,
 * inflates entries whole and quietly tidies names such as "../../x": the
 * archive is read by zip-directory.ts, which refuses a zip bomb, a climbing
 * name or a link from the archive's own directory and stops unpacking any
 * entry at the size it records. It is synchronous (zlib) as well, so opening
 * a portable file needs no worker.
 */
import { createRequire } from 'node:module';
import { runWorkerBlocking } from '../blocking-worker/run-worker-blocking';
import { unpackZip, type ZipRefusal } from './zip-directory';

/** Far above what 200 MB takes to zip or unzip; it only stops a stuck worker from holding the app forever. */
const ZIP_TIMEOUT_MS = 300_000;

const WORKER_SOURCE = `
const { jszipPath, task } = workerData;
async function run() {
  const JSZip = require(jszipPath);
  const zip = new JSZip();
  for (const e of task.entries) zip.file(e.name, e.bytes, { binary: true, date: new Date(task.date) });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { ok: true, bytes };
}
run().then(answer, (err) => answer({ ok: false, detail: String(err && err.message || err) }));
`;

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export type ZipReadResult =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: 'unreadable'; detail: string }
  | Exclude<ZipRefusal, { reason: 'notAZip' | 'damaged' }>;

type WriteTask = { entries: ZipEntry[]; date: string };

function runInWorker(task: WriteTask): unknown {
  // Resolved here, not at load: only a portable file needs jszip.
  const jszipPath = createRequire(import.meta.url).resolve('jszip');
  return runWorkerBlocking(WORKER_SOURCE, { jszipPath, task }, ZIP_TIMEOUT_MS);
}

/** A zip of the entries, each deflated; every entry dated `date` so the same content zips the same way. */
export function writeZip(entries: ZipEntry[], date: string): Uint8Array {
  const answer = runInWorker({ entries, date }) as { ok: true; bytes: Uint8Array } | { ok: false; detail: string } | undefined;
  if (!answer || !answer.ok) throw new Error(`the zip could not be written: ${answer ? answer.detail : 'no answer from the worker'}`);
  return answer.bytes;
}

/** The entries of a zip (folders left out), or why it cannot be read within the limits. */
export function readZip(bytes: Uint8Array, limits: { maxEntries: number; maxBytes: number }): ZipReadResult {
  const unpacked = unpackZip(bytes, limits);
  if (unpacked.ok) return unpacked;
  if (unpacked.reason === 'notAZip') return { ok: false, reason: 'unreadable', detail: 'no zip directory' };
  if (unpacked.reason === 'damaged') return { ok: false, reason: 'unreadable', detail: `damaged entry ${unpacked.name}` };
  return unpacked;
}
