/**
 * `npm run build:native-electron`: builds better-sqlite3 for the Electron
 * version in node_modules and puts it at native/electron/better_sqlite3.node,
 * where the Electron main process looks for it (src/main/electron/native-binding.ts).
 *
 * It works on a copy of the package in a temporary folder, so the Node build
 * in node_modules that the tests and the CLI load is never replaced, and no
 * test depends on the order of rebuilds (ENGINEERING.md, "Pitfalls").
 *
 * Needs network access: first it tries better-sqlite3's prebuilt binary for
 * Electron (prebuild-install, from GitHub releases); failing that it compiles
 * with node-gyp against Electron's headers (from electronjs.org), which needs
 * Python and a C++ compiler. A packaged app must also unpack the .node file
 * from its asar archive (e.g. electron-builder's asarUnpack: native/**).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const target = join(projectRoot, 'native', 'electron', 'better_sqlite3.node');

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * npm passes its settings to scripts as npm_config_* variables; a machine-wide
 * nodedir (Node's own headers) or target would silently build for Node
 * instead of Electron, so those are dropped and the command line decides.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|platform|build_from_source)$/i.test(key)) delete env[key];
  }
  return env;
}

function run(command, args, cwd) {
  console.log(`> ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { cwd, stdio: 'inherit', env: buildEnv() }).status === 0;
}

/** node-gyp ships inside npm; npm tells scripts where (npm_config_node_gyp), else look beside this Node. */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c && existsSync(c));
}

function main() {
  const electronVersion = JSON.parse(readFileSync(join(packageDir('electron'), 'package.json'), 'utf8')).version;
  const source = packageDir('better-sqlite3');
  const work = mkdtempSync(join(tmpdir(), 'shinrai-native-electron-'));
  try {
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${copy}`);

    const prebuild = join(packageDir('prebuild-install'), 'bin.js');
    let ok = run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform], copy);
    if (!ok || !existsSync(built)) {
      const gyp = nodeGyp();
      if (!gyp) {
        console.error('No prebuilt binary could be downloaded and node-gyp was not found; install node-gyp or run this through npm.');
        return 1;
      }
      ok = run(process.execPath, [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], copy);
    }
    if (!ok || !existsSync(built)) {
      console.error('better-sqlite3 could not be built for Electron. The Node build in node_modules is unchanged.');
      return 1;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    console.log(`Wrote ${target}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exit(main());
