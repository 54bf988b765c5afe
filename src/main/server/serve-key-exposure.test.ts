/**
 * Where the browser-mode key may appear: in the one address line serve.ts
 * prints for the user (npm start hands its terminal to serve.ts unchanged,
 * stdio inherited), and nowhere else: not in another stdout line, not on
 * stderr, not in any file of the data folder (deal-rooms, their WAL files,
 * automatic backups, settings), whatever the session does with it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';

const repoRoot = resolve(__dirname, '../../..');
const serveEntry = join(repoRoot, 'src/main/server/serve.ts');
const LINE = /^Shinrai is running in browser mode at http:\/\/127\.0\.0\.1:(\d+)\/\?key=([A-Za-z0-9_-]+)$/;

let dir: string;
let child: ChildProcessWithoutNullStreams | undefined;

interface Reply {
  status: number;
  setCookie: string[];
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeEach(() => {
  dir = makeTempDir('shinrai-serve-key-');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Shinrai test build</title>');
});

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  removeDir(dir);
});

it('prints the key once, in the address line, and writes it to no other line and no file', { timeout: 120_000 }, async () => {
  const dataDir = join(dir, 'data');
  const proc = spawn(process.execPath, ['--import', 'tsx', serveEntry, '--port', '0', '--data', dataDir, '--explain-browser-mode'], {
    cwd: repoRoot,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SHINRAI_DATA_DIR: '', SHINRAI_RENDERER_DIR: join(dir, 'renderer') },
  });
  child = proc;
  let stdout = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8');
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (c: string) => (stderr += c));
  const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
  const started = new Promise<RegExpExecArray>((done, fail) => {
    proc.stdout.on('data', (c: string) => {
      stdout += c;
      for (const line of stdout.split('\n')) {
        const match = LINE.exec(line);
        if (match) done(match);
      }
    });
    proc.on('exit', (code) => fail(new Error(`serve.ts exited with ${code} before printing its address: ${stderr}`)));
  });
  const [, portText = '0', key = ''] = await started;
  const port = Number(portText);
  expect(key.length).toBeGreaterThanOrEqual(43);

  // A session that puts the key everywhere a client could: query strings of every
  // kind of path, Referer, a wrong Host, a body, a cookie; and makes changes, so
  // the deal-room files and their change log are written.
  const login = await send(port, `/?key=${key}`);
  expect(login.status).toBe(303);
  const cookie = login.setCookie[0]?.split(';')[0] ?? '';
  const referer = `http://127.0.0.1:${port}/?key=${key}`;
  const json = { 'Content-Type': 'application/json', Cookie: cookie, Referer: referer };
  const statuses = [
    (await send(port, `/?key=${key}`, { headers: { Host: `127.0.0.1.nip.io:${port}` } })).status,
    (await send(port, `/?key=${key}-wrong`)).status,
    (await send(port, `/missing.js?key=${key}`, { headers: { Cookie: cookie, Referer: referer } })).status,
    (await send(port, '/', { headers: { Cookie: `${cookie.split('=')[0] ?? ''}=${key}` } })).status,
    (await send(port, `/api/invoke?key=${key}`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'dealRooms.list', input: {} }) })).status,
    (await send(port, '/api/invoke', { method: 'POST', headers: json, body: JSON.stringify({ name: 'dealRooms.create', input: { name: 'Harbour Lane review' } }) })).status,
    (await send(port, '/api/invoke', { method: 'POST', headers: json, body: `{"name": "${key}"` })).status,
    (await send(port, '/api/invoke', { method: 'POST', headers: json, body: JSON.stringify({ name: key, input: {} }) })).status,
  ];
  expect(statuses).toEqual([403, 401, 404, 401, 200, 200, 400, 200]);

  proc.kill('SIGTERM');
  expect(await exited).toBe(0);

  const stdoutLines = stdout.split('\n').filter((l) => l !== '');
  expect(stdoutLines).toEqual([
    'The Electron runtime is not available on this machine, so Shinrai opens in browser mode.',
    expect.stringMatching(LINE),
    'Shinrai browser mode has stopped.',
  ]);
  expect(stdoutLines.filter((l) => l.includes(key))).toHaveLength(1);
  expect(stderr).not.toContain(key);

  const files = filesUnder(dataDir);
  expect(files.length).toBeGreaterThan(2);
  let bytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    expect(content.includes(key), `the key in ${file}`).toBe(false);
  }
  console.log(`serve.ts: key printed in 1 of ${stdoutLines.length} stdout lines, 0 of ${stderr.split('\n').filter((l) => l !== '').length} stderr lines, 0 of ${files.length} data files (${bytes.toLocaleString('en')} bytes)`);
});
