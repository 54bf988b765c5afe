/**
 * The room's proposals with their comments and decisions, read again
 * whenever the deal-room is (after every change made through `mutate`), so
 * a decision recorded a moment ago is already on the track.
 */
import { useEffect, useRef, useState } from 'react';
import type { Circulation } from '../../../shared/api/contract-ringi';
import type { ApiError } from '../../../shared/api/result';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { useApi } from '../../app/api-context';

export type CirculationLoad = { status: 'loading' } | { status: 'ready'; circulation: Circulation } | { status: 'failed'; error: ApiError };

export function useCirculation(detail: DealRoomDetail): CirculationLoad {
  const api = useApi();
  const [load, setLoad] = useState<CirculationLoad>({ status: 'loading' });
  // Answers can arrive out of order; only the newest request may update the screen.
  const latest = useRef(0);
  const dealRoomId = detail.dealRoom.id;
  useEffect(() => {
    const ticket = ++latest.current;
    void api.call('proposals.list', { dealRoomId }).then((result) => {
      if (ticket !== latest.current) return;
      setLoad((before) =>
        result.ok ? { status: 'ready', circulation: result.value } : before.status === 'ready' ? before : { status: 'failed', error: result.error },
      );
    });
  }, [api, dealRoomId, detail]);
  return load;
}
