import { describe, expect, it } from 'vitest';
import type { MonteCarloResult } from '../../../shared/engine/monte-carlo';
import { IDLE, inputKeyOf, nextMonteCarloState, startedState } from './monte-carlo-state';

const result: MonteCarloResult = {
  draws: 500,
  seed: 1,
  weightJitter: 0.2,
  confidenceRadius: { high: 0.25, medium: 0.5, low: 1 },
  candidates: [{ candidateId: 'a', firstShare: 1, rankShares: [1], knockedOutShare: 0, meanTotal: 70 }],
};

describe('nextMonteCarloState', () => {
  const running = startedState(3, 500, 'key');

  it('follows progress, then keeps the result with the input it was run on', () => {
    const moved = nextMonteCarloState(running, { type: 'progress', runId: 3, done: 250, total: 500 });
    expect(moved).toEqual({ status: 'running', runId: 3, done: 250, total: 500, inputKey: 'key' });
    expect(nextMonteCarloState(moved, { type: 'done', runId: 3, result })).toEqual({ status: 'done', runId: 3, result, inputKey: 'key' });
  });

  it('records a cancel and a failure', () => {
    expect(nextMonteCarloState(running, { type: 'cancelled', runId: 3, done: 250, total: 500 })).toEqual({ status: 'cancelled', runId: 3, done: 250, total: 500 });
    expect(nextMonteCarloState(running, { type: 'failed', runId: 3, message: 'boom' })).toEqual({ status: 'failed', runId: 3, message: 'boom' });
    expect(nextMonteCarloState(running, { type: 'failed', runId: null, message: 'unreadable' })).toEqual({ status: 'failed', runId: 3, message: 'unreadable' });
  });

  it('ignores replies of another run and replies after the run ended', () => {
    expect(nextMonteCarloState(running, { type: 'done', runId: 2, result })).toBe(running);
    expect(nextMonteCarloState(IDLE, { type: 'progress', runId: 3, done: 1, total: 2 })).toBe(IDLE);
  });
});

describe('inputKeyOf', () => {
  it('changes when the engine input changes', () => {
    expect(inputKeyOf({ a: 1 })).toBe(inputKeyOf({ a: 1 }));
    expect(inputKeyOf({ a: 1 })).not.toBe(inputKeyOf({ a: 2 }));
  });
});
