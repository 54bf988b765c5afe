/**
 * <data dir>/people.json: the profiles of the people who act in the app, the
 * reusable approval routes, and who is acting now (issue 8, "People"). One
 * file for the whole data folder, since people and routes serve every
 * deal-room; written atomically and read back through zod.
 *
 * A damaged file is reported, never replaced: losing the approval routes
 * silently would be worse than refusing to change them. Reads then fail with
 * a message naming the file, writes are refused, and the acting profile is
 * taken as nobody (logged once per version of the file) so that the rest of
 * the app keeps working.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssuePath } from '../../shared/api/validation-message';
import { PeopleFile, type Profile } from '../../shared/domain/ringi';
import type { Logger } from '../dispatcher';
import { DomainError } from '../handlers/domain-error';
import { writeFileAtomically } from './atomic-file';

export const PEOPLE_FILE_NAME = 'people.json';

export const EMPTY_PEOPLE: PeopleFile = { format: 'shinrai.people', version: 1, profiles: [], routes: [], actingProfileId: null };

type PeopleRead = { status: 'ok'; file: PeopleFile } | { status: 'damaged'; detail: string };

export interface PeopleStore {
  readonly path: string;
  /** The file as saved (empty when there is none); throws a DomainError naming the file when it is damaged. */
  read(): PeopleFile;
  /**
   * Reads the file, lets `fn` make the next one (or throw to refuse, leaving
   * the file as it was), validates it and writes it atomically.
   */
  change<T>(fn: (file: PeopleFile) => { next: PeopleFile; result: T }): T;
  /** The acting profile, or null: nobody chosen, a profile since deleted, or a damaged file. Never throws. */
  acting(): Profile | null;
}

function parsePeople(text: string): PeopleRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { status: 'damaged', detail: err instanceof Error ? err.message : String(err) };
  }
  const parsed = PeopleFile.safeParse(json);
  if (parsed.success) return { status: 'ok', file: parsed.data };
  const issue = parsed.error.issues[0];
  return { status: 'damaged', detail: issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : parsed.error.message };
}

export function openPeopleStore(dataDir: string, log: Logger): PeopleStore {
  const path = join(dataDir, PEOPLE_FILE_NAME);
  // Parsed once per version of the file: the acting profile is asked for on every call.
  let cached: { stamp: string; read: PeopleRead } | undefined;
  let warnedFor: string | undefined;

  function load(): PeopleRead {
    if (!existsSync(path)) {
      cached = undefined;
      return { status: 'ok', file: EMPTY_PEOPLE };
    }
    const stat = statSync(path);
    const stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    if (cached?.stamp !== stamp) cached = { stamp, read: parsePeople(readFileSync(path, 'utf8')) };
    return cached.read;
  }

  function damaged(detail: string): DomainError {
    return new DomainError('unreadable_database', 'ringi:errors.peopleFileDamaged', { path, detail });
  }

  const store: PeopleStore = {
    path,
    read() {
      const result = load();
      if (result.status === 'damaged') throw damaged(result.detail);
      return result.file;
    },
    change(fn) {
      const { next, result } = fn(store.read());
      // Validated on the way out as on the way in: what is written can always be read back.
      const valid = PeopleFile.parse(next);
      writeFileAtomically(path, `${JSON.stringify(valid, null, 2)}\n`);
      cached = undefined;
      return result;
    },
    acting() {
      let result: PeopleRead;
      try {
        result = load();
      } catch (err) {
        log('warn', `the people file ${path} cannot be read`, err);
        return null;
      }
      if (result.status === 'damaged') {
        if (warnedFor !== cached?.stamp) {
          warnedFor = cached?.stamp;
          log('warn', `the people file ${path} is damaged; nobody is taken as acting until it is repaired`, result.detail);
        }
        return null;
      }
      const { actingProfileId, profiles } = result.file;
      return actingProfileId === null ? null : (profiles.find((p) => p.id === actingProfileId) ?? null);
    },
  };
  return store;
}
