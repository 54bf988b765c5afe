/**
 * Browser mode: the same renderer bundle and the same contract, served over
 * HTTP on the loopback interface for machines without the Electron runtime
 * (ENGINEERING.md, pattern 8). It is a real door, so it is locked like one:
 *
 * - it binds to a loopback address only, and refuses any peer that is not on
 *   loopback;
 * - the Host header must name the loopback address and our port (a web page
 *   elsewhere that rebinds its DNS name to 127.0.0.1 still sends its own Host);
 * - an Origin header, when the browser sends one, must be ours (no other page
 *   may post to the API);
 * - a per-launch secret, printed in the address, is swapped for an HttpOnly,
 *   SameSite=Strict cookie on first visit and then leaves the address bar.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { z } from 'zod';
import type { Language } from '../../shared/domain/entities';
import type { ApiError, Result } from '../../shared/api/result';
import { validationError } from '../../shared/api/validation-message';
import { translator } from '../../shared/i18n/translator';
import type { ShinraiApp } from '../app';
import { consoleLogger, type Logger } from '../dispatcher';
import { CONTENT_SECURITY_POLICY } from '../electron/content-security-policy';
import { unauthorizedPage } from './unauthorized-page';
import { contentTypeFor, resolveStaticFile } from './static-files';

/** Imports of a whole deal-room travel in one request; 25 MB is far above any real one. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface BrowserServerOptions {
  app: ShinraiApp;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A loopback address; anything else is refused. */
  host?: string;
  /** The per-launch key of the printed address; random when not given. */
  secret?: string;
  log?: Logger;
}

export interface BrowserServer {
  /** The address to open, with the key: http://127.0.0.1:<port>/?key=<secret> */
  url: string;
  port: number;
  close(): Promise<void>;
}

const InvokeRequest = z.object({
  name: z.string().min(1).max(200),
  input: z.unknown(),
});

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.startsWith('127.');
}

/** What the per-request check needs to know about a request, before any key or cookie is looked at. */
export interface RequestSource {
  /** The peer's address as the socket reports it. */
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
}

export type SourceRefusal = 'foreign_peer' | 'foreign_host' | 'foreign_origin';

/**
 * Why a request must be refused before anything else happens, or null to go
 * on. The listening socket is on loopback already; the peer check stays as a
 * second lock should the server ever be started on another address.
 */
export function sourceRefusal(source: RequestSource, allowedHosts: ReadonlySet<string>, allowedOrigins: ReadonlySet<string>): SourceRefusal | null {
  if (!isLoopbackAddress(source.remoteAddress)) return 'foreign_peer';
  // A request without Host (HTTP/1.0) cannot prove which name it was sent to.
  if (source.host === undefined || !allowedHosts.has(source.host)) return 'foreign_host';
  if (source.origin !== undefined && !allowedOrigins.has(source.origin)) return 'foreign_origin';
  return null;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Compares two secrets in time that does not depend on where they differ (hashes make lengths equal). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  send(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra }, body);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  send(res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra }, `${text}\n`);
}

function errorValue(error: ApiError): Result<never> {
  return { ok: false, error };
}

