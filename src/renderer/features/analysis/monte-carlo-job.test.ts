import { describe, expect, it } from 'vitest';
import { engineInputFromDetail } from '../../../shared/engine/engine-input';
import { runMonteCarlo } from '../../../shared/engine/monte-carlo';
import { analysisTestRoom } from './analysis-test-room';
import { CHUNK_DRAWS, createMonteCarloJobs } from './monte-carlo-job';
import { MonteCarloReply } from './monte-carlo-messages';

/** A host whose deferred steps run only when the test says so, like a worker's task queue. */
function queueHost() {
  const replies: MonteCarloReply[] = [];
  const queue: (() => void)[] = [];
  const host = {
    post: (reply: MonteCarloReply) => replies.push(MonteCarloReply.parse(reply)),
    defer: (next: () => void) => {
      queue.push(next);
    },
  };
  const drain = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const runOne = () => queue.shift()?.();
  return { host, replies, drain, runOne };
}

const input = engineInputFromDetail(analysisTestRoom());
const options = { draws: 1000, seed: 11, weightJitter: 0.2 };

describe('the Monte Carlo worker job', () => {
  it('runs in chunks, reports progress after each, and ends with the same result as one run', () => {
    const { host, replies, drain } = queueHost();
    const jobs = createMonteCarloJobs(host);
    jobs.receive({ type: 'start', runId: 4, input, options });
    drain();
    const progress = replies.filter((r) => r.type === 'progress');
    // 0 at the start, then after each chunk of 250: 250, 500, 750, 1000.
    expect(progress.map((r) => (r.type === 'progress' ? r.done : -1))).toEqual([0, 250, 500, 750, 1000]);
    expect(CHUNK_DRAWS).toBe(250);
    const last = replies[replies.length - 1];
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.runId).toBe(4);
    expect(last.result).toEqual(runMonteCarlo(input, options));
  });

  it('stops at the next chunk boundary when cancelled, and says how far it got', () => {
    const { host, replies, runOne, drain } = queueHost();
    const jobs = createMonteCarloJobs(host);
    jobs.receive({ type: 'start', runId: 1, input, options });
    runOne(); // first chunk: 250 draws
    jobs.receive({ type: 'cancel', runId: 1 });
    drain();
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'cancelled']);
    expect(replies[2]).toEqual({ type: 'cancelled', runId: 1, done: 250, total: 1000 });
  });

  it('ignores a cancel for a run that is not the current one', () => {
    const { host, replies, drain } = queueHost();
    const jobs = createMonteCarloJobs(host);
    jobs.receive({ type: 'start', runId: 2, input, options: { ...options, draws: 300 } });
    jobs.receive({ type: 'cancel', runId: 1 });
    drain();
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'done']);
  });

  it('ends the older run as cancelled when a new one starts', () => {
    const { host, replies, runOne, drain } = queueHost();
    const jobs = createMonteCarloJobs(host);
    jobs.receive({ type: 'start', runId: 1, input, options });
    runOne();
    jobs.receive({ type: 'start', runId: 2, input, options: { ...options, draws: 250 } });
    drain();
    expect(replies.map((r) => `${r.type}:${r.runId}`)).toEqual(['progress:1', 'progress:1', 'cancelled:1', 'progress:2', 'progress:2', 'done:2']);
  });

  it('answers a malformed request with a failure naming the field, and runs nothing', () => {
    const { host, replies, drain } = queueHost();
    const jobs = createMonteCarloJobs(host);
    jobs.receive({ type: 'start', runId: 3, input: { ...input, candidates: 'all' }, options });
    jobs.receive('hello');
    drain();
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ type: 'failed', runId: null });
    expect(replies[0]?.type === 'failed' && replies[0].message.startsWith('input.candidates:')).toBe(true);
    expect(replies[1]).toMatchObject({ type: 'failed', runId: null });
  });
});
