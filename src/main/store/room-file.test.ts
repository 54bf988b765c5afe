/**
 * The deal-room file on disk: schema, pragmas, migrations, and the files it
 * must refuse without touching them.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { createRoomFile, openRoomFile } from './room-file';
import { createTestApp, failure, fileHash, makeTempDir, ok, removeDir, type TestApp } from './test-data-dir';

const dirs: string[] = [];
const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
  for (const d of dirs.splice(0)) removeDir(d);
});

function tempDir(): string {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

function testApp(): TestApp {
  const a = createTestApp();
  apps.push(a);
  return a;
}

function pragmas(db: Database.Database) {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    userVersion: db.pragma('user_version', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
  };
}

/** The schema as SQLite stores it, sorted so that only real changes show. */
function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return `${rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.trim()};`).join('\n\n')}\n`;
}

describe('a new deal-room file', () => {
  it('has every table, STRICT, at the newest schema, with the durability pragmas', () => {
    const file = join(tempDir(), 'fresh.shinrai');
    const created = createRoomFile(file);
    expect(pragmas(created)).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, userVersion: LATEST_SCHEMA_VERSION, busyTimeout: 5000 });
    const tables = created
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual([
      'answer',
      'candidate',
      'change_log',
      'conflict_declaration',
      'consensus',
      'criterion',
      'deal_room',
      'dissent',
      'due_diligence_item',
      'evaluator',
      'evidence_file',
      'interview_item',
      'long_list_key',
      'long_list_state',
      'pillar',
      'proposal',
      'proposal_comment',
      'proposal_decision',
      'red_flag',
      'score',
      'search_entry',
      'search_state',
      'search_text',
      'search_text_config',
      'search_text_data',
      'search_text_docsize',
      'search_text_idx',
      'suitor_signal',
      'term_comment',
      'term_milestone',
      'term_phase',
      'term_sheet',
      'term_trigger',
      'weighting',
    ]);
    // The full-text index (schema 1070) is a virtual table whose shadow tables
    // FTS5 creates itself; they cannot be STRICT. Every table of ours is.
    const fullText = (name: string) => name === 'search_text' || name.startsWith('search_text_');
    for (const t of tables.filter((t) => !fullText(t.name))) expect(t.sql).toMatch(/\)\s*STRICT$/);
    created.prepare("INSERT INTO deal_room (id, name, created_at, updated_at) VALUES ('r', 'Room', 'x', 'x')").run();
    created.close();

    // Pragmas are per connection: every open sets them again.
    const reopened = openRoomFile(file);
    expect(pragmas(reopened)).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, userVersion: LATEST_SCHEMA_VERSION, busyTimeout: 5000 });
    reopened.close();
  });

  it('matches the committed schema snapshot of its version (a schema change needs a migration)', async () => {
    const db = createRoomFile(join(tempDir(), 'schema.shinrai'));
    const schema = schemaOf(db);
    db.close();
    // One snapshot per schema version: editing an old migration changes a
    // released version's snapshot and fails here; a new migration writes a new one.
    await expect(schema).toMatchFileSnapshot(`./__snapshots__/schema-${LATEST_SCHEMA_VERSION}.sql`);
  });

  it('refuses a second deal_room row: one file holds one deal-room', () => {
    const db = createRoomFile(join(tempDir(), 'one.shinrai'));
    const insert = db.prepare("INSERT INTO deal_room (id, name, created_at, updated_at) VALUES (?, 'Room', 'x', 'x')");
    insert.run('a');
    expect(() => insert.run('b')).toThrow(/CHECK constraint failed/);
    db.close();
  });
});

describe('a file from an earlier schema', () => {
  it('is migrated to the newest schema with its data intact', () => {
    const t = testApp();
    mkdirSync(t.roomsDir, { recursive: true });
    const id = 'legacy-room';
    const file = join(t.roomsDir, `${id}.shinrai`);
    const old = new Database(file);
    expect(migrate(old, 1000)).toBe(1000);
    old.exec(`
      INSERT INTO deal_room (id, name, product_line, target_market, notes, archived, created_at, updated_at)
        VALUES ('legacy-room', '旧版のルーム', 'Infusion pumps', 'Kyushu', 'made at schema 1000', 0, '2025-01-10T09:00:00.000Z', '2025-02-01T10:00:00.000Z');
      INSERT INTO candidate (id, name_ja, name_latin, type, compared, sort_order) VALUES ('c-1', '南風医療', 'Haefu Medical', 'distributor', 1, 0);
      INSERT INTO pillar (id, name_en, weight, sort_order) VALUES ('p-1', 'Compliance', 2, 0);
      INSERT INTO criterion (id, pillar_id, name_en, weight, knockout, pass_mark, sort_order) VALUES ('k-1', 'p-1', 'Licence held', 1, 1, 4, 0);
      INSERT INTO evaluator (id, name, department, sort_order) VALUES ('e-1', 'Mori Aoi', 'Legal', 0);
      INSERT INTO score (evaluator_id, candidate_id, criterion_id, value, rationale, confidence, updated_at)
        VALUES ('e-1', 'c-1', 'k-1', 4.5, 'licence seen', 'high', '2025-02-01T10:00:00.000Z');
    `);
    expect(old.pragma('user_version', { simple: true })).toBe(1000);
    old.close();

    const detail = ok(t.app.invoke('dealRooms.get', { dealRoomId: id }));
    expect(detail.dealRoom).toEqual({
      id,
      name: '旧版のルーム',
      productLine: 'Infusion pumps',
      targetMarket: 'Kyushu',
      notes: 'made at schema 1000',
      archived: false,
      sensitivityMargin: 0.05,
      // Schema 1020's defaults: a room from before the panel keeps scoring openly.
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    });
    expect(detail.candidates.map((c) => [c.nameJa, c.nameLatin, c.compared])).toEqual([['南風医療', 'Haefu Medical', true]]);
    expect(detail.criteria.map((c) => [c.nameEn, c.knockout, c.passMark])).toEqual([['Licence held', true, 4]]);
    expect(detail.scores).toEqual([
      { evaluatorId: 'e-1', candidateId: 'c-1', criterionId: 'k-1', value: 4.5, rationale: 'licence seen', confidence: 'high', updatedAt: '2025-02-01T10:00:00.000Z' },
    ]);
    expect(detail.evaluators.map((e) => [e.role, e.submittedAt])).toEqual([['', null]]);
    expect([detail.conflicts, detail.dissent, detail.weightings]).toEqual([[], [], []]);
    t.app.close();

    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    after.close();
  });
});

describe('a file written by a newer Shinrai', () => {
  it('is refused untouched, byte for byte, naming both schema versions', () => {
    const t = testApp();
    const room = ok(t.app.invoke('dealRooms.create', { name: 'From the future' }));
    t.app.close();
    const file = join(t.roomsDir, `${room.id}.shinrai`);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const hash = fileHash(file);
    expect(existsSync(`${file}-wal`)).toBe(false);

    t.reopen();
    const refused = failure(t.app.invoke('dealRooms.get', { dealRoomId: room.id }, { lang: 'en' }));
    expect(refused.code).toBe('newer_database');
    expect(refused.message).toContain(`schema ${LATEST_SCHEMA_VERSION + 1}`);
    expect(refused.message).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
    expect(refused.message).toContain(file);

    const refusedJa = failure(t.app.invoke('dealRooms.update', { dealRoomId: room.id, patch: { name: 'x' } }, { lang: 'ja' }));
    expect(refusedJa.code).toBe('newer_database');
    expect(refusedJa.message).toContain(`スキーマ ${LATEST_SCHEMA_VERSION + 1}`);
    expect(refusedJa.message).toContain(`対応上限は ${LATEST_SCHEMA_VERSION}`);

    const listed = ok(t.app.invoke('dealRooms.list', {}));
    expect(listed).toHaveLength(1);
    expect(listed[0]?.id).toBe(room.id);
    expect(listed[0]?.problem).toContain(String(LATEST_SCHEMA_VERSION + 1));
    expect(listed[0]?.problem).toContain(String(LATEST_SCHEMA_VERSION));

    t.app.close();
    expect(fileHash(file)).toBe(hash);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('is refused even when it was left in WAL mode with its header unchanged on disk', () => {
    const file = join(tempDir(), 'wal-newer.shinrai');
    const db = createRoomFile(file);
    db.prepare("INSERT INTO deal_room (id, name, created_at, updated_at) VALUES ('w', 'Room', 'x', 'x')").run();
    // Another process still holds the file, and the newer version sits in the WAL only.
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    try {
      expect(() => openRoomFile(file)).toThrow(expect.objectContaining({ code: 'newer_database', params: expect.objectContaining({ found: LATEST_SCHEMA_VERSION + 5 }) }));
    } finally {
      db.close();
    }
  });
});

// Damaged, empty, foreign and read-only files beside a healthy room: src/main/reliability/damaged-files.test.ts.
