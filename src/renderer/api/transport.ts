/**
 * How a call leaves the renderer: a transport sends {name, input} through one
 * door (Electron IPC or HTTP) and hands back whatever came out, unparsed.
 * Parsing and validation happen once, in result-client.ts, for both doors.
 */
export type Transport = (name: string, input: unknown) => Promise<unknown>;

/** A door that could not deliver the call at all (not an error value from the app). */
export class TransportFailure extends Error {
  constructor(
    readonly reason: 'unreachable' | 'session_expired' | 'malformed_response',
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'TransportFailure';
  }
}
