/**
 * Profiles, routes and the acting profile through the contract, on a real
 * data folder: refusals name the field and leave people.json as it was, and
 * the acting profile names every change in a room's log.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PEOPLE_FILE_NAME } from '../store/people-store';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function fresh(options: Parameters<typeof createTestApp>[0] = {}) {
  const t = createTestApp(options);
  apps.push(t);
  return { t, app: t.app, peopleFile: join(t.dir, PEOPLE_FILE_NAME) };
}

function twoPeople(app: TestApp['app']) {
  const sato = ok(app.invoke('profiles.create', { fields: { nameLatin: 'Sato Ren', nameJa: '佐藤 蓮', department: 'Business development', role: 'bd' } }));
  const kimura = ok(app.invoke('profiles.create', { fields: { nameJa: '木村 彩', role: 'legal' } }));
  return { sato, kimura };
}

describe('profiles', () => {
  it('are created, updated and listed, and kept across a restart', () => {
    const { t, app } = fresh();
    const { sato, kimura } = twoPeople(app);
    expect(sato).toMatchObject({ nameLatin: 'Sato Ren', nameJa: '佐藤 蓮', department: 'Business development', title: '', role: 'bd' });
    const renamed = ok(app.invoke('profiles.update', { profileId: kimura.id, patch: { nameLatin: 'Kimura Aya', title: 'Counsel' } }));
    expect(renamed).toMatchObject({ nameJa: '木村 彩', nameLatin: 'Kimura Aya', title: 'Counsel', role: 'legal' });
    const after = t.reopen();
    expect(ok(after.invoke('people.get', {}))).toEqual({ profiles: [sato, renamed], routes: [], actingProfileId: null });
  });

  it('need a name in one script, and a refusal writes nothing', () => {
    const { app, peopleFile } = fresh();
    expect(failure(app.invoke('profiles.create', { fields: { nameLatin: '  ', role: 'finance' } }))).toMatchObject({ code: 'invalid_input', path: 'fields.nameLatin' });
    expect(existsSync(peopleFile)).toBe(false);
    const { kimura } = twoPeople(app);
    const before = readFileSync(peopleFile, 'utf8');
    expect(failure(app.invoke('profiles.update', { profileId: kimura.id, patch: { nameJa: '' } }))).toMatchObject({ code: 'invalid_input', path: 'patch.nameLatin' });
    expect(failure(app.invoke('profiles.update', { profileId: 'nobody', patch: { title: 'x' } }))).toMatchObject({ code: 'not_found', path: 'profileId' });
    expect(readFileSync(peopleFile, 'utf8')).toBe(before);
  });

  it('cannot be deleted while a route names them; the message names the route', () => {
    const { app } = fresh();
    const { sato, kimura } = twoPeople(app);
    const route = ok(app.invoke('routes.create', { fields: { name: 'Pilot approval', stages: [{ name: 'Legal', mode: 'all', approverIds: [kimura.id] }] } }));
    const refused = failure(app.invoke('profiles.delete', { profileId: kimura.id }));
    expect(refused).toMatchObject({ code: 'rule_violation', path: 'profileId' });
    expect(refused.message).toBe('木村 彩 is an approver on the route “Pilot approval”. Take them off that route before deleting the profile.');
    ok(app.invoke('routes.update', { routeId: route.id, patch: { stages: [{ name: 'Legal', mode: 'all', approverIds: [sato.id] }] } }));
    expect(ok(app.invoke('profiles.delete', { profileId: kimura.id }))).toEqual({ deleted: true });
    expect(ok(app.invoke('people.get', {})).profiles.map((p) => p.id)).toEqual([sato.id]);
  });
});

describe('routes', () => {
  it('name only existing profiles, each once per stage, with the field at fault', () => {
    const { app, peopleFile } = fresh();
    const { sato, kimura } = twoPeople(app);
    const before = readFileSync(peopleFile, 'utf8');
    const unknown = failure(
      app.invoke('routes.create', {
        fields: { name: 'Standard', stages: [{ name: 'BD', mode: 'any', approverIds: [sato.id] }, { name: 'Legal', mode: 'all', approverIds: ['ghost'] }] },
      }),
    );
    expect(unknown).toMatchObject({ code: 'not_found', path: 'fields.stages.1.approverIds.0' });
    expect(unknown.message).toContain('ghost');
    const twice = failure(app.invoke('routes.create', { fields: { name: 'Standard', stages: [{ name: 'Joint', mode: 'all', approverIds: [kimura.id, kimura.id] }] } }));
    expect(twice).toMatchObject({ code: 'rule_violation', path: 'fields.stages.0.approverIds.1' });
    expect(twice.message).toBe('木村 彩 appears twice in this stage; each approver takes one place per stage.');
    expect(readFileSync(peopleFile, 'utf8')).toBe(before);

    const route = ok(app.invoke('routes.create', { fields: { name: 'Standard', stages: [{ name: 'Joint', mode: 'all', approverIds: [sato.id, kimura.id] }] } }));
    expect(failure(app.invoke('routes.update', { routeId: route.id, patch: { stages: [{ name: 'Joint', mode: 'all', approverIds: [sato.id, sato.id] }] } }))).toMatchObject({
      path: 'patch.stages.0.approverIds.1',
    });
    const renamed = ok(app.invoke('routes.update', { routeId: route.id, patch: { name: 'Standard (2027)' } }));
    expect(renamed).toMatchObject({ id: route.id, name: 'Standard (2027)', stages: route.stages });
    expect(ok(app.invoke('routes.delete', { routeId: route.id }))).toEqual({ deleted: true });
    expect(failure(app.invoke('routes.delete', { routeId: route.id }))).toMatchObject({ code: 'not_found', path: 'routeId' });
  });
});

describe('the acting profile', () => {
  it('names every change in the room’s log unless the caller names someone', () => {
    const { app } = fresh();
    const { sato, kimura } = twoPeople(app);
    expect(failure(app.invoke('profiles.setActing', { profileId: 'ghost' }))).toMatchObject({ code: 'not_found', path: 'profileId' });
    expect(ok(app.invoke('profiles.setActing', { profileId: sato.id })).actingProfileId).toBe(sato.id);
    const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Actors' })).id;
    ok(app.invoke('profiles.setActing', { profileId: kimura.id }));
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { productLine: 'Analysers' } }));
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { targetMarket: 'Kansai' } }, { actor: 'Script runner' }));
    ok(app.invoke('profiles.setActing', { profileId: null }));
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { notes: 'Nobody chosen' } }));
    const actors = ok(app.invoke('audit.list', { dealRoomId })).entries.map((e) => [e.field, e.actor]);
    expect(actors).toEqual([
      ['notes', 'local user'],
      ['targetMarket', 'Script runner'],
      ['productLine', '木村 彩'],
      ['', 'Sato Ren (佐藤 蓮)'],
    ]);
  });

  it('is cleared when its profile is deleted', () => {
    const { app } = fresh();
    const { kimura } = twoPeople(app);
    ok(app.invoke('profiles.setActing', { profileId: kimura.id }));
    ok(app.invoke('profiles.delete', { profileId: kimura.id }));
    expect(ok(app.invoke('people.get', {})).actingProfileId).toBeNull();
  });
});

describe('a damaged people file', () => {
  it('is reported and left alone, while rooms keep working', () => {
    const { t, app, peopleFile } = fresh({ actor: 'Fallback Name' });
    writeFileSync(peopleFile, '{"format":"shinrai.people","version":2}');
    const error = failure(app.invoke('people.get', {}));
    expect(error.code).toBe('unreadable_database');
    expect(error.message).toContain(peopleFile);
    expect(failure(app.invoke('profiles.create', { fields: { nameLatin: 'Ono Daichi', role: 'finance' } })).code).toBe('unreadable_database');
    expect(readFileSync(peopleFile, 'utf8')).toBe('{"format":"shinrai.people","version":2}');
    const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Still works' })).id;
    expect(ok(app.invoke('audit.list', { dealRoomId })).entries[0]?.actor).toBe('Fallback Name');
    expect(t.logs.some((l) => l.level === 'warn' && l.message.includes(peopleFile))).toBe(true);
    const ja = failure(app.invoke('people.get', {}, { lang: 'ja' }));
    expect(ja.message).toContain('担当者ファイル');
  });
});
