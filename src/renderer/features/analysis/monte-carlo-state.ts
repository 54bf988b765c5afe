/**
 * What the screen knows about its Monte Carlo run, and how each worker reply
 * changes it. Replies of an older run (one that was cancelled or replaced)
 * are ignored, so a late message can never overwrite the newer run's state.
 */
import type { MonteCarloResult } from '../../../shared/engine/monte-carlo';
import type { MonteCarloReply } from './monte-carlo-messages';

export type MonteCarloState =
  | { status: 'idle' }
  | { status: 'running'; runId: number; done: number; total: number; inputKey: string }
  | { status: 'done'; runId: number; result: MonteCarloResult; inputKey: string }
  | { status: 'cancelled'; runId: number; done: number; total: number }
  | { status: 'failed'; runId: number | null; message: string };

export const IDLE: MonteCarloState = { status: 'idle' };

export function startedState(runId: number, total: number, inputKey: string): MonteCarloState {
  return { status: 'running', runId, done: 0, total, inputKey };
}

export function nextMonteCarloState(state: MonteCarloState, reply: MonteCarloReply): MonteCarloState {
  if (state.status !== 'running') return state;
  if (reply.runId !== null && reply.runId !== state.runId) return state;
  switch (reply.type) {
    case 'progress':
      return { ...state, done: reply.done, total: reply.total };
    case 'done':
      return { status: 'done', runId: state.runId, result: reply.result, inputKey: state.inputKey };
    case 'cancelled':
      return { status: 'cancelled', runId: state.runId, done: reply.done, total: reply.total };
    case 'failed':
      return { status: 'failed', runId: state.runId, message: reply.message };
  }
}

/** The same engine input gives the same key: a result is stale once the key changes. */
export function inputKeyOf(input: unknown): string {
  return JSON.stringify(input);
}