type BodyRead = { kind: 'ok'; body: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ kind: 'too_large' });
  return new Promise((resolveRead) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: BodyRead) => {
      if (!settled) {
        settled = true;
        resolveRead(value);
      }
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ kind: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ kind: 'ok', body: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { app, rendererDir } = options;
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? consoleLogger;
  if (!isLoopbackAddress(host)) throw new Error(`browser mode only listens on a loopback address, not "${host}"`);
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  if (secret.length < 16) throw new Error('the browser-mode secret must have at least 16 characters');
  // The cookie carries its own random token, not the key itself: the key may sit in terminal
  // scrollback, and knowing it must not be the same as holding a session.
  const sessionToken = randomBytes(32).toString('base64url');

  const language = (): Language => {
    const settings = app.invoke('settings.get', {});
    return settings.ok ? settings.value.language : 'en';
  };

  let port = 0;
  let cookieName = 'shinrai_session';
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  function refuse(res: ServerResponse, status: 403 | 404 | 405 | 400, reason: 'forbidden' | 'notFound' | 'methodNotAllowed' | 'badRequest', extra: Record<string, string> = {}): void {
    const t = translator(language());
    sendText(res, status, t(`cli:server.${reason}`), extra);
  }

  async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const lang = language();
    const t = translator(lang);
    if (req.method !== 'POST') {
      sendJson(res, 405, errorValue({ code: 'invalid_input', message: t('cli:server.methodNotAllowed') }), { Allow: 'POST' });
      return;
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      req.resume();
      sendJson(res, 415, errorValue({ code: 'invalid_input', message: t('cli:server.needsJson') }));
      return;
    }
    const read = await readBody(req, MAX_BODY_BYTES);
    if (read.kind === 'aborted') return;
    if (read.kind === 'too_large') {
      // Close the connection rather than read the rest of an oversized body.
      sendJson(res, 413, errorValue({ code: 'invalid_input', message: t('cli:server.tooLarge', { megabytes: MAX_BODY_BYTES / (1024 * 1024) }) }), { Connection: 'close' });
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.body));
    } catch {
      sendJson(res, 400, errorValue({ code: 'invalid_input', message: t('cli:server.malformedJson') }));
      return;
    }
    const request = InvokeRequest.safeParse(payload);
    if (!request.success) {
      sendJson(res, 400, errorValue(validationError(request.error, lang, payload)));
      return;
    }
    let result: Result<unknown>;
    try {
      result = app.invokeUnchecked(request.data.name, request.data.input);
    } catch (err) {
      log('error', `browser-mode call ${request.data.name} failed`, err);
      sendJson(res, 500, errorValue({ code: 'internal', message: t('errors:internal') }));
      return;
    }
    // Errors are values: a refused input is still a successful HTTP exchange.
    sendJson(res, 200, result);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'methodNotAllowed', { Allow: 'GET, HEAD' });
      return;
    }
    const found = resolveStaticFile(rendererDir, path);
    if (found.kind === 'bad_request') return refuse(res, 400, 'badRequest');
    if (found.kind === 'forbidden') return refuse(res, 403, 'forbidden');
    if (found.kind === 'not_found') return refuse(res, 404, 'notFound');
    const isIndex = found.path.endsWith('index.html');
    // Bundled assets carry a content hash in their names, so they never change under the same name.
    const cache = !isIndex && path.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-store';
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(found.path), 'Cache-Control': cache });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.path);
    stream.on('error', (err) => {
      log('error', 'browser mode could not read a renderer file', err);
      res.destroy();
    });
    stream.pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = sourceRefusal({ remoteAddress: req.socket.remoteAddress, host: req.headers.host, origin: req.headers.origin }, allowedHosts, allowedOrigins);
    if (refusal !== null) {
      req.resume();
      return refuse(res, 403, 'forbidden');
    }

    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart < 0 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = new URLSearchParams(queryStart < 0 ? '' : rawUrl.slice(queryStart + 1));

    const key = query.get('key');
    if (path === '/' && key !== null && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!sameSecret(key, secret)) return sendUnauthorized(res);
      // 303 to the bare address: the key leaves the address bar and the history entry.
      send(res, 303, {
        Location: '/',
        'Set-Cookie': `${cookieName}=${sessionToken}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return;
    }
    const cookie = cookieValue(req.headers.cookie, cookieName);
    if (cookie === undefined || !sameSecret(cookie, sessionToken)) {
      req.resume();
      return sendUnauthorized(res);
    }
    if (path === '/api/invoke') return handleInvoke(req, res);
    if (path.startsWith('/api/')) {
      req.resume();
      const t = translator(language());
      return sendJson(res, 404, errorValue({ code: 'unknown_operation', message: t('cli:server.notFound') }));
    }
    handleStatic(req, res, path);
  }

  function sendUnauthorized(res: ServerResponse): void {
    send(res, 401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, unauthorizedPage());
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log('error', 'browser mode could not answer a request', err);
      if (!res.headersSent) sendText(res, 500, translator(language())('errors:internal'));
      else res.destroy();
    });
  });
  // Requests must not hang forever on a stalled client.
  server.requestTimeout = 120_000;
  server.headersTimeout = 30_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  cookieName = `shinrai_session_${port}`;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  allowedHosts = new Set([`${hostForUrl}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://${hostForUrl}:${port}`, `http://localhost:${port}`]);

  return {
    url: `http://${hostForUrl}:${port}/?key=${encodeURIComponent(secret)}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((err) => (err ? rejectClose(err) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
