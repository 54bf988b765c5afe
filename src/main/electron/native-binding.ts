/**
 * better-sqlite3 is a native module: the build npm made for Node does not load
 * in Electron, whose ABI differs (ENGINEERING.md, "Pitfalls"). An Electron
 * build is kept apart in native/electron/better_sqlite3.node (made by
 * `npm run build:native-electron`), so the Node build that tests and the CLI
 * use is never overwritten and no test depends on the order of rebuilds.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';

export const ELECTRON_BINDING_PATH = ['native', 'electron', 'better_sqlite3.node'] as const;

/**
 * The Electron build's path when it exists, else undefined (the default build
 * is then tried). A packaged app's files live in app.asar, from which a .node
 * file cannot be loaded, so the unpacked copy beside it is used.
 */
export function electronNativeBinding(appPath: string): string | undefined {
  const inside = join(appPath, ...ELECTRON_BINDING_PATH);
  const asar = `${sep}app.asar${sep}`;
  const unpacked = inside.includes(asar) ? inside.replace(asar, `${sep}app.asar.unpacked${sep}`) : inside;
  for (const candidate of [unpacked, inside]) if (existsSync(candidate)) return candidate;
  return undefined;
}
