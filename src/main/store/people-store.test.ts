import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PeopleFile, Profile } from '../../shared/domain/ringi';
import { DomainError } from '../handlers/domain-error';
import { EMPTY_PEOPLE, openPeopleStore, PEOPLE_FILE_NAME } from './people-store';
import { makeTempDir, removeDir, type LogLine } from './test-data-dir';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeDir(d);
});

function open() {
  const dir = makeTempDir('shinrai-people-');
  dirs.push(dir);
  const logs: LogLine[] = [];
  return { dir, logs, people: openPeopleStore(dir, (level, message, detail) => logs.push({ level, message, detail })) };
}

const AT = '2027-02-01T09:00:00.000Z';
const sato: Profile = { id: 'p-sato', nameJa: '佐藤 蓮', nameLatin: 'Sato Ren', department: 'Business development', title: 'Manager', role: 'bd', createdAt: AT, updatedAt: AT };

describe('the people store', () => {
  it('reads as empty while there is no file, and writes nothing by reading', () => {
    const { dir, people } = open();
    expect(people.read()).toEqual(EMPTY_PEOPLE);
    expect(people.acting()).toBeNull();
    expect(existsSync(join(dir, PEOPLE_FILE_NAME))).toBe(false);
  });

  it('writes the file whole, with nothing left beside it, and reads it back', () => {
    const { dir, people } = open();
    const result = people.change((file) => ({ next: { ...file, profiles: [sato], actingProfileId: sato.id }, result: 'done' }));
    expect(result).toBe('done');
    expect(readdirSync(dir)).toEqual([PEOPLE_FILE_NAME]);
    const saved = JSON.parse(readFileSync(join(dir, PEOPLE_FILE_NAME), 'utf8')) as PeopleFile;
    expect(saved).toEqual({ ...EMPTY_PEOPLE, profiles: [sato], actingProfileId: sato.id });
    expect(people.read().profiles).toEqual([sato]);
    expect(people.acting()).toEqual(sato);
    // A second store over the same folder (a restart) sees the same.
    expect(openPeopleStore(dir, () => undefined).acting()).toEqual(sato);
  });

  it('leaves the file as it was when the change refuses', () => {
    const { dir, people } = open();
    people.change((file) => ({ next: { ...file, profiles: [sato] }, result: null }));
    const before = readFileSync(join(dir, PEOPLE_FILE_NAME), 'utf8');
    expect(() =>
      people.change(() => {
        throw new DomainError('rule_violation', 'ringi:errors.profileInRoute', {});
      }),
    ).toThrow(DomainError);
    expect(() => people.change((file) => ({ next: { ...file, actingProfileId: '' }, result: null }))).toThrow();
    expect(readFileSync(join(dir, PEOPLE_FILE_NAME), 'utf8')).toBe(before);
  });

  it('reports a damaged file, refuses to write over it, and takes nobody as acting', () => {
    const { dir, people, logs } = open();
    const path = join(dir, PEOPLE_FILE_NAME);
    const damaged = '{"format":"shinrai.people","version":1,"profiles":[{"id":"x"}],"routes":[],"actingProfileId":"x"}';
    writeFileSync(path, damaged);
    let error: unknown;
    try {
      people.read();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'unreadable_database', messageKey: 'ringi:errors.peopleFileDamaged', params: { path } });
    expect((error as DomainError).params.detail).toMatch(/^profiles\[0\]/);
    expect(() => people.change((file) => ({ next: file, result: null }))).toThrow(DomainError);
    expect(readFileSync(path, 'utf8')).toBe(damaged);
    expect(people.acting()).toBeNull();
    expect(people.acting()).toBeNull();
    // Warned once for this version of the file, not at every call.
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(1);

    writeFileSync(path, 'not json');
    expect(() => people.read()).toThrow(DomainError);
  });

  it('sees a file repaired or replaced behind its back', () => {
    const { dir, people } = open();
    const path = join(dir, PEOPLE_FILE_NAME);
    writeFileSync(path, '{');
    expect(() => people.read()).toThrow(DomainError);
    writeFileSync(path, JSON.stringify({ ...EMPTY_PEOPLE, profiles: [sato], actingProfileId: sato.id }));
    expect(people.acting()?.nameLatin).toBe('Sato Ren');
  });
});
