/**
 * How the app protocol (app://shinrai/…) answers a request from the window:
 * which file of the built renderer, with which headers. Kept free of Electron
 * so it can be tested; app-protocol.ts turns the answer into a Response.
 */
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { APP_HOST, APP_SCHEME } from './trusted-sender';
import { contentTypeFor, resolveStaticFile } from '../server/static-files';

export interface AppResponsePlan {
  status: 200 | 400 | 403 | 404 | 405;
  headers: Record<string, string>;
  /** The file to send with status 200. */
  file?: string;
}

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function planAppResponse(rendererDir: string, requestUrl: string, method: string): AppResponsePlan {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 400, headers: { ...COMMON_HEADERS } };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 404, headers: { ...COMMON_HEADERS } };
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { ...COMMON_HEADERS, Allow: 'GET, HEAD' } };
  const found = resolveStaticFile(rendererDir, url.pathname);
  switch (found.kind) {
    case 'file':
      return {
        status: 200,
        headers: { ...COMMON_HEADERS, 'Content-Type': contentTypeFor(found.path), 'Cache-Control': 'no-cache' },
        file: found.path,
      };
    case 'bad_request':
      return { status: 400, headers: { ...COMMON_HEADERS } };
    case 'forbidden':
      return { status: 403, headers: { ...COMMON_HEADERS } };
    case 'not_found':
      return { status: 404, headers: { ...COMMON_HEADERS } };
  }
}
