/**
 * Where the deal-rooms live when nobody says otherwise: SHINRAI_DATA_DIR, or
 * the platform's data directory for Shinrai. Electron main passes
 * app.getPath('userData') itself and does not use this.
 */
import envPaths from 'env-paths';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SHINRAI_DATA_DIR?.trim();
  if (fromEnv) return fromEnv;
  return envPaths('Shinrai', { suffix: '' }).data;
}
