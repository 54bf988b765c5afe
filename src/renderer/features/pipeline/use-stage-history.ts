/**
 * A candidate's stage history, read from the store's change log. Read again
 * whenever the deal-room is (after every change), so a move made a moment ago
 * is already in it.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import type { StageHistoryEntry } from '../../../shared/domain/stage-history';
import { useApi } from '../../app/api-context';

export type StageHistoryLoad = { status: 'loading' } | { status: 'ready'; entries: StageHistoryEntry[] } | { status: 'failed'; error: ApiError };

export function useStageHistory(detail: DealRoomDetail, candidateId: string): StageHistoryLoad {
  const api = useApi();
  const [load, setLoad] = useState<StageHistoryLoad>({ status: 'loading' });
  // Answers can arrive out of order; only the newest request may update the list.
  const latest = useRef(0);
  const dealRoomId = detail.dealRoom.id;
  useEffect(() => {
    const ticket = ++latest.current;
    void api.call('pipeline.stageHistory', { dealRoomId, candidateId }).then((result) => {
      if (ticket !== latest.current) return;
      setLoad(result.ok ? { status: 'ready', entries: result.value } : { status: 'failed', error: result.error });
    });
  }, [api, dealRoomId, candidateId, detail]);
  return load;
}
