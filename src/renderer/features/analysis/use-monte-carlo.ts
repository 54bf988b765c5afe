/**
 * Runs the Monte Carlo simulation in a module worker and follows it: progress,
 * the result, cancel. One worker per screen, made on the first run and
 * terminated when the screen goes away (so leaving mid-run stops the work).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScoringInput } from '../../../shared/engine/types';
import { MonteCarloReply, type MonteCarloRequest } from './monte-carlo-messages';
import { IDLE, inputKeyOf, nextMonteCarloState, startedState, type MonteCarloState } from './monte-carlo-state';
import type { MonteCarloSettings } from './monte-carlo-settings';

export interface MonteCarloControl {
  state: MonteCarloState;
  start(input: ScoringInput, settings: MonteCarloSettings): void;
  cancel(): void;
}

export function useMonteCarlo(): MonteCarloControl {
  const [state, setState] = useState<MonteCarloState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const nextRunId = useRef(0);
  const runningId = useRef<number | null>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const workerOf = useCallback((): Worker => {
    if (worker.current) return worker.current;
    const made = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
    made.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = MonteCarloReply.safeParse(event.data);
      if (!parsed.success) {
        setState((s) => (s.status === 'running' ? { status: 'failed', runId: s.runId, message: parsed.error.issues[0]?.message ?? '' } : s));
        return;
      }
      setState((s) => nextMonteCarloState(s, parsed.data));
    });
    made.addEventListener('error', (event: ErrorEvent) => {
      // A worker that failed to load or threw is of no further use: the next run makes a new one.
      event.preventDefault();
      made.terminate();
      if (worker.current === made) worker.current = null;
      setState((s) => (s.status === 'running' ? { status: 'failed', runId: s.runId, message: event.message ?? '' } : s));
    });
    worker.current = made;
    return made;
  }, []);

  const start = useCallback(
    (input: ScoringInput, settings: MonteCarloSettings) => {
      const runId = nextRunId.current++;
      runningId.current = runId;
      const request: MonteCarloRequest = { type: 'start', runId, input, options: settings };
      setState(startedState(runId, settings.draws, inputKeyOf(input)));
      workerOf().postMessage(request);
    },
    [workerOf],
  );

  const cancel = useCallback(() => {
    const runId = runningId.current;
    if (runId === null || !worker.current) return;
    const request: MonteCarloRequest = { type: 'cancel', runId };
    worker.current.postMessage(request);
  }, []);

  return { state, start, cancel };
}
