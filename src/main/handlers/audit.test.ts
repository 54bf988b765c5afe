/**
 * The audit trail through the contract: filters and paging done by the store
 * on a real room file, and the chain check seeing an edit made to the file
 * behind the app's back.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/** Two people change one room: Mori creates it and two candidates, Ito (after a restart as Ito) renames one. */
function sharedRoom() {
  const t = createTestApp({ actor: 'Mori Aoi' });
  apps.push(t);
  const dealRoomId = ok(t.app.invoke('dealRooms.create', { name: '履歴' })).id;
  const a = ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Asagi Medical' } }));
  ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameJa: '紅葉商事' } }));
  const app = t.reopen({ actor: '伊藤 芽衣' });
  ok(app.invoke('candidates.update', { dealRoomId, candidateId: a.id, patch: { headquarters: '名古屋' } }));
  return { t, app, dealRoomId, file: join(t.roomsDir, `${dealRoomId}.shinrai`) };
}

describe('audit.list', () => {
  it('filters by person and by kind of record, newest first, and offers both as choices', () => {
    const { app, dealRoomId } = sharedRoom();
    const all = ok(app.invoke('audit.list', { dealRoomId }));
    expect(all.actors).toEqual(['Mori Aoi', '伊藤 芽衣']);
    expect(all.entities).toEqual(['candidate', 'dealRoom']);
    // Newest first: the rename by Ito leads.
    expect(all.entries[0]).toMatchObject({ actor: '伊藤 芽衣', entity: 'candidate', field: 'headquarters', before: '', after: '名古屋' });
    expect(all.entries.map((e) => e.seq)).toEqual([...all.entries.map((e) => e.seq)].sort((x, y) => y - x));

    const byIto = ok(app.invoke('audit.list', { dealRoomId, actor: '伊藤 芽衣' }));
    expect(byIto.total).toBe(1);
    const candidatesByMori = ok(app.invoke('audit.list', { dealRoomId, actor: 'Mori Aoi', entity: 'candidate' }));
    expect(candidatesByMori.total).toBe(2);
    expect(candidatesByMori.entries.every((e) => e.actor === 'Mori Aoi' && e.entity === 'candidate')).toBe(true);
    expect(all.total).toBe(byIto.total + candidatesByMori.total + ok(app.invoke('audit.list', { dealRoomId, entity: 'dealRoom' })).total);
  });

  it('pages in the store and keeps the total of the whole filter', () => {
    const { app, dealRoomId } = sharedRoom();
    const all = ok(app.invoke('audit.list', { dealRoomId }));
    const first = ok(app.invoke('audit.list', { dealRoomId, limit: 2, offset: 0 }));
    const second = ok(app.invoke('audit.list', { dealRoomId, limit: 2, offset: 2 }));
    expect(first.total).toBe(all.total);
    expect([...first.entries, ...second.entries].map((e) => e.seq)).toEqual(all.entries.slice(0, 4).map((e) => e.seq));
  });

  it('keeps rows inside the time window [from, before)', () => {
    const { app, dealRoomId } = sharedRoom();
    const all = ok(app.invoke('audit.list', { dealRoomId }));
    const newest = all.entries[0]!;
    const atNewest = ok(app.invoke('audit.list', { dealRoomId, from: newest.at }));
    expect(atNewest.entries.map((e) => e.seq)).toContain(newest.seq);
    expect(atNewest.entries.every((e) => e.at >= newest.at)).toBe(true);
    const beforeNewest = ok(app.invoke('audit.list', { dealRoomId, before: newest.at }));
    expect(beforeNewest.entries.map((e) => e.seq)).not.toContain(newest.seq);
    expect(atNewest.total + beforeNewest.total).toBe(all.total);
    expect(ok(app.invoke('audit.list', { dealRoomId, from: '2000-01-01T00:00:00+09:00', before: '2000-01-02T00:00:00+09:00' })).total).toBe(0);
  });

  it('refuses a malformed instant, naming the field', () => {
    const { app, dealRoomId } = sharedRoom();
    expect(failure(app.invoke('audit.list', { dealRoomId, from: 'yesterday' }))).toMatchObject({ code: 'invalid_input', path: 'from' });
  });
});

describe('audit.verify', () => {
  it('finds the chain whole, then names the row altered in the file', () => {
    const { t, app, dealRoomId, file } = sharedRoom();
    const whole = ok(app.invoke('audit.verify', { dealRoomId }));
    expect(whole.firstBroken).toBeNull();
    expect(whole.rows).toBe(ok(app.invoke('audit.list', { dealRoomId })).total);
    t.app.close();

    const db = new Database(file);
    const seq = db.prepare("SELECT seq FROM change_log WHERE field = 'headquarters'").pluck().get() as number;
    db.prepare(`UPDATE change_log SET actor = 'Mori Aoi' WHERE seq = ?`).run(seq);
    db.close();

    const reopened = t.reopen();
    expect(ok(reopened.invoke('audit.verify', { dealRoomId })).firstBroken).toEqual({ seq, problem: 'hash' });
  });
});
