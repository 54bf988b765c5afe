/**
 * Runs asynchronous library code (exceljs, jszip) behind a synchronous
 * contract handler.
 *
 * Why: every handler of the contract is synchronous (one call, one SQLite
 * transaction, one result), but some libraries made for the job only work
 * asynchronously. So the work runs in a worker thread while this thread waits
 * on a shared flag (Atomics.wait, which Node allows outside the browser), then
 * takes the worker's one answer from its port with receiveMessageOnPort.
 *
 * The worker is given as source (eval), so it needs no file of its own in the
 * Electron bundle. Its source is prefixed with WORKER_PRELUDE, which defines
 * `workerData` and `answer(message, transfer?)`: call `answer` exactly once.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** What every blocking worker's source starts with: the data it was given, and how it answers. */
const WORKER_PRELUDE = `
const { workerData } = require('node:worker_threads');
function answer(message, transfer) {
  const { port, signal } = workerData;
  try {
    port.postMessage(message, transfer || []);
  } catch (err) {
    port.postMessage({ ok: false, reason: 'unreadable', message: String(err && err.message || err), detail: String(err && err.message || err) });
  }
  const flag = new Int32Array(signal);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
`;

/**
 * Runs `source` (CommonJS, after the prelude) with `data` in workerData, and
 * blocks until it answers or `timeoutMs` passes; undefined when no answer came.
 */
export function runWorkerBlocking(source: string, data: Record<string, unknown>, timeoutMs: number): unknown {
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_PRELUDE + source, { eval: true, workerData: { ...data, port: port2, signal }, transferList: [port2] });
  try {
    Atomics.wait(flag, 0, 0, timeoutMs);
    return receiveMessageOnPort(port1)?.message;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
