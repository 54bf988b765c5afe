/**
 * The open deal-room: its detail as fetched from the API, the analysis the
 * engine computes from it in memory (so the matrix follows every edit), and
 * `mutate`, which runs a contract call and re-fetches on success so that every
 * screen shows what was actually stored. A score edit is shown at once
 * (local-room-patch.ts) while the re-read runs in the background.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/result';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { analyseDealRoom, type DealRoomAnalysis } from '../../shared/engine/analyse-deal-room';
import { useApi } from './api-context';
import { localRoomPatch } from './local-room-patch';

export interface DealRoomState {
  detail: DealRoomDetail;
  analysis: DealRoomAnalysis;
  refresh(): Promise<void>;
  mutate<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
}

const DealRoomContext = createContext<DealRoomState | null>(null);

export function useDealRoom(): DealRoomState {
  const value = useContext(DealRoomContext);
  if (!value) throw new Error('useDealRoom must be used inside <DealRoomProvider>');
  return value;
}

type Load = { status: 'loading' } | { status: 'ready'; detail: DealRoomDetail } | { status: 'failed'; error: ApiError };

interface DealRoomProviderProps {
  dealRoomId: string;
  /** Each change asks for the room to be read again (e.g. after a change made through another door). */
  reloadToken?: number;
  /** Called after every successful change, so lists elsewhere (the sidebar) can refresh. */
  onChanged: () => void;
  loading: ReactNode;
  failed: (error: ApiError, retry: () => void) => ReactNode;
  children: ReactNode;
}

export function DealRoomProvider({ dealRoomId, reloadToken = 0, onChanged, loading, failed, children }: DealRoomProviderProps) {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  // Answers can arrive out of order; only the newest request may update the screen.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await api.call('dealRooms.get', { dealRoomId });
    if (ticket !== latest.current) return;
    setLoad(result.ok ? { status: 'ready', detail: result.value } : { status: 'failed', error: result.error });
  }, [api, dealRoomId]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    void refresh();
  }, [refresh]);

  const seenReload = useRef(reloadToken);
  useEffect(() => {
    if (reloadToken === seenReload.current) return;
    seenReload.current = reloadToken;
    // Re-read in place: the screens keep their state and show the stored values.
    void refresh();
  }, [reloadToken, refresh]);

  const mutate = useCallback(
    async <N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> => {
      const result = await api.call(name, input);
      if (!result.ok) return result;
      const patch = localRoomPatch(name, input, new Date().toISOString());
      if (patch) {
        // Shown at once; the re-read below replaces it with what was stored (newest request wins).
        setLoad((l) => (l.status === 'ready' ? { status: 'ready', detail: patch(l.detail) } : l));
        void refresh().then(onChanged);
        return result;
      }
      await refresh();
      onChanged();
      return result;
    },
    [api, refresh, onChanged],
  );

  const detail = load.status === 'ready' ? load.detail : null;
  const analysis = useMemo(() => (detail ? analyseDealRoom(detail) : null), [detail]);

  if (load.status === 'loading') return <>{loading}</>;
  if (load.status === 'failed') return <>{failed(load.error, () => void refresh())}</>;
  if (!detail || !analysis) return null;
  return <DealRoomContext.Provider value={{ detail, analysis, refresh, mutate }}>{children}</DealRoomContext.Provider>;
}
