/**
 * The renderer's client against the real browser-mode server over a real
 * SQLite data directory: answers are validated, error values pass through
 * with their translated message, and failures of the door itself become
 * error values too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../main/server/http-server';
import { createTestApp, makeTempDir, removeDir, type TestApp } from '../../main/store/test-data-dir';
import { httpTransport } from './http-client';
import { findPreloadBridge, ipcTransport } from './ipc-client';
import { resultClient, type FailureWording } from './result-client';

const SECRET = 'renderer-client-test-secret-0123456789abcdef';
const wording: FailureWording = (reason) => `door:${reason}`;

let test: TestApp;
let rendererRoot: string;
let server: BrowserServer;
let cookie: string;

/** fetch as the logged-in browser would send it: same origin, with the session cookie. */
function browserFetch(withCookie: boolean): typeof fetch {
  return (input, init) =>
    fetch(`http://127.0.0.1:${server.port}${String(input)}`, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...(withCookie ? { Cookie: cookie } : {}) },
    });
}

beforeEach(async () => {
  test = createTestApp({ seedSample: true });
  rendererRoot = makeTempDir('shinrai-renderer-client-');
  mkdirSync(rendererRoot, { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Shinrai</title>');
  server = await startBrowserServer({ app: test.app, rendererDir: rendererRoot, secret: SECRET, log: () => undefined });
  const login = await fetch(`http://127.0.0.1:${server.port}/?key=${SECRET}`, { redirect: 'manual' });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});

afterEach(async () => {
  await server.close();
  test.dispose();
  removeDir(rendererRoot);
});

describe('the HTTP client', () => {
  it('lists the deal-rooms through the server, validated against the contract', async () => {
    const client = resultClient(httpTransport(browserFetch(true)), wording);
    const rooms = await client.call('dealRooms.list', { includeArchived: true });
    expect(rooms.ok).toBe(true);
    if (!rooms.ok) return;
    expect(rooms.value).toHaveLength(1);
    expect(rooms.value[0]!.comparedCount).toBe(5);
  });

  it('passes a refused score through as an error value naming the field, and nothing changes', async () => {
    const client = resultClient(httpTransport(browserFetch(true)), wording);
    const rooms = await client.call('dealRooms.list', { includeArchived: true });
    if (!rooms.ok) throw new Error('list failed');
    const dealRoomId = rooms.value[0]!.id;
    const before = await client.call('dealRooms.get', { dealRoomId });
    if (!before.ok) throw new Error('get failed');
    const score = before.value.scores[0]!;
    const refused = await client.call('scores.set', {
      dealRoomId,
      evaluatorId: score.evaluatorId,
      candidateId: score.candidateId,
      criterionId: score.criterionId,
      value: 7,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.path).toBe('value');
    expect(refused.error.message).toBe('value: must be 5 or less');
    const after = await client.call('dealRooms.get', { dealRoomId });
    if (!after.ok) throw new Error('get failed');
    expect(after.value.scores).toEqual(before.value.scores);
  });

  it('words typed text that is not a number as the API does, in the settings language', async () => {
    const client = resultClient(httpTransport(browserFetch(true)), wording);
    expect((await client.call('settings.update', { language: 'ja' })).ok).toBe(true);
    const rooms = await client.call('dealRooms.list', { includeArchived: true });
    if (!rooms.ok) throw new Error('list failed');
    const refused = await client.call('dealRooms.update', { dealRoomId: rooms.value[0]!.id, patch: { sensitivityMargin: 'abc' as unknown as number } });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.path).toBe('patch.sensitivityMargin');
    expect(refused.error.message).toBe('patch.sensitivityMargin：数値で指定してください');
  });

  it('turns a request without the session cookie into a "signed out" error value', async () => {
    const client = resultClient(httpTransport(browserFetch(false)), wording);
    const result = await client.call('dealRooms.list', { includeArchived: true });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'door:session_expired' } });
  });

  it('turns a server that is gone into an "unreachable" error value', async () => {
    const client = resultClient(httpTransport(browserFetch(true)), wording);
    await server.close();
    const result = await client.call('settings.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'door:unreachable' } });
    // Restarted so that afterEach can close it again.
    server = await startBrowserServer({ app: test.app, rendererDir: rendererRoot, secret: SECRET, log: () => undefined });
  });
});

describe('answer validation', () => {
  it('refuses an answer that is not a Result', async () => {
    const client = resultClient(async () => ({ hello: 'world' }), wording);
    expect(await client.call('settings.get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'door:malformed_response' } });
  });

  it('refuses a value that does not match the operation output', async () => {
    const client = resultClient(async () => ({ ok: true, value: { language: 'fr', lastDealRoomId: null } }), wording);
    expect(await client.call('settings.get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'door:malformed_response' } });
  });

  it('passes a well-formed value through', async () => {
    const value = { language: 'ja', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } };
    const client = resultClient(async () => ({ ok: true, value }), wording);
    expect(await client.call('settings.get', {})).toEqual({ ok: true, value });
  });
});

describe('the IPC door', () => {
  it('finds the preload bridge only when it has both methods', () => {
    const bridge = { invoke: async () => ({ ok: true, value: null }), onMenuCommand: () => () => undefined };
    expect(findPreloadBridge({ shinrai: bridge })).toBe(bridge);
    expect(findPreloadBridge({ shinrai: { invoke: bridge.invoke } })).toBeNull();
    expect(findPreloadBridge({})).toBeNull();
  });

  it('sends the name and input through the bridge and validates the answer', async () => {
    const seen: unknown[] = [];
    const bridge = {
      invoke: async (name: string, input: unknown) => {
        seen.push([name, input]);
        return test.app.invokeUnchecked(name, input);
      },
      onMenuCommand: () => () => undefined,
    };
    const client = resultClient(ipcTransport(bridge), wording);
    const settings = await client.call('settings.get', {});
    expect(settings).toEqual(test.app.invoke('settings.get', {}));
    expect(settings.ok && settings.value.language).toBe('en');
    expect(seen).toEqual([['settings.get', {}]]);
  });

  it('turns a rejected bridge call into an "unreachable" error value', async () => {
    const bridge = { invoke: async () => Promise.reject(new Error('channel closed')), onMenuCommand: () => () => undefined };
    const client = resultClient(ipcTransport(bridge), wording);
    expect(await client.call('settings.get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'door:unreachable' } });
  });
});
