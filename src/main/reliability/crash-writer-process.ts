/**
 * The parent's side of the crash writer: starts crash-writer-child.ts as a
 * real process (node with tsx, as the CLI tests run the CLI), tells it when
 * to begin, collects what it prints, and ends it either with SIGKILL (a
 * crash) or by closing its stdin (a clean stop). Every process started here
 * is tracked, so that a failing test still ends them all (`killAllWriters`).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseWriterOutput, type WriterOutput } from './crash-writer-changes';

const repoRoot = resolve(__dirname, '../../..');
const childEntry = join(repoRoot, 'src/main/reliability/crash-writer-child.ts');

const running = new Set<ChildProcessWithoutNullStreams>();

export interface WriterProcess {
  /** Everything printed so far. */
  output(): string;
  /** Says "go" once the child has loaded its code: it opens the data folder and starts writing. */
  go(): Promise<void>;
  /** Resolves once the child printed "opening" (it is opening the data folder now). */
  opening(): Promise<void>;
  /** Resolves once `count` committed lines have been printed. */
  committed(count: number): Promise<void>;
  /** SIGKILL now; resolves with what it printed once its pipes are drained. */
  kill(): Promise<WriterOutput>;
  /** Closes stdin: the child finishes its change, closes the app and exits 0. */
  stop(): Promise<WriterOutput>;
}

/** Starts a writer, which loads its code and then waits for `go()`: start the next one early to hide that time. */
export function startWriter(dataDir: string, dealRoomId: string, run: string, seed: number): WriterProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', childEntry, dataDir, dealRoomId, run, String(seed)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const waiters: { until: () => boolean; done: () => void; fail: (e: Error) => void; what: string }[] = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (!w.until()) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.done();
    }
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    settle();
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      settle();
      for (const w of waiters.splice(0)) w.fail(new Error(`the crash writer ended (${code ?? signal}) before ${w.what}: ${stderr}`));
      done({ code, signal });
    }),
  );
  // The child may be killed with its stdin still open: a failed write to it is expected then.
  child.stdin.on('error', () => undefined);

  const when = (what: string, until: () => boolean) =>
    until() ? Promise.resolve() : new Promise<void>((done, fail) => waiters.push({ until, done, fail, what }));
  const commits = () => (stdout.match(/^committed /gm) ?? []).length;

  return {
    output: () => stdout,
    async go() {
      await when('loading its code', () => /^loaded$/m.test(stdout));
      child.stdin.write('go\n');
    },
    opening: () => when('opening the data folder', () => /^opening$/m.test(stdout)),
    committed: (count) => when(`${count} commits`, () => commits() >= count),
    async kill() {
      child.kill('SIGKILL');
      const end = await closed;
      // A writer that failed a call exits 2 on its own before the kill: a finding, not a crash.
      if (end.signal !== 'SIGKILL' && end.code !== 0) throw new Error(`the crash writer failed by itself (${end.code}): ${stderr}`);
      return parseWriterOutput(stdout);
    },
    async stop() {
      child.stdin.end();
      const end = await closed;
      if (end.code !== 0) throw new Error(`the crash writer did not stop cleanly (${end.code ?? end.signal}): ${stderr}`);
      return parseWriterOutput(stdout);
    },
  };
}

/** Ends every writer still running (a test that failed half-way must not leave processes behind). */
export function killAllWriters(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
