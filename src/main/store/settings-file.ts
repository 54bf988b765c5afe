/**
 * settings.json beside the deal-rooms, validated on the way in and out and
 * written atomically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_BACKUP_SETTINGS, Settings } from '../../shared/domain/entities';
import type { Logger } from '../dispatcher';
import { writeFileAtomically } from './atomic-file';

export const SETTINGS_FILE_NAME = 'settings.json';

export const DEFAULT_SETTINGS: Settings = { language: 'en', lastDealRoomId: null, backups: DEFAULT_BACKUP_SETTINGS };

/** The saved settings, or the defaults when there are none or they cannot be read (logged). */
export function readSettings(path: string, log: Logger): Settings {
  if (!existsSync(path)) return { ...DEFAULT_SETTINGS };
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
    log('warn', `settings in ${path} are not valid; using the defaults`, parsed.error.issues);
  } catch (err) {
    log('warn', `settings in ${path} could not be read; using the defaults`, err);
  }
  return { ...DEFAULT_SETTINGS };
}

export function writeSettings(path: string, settings: Settings): void {
  writeFileAtomically(path, `${JSON.stringify(Settings.parse(settings), null, 2)}\n`);
}
