/**
 * Browser mode refuses what does not come from this user on this machine:
 * another address, a DNS-rebound or otherwise foreign Host, no Host at all;
 * and its key never reaches a log, whatever a client puts it in. The happy
 * paths and the basic refusals are in http-server.test.ts; these run against
 * a real server on a real port in front of a real app over a fresh data folder.
 */
import { connect, createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShinraiApp } from '../app';
import { createTestApp, makeTempDir, removeDir, type TestApp } from '../store/test-data-dir';
import { sourceRefusal, startBrowserServer, type BrowserServer } from './http-server';

const SECRET = 'refusal-test-key-8d1f0c2b7a6e5d4c3b2a1908';

interface Reply {
  status: number;
  body: string;
  setCookie: string[];
}

interface SendOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** false sends no Host header at all. */
  setHost?: boolean;
}

function send(port: number, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers ?? {},
        setHost: options.setHost ?? true,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), setCookie: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Sends raw bytes (for an HTTP/1.0 request, which may leave out Host) and returns the status line. */
function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer.split('\r\n', 1)[0] ?? ''));
    socket.on('error', reject);
  });
}

/** Resolves with the error code of a TCP connection attempt, or 'connected'. */
function tryConnect(address: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 10_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

/** This machine's addresses that are not loopback (link-local IPv6 needs a scope and is left out). */
function externalAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !(entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80:')))
    .map((entry) => entry.address);
}

let test: TestApp;
let root: string;
let rendererDir: string;
let server: BrowserServer;
let serverLog: string[];

function startOn(app: ShinraiApp): Promise<BrowserServer> {
  return startBrowserServer({
    app,
    rendererDir,
    secret: SECRET,
    log: (level, message, detail) => serverLog.push(`${level} ${message} ${detail instanceof Error ? `${detail.message}\n${detail.stack ?? ''}` : JSON.stringify(detail)}`),
  });
}

async function login(port: number): Promise<string> {
  const reply = await send(port, { path: `/?key=${SECRET}` });
  return reply.setCookie[0]?.split(';')[0] ?? '';
}

beforeEach(async () => {
  test = createTestApp({ seedSample: true });
  root = makeTempDir('shinrai-refusals-');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Shinrai</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-5be1.js'), 'console.log("bundle")');
  serverLog = [];
  server = await startOn(test.app);
});

afterEach(async () => {
  await server.close();
  test.dispose();
  removeDir(root);
});

describe('requests from another address', () => {
  const external = externalAddresses();

  it.skipIf(external.length === 0)(
    `cannot even connect through this machine's other addresses (${external.join(', ') || 'none on this machine: skipped'})`,
    async () => {
      // A control on the same addresses: a socket bound to every interface is reachable
      // there, so a refusal below is the browser-mode binding, not a firewall.
      const open: TcpServer = createTcpServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => open.listen(0, '::', resolve));
      const openPort = (open.address() as { port: number }).port;
      try {
        for (const address of external) {
          expect(await tryConnect(address, openPort), `control socket on ${address}`).toBe('connected');
          expect(await tryConnect(address, server.port), `browser mode on ${address}:${server.port}`).toBe('ECONNREFUSED');
        }
      } finally {
        await new Promise<void>((resolve) => open.close(() => resolve()));
      }
      console.log(`browser mode: ${external.length} non-loopback addresses tried (${external.join(', ')}), all refused the connection`);
      // The loopback address itself is open to the same port.
      expect(await tryConnect('127.0.0.1', server.port)).toBe('connected');
    },
  );

  it('refuses a peer that is not on loopback in the per-request check, before Host, Origin or key matter', () => {
    const hosts = new Set(['127.0.0.1:4100', 'localhost:4100']);
    const origins = new Set(['http://127.0.0.1:4100', 'http://localhost:4100']);
    const good = { host: '127.0.0.1:4100', origin: 'http://127.0.0.1:4100' };
    for (const remoteAddress of ['192.0.2.2', '10.0.0.7', '::ffff:192.168.1.20', 'fd00::2', 'fe80::1', '0.0.0.0', '::', '', undefined]) {
      expect(sourceRefusal({ ...good, remoteAddress }, hosts, origins), `peer ${String(remoteAddress)}`).toBe('foreign_peer');
    }
    for (const remoteAddress of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1']) {
      expect(sourceRefusal({ ...good, remoteAddress }, hosts, origins), `peer ${remoteAddress}`).toBeNull();
    }
    expect(sourceRefusal({ remoteAddress: '127.0.0.1', host: 'localhost:4100', origin: undefined }, hosts, origins)).toBeNull();
    expect(sourceRefusal({ remoteAddress: '127.0.0.1', host: undefined, origin: undefined }, hosts, origins)).toBe('foreign_host');
    expect(sourceRefusal({ remoteAddress: '127.0.0.1', host: '127.0.0.1:4100', origin: 'http://evil.example' }, hosts, origins)).toBe('foreign_origin');
  });
});

