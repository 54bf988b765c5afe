/**
 * For tests (and anyone driving the app in a script): a fresh temporary data
 * directory per test, the real app over it, and helpers to compare files byte
 * for byte. No mocks: every test works on real SQLite files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/api/result';
import { createApp, type AppOptions, type ShinraiApp } from '../app';
import type { Logger } from '../dispatcher';

export function makeTempDir(prefix = 'shinrai-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}

export interface LogLine {
  level: 'error' | 'warn' | 'info';
  message: string;
  detail?: unknown;
}

export interface TestApp {
  /** The app as last (re)opened. */
  app: ShinraiApp;
  readonly dir: string;
  readonly roomsDir: string;
  /** Everything the app logged, for assertions (and kept off the console). */
  readonly logs: LogLine[];
  /** Closes the app and opens a new one over the same directory, as a restart does. */
  reopen(options?: Partial<AppOptions>): ShinraiApp;
  /** Closes the app and deletes the directory. */
  dispose(): void;
}

/**
 * The app over a fresh directory (or `dir`, when given). Unlike the real app
 * it does not seed the sample unless asked, so tests start from nothing.
 */
export function createTestApp(options: Partial<AppOptions> = {}): TestApp {
  const dir = options.dataDir ?? makeTempDir();
  const logs: LogLine[] = [];
  const log: Logger = (level, message, detail) => {
    logs.push({ level, message, detail });
  };
  const open = (more: Partial<AppOptions> = {}) => createApp({ seedSample: false, log, ...options, ...more, dataDir: dir });
  const test: TestApp = {
    app: open(),
    dir,
    roomsDir: join(dir, 'rooms'),
    logs,
    reopen(more) {
      test.app.close();
      test.app = open(more);
      return test.app;
    },
    dispose() {
      test.app.close();
      removeDir(dir);
    },
  };
  return test;
}

/** The value of a successful call; a failed one throws with its error, so the test shows why. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a failed call; a success throws. */
export function failure<T>(result: Result<T>): Extract<Result<T>, { ok: false }>['error'] {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every file in a directory with its hash: compare two of these to prove nothing changed. */
export function directoryHashes(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = fileHash(join(dir, name));
  return out;
}
