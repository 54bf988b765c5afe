/**
 * Serving the built renderer (out/renderer) as files, for the browser-mode
 * server and for Electron's app protocol alike: which file a request path
 * names, without ever leaving the renderer folder, and its content type.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file; unknown kinds are sent as opaque bytes (with nosniff, never guessed). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; path: string }
  /** The path is malformed (bad percent-encoding, a NUL byte). */
  | { kind: 'bad_request' }
  /** The path points outside the renderer folder. */
  | { kind: 'forbidden' }
  | { kind: 'not_found' };

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Maps a request path ("/assets/index-3f2a.js", "/") to a file in `rootDir`.
 * The path is percent-decoded once, resolved against the root and checked to
 * stay inside it, both as written and after following symbolic links, so
 * "/../package.json" and "/..%2fpackage.json" cannot reach anything else.
 */
export function resolveStaticFile(rootDir: string, requestPath: string): StaticLookup {
  const pathOnly = requestPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return { kind: 'bad_request' };
  }
  if (decoded.includes('\0')) return { kind: 'bad_request' };
  if (!decoded.startsWith('/')) decoded = `/${decoded}`;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const root = resolve(rootDir);
  const target = resolve(root, `.${decoded}`);
  if (!isInside(root, target)) return { kind: 'forbidden' };
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(target);
  } catch {
    return { kind: 'not_found' };
  }
  if (!isInside(realRoot, real)) return { kind: 'forbidden' };
  try {
    if (!statSync(real).isFile()) return { kind: 'not_found' };
  } catch {
    return { kind: 'not_found' };
  }
  return { kind: 'file', path: real };
}
