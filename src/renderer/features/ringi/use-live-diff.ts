/** How far the live room has moved from a proposal's snapshot; asked again after every change to the room. */
import { useEffect, useRef, useState } from 'react';
import type { SnapshotDiff } from '../../../shared/api/contract-ringi';
import type { ApiError } from '../../../shared/api/result';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { useApi } from '../../app/api-context';

export type LiveDiffLoad = { status: 'loading' } | { status: 'ready'; diff: SnapshotDiff } | { status: 'failed'; error: ApiError };

export function useLiveDiff(detail: DealRoomDetail, proposalId: string): LiveDiffLoad {
  const api = useApi();
  const [load, setLoad] = useState<LiveDiffLoad>({ status: 'loading' });
  const latest = useRef(0);
  const dealRoomId = detail.dealRoom.id;
  useEffect(() => {
    const ticket = ++latest.current;
    void api.call('proposals.liveDiff', { dealRoomId, proposalId }).then((result) => {
      if (ticket !== latest.current) return;
      setLoad(result.ok ? { status: 'ready', diff: result.value } : { status: 'failed', error: result.error });
    });
  }, [api, dealRoomId, proposalId, detail]);
  return load;
}
