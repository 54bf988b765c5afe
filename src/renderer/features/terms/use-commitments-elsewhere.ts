/**
 * The exclusive and conditional rights partners hold in other deal-rooms as
 * of the chosen date (terms.commitmentsElsewhere). The answer for an older
 * date can arrive after a newer one while the slider moves: only the newest
 * request may update the view.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { ExternalCommitment } from '../../../shared/domain/terms';
import { useApi } from '../../app/api-context';

export type CommitmentsLoad = { status: 'loading' } | { status: 'ready'; commitments: ExternalCommitment[] } | { status: 'failed'; error: ApiError };

export function useCommitmentsElsewhere(dealRoomId: string, asOf: string): CommitmentsLoad {
  const api = useApi();
  const [load, setLoad] = useState<CommitmentsLoad>({ status: 'loading' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    void api.call('terms.commitmentsElsewhere', { dealRoomId, asOf }).then((result) => {
      if (ticket !== latest.current) return;
      setLoad(result.ok ? { status: 'ready', commitments: result.value } : { status: 'failed', error: result.error });
    });
  }, [api, dealRoomId, asOf]);
  return load;
}
