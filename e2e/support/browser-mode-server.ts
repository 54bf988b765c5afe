/**
 * Starts Shinrai's browser-mode server (src/main/server/serve.ts) as a child
 * process on its own data directory, and stops it again. The server prints a
 * single line with its address and per-launch key; that line is the only
 * thing we rely on, exactly as a person reading the terminal would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVE_ENTRY = 'src/main/server/serve.ts';
/** The same server built by `npm run build` (electron.config.ts), which `npm start` runs with plain Node. */
const BUILT_SERVE_ENTRY = 'out/main/serve.js';

/** The one line serve.ts prints when it is ready (see its brief). */
const READY_LINE = /Shinrai is running in browser mode at (http:\/\/127\.0\.0\.1:(\d+)\/\?key=(\S+))\s*$/;

/** How long a server may take to print its address: tsx compiles on the fly on a busy machine. */
const START_CEILING_MS = 90_000;
/** How long it may take to close after SIGTERM before we stop waiting politely. */
const STOP_CEILING_MS = 10_000;

export interface BrowserModeServer {
  /** The address printed by the server, key included: opening it logs the browser in. */
  readonly launchUrl: string;
  /** Scheme, host and port, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly dataDir: string;
  /** Everything the server wrote so far, stdout and stderr interleaved. */
  log(): string;
  /** Stops the server (SIGTERM, then SIGKILL if it hangs) and reports how it ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment the server runs in: ours, minus anything that would redirect its data or hooks. */
function serverEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The test runner registers its own module hooks through NODE_OPTIONS;
  // they have no business inside the app under test.
  delete env['NODE_OPTIONS'];
  delete env['SHINRAI_DATA_DIR'];
  return env;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was stopped by ${signal}` : `exited with code ${String(code)}`;
}

export interface BrowserModeServerOptions {
  /**
   * 'source' (the default): serve.ts through tsx, so a test runs the server
   * code as it is in the tree; 'built': out/main/serve.js, as `npm start`
   * runs it (the bench times that one).
   */
  entry?: 'source' | 'built';
}

export async function startBrowserModeServer(dataDir: string, options: BrowserModeServerOptions = {}): Promise<BrowserModeServer> {
  // `node --import tsx` (or plain node on the built file) keeps the server
  // one process, so stopping it by pid stops everything it started.
  const entry = options.entry === 'built' ? [BUILT_SERVE_ENTRY] : ['--import', 'tsx', SERVE_ENTRY];
  const child: ChildProcess = spawn(
    process.execPath,
    [...entry, '--port', '0', '--data', dataDir],
    { cwd: REPO_ROOT, env: serverEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => output.push(chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  const launchUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const ceiling = setTimeout(() => {
      reject(new Error(`The server did not print its address within ${START_CEILING_MS / 1000} s.\n${output.join('')}`));
    }, START_CEILING_MS);
    lines.on('line', (line) => {
      output.push(`${line}\n`);
      const match = READY_LINE.exec(line);
      if (match?.[1]) {
        clearTimeout(ceiling);
        resolve(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(ceiling);
      reject(error);
    });
    void exited.then(([code, signal]) => {
      clearTimeout(ceiling);
      reject(new Error(`The server ${describeExit(code, signal)} before printing its address.\n${output.join('')}`));
    });
  }).catch(async (error: unknown) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  });

  const origin = new URL(launchUrl).origin;

  return {
    launchUrl,
    origin,
    dataDir,
    log: () => output.join(''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const hung = setTimeout(() => child.kill('SIGKILL'), STOP_CEILING_MS);
        const [code, signal] = await exited;
        clearTimeout(hung);
        return { code, signal };
      }
      const [code, signal] = await exited;
      return { code, signal };
    },
  };
}
