/**
 * Picks the door once, at boot: the Electron preload bridge when the page runs
 * in Shinrai's window, otherwise HTTP to the browser-mode server that served it.
 */
import type { ApiClient, PreloadBridge } from '../../shared/api/client';
import { httpTransport } from './http-client';
import { findPreloadBridge, ipcTransport } from './ipc-client';
import { resultClient, type FailureWording } from './result-client';

export interface ChosenClient {
  client: ApiClient;
  /** Present in Electron only: where native menu commands arrive. */
  bridge: PreloadBridge | null;
  door: 'ipc' | 'http';
}

export function chooseClient(wording: FailureWording, host: object = window): ChosenClient {
  const bridge = findPreloadBridge(host);
  if (bridge) return { client: resultClient(ipcTransport(bridge), wording), bridge, door: 'ipc' };
  return { client: resultClient(httpTransport(), wording), bridge: null, door: 'http' };
}
