/**
 * The Monte Carlo run off the UI thread (ENGINEERING.md, pattern 11). All the
 * logic is in monte-carlo-job.ts; this file only binds it to the worker's
 * message port. Loaded by the screen as a module worker from the same origin,
 * which the CSP's script-src 'self' allows (worker-src falls back to it).
 */
import { createMonteCarloJobs } from './monte-carlo-job';
import type { MonteCarloReply } from './monte-carlo-messages';

/** The part of DedicatedWorkerGlobalScope used here (the project's tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  postMessage(message: MonteCarloReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = self as unknown as WorkerScope;

const jobs = createMonteCarloJobs({
  post: (reply) => scope.postMessage(reply),
  // A macrotask, not a microtask: queued messages (a cancel) are handled first.
  defer: (next) => {
    setTimeout(next, 0);
  },
});

scope.addEventListener('message', (event) => jobs.receive(event.data));
