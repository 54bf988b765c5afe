/**
 * The one ApiClient, handed down through React context so that every screen
 * calls the contract the same way, whichever door was chosen at boot.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient, PreloadBridge } from '../../shared/api/client';

interface ApiContextValue {
  client: ApiClient;
  bridge: PreloadBridge | null;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, bridge, children }: { client: ApiClient; bridge: PreloadBridge | null; children: ReactNode }) {
  return <ApiContext.Provider value={{ client, bridge }}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}

/** The Electron bridge, for native menu commands; null in browser mode. */
export function usePreloadBridge(): PreloadBridge | null {
  return useApiContext().bridge;
}
