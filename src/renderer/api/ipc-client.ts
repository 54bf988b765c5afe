/**
 * The Electron door: the preload exposes `window.shinrai` (a PreloadBridge)
 * with one `invoke(name, input)`; the main process answers with a Result.
 */
import type { PreloadBridge } from '../../shared/api/client';
import { TransportFailure, type Transport } from './transport';

/** The bridge, when this page runs inside Shinrai's Electron window; null in a browser. */
export function findPreloadBridge(host: object = window): PreloadBridge | null {
  const candidate = (host as { shinrai?: unknown }).shinrai;
  if (
    candidate !== null &&
    typeof candidate === 'object' &&
    typeof (candidate as PreloadBridge).invoke === 'function' &&
    typeof (candidate as PreloadBridge).onMenuCommand === 'function'
  ) {
    return candidate as PreloadBridge;
  }
  return null;
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return async (name, input) => {
    try {
      return await bridge.invoke(name, input);
    } catch (err) {
      // The bridge rejects only when the main process is gone or refused the channel.
      throw new TransportFailure('unreachable', err instanceof Error ? err.message : String(err));
    }
  };
}
