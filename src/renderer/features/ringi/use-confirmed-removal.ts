/**
 * Deleting a row of the people dialog (a profile, a route): the row asks
 * first, one row at a time, and the list is read again after the deletion.
 */
import { useState } from 'react';
import type { Result } from '../../../shared/api/result';
import { useApiAction } from '../../app/use-api-action';

export function useConfirmedRemoval(call: (id: string) => Promise<Result<unknown>>, onChanged: () => Promise<void>) {
  const action = useApiAction();
  const [confirming, setConfirming] = useState<string | null>(null);
  return {
    confirming,
    busy: action.busy,
    error: action.error,
    ask(id: string) {
      setConfirming(id);
      action.clearError();
    },
    cancel() {
      setConfirming(null);
      action.clearError();
    },
    async remove(id: string) {
      const done = await action.run(() => call(id));
      if (done) {
        setConfirming(null);
        await onChanged();
      }
    },
  };
}
