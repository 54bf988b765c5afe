/**
 * The Monte Carlo worker's logic, apart from the Worker global so that it can
 * be tested in Node: a run goes in chunks of draws, reports progress after
 * each, and hands control back between chunks (`defer`, a setTimeout 0 in the
 * worker) so that a cancel message queued meanwhile is read before the next.
 */
import { startMonteCarlo, type MonteCarloRun } from '../../../shared/engine/monte-carlo';
import { MonteCarloRequest, type MonteCarloReply } from './monte-carlo-messages';

/** Small enough that progress moves and a cancel is seen within milliseconds; large enough that messages stay few. */
export const CHUNK_DRAWS = 250;

export interface MonteCarloJobHost {
  post(reply: MonteCarloReply): void;
  /** Runs `next` after the messages already queued have been handled. */
  defer(next: () => void): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Job {
  runId: number;
  run: MonteCarloRun;
  cancelled: boolean;
}

export interface MonteCarloJobs {
  receive(data: unknown): void;
}

export function createMonteCarloJobs(host: MonteCarloJobHost): MonteCarloJobs {
  let current: Job | null = null;

  const stepOf = (job: Job) => {
    const step = () => {
      // A newer run took over: this one simply stops (its cancel was already reported).
      if (current !== job) return;
      if (job.cancelled) {
        current = null;
        host.post({ type: 'cancelled', runId: job.runId, done: job.run.done, total: job.run.total });
        return;
      }
      let done: number;
      try {
        done = job.run.step(CHUNK_DRAWS);
      } catch (error) {
        current = null;
        host.post({ type: 'failed', runId: job.runId, message: messageOf(error) });
        return;
      }
      host.post({ type: 'progress', runId: job.runId, done, total: job.run.total });
      if (done < job.run.total) {
        host.defer(step);
        return;
      }
      current = null;
      host.post({ type: 'done', runId: job.runId, result: job.run.result() });
    };
    return step;
  };

  return {
    receive(data) {
      const parsed = MonteCarloRequest.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        // Kept plain (no translator): the screen words the failure; this detail is for the log.
        const where = issue ? issue.path.map(String).join('.') : '';
        host.post({ type: 'failed', runId: null, message: `${where ? `${where}: ` : ''}${issue?.message ?? 'unreadable request'}` });
        return;
      }
      const request = parsed.data;
      if (request.type === 'cancel') {
        if (current?.runId === request.runId) current.cancelled = true;
        return;
      }
      if (current) {
        // Only one run at a time: the one it replaces ends as cancelled.
        host.post({ type: 'cancelled', runId: current.runId, done: current.run.done, total: current.run.total });
        current = null;
      }
      let run: MonteCarloRun;
      try {
        run = startMonteCarlo(request.input, request.options);
      } catch (error) {
        host.post({ type: 'failed', runId: request.runId, message: messageOf(error) });
        return;
      }
      const job: Job = { runId: request.runId, run, cancelled: false };
      current = job;
      host.post({ type: 'progress', runId: job.runId, done: 0, total: run.total });
      host.defer(stepOf(job));
    },
  };
}
