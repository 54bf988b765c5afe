/**
 * serve.ts as `npm start` and the end-to-end tests run it: a real process
 * on a free port, over a fresh data folder, stopped by a signal.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { parseServeArguments } from './serve-arguments';

const repoRoot = resolve(__dirname, '../../..');
const serveEntry = join(repoRoot, 'src/main/server/serve.ts');
const LINE = /^Shinrai is running in browser mode at (http:\/\/127\.0\.0\.1:(\d+)\/\?key=([A-Za-z0-9_-]+))$/;

let dir: string;
let child: ChildProcessWithoutNullStreams | undefined;

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', SHINRAI_DATA_DIR: '', SHINRAI_RENDERER_DIR: join(dir, 'renderer'), ...extra };
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** Resolves with every stdout line once `until` matches one, or rejects when the process ends first. */
function readLines(proc: ChildProcessWithoutNullStreams, until: RegExp): Promise<string[]> {
  return new Promise((done, fail) => {
    let buffer = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8');
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (c: string) => (stderr += c));
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      if (lines.some((l) => until.test(l))) done(lines.filter((l) => l !== ''));
    });
    proc.on('exit', (code) => fail(new Error(`serve.ts exited with ${code} before printing its address: ${stderr}`)));
  });
}

beforeEach(() => {
  dir = makeTempDir('shinrai-serve-');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Shinrai test build</title>');
});

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  removeDir(dir);
});

describe('serve.ts', { timeout: 120_000 }, () => {
  it('prints one address line, serves the app behind its key and stops cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', serveEntry, '--port', '0', '--data', join(dir, 'data')], { cwd: repoRoot, env: env() });
    const lines = await readLines(child, LINE);
    expect(lines).toHaveLength(1);
    const [, url = '', port = '0', key = ''] = LINE.exec(lines[0] ?? '') ?? [];
    expect(key).toHaveLength(43);

    const login = await get(Number(port), new URL(url).pathname + new URL(url).search);
    expect(login.status).toBe(303);
    const cookie = String((login.headers['set-cookie'] as string[] | undefined)?.[0] ?? '').split(';')[0] ?? '';
    const page = await get(Number(port), '/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Shinrai test build');

    const exited = new Promise<number | null>((done) => child?.on('exit', (code) => done(code)));
    const rest = new Promise<string>((done) => {
      let out = '';
      child?.stdout.on('data', (c: string) => (out += c));
      child?.on('exit', () => done(out));
    });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await rest).toBe('Shinrai browser mode has stopped.\n');
  });

  it('says once why it runs in browser mode, in the language asked for', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', serveEntry, '--data', join(dir, 'data'), '--lang', 'ja', '--explain-browser-mode'], { cwd: repoRoot, env: env() });
    const lines = await readLines(child, LINE);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('この環境には Electron の実行環境がないため、Shinrai をブラウザーモードで起動します。');
    expect(lines[1]).toMatch(LINE);
    child.kill('SIGINT');
  });

  it('explains a missing build and a bad port in one line each', () => {
    const missing = spawnSync(process.execPath, ['--import', 'tsx', serveEntry, '--data', join(dir, 'data')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: env({ SHINRAI_RENDERER_DIR: join(dir, 'no-build') }),
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`The app has not been built yet: ${join(dir, 'no-build', 'index.html')} is missing. Run "npm run build" first.\n`);
    const port = spawnSync(process.execPath, ['--import', 'tsx', serveEntry, '--port', '70000'], { cwd: repoRoot, encoding: 'utf8', env: env() });
    expect(port.status).toBe(2);
    expect(port.stderr).toBe('--port: must be a whole number from 0 to 65535 Run "npx tsx src/main/server/serve.ts --help" to see the options.\n');
  });
});

describe('parseServeArguments', () => {
  it('reads port, data folder and language', () => {
    expect(parseServeArguments([])).toEqual({ kind: 'serve', port: 0, explainBrowserMode: false });
    expect(parseServeArguments(['--port', '8123', '--data', '/tmp/d', '--lang', 'ja'])).toEqual({
      kind: 'serve',
      port: 8123,
      dataDir: '/tmp/d',
      lang: 'ja',
      explainBrowserMode: false,
    });
    expect(parseServeArguments(['--help'])).toEqual({ kind: 'help' });
  });

  it('refuses what it cannot use', () => {
    for (const args of [['--port', '-1'], ['--port', '65536'], ['--port', '80.5'], ['--port', 'http'], ['--lang', 'fr'], ['--data', ''], ['--bogus'], ['extra']])
      expect(() => parseServeArguments(args), args.join(' ')).toThrow();
  });
});
