/**
 * One pending flag and one error per form: run a contract call, keep its
 * error value to show beside the form's fields, and hand back the value on
 * success. Nothing is thrown; the API's errors are values (result.ts).
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiError, Result } from '../../shared/api/result';

export interface ApiAction {
  busy: boolean;
  error: ApiError | null;
  run<T>(call: () => Promise<Result<T>>): Promise<T | null>;
  clearError(): void;
}

export function useApiAction(): ApiAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const inFlight = useRef(false);
  const run = useCallback(async <T,>(call: () => Promise<Result<T>>): Promise<T | null> => {
    // A second click while the first call runs would send the same change twice.
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await call();
      if (result.ok) {
        setError(null);
        return result.value;
      }
      setError(result.error);
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
