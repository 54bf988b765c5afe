/**
 * `npm start`: build the app with electron-vite, then open it in Electron
 * when the Electron runtime is on this machine, or else in browser mode
 * (src/main/server/serve.ts, built to out/main/serve.js), which prints the
 * one reason line and the address to open. Plain Node, so it runs the same on Windows, macOS and Linux.
 * Arguments after `npm start --` go to browser mode (e.g. --port 8080).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or null when it was never downloaded. This
 * reads what node_modules/electron/index.js reads (path.txt, dist/, and
 * ELECTRON_OVERRIDE_DIST_PATH) without requiring that file, which would
 * start a download when the binary is missing.
 */
export function electronRuntimePath(electronPackageDir, env = process.env) {
  let relative = '';
  try {
    relative = readFileSync(join(electronPackageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = '';
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(overridden) ? overridden : null;
  }
  if (relative === '') return null;
  const binary = join(electronPackageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Runs a child with our terminal; resolves with its exit code. Ctrl+C reaches it directly, SIGTERM is passed on. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', ...options });
    const forward = (signal) => () => child.kill(signal);
    const onTerm = forward('SIGTERM');
    process.on('SIGTERM', onTerm);
    // The terminal sends Ctrl+C to the whole process group; the child handles it, we just wait.
    const onInt = () => undefined;
    process.on('SIGINT', onInt);
    child.on('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main() {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const built = await run(process.execPath, [electronVite, 'build', '--config', 'electron.config.ts']);
  if (built !== 0) return built;

  const packageDir = electronPackageDir();
  const electron = packageDir ? electronRuntimePath(packageDir) : null;
  if (electron) {
    const env = { ...process.env };
    // Set by some tools; it would make Electron behave as plain Node and never open a window.
    delete env.ELECTRON_RUN_AS_NODE;
    return run(electron, [projectRoot], { env });
  }

  // The build above compiled browser mode's server too (electron.config.ts): plain Node starts it
  // in well under a second, where transpiling serve.ts through tsx took several.
  const serve = join(projectRoot, 'out', 'main', 'serve.js');
  return run(process.execPath, [serve, '--explain-browser-mode', ...process.argv.slice(2)]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
