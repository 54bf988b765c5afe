/**
 * Serving the renderer from a privileged custom scheme, app://shinrai/,
 * rather than from file://. A real origin lets the CSP say 'self' and mean
 * only the bundle, lets isTrustedSender compare one exact origin, and keeps
 * the page from reading arbitrary local files the way a file:// page may.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { planAppResponse } from './app-request';
import { APP_SCHEME } from './trusted-sender';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard + secure give app://shinrai a real, secure origin ('self' in the CSP); the bundle's
      // module script and fonts are fetched in CORS mode, which a custom scheme must opt into.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const plan = planAppResponse(rendererDir, request.url, request.method);
    if (plan.status !== 200 || plan.file === undefined) return new Response(null, { status: plan.status, headers: plan.headers });
    const body = request.method === 'HEAD' ? null : await readFile(plan.file);
    return new Response(body, { status: 200, headers: plan.headers });
  });
}
