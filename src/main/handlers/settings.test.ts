import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

describe('settings', () => {
  it('persist across close and reopen, and set the default language of messages', () => {
    const t = createTestApp();
    apps.push(t);
    expect(ok(t.app.invoke('settings.get', {}))).toEqual({ language: 'en', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
    const room = ok(t.app.invoke('dealRooms.create', { name: '継続案件' }));
    expect(ok(t.app.invoke('settings.update', { language: 'ja', lastDealRoomId: room.id }))).toEqual({ language: 'ja', lastDealRoomId: room.id, backups: { intervalHours: 24, keep: 10 } });

    t.reopen();
    expect(ok(t.app.invoke('settings.get', {}))).toEqual({ language: 'ja', lastDealRoomId: room.id, backups: { intervalHours: 24, keep: 10 } });
    // With no language given by the caller, messages follow the setting.
    expect(failure(t.app.invoke('dealRooms.get', { dealRoomId: 'missing' })).message).toBe('ID「missing」のディールルームが見つかりません。');
  });

  it('refuse an unknown language or room and keep what was saved', () => {
    const t = createTestApp();
    apps.push(t);
    const lang = failure(t.app.invoke('settings.update', { language: 'fr' }, { lang: 'en' }));
    expect(lang).toEqual({ code: 'invalid_input', message: 'language: must be one of: "en", "ja"', path: 'language', problem: 'must be one of: "en", "ja"' });
    const room = failure(t.app.invoke('settings.update', { lastDealRoomId: 'gone' }, { lang: 'en' }));
    expect(room).toEqual({ code: 'not_found', message: 'No deal-room with id "gone" was found.', path: 'lastDealRoomId' });
    t.reopen();
    expect(ok(t.app.invoke('settings.get', {}))).toEqual({ language: 'en', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
  });
});
