/**
 * Which frames may call into the main process. Every IPC message carries the
 * URL of the frame that sent it; only pages of our own origin may invoke the
 * contract (Electron security checklist: validate the sender of all IPC
 * messages). A page that somehow navigated elsewhere, or an iframe of another
 * origin, is refused even though it shares the preload.
 */

/** The privileged scheme the renderer is served from (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shinrai';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * True when `url` belongs to the app's origin, or to the electron-vite dev
 * server when one is given (development only: its address is set by
 * electron-vite in ELECTRON_RENDERER_URL and is always on loopback).
 */
export function isTrustedSender(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials in a URL are never ours, and would let "app://shinrai@evil" tricks through naive checks.
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl === undefined || devServerUrl === '') return false;
  let dev: URL;
  try {
    dev = new URL(devServerUrl);
  } catch {
    return false;
  }
  if (dev.protocol !== 'http:' || !isLoopbackHostname(dev.hostname)) return false;
  return parsed.origin === dev.origin;
}

function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
