/**
 * Criteria templates that users saved or imported: one JSON file per
 * template in <data dir>/templates/<id>.json, holding exactly the document
 * that export hands out (shinrai.criteria-template). Files are written
 * atomically and read back through zod; a file that fails to read or parse is
 * skipped with a log line, so one damaged template never hides the others.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CriteriaTemplateFile } from '../../shared/domain/criteria-template';
import { formatIssuePath } from '../../shared/api/validation-message';
import type { Logger } from '../dispatcher';
import { fsyncDirectory, writeFileAtomically } from './atomic-file';
import { newId } from './room-id';

export const TEMPLATES_DIR_NAME = 'templates';
const TEMPLATE_FILE_EXTENSION = '.json';

/**
 * User templates get UUIDs, and only a UUID is ever turned into a path: an id
 * from a caller can never name a file outside the templates directory.
 */
const USER_TEMPLATE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUserTemplateId(id: string): boolean {
  return USER_TEMPLATE_ID.test(id);
}

export interface StoredTemplate {
  id: string;
  file: CriteriaTemplateFile;
}

/** Why a stored template cannot be used; `detail` is for the log and the message, in English. */
export type TemplateRead = { status: 'ok'; template: StoredTemplate } | { status: 'missing' } | { status: 'unreadable'; detail: string };

export interface TemplateStore {
  readonly dir: string;
  /** Every readable user template, by id; unreadable files are logged and left out. */
  list(): StoredTemplate[];
  read(id: string): TemplateRead;
  /** Stores the template under a new id. */
  add(file: CriteriaTemplateFile): StoredTemplate;
  /** Removes the template's file; false when there was none. */
  remove(id: string): boolean;
}

export function openTemplateStore(dataDir: string, log: Logger): TemplateStore {
  const dir = join(dataDir, TEMPLATES_DIR_NAME);
  const pathOf = (id: string) => join(dir, `${id}${TEMPLATE_FILE_EXTENSION}`);

  function read(id: string): TemplateRead {
    if (!isUserTemplateId(id)) return { status: 'missing' };
    const path = pathOf(id);
    if (!existsSync(path)) return { status: 'missing' };
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      return { status: 'unreadable', detail: err instanceof Error ? err.message : String(err) };
    }
    const parsed = CriteriaTemplateFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { status: 'unreadable', detail: issue ? `${formatIssuePath(issue.path)}: ${issue.message}` : parsed.error.message };
    }
    return { status: 'ok', template: { id, file: parsed.data } };
  }

  return {
    dir,
    list() {
      if (!existsSync(dir)) return [];
      const out: StoredTemplate[] = [];
      const ids = readdirSync(dir)
        .filter((name) => name.endsWith(TEMPLATE_FILE_EXTENSION))
        .map((name) => name.slice(0, -TEMPLATE_FILE_EXTENSION.length))
        .filter(isUserTemplateId)
        .sort();
      for (const id of ids) {
        const result = read(id);
        if (result.status === 'ok') out.push(result.template);
        else if (result.status === 'unreadable') log('warn', `criteria template ${pathOf(id)} cannot be read and is not listed`, result.detail);
      }
      return out;
    },
    read,
    add(file) {
      // Validated on the way out as on the way in: what is written can always be read back.
      const valid = CriteriaTemplateFile.parse(file);
      mkdirSync(dir, { recursive: true });
      const id = newId();
      writeFileAtomically(pathOf(id), `${JSON.stringify(valid, null, 2)}\n`);
      return { id, file: valid };
    },
    remove(id) {
      if (!isUserTemplateId(id)) return false;
      const path = pathOf(id);
      if (!existsSync(path)) return false;
      rmSync(path, { force: true });
      fsyncDirectory(dir);
      return true;
    },
  };
}
