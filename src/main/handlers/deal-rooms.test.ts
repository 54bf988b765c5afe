import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const a of apps.splice(0)) a.dispose();
});
function testApp(): TestApp {
  const t = createTestApp({ actor: 'Yamada Hana' });
  apps.push(t);
  return t;
}

describe('dealRooms', () => {
  it('create a room with defaults, get it whole, and list it with counts', () => {
    const { app } = testApp();
    const room = ok(app.invoke('dealRooms.create', { name: '  Tohoku hospital channel  ', targetMarket: 'Tohoku' }));
    expect(room).toMatchObject({ name: 'Tohoku hospital channel', productLine: '', targetMarket: 'Tohoku', notes: '', archived: false, sensitivityMargin: 0.05 });
    expect(room.createdAt).toBe(room.updatedAt);
    ok(app.invoke('candidates.create', { dealRoomId: room.id, fields: { nameLatin: 'Sakura Medical' } }));

    const detail = ok(app.invoke('dealRooms.get', { dealRoomId: room.id }));
    expect(detail.dealRoom.id).toBe(room.id);
    expect(detail.candidates.map((c) => c.nameLatin)).toEqual(['Sakura Medical']);
    expect([detail.pillars, detail.criteria, detail.evaluators, detail.scores, detail.consensus]).toEqual([[], [], [], [], []]);

    const listed = ok(app.invoke('dealRooms.list', {}));
    expect(listed).toEqual([
      {
        id: room.id,
        name: 'Tohoku hospital channel',
        productLine: '',
        targetMarket: 'Tohoku',
        archived: false,
        updatedAt: detail.dealRoom.updatedAt,
        candidateCount: 1,
        comparedCount: 1,
        encryption: 'none',
      },
    ]);
  });

  it('update fields, archive, and list archived rooms only when asked', () => {
    const { app } = testApp();
    // The clock is set by hand so that "most recently changed" is certain.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-10T09:00:00Z'));
    const a = ok(app.invoke('dealRooms.create', { name: 'Room A' }));
    const b = ok(app.invoke('dealRooms.create', { name: 'Room B' }));
    vi.setSystemTime(new Date('2027-01-11T09:00:00Z'));
    const updated = ok(app.invoke('dealRooms.update', { dealRoomId: a.id, patch: { notes: '先方の役員承認待ち', sensitivityMargin: 0.1 } }));
    expect([updated.notes, updated.sensitivityMargin, updated.name]).toEqual(['先方の役員承認待ち', 0.1, 'Room A']);
    vi.setSystemTime(new Date('2027-01-12T09:00:00Z'));
    const archived = ok(app.invoke('dealRooms.setArchived', { dealRoomId: b.id, archived: true }));
    expect([archived.archived, archived.updatedAt]).toEqual([true, '2027-01-12T09:00:00.000Z']);
    expect(ok(app.invoke('dealRooms.list', { includeArchived: false })).map((r) => r.name)).toEqual(['Room A']);
    // Most recently changed first.
    expect(ok(app.invoke('dealRooms.list', {})).map((r) => [r.name, r.updatedAt])).toEqual([
      ['Room B', '2027-01-12T09:00:00.000Z'],
      ['Room A', '2027-01-11T09:00:00.000Z'],
    ]);
    vi.setSystemTime(new Date('2027-01-13T09:00:00Z'));
    ok(app.invoke('candidates.create', { dealRoomId: a.id, fields: { nameLatin: 'Momiji Supply' } }));
    expect(ok(app.invoke('dealRooms.list', {})).map((r) => r.name)).toEqual(['Room A', 'Room B']);
  });

  it('delete the room file, and forget it as the last one opened', () => {
    const t = testApp();
    const room = ok(t.app.invoke('dealRooms.create', { name: 'Short-lived' }));
    ok(t.app.invoke('settings.update', { lastDealRoomId: room.id }));
    expect(ok(t.app.invoke('dealRooms.delete', { dealRoomId: room.id }))).toEqual({ deleted: true });
    expect(existsSync(join(t.roomsDir, `${room.id}.shinrai`))).toBe(false);
    expect(ok(t.app.invoke('dealRooms.list', {}))).toEqual([]);
    expect(ok(t.app.invoke('settings.get', {})).lastDealRoomId).toBeNull();
  });

  it('page the change log newest first', () => {
    const { app } = testApp();
    const room = ok(app.invoke('dealRooms.create', { name: 'Logged' }));
    for (const name of ['One', 'Two', 'Three']) ok(app.invoke('dealRooms.update', { dealRoomId: room.id, patch: { name } }));
    const page = ok(app.invoke('dealRooms.changeLog', { dealRoomId: room.id, limit: 2, offset: 1 }));
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => [e.field, e.before, e.after, e.actor])).toEqual([
      ['name', 'One', 'Two', 'Yamada Hana'],
      ['name', 'Logged', 'One', 'Yamada Hana'],
    ]);
  });

  it('say which room was not found, in English and Japanese, naming the field', () => {
    const { app } = testApp();
    const en = failure(app.invoke('dealRooms.get', { dealRoomId: 'no-such-room' }, { lang: 'en' }));
    expect(en).toEqual({ code: 'not_found', message: 'No deal-room with id "no-such-room" was found.', path: 'dealRoomId' });
    const ja = failure(app.invoke('dealRooms.update', { dealRoomId: 'no-such-room', patch: { name: 'x' } }, { lang: 'ja' }));
    expect(ja).toEqual({ code: 'not_found', message: 'ID「no-such-room」のディールルームが見つかりません。', path: 'dealRoomId' });
    // An id that could name a path is simply not a room.
    expect(failure(app.invoke('dealRooms.delete', { dealRoomId: '../settings' })).code).toBe('not_found');
  });

  it('refuse invalid fields with the field named, and change nothing', () => {
    const { app } = testApp();
    const room = ok(app.invoke('dealRooms.create', { name: 'Valid' }));
    const bad = failure(app.invoke('dealRooms.update', { dealRoomId: room.id, patch: { sensitivityMargin: 2 } }, { lang: 'en' }));
    expect(bad).toEqual({ code: 'invalid_input', message: 'patch.sensitivityMargin: must be 1 or less', path: 'patch.sensitivityMargin', problem: 'must be 1 or less' });
    const badJa = failure(app.invoke('dealRooms.create', { name: '   ' }, { lang: 'ja' }));
    expect(badJa).toEqual({ code: 'invalid_input', message: 'name：空欄にはできません', path: 'name', problem: '空欄にはできません' });
    expect(ok(app.invoke('dealRooms.list', {})).map((r) => r.name)).toEqual(['Valid']);
    expect(ok(app.invoke('dealRooms.changeLog', { dealRoomId: room.id })).total).toBe(1);
  });
});
