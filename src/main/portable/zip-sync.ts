/**
 * Writes and reads zip archives with jszip, synchronously.
 *
 * Why a worker: every handler of the contract is synchronous, but jszip only
 * works asynchronously (generateAsync, loadAsync). The same mechanism as
 * src/main/long-list/read-xlsx.ts: the work runs in a worker thread while
 * this thread waits on a shared flag (Atomics.wait), then takes the answer
 * from its port with receiveMessageOnPort. The worker is given as source so
 * it needs no file of its own in the Electron bundle.
 *
 * Reading checks the limits before inflating anything it can: the number of
 * entries first, then the total inflated size as it goes, so a zip bomb is
 * refused instead of filling memory.
 */
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Far above what 200 MB takes to zip or unzip; it only stops a stuck worker from holding the app forever. */
const ZIP_TIMEOUT_MS = 300_000;

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, jszipPath, task } = workerData;
function answer(message, transfer) {
  try {
    port.postMessage(message, transfer || []);
  } catch (err) {
    port.postMessage({ ok: false, reason: 'unreadable', detail: String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
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
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { port: port2, signal, jszipPath, task }, transferList: [port2] });
  try {
    Atomics.wait(flag, 0, 0, ZIP_TIMEOUT_MS);
    return receiveMessageOnPort(port1)?.message;
  } finally {
    port1.close();
    void worker.terminate();
  }
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
