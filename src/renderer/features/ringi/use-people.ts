/**
 * The data folder's people (profiles, routes, who is acting), shared by the
 * top bar's switch and the circulation screen without a provider of its own:
 * one small store per API client, read with useSyncExternalStore, so a
 * profile switched in the top bar is the acting profile on the screen at once.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { People } from '../../../shared/api/contract-ringi';
import type { ApiClient } from '../../../shared/api/client';
import type { ApiError } from '../../../shared/api/result';
import { useApi } from '../../app/api-context';

export type PeopleLoad = { status: 'loading' } | { status: 'ready'; people: People } | { status: 'failed'; error: ApiError };

class PeopleStore {
  private load: PeopleLoad = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private started = false;
  // Answers can arrive out of order; only the newest may replace what is shown.
  private ticket = 0;

  constructor(private readonly api: ApiClient) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.load;

  startOnce() {
    if (this.started) return;
    this.started = true;
    void this.reload();
  }

  async reload(): Promise<void> {
    const ticket = ++this.ticket;
    const result = await this.api.call('people.get', {});
    if (ticket !== this.ticket) return;
    // A failed re-read keeps the people already shown; only a first failure is shown as such.
    if (!result.ok && this.load.status === 'ready') return;
    this.set(result.ok ? { status: 'ready', people: result.value } : { status: 'failed', error: result.error });
  }

  set(load: PeopleLoad) {
    this.load = load;
    for (const l of this.listeners) l();
  }
}

const stores = new WeakMap<ApiClient, PeopleStore>();

function storeFor(api: ApiClient): PeopleStore {
  let store = stores.get(api);
  if (!store) {
    store = new PeopleStore(api);
    stores.set(api, store);
  }
  return store;
}

export interface PeopleState {
  load: PeopleLoad;
  people: People | null;
  reload(): Promise<void>;
  /** Shows people the store has just answered with (setActing returns them whole). */
  show(people: People): void;
}

export function usePeople(): PeopleState {
  const api = useApi();
  const store = storeFor(api);
  const load = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => store.startOnce(), [store]);
  const reload = useCallback(() => store.reload(), [store]);
  const show = useCallback((people: People) => store.set({ status: 'ready', people }), [store]);
  return { load, people: load.status === 'ready' ? load.people : null, reload, show };
}