describe('the Host header', () => {
  it('refuses DNS-rebinding names, other ports and look-alikes with 403, even with the key or the session cookie', async () => {
    const cookie = await login(server.port);
    expect(cookie).toMatch(/^shinrai_session_\d+=/);
    const port = server.port;
    const foreignHosts = [
      `127.0.0.1.nip.io:${port}`,
      `localhost.evil.com:${port}`,
      `localhost.:${port}`,
      `127.1:${port}`,
      `2130706433:${port}`,
      `[::1]:${port}`,
      `127.0.0.1:${port + 1}`,
      `localhost:${port === 80 ? 81 : 80}`,
      `127.0.0.1:${port}@evil.example`,
      `127.0.0.1:0${port}`,
      `127.0.0.1`,
      `localhost`,
    ];
    for (const host of foreignHosts) {
      const withKey = await send(port, { path: `/?key=${SECRET}`, headers: { Host: host } });
      expect(withKey.status, `key with Host "${host}"`).toBe(403);
      expect(withKey.setCookie, `no session handed out for Host "${host}"`).toEqual([]);
      const withCookie = await send(port, { headers: { Host: host, Cookie: cookie } });
      expect(withCookie.status, `cookie with Host "${host}"`).toBe(403);
      const api = await send(port, {
        method: 'POST',
        path: '/api/invoke',
        headers: { Host: host, Cookie: cookie, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'dealRooms.create', input: { name: 'Planted through a rebound name' } }),
      });
      expect(api.status, `API with Host "${host}"`).toBe(403);
      expect(api.body).not.toContain('"ok"');
    }
    console.log(`browser mode: ${foreignHosts.length} foreign Host values refused (key, cookie and API each)`);
    const rooms = test.app.invoke('dealRooms.list', {});
    expect(rooms.ok && rooms.value.map((r) => r.name)).not.toContain('Planted through a rebound name');
    // The same cookie still works under the app's own name: the refusals were about the Host alone.
    expect((await send(port, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('refuses a request without a Host header or with an empty one', async () => {
    const cookie = await login(server.port);
    // HTTP/1.1 requires Host, so Node's own parser answers 400 before our handler runs.
    const keyless = await send(server.port, { path: `/?key=${SECRET}`, setHost: false });
    expect([keyless.status, keyless.setCookie]).toEqual([400, []]);
    expect((await send(server.port, { headers: { Cookie: cookie }, setHost: false })).status).toBe(400);
    // HTTP/1.0 may leave Host out and an empty one passes the parser: both reach our check.
    expect(await sendRaw(server.port, `GET /?key=${SECRET} HTTP/1.0\r\n\r\n`)).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(await sendRaw(server.port, `GET / HTTP/1.0\r\nCookie: ${cookie}\r\n\r\n`)).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(await sendRaw(server.port, `GET /?key=${SECRET} HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n`)).toBe('HTTP/1.1 403 Forbidden');
    expect(await sendRaw(server.port, `GET / HTTP/1.1\r\nHost: \r\nCookie: ${cookie}\r\nConnection: close\r\n\r\n`)).toBe('HTTP/1.1 403 Forbidden');
  });
});

describe('the key in logs', () => {
  it('never appears in any log line of a whole session, errors included, wherever a client puts it', async () => {
    // The same app, except that one made-up operation fails the way a bug would,
    // so the session also goes through the server's error log.
    const failing: ShinraiApp = {
      ...test.app,
      invokeUnchecked: (name: string, input: unknown) => {
        if (name === 'test.explode') throw new Error(`internal failure while handling ${JSON.stringify(input)}`);
        return test.app.invokeUnchecked(name, input);
      },
    };
    await server.close();
    server = await startOn(failing);
    const port = server.port;

    const consoleLines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleLines.push(args.map(String).join(' '));
      }),
    );
    const streamSpies = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        consoleLines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      }),
    );
    const referer = `http://127.0.0.1:${port}/?key=${SECRET}`;
    let statuses: number[] = [];
    try {
      const cookie = await login(port);
      const json = { 'Content-Type': 'application/json', Cookie: cookie };
      const replies = await Promise.all([
        send(port, { path: `/?key=${SECRET}x` }),
        send(port, { path: `/?key=${encodeURIComponent(SECRET)}&then=%2Fapi`, headers: { Referer: referer } }),
        send(port, { path: `/assets/index-5be1.js?key=${SECRET}`, headers: { Cookie: cookie, Referer: referer } }),
        send(port, { path: `/assets/missing.js?key=${SECRET}`, headers: { Cookie: cookie, Referer: referer } }),
        send(port, { path: `/../outside?key=${SECRET}`, headers: { Cookie: cookie } }),
        send(port, { path: `/?key=${SECRET}`, headers: { Host: `127.0.0.1.nip.io:${port}`, Referer: referer } }),
        send(port, { path: `/?key=${SECRET}`, headers: { Origin: 'https://evil.example', Referer: referer } }),
        send(port, { method: 'POST', path: `/api/invoke?key=${SECRET}`, headers: { ...json, Referer: referer }, body: JSON.stringify({ name: 'dealRooms.list', input: {} }) }),
        send(port, { method: 'POST', path: '/api/invoke', headers: { ...json, Referer: referer }, body: `{"name": "${SECRET}", "input": {` }),
        send(port, { method: 'POST', path: '/api/invoke', headers: { ...json, Referer: referer }, body: JSON.stringify({ name: 'dealRooms.create', input: { name: 42, key: SECRET } }) }),
        send(port, { method: 'POST', path: '/api/invoke', headers: { ...json, Referer: referer }, body: JSON.stringify({ name: 'test.explode', input: {} }) }),
        send(port, { method: 'POST', path: `/api/other?key=${SECRET}`, headers: json, body: '{}' }),
        send(port, { method: 'PUT', path: `/index.html?key=${SECRET}`, headers: { Cookie: cookie } }),
        send(port, { headers: { Cookie: `shinrai_session_${port}=${SECRET}` } }),
      ]);
      statuses = replies.map((r) => r.status);
    } finally {
      await server.close();
      server = await startOn(test.app);
      for (const spy of [...spies, ...streamSpies]) spy.mockRestore();
    }

    expect(statuses).toEqual([401, 303, 200, 404, 403, 403, 403, 200, 400, 200, 500, 404, 405, 401]);
    const everything = [...serverLog, ...test.logs.map((l) => `${l.level} ${l.message} ${l.detail instanceof Error ? `${l.detail.message}\n${l.detail.stack ?? ''}` : JSON.stringify(l.detail)}`), ...consoleLines];
    // The capture did catch the session's failures: the made-up bug was logged.
    expect(serverLog.some((line) => line.startsWith('error browser-mode call test.explode failed'))).toBe(true);
    console.log(`browser mode: one session of ${statuses.length} requests, ${everything.length} log lines captured, the key found in ${everything.filter((l) => l.includes(SECRET)).length}`);
    for (const line of everything) {
      expect(line).not.toContain(SECRET);
      expect(line).not.toContain(encodeURIComponent(SECRET));
    }
  });
});
