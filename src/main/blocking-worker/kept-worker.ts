/**
 * A worker thread kept between blocking calls, for work whose start-up costs
 * more than the call itself (loading exceljs; launching Chromium). Each call
 * posts one message with a port and a shared flag, then blocks this thread
 * (Atomics.wait) until the worker answers on the port and raises the flag —
 * the same handshake as run-worker-blocking.ts, with the worker reused.
 *
 * A worker that fails, exits, stays silent or runs past the timeout is
 * dropped (and terminated), so the next call starts a fresh one.
 */
import { MessageChannel, receiveMessageOnPort, type TransferListItem, type Worker } from 'node:worker_threads';

export interface KeptWorker {
  /** Posts `message` (plus its `port` and `signal`) and blocks until the answer; undefined when none came in time. */
  ask(message: Record<string, unknown>, timeoutMs: number, transfer?: readonly TransferListItem[]): unknown;
  /** Hands over the live worker, if any, and forgets it: for closing it down. */
  release(): Worker | undefined;
}

export function keptWorker(start: () => Worker): KeptWorker {
  let kept: Worker | undefined;

  function live(): Worker {
    if (kept) return kept;
    const worker = start();
    worker.unref();
    const drop = () => {
      if (kept === worker) kept = undefined;
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    kept = worker;
    return worker;
  }

  return {
    ask(message, timeoutMs, transfer = []) {
      const worker = live();
      return askBlocking(worker, message, timeoutMs, transfer, () => {
        if (kept === worker) kept = undefined;
      });
    },
    release() {
      const worker = kept;
      kept = undefined;
      return worker;
    },
  };
}

/** One blocking question to `worker`; `onStuck` runs (and the worker is terminated) when no answer came in time. */
export function askBlocking(
  worker: Worker,
  message: Record<string, unknown>,
  timeoutMs: number,
  transfer: readonly TransferListItem[] = [],
  onStuck: () => void = () => {},
): unknown {
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const { port1, port2 } = new MessageChannel();
  try {
    worker.postMessage({ ...message, port: port2, signal }, [port2, ...transfer]);
    const waited = Atomics.wait(flag, 0, 0, timeoutMs);
    const answer = receiveMessageOnPort(port1)?.message as unknown;
    if (waited === 'timed-out' || answer === undefined) {
      onStuck();
      void worker.terminate();
    }
    return answer;
  } finally {
    port1.close();
  }
}
