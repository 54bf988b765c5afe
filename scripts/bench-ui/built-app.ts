/**
 * The UI cases time the built app (out/renderer served by out/main/serve.js,
 * what `npm start` runs). A bench of an old build would print figures for
 * code that no longer exists, so the build is made first when it is missing
 * or older than any file under src/, the same way scripts/start.mjs builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../e2e/support/browser-mode-server';

const BUILT_FILES = [join(REPO_ROOT, 'out', 'main', 'serve.js'), join(REPO_ROOT, 'out', 'renderer', 'index.html')];
/** Everything a build is made from besides src/: a changed config changes the output too. */
const BUILD_INPUTS = [join(REPO_ROOT, 'src'), join(REPO_ROOT, 'electron.config.ts'), join(REPO_ROOT, 'resources')];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when out/ is newer than every source. */
export function staleBuildReason(): string | null {
  const missing = BUILT_FILES.find((file) => !existsSync(file));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...BUILT_FILES.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(...BUILD_INPUTS.map(newestChange));
  return sources > built ? 'the sources changed after the last build' : null;
}

/** Builds with electron-vite (`npm run build`) when out/ is missing or stale; says which it did in one line. */
export function ensureBuiltApp(): void {
  const reason = staleBuildReason();
  if (!reason) {
    console.log('UI cases use the existing build in out/ (newer than every source file).');
    return;
  }
  console.log(`Building the app first (${reason}): electron-vite build --config electron.config.ts …`);
  const electronVite = join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const started = performance.now();
  const built = spawnSync(process.execPath, [electronVite, 'build', '--config', 'electron.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the build failed (exit ${String(built.status)}):\n${built.stdout}\n${built.stderr}`);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Serves the UI cases from a copy of out/renderer, through the server's own
 * SHINRAI_RENDERER_DIR override. A build started meanwhile (another terminal,
 * an end-to-end run) empties out/renderer and renames its hashed files, and
 * a page loading at that moment would come up blank. Call remove() at the end.
 */
export function useRendererSnapshot(): { remove(): void } {
  const copy = mkdtempSync(join(tmpdir(), 'shinrai-bench-renderer-'));
  cpSync(join(REPO_ROOT, 'out', 'renderer'), copy, { recursive: true });
  const previous = process.env['SHINRAI_RENDERER_DIR'];
  process.env['SHINRAI_RENDERER_DIR'] = copy;
  return {
    remove() {
      if (previous === undefined) delete process.env['SHINRAI_RENDERER_DIR'];
      else process.env['SHINRAI_RENDERER_DIR'] = previous;
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
