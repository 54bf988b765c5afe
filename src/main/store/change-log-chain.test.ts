/**
 * The change log as a hash chain (issue 8, "Tamper evidence"): written by
 * real changes through the app, checked on the file, and broken on purpose
 * by editing the file directly, as someone with the file and a SQLite tool
 * could.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { chainHash, verifyChangeLog } from './change-log-chain';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { applyPragmas } from './room-file';
import { createTestApp, makeTempDir, ok, removeDir, type TestApp } from './test-data-dir';

const apps: TestApp[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
  for (const d of dirs.splice(0)) removeDir(d);
});

function roomWithHistory() {
  const t = createTestApp({ actor: 'Mori Aoi' });
  apps.push(t);
  const dealRoomId = ok(t.app.invoke('dealRooms.create', { name: '監査ログの確認' })).id;
  const c = ok(t.app.invoke('candidates.create', { dealRoomId, fields: { nameJa: '朝凪商事', nameLatin: 'Asanagi Shoji' } }));
  ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: c.id, patch: { headquarters: '大阪' } }));
  ok(t.app.invoke('candidates.update', { dealRoomId, candidateId: c.id, patch: { notes: 'Met at MEDTEC Japan' } }));
  ok(t.app.invoke('dealRooms.update', { dealRoomId, patch: { productLine: 'Patient monitors' } }));
  t.app.close();
  return { t, file: join(t.roomsDir, `${dealRoomId}.shinrai`) };
}

function withFile<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('the change-log chain', () => {
  it('hashes a row with its link to the row before (worked example)', () => {
    // SHA-256 of the JSON array ["", 1, "2027-01-05T09:00:00.000Z", "Mori Aoi", "candidate", "c1", "headquarters", "\"東京\"", "\"大阪\""]
    // (the previous hash first, then every field in a fixed order), as hex; computed once with
    // `printf '%s' '<that JSON>' | sha256sum` and pinned here so a change of recipe cannot pass unnoticed.
    const row = { seq: 1, at: '2027-01-05T09:00:00.000Z', actor: 'Mori Aoi', entity: 'candidate', entityId: 'c1', field: 'headquarters', before: '"東京"', after: '"大阪"' };
    expect(chainHash('', row)).toBe('b2a946d560bd55180656b7c9679b1b5bc75a7d52314b54702da18ba1c04bf522');
    // Any field, or the link, changes the hash.
    expect(chainHash('', { ...row, after: '"京都"' })).not.toBe(chainHash('', row));
    expect(chainHash('00', row)).not.toBe(chainHash('', row));
  });

  it('links every row a change writes, and verifies whole', () => {
    const { file } = roomWithHistory();
    const verdict = withFile(file, verifyChangeLog);
    const rows = withFile(file, (db) => db.prepare('SELECT count(*) FROM change_log').pluck().get() as number);
    expect(rows).toBeGreaterThanOrEqual(4);
    expect(verdict).toEqual({ rows, head: expect.stringMatching(/^[0-9a-f]{64}$/), firstBroken: null });
    // Each row's link is the row before's hash.
    const links = withFile(file, (db) => db.prepare('SELECT prev_hash AS prev, hash FROM change_log ORDER BY seq').all() as { prev: string; hash: string }[]);
    expect(links[0]?.prev).toBe('');
    for (let i = 1; i < links.length; i += 1) expect(links[i]?.prev).toBe(links[i - 1]?.hash);
  });

  it('names the first row whose content was altered in the file', () => {
    const { file } = roomWithHistory();
    const target = withFile(file, (db) => db.prepare("SELECT seq FROM change_log WHERE field = 'headquarters'").pluck().get() as number);
    withFile(file, (db) => db.prepare(`UPDATE change_log SET after = '"京都"' WHERE seq = ?`).run(target));
    expect(withFile(file, verifyChangeLog).firstBroken).toEqual({ seq: target, problem: 'hash' });
  });

  it('names the row after one deleted from the middle', () => {
    const { file } = roomWithHistory();
    const seqs = withFile(file, (db) => db.prepare('SELECT seq FROM change_log ORDER BY seq').pluck().all() as number[]);
    const removed = seqs[1]!;
    withFile(file, (db) => db.prepare('DELETE FROM change_log WHERE seq = ?').run(removed));
    expect(withFile(file, verifyChangeLog).firstBroken).toEqual({ seq: seqs[2], problem: 'link' });
  });

  it('keeps the chain across a restart and later changes', () => {
    const { t, file } = roomWithHistory();
    const app = t.reopen();
    const dealRoomId = ok(app.invoke('dealRooms.list', {}))[0]!.id;
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { notes: '再開後の変更' } }));
    app.close();
    expect(withFile(file, verifyChangeLog).firstBroken).toBeNull();
  });

  it('chains the rows of a room written before schema 1090 when it is upgraded', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = join(dir, 'old.shinrai');
    withFile(file, (db) => {
      applyPragmas(db);
      migrate(db, 1080);
      const insert = db.prepare("INSERT INTO change_log (at, actor, entity, entity_id, field, before, after) VALUES (?, 'Sato', 'candidate', 'c1', ?, 'null', ?)");
      insert.run('2026-01-01T00:00:00.000Z', '', '{"nameJa":"紅葉商事"}');
      insert.run('2026-01-02T00:00:00.000Z', 'notes', '"first call"');
      expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(verifyChangeLog(db)).toEqual({ rows: 2, head: expect.stringMatching(/^[0-9a-f]{64}$/), firstBroken: null });
    });
  });
});
