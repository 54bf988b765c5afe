/**
 * The browser-mode door: POST {name, input} as JSON to /api/invoke on the same
 * origin. The session cookie set by the printed address does the auth; the
 * server answers 200 with a Result for every call it could run (errors are
 * values), so any other status means the call never reached the app.
 */
import { TransportFailure, type Transport } from './transport';

export const INVOKE_PATH = '/api/invoke';

export function httpTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetchImpl(INVOKE_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ name, input }),
      });
    } catch (err) {
      throw new TransportFailure('unreachable', err instanceof Error ? err.message : String(err));
    }
    if (response.status === 401 || response.status === 403) throw new TransportFailure('session_expired');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TransportFailure('malformed_response', `HTTP ${response.status}`);
    }
    // A 400 or 413 still carries an error value worth showing (malformed or too large a request).
    return body;
  };
}
