/**
 * Whether the Electron runtime is on this machine. The electron package
 * downloads its binary in a post-install step, which cannot reach the network
 * on the build machines; requiring 'electron' would try that download again,
 * so we read the same files its index.js reads and only check they exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './browser-mode-server';

const ELECTRON_PACKAGE = join(REPO_ROOT, 'node_modules', 'electron');

/** The path of the Electron executable, or undefined when it is not installed. */
export function electronExecutablePath(): string | undefined {
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return undefined;
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const executable = override ? join(override, relative) : join(ELECTRON_PACKAGE, 'dist', relative);
  return existsSync(executable) ? executable : undefined;
}

export const hasElectronRuntime = electronExecutablePath() !== undefined;
