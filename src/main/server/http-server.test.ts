/**
 * The browser-mode server on a real port, in front of a real app over a
 * fresh data directory (seeded with the sample, as a first start is).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../electron/content-security-policy';
import { createTestApp, makeTempDir, removeDir, type TestApp } from '../store/test-data-dir';
import { isLoopbackAddress, MAX_BODY_BYTES, startBrowserServer, type BrowserServer } from './http-server';

const SECRET = 'test-secret-0123456789abcdefghijklmnop';
const sample = JSON.parse(readFileSync(join(__dirname, '../../../resources/sample/medtech-japan.json'), 'utf8')) as {
  dealRoom: { name: string };
  candidates: unknown[];
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function send(port: number, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let test: TestApp;
let root: string;
let rendererDir: string;
let server: BrowserServer;
let cookie: string;

async function login(): Promise<string> {
  const reply = await send(server.port, { path: `/?key=${SECRET}` });
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  return setCookie.split(';')[0] ?? '';
}

function invoke(name: unknown, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
    body: JSON.stringify({ name, input }),
  });
}

beforeEach(async () => {
  test = createTestApp({ seedSample: true });
  root = makeTempDir('shinrai-renderer-');
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Shinrai</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-3f2a.js'), 'console.log("bundle")');
  writeFileSync(join(rendererDir, 'assets', 'noto-sans-jp-400.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  // A file beside the renderer folder that no request may reach.
  writeFileSync(join(root, 'package.json'), '{"private-marker": "outside the renderer"}');
  server = await startBrowserServer({ app: test.app, rendererDir, secret: SECRET, log: (level, message, detail) => test.logs.push({ level, message, detail }) });
  cookie = await login();
});

afterEach(async () => {
  await server.close();
  test.dispose();
  removeDir(root);
});

describe('address and binding', () => {
  it('prints an address on 127.0.0.1 with the key', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?key=${SECRET}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses to listen on anything but loopback', async () => {
    await expect(startBrowserServer({ app: test.app, rendererDir, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('knows which peer addresses are loopback', () => {
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('127.8.9.10')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.20')).toBe(false);
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackAddress('fe80::1')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('makes a fresh secret for each start when none is given', async () => {
    const other = await startBrowserServer({ app: test.app, rendererDir });
    try {
      const key = new URL(other.url).searchParams.get('key') ?? '';
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(key).not.toBe(SECRET);
    } finally {
      await other.close();
    }
  });
});

describe('the key and the session cookie', () => {
  it('answers 401 with a page in both languages without the key', async () => {
    const reply = await send(server.port, { path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('Open Shinrai from its terminal');
    expect(reply.body).toContain('Shinrai は起動したターミナルから開いてください');
    expect(reply.body).not.toContain(SECRET);
  });

  it('answers 401 to a wrong key and to the API without a cookie', async () => {
    expect((await send(server.port, { path: '/?key=wrong-key-wrong-key-wrong' })).status).toBe(401);
    const api = await send(server.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'dealRooms.list', input: {} }),
    });
    expect(api.status).toBe(401);
    expect(api.body).not.toContain(sample.dealRoom.name);
  });

  it('swaps the key for an HttpOnly, SameSite=Strict cookie and redirects to /', async () => {
    const reply = await send(server.port, { path: `/?key=${SECRET}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const setCookie = reply.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^shinrai_session_${server.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    // The cookie is a session token of its own, not the key.
    expect(setCookie).not.toContain(SECRET);
  });

  it('refuses a forged cookie', async () => {
    const reply = await send(server.port, { path: '/', headers: { Cookie: `shinrai_session_${server.port}=${SECRET}` } });
    expect(reply.status).toBe(401);
  });
});

describe('with the session cookie', () => {
  it('serves index.html with the security headers', async () => {
    const reply = await send(server.port, { path: '/', headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<div id="root">');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their content types (fonts as font/woff2)', async () => {
    const font = await send(server.port, { path: '/assets/noto-sans-jp-400.woff2', headers: { Cookie: cookie } });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    const script = await send(server.port, { path: '/assets/index-3f2a.js', headers: { Cookie: cookie } });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(script.body).toBe('console.log("bundle")');
    expect((await send(server.port, { path: '/assets/missing.js', headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('answers the API: dealRooms.list returns the sample deal-room', async () => {
    const reply = await invoke('dealRooms.list', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(reply.body) as { ok: boolean; value: { name: string; candidateCount: number }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((r) => r.name)).toEqual([sample.dealRoom.name]);
    expect(result.value[0]?.candidateCount).toBe(sample.candidates.length);
  });

  it('accepts an Origin of its own, on either loopback name', async () => {
    const a = await invoke('settings.get', {}, { Origin: `http://127.0.0.1:${server.port}` });
    const b = await invoke('settings.get', {}, { Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(JSON.parse(a.body)).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(JSON.parse(b.body)).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});

describe('refused requests', () => {
  it('refuses a foreign Host with 403, even with the key or the cookie', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1']) {
      expect((await send(server.port, { path: `/?key=${SECRET}`, headers: { Host: host } })).status).toBe(403);
      expect((await send(server.port, { path: '/', headers: { Host: host, Cookie: cookie } })).status).toBe(403);
    }
  });

  it('refuses a foreign Origin with 403 and changes nothing', async () => {
    for (const origin of ['https://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const reply = await invoke('dealRooms.create', { name: 'Planted by another page' }, { Origin: origin });
      expect(reply.status).toBe(403);
    }
    const listed = JSON.parse((await invoke('dealRooms.list', {})).body) as { value: { name: string }[] };
    expect(listed.value.map((r) => r.name)).toEqual([sample.dealRoom.name]);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/..\\package.json']) {
      const reply = await send(server.port, { path, headers: { Cookie: cookie } });
      expect([403, 404], `${path} answered ${reply.status}`).toContain(reply.status);
      expect(reply.body).not.toContain('private-marker');
    }
    expect((await send(server.port, { path: '/%00index.html', headers: { Cookie: cookie } })).status).toBe(400);
    expect((await send(server.port, { path: '/%E0%A4%A', headers: { Cookie: cookie } })).status).toBe(400);
  });

  it('allows only GET and HEAD for files and POST for the API', async () => {
    const put = await send(server.port, { method: 'PUT', path: '/index.html', headers: { Cookie: cookie } });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD');
    const get = await send(server.port, { path: '/api/invoke', headers: { Cookie: cookie } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const head = await send(server.port, { method: 'HEAD', path: '/', headers: { Cookie: cookie } });
    expect([head.status, head.body]).toEqual([200, '']);
  });
});

describe('the API with bad input', () => {
  it('refuses every operation given malformed input, with a message, and keeps serving', async () => {
    for (const name of operationNames) {
      for (const input of [{ bogus: 1 }, 42, 'text', [1, 2]]) {
        const reply = await invoke(name, input);
        expect(reply.status, `${name} with ${JSON.stringify(input)}`).toBe(200);
        const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
        expect(result.ok, `${name} with ${JSON.stringify(input)}`).toBe(false);
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(3);
      }
    }
    const last = JSON.parse((await invoke('dealRooms.list', {})).body) as { ok: boolean; value: unknown[] };
    expect(last.ok).toBe(true);
    expect(last.value).toHaveLength(1);
  });

  it('names an unknown operation', async () => {
    const result = JSON.parse((await invoke('dealRooms.drop', {})).body) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toEqual({ ok: false, error: { code: 'unknown_operation', message: 'There is no operation called "dealRooms.drop".' } });
  });

  it('answers 400 with an error value to malformed JSON and to a request without a name', async () => {
    const broken = await send(server.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{"name": "dealRooms.list", "input": {',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
    const nameless = await send(server.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ input: {} }),
    });
    expect(nameless.status).toBe(400);
    expect(JSON.parse(nameless.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name', message: 'name: is required' } });
  });

  it('answers in the language of the settings', async () => {
    await invoke('settings.update', { language: 'ja' });
    const broken = await send(server.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: 'not json',
    });
    expect(JSON.parse(broken.body)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'リクエストの本文が正しいJSONではありません。' } });
  });

  it('needs Content-Type application/json', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'Content-Type': 'text/plain', Cookie: cookie },
      body: JSON.stringify({ name: 'dealRooms.list', input: {} }),
    });
    expect(reply.status).toBe(415);
    expect((JSON.parse(reply.body) as { ok: boolean }).ok).toBe(false);
    const withCharset = await invoke('dealRooms.list', {}, { 'Content-Type': 'application/json; charset=utf-8' });
    expect(withCharset.status).toBe(200);
  });

  it('answers 413 to a body over the limit, declared or streamed, and keeps serving', async () => {
    const declared = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/invoke',
          headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Content-Length': String(MAX_BODY_BYTES + 1) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.write('{"name":');
    });
    expect(declared).toBe(413);

    const streamed = await new Promise<number>((resolve) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/invoke', headers: { 'Content-Type': 'application/json', Cookie: cookie } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The server may close the connection while the rest is still being written.
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(streamed).toBe(413);

    const after = JSON.parse((await invoke('dealRooms.list', {})).body) as { ok: boolean };
    expect(after.ok).toBe(true);
  });

  it('never writes the key to the log', async () => {
    await send(server.port, { path: '/?key=wrong' });
    await invoke('nope', {});
    await send(server.port, { path: '/../x', headers: { Cookie: cookie } });
    expect(JSON.stringify(test.logs)).not.toContain(SECRET);
  });
});
