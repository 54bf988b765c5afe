/**
 * Where the deal-rooms live when nobody says otherwise: SHINRAI_DATA_DIR, or
 * `<Electron's userData for "Shinrai">/data`. The CLI and browser mode compute
 * the same folder Electron's app.getPath('userData') gives, so all three doors
 * see the same deal-rooms without Electron being loaded.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Shinrai';

/** Electron's appData per platform (its documented defaults). */
function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA?.trim() || join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME?.trim() || join(homedir(), '.config');
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const fromEnv = env.SHINRAI_DATA_DIR?.trim();
  if (fromEnv) return fromEnv;
  return join(appDataDir(env, platform), APP_DIR_NAME, 'data');
}
