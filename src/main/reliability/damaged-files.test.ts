/**
 * Issue 9, durability: damaged and foreign files in rooms/. Each one lies
 * next to a healthy deal-room; the list names its problem in plain words (in
 * English and Japanese), opening it gives the same words, it stays byte for
 * byte as it was with no -wal, -shm or -journal made beside it, and the
 * healthy room goes on reading, writing and verifying its change log.
 * (Migrations of older files and the newer-schema refusal on each door are in
 * src/main/store/room-file.test.ts.)
 */
import { chmodSync, copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longListDealRoomFile } from '../../../scripts/synthetic-deal-room';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { createTestApp, failure, fileHash, makeTempDir, ok, removeDir, type TestApp } from '../store/test-data-dir';

const dirs: string[] = [];
const apps: TestApp[] = [];
afterAll(() => {
  for (const a of apps.splice(0)) a.dispose();
  for (const d of dirs.splice(0)) removeDir(d);
});

/** A real room of 300 candidates, closed (no -wal): the file every damage starts from. */
let victim = '';
let pageSize = 0;
/** The middle leaf page of the candidate table, 1-based as SQLite numbers pages. */
let candidateLeafPage = 0;

beforeAll(() => {
  const t = createTestApp();
  apps.push(t);
  const room = ok(t.app.invoke('dealRooms.import', { file: longListDealRoomFile(300, 17) }));
  t.app.close();
  victim = join(t.roomsDir, `${room.id}.shinrai`);
  const db = new Database(victim, { readonly: true });
  pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'candidate' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  db.close();
  candidateLeafPage = leaves[Math.floor(leaves.length / 2)] ?? 0;
  expect(leaves.length).toBeGreaterThan(4);
});

/** mulberry32: the same "random" file on every run. */
function seededBytes(length: number, seed: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

interface DamageCase {
  /** The room id, which is the file's name in rooms/. */
  id: string;
  what: string;
  /** Writes the damaged file (and anything beside it) at `file`. */
  make(file: string): void;
  code: 'unreadable_database' | 'newer_database';
  /** The problem as the list words it, in English. */
  en(file: string): string;
  /** And in Japanese, where the case checks it. */
  ja?(file: string): string;
}

const unreadable = (file: string, reason: string) => `The file "${file}" could not be read as a Shinrai deal-room (${reason}). It was left untouched.`;
const unreadableJa = (file: string, reason: string) => `ファイル「${file}」をShinraiのディールルームとして読み込めませんでした（${reason}）。ファイルは変更していません。`;

const CASES: DamageCase[] = [
  {
    id: 'cut-short',
    what: 'a database cut off in the middle of a page',
    make(file) {
      copyFileSync(victim, file);
      const pages = readFileSync(file).length / pageSize;
      truncateSync(file, Math.floor(pages / 2) * pageSize + pageSize / 2);
    },
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'the database is damaged'),
    ja: (file) => unreadableJa(file, 'データベースが破損しています'),
  },
  {
    id: 'zeroed-page',
    what: 'a page of candidates in the middle overwritten with zeros',
    make(file) {
      const bytes = readFileSync(victim);
      bytes.fill(0, (candidateLeafPage - 1) * pageSize, candidateLeafPage * pageSize);
      writeFileSync(file, bytes);
    },
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'the database is damaged'),
  },
  {
    id: 'noisy-page',
    what: 'the second page (a table root) overwritten with noise',
    make(file) {
      const bytes = readFileSync(victim);
      bytes.fill(0xa5, pageSize, pageSize * 2);
      writeFileSync(file, bytes);
    },
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'the database is damaged'),
  },
  {
    id: 'random-bytes',
    what: 'random bytes with the room extension',
    make: (file) => writeFileSync(file, seededBytes(48 * 1024, 9)),
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'it is not an SQLite database'),
    ja: (file) => unreadableJa(file, 'SQLiteのデータベースではありません'),
  },
  {
    id: 'from-the-future',
    what: 'a room written by a newer Shinrai (user_version above the newest schema)',
    make(file) {
      copyFileSync(victim, file);
      const db = new Database(file);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    },
    code: 'newer_database',
    en: (file) =>
      `The deal-room file "${file}" was written by a newer version of Shinrai (schema ${LATEST_SCHEMA_VERSION + 1}; this version understands up to ${LATEST_SCHEMA_VERSION}). It was left untouched: update Shinrai to open it.`,
    ja: (file) =>
      `ディールルームのファイル「${file}」は新しいバージョンのShinraiで作成されています（スキーマ ${LATEST_SCHEMA_VERSION + 1}、このバージョンの対応上限は ${LATEST_SCHEMA_VERSION}）。ファイルは変更していません。開くにはShinraiを更新してください。`,
  },
  {
    id: 'empty',
    what: 'an empty file',
    make: (file) => writeFileSync(file, ''),
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'the file is empty'),
    ja: (file) => unreadableJa(file, 'ファイルが空です'),
  },
  {
    id: 'read-only',
    what: 'a healthy room whose file is read-only (mode 0444)',
    make(file) {
      copyFileSync(victim, file);
      chmodSync(file, 0o444);
    },
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'the file is read-only; allow changes to it, then open it again'),
    ja: (file) => unreadableJa(file, 'ファイルが読み取り専用になっています。書き込みを許可してから、もう一度開いてください'),
  },
  {
    id: 'recipe-box',
    what: "another program's SQLite database",
    make(file) {
      const db = new Database(file);
      db.exec("CREATE TABLE recipes (name TEXT, minutes INTEGER) STRICT; INSERT INTO recipes VALUES ('Oyakodon', 25)");
      db.pragma('user_version = 1000');
      db.close();
    },
    code: 'unreadable_database',
    en: (file) => unreadable(file, 'it is an SQLite database, but not a Shinrai deal-room'),
    ja: (file) => unreadableJa(file, 'SQLiteのデータベースですが、Shinraiのディールルームではありません'),
  },
  {
    id: 'garbled-log',
    what: 'a healthy room with a -wal beside it that SQLite did not write',
    make(file) {
      copyFileSync(victim, file);
      writeFileSync(`${file}-wal`, seededBytes(8 * 1024, 23));
    },
    code: 'unreadable_database',
    en: (file) =>
      unreadable(file, `the file beside it, "${file}-wal", which holds its latest changes, is not in the form SQLite writes; move that file somewhere safe to open the room as last saved`),
    ja: (file) =>
      unreadableJa(file, `直近の変更を保持する隣のファイル「${file}-wal」が、SQLiteの書き込む形式になっていません。このファイルを安全な場所へ移すと、最後に保存された状態で開けます`),
  },
];

/** Every file in rooms/ that belongs to `id` (the room file and anything beside it), with its hash. */
function filesOf(roomsDir: string, id: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(roomsDir).sort()) if (name.startsWith(`${id}.`)) out[name] = fileHash(join(roomsDir, name));
  return out;
}

describe('a damaged or foreign file next to a healthy deal-room', () => {
  it.each(CASES)('$what: named in plain words, left untouched, and the other room keeps working', (c) => {
    const dir = makeTempDir('shinrai-damaged-');
    dirs.push(dir);
    const t = createTestApp({ dataDir: dir });
    apps.push(t);
    const healthy = ok(t.app.invoke('dealRooms.create', { name: 'Kansai distributor search' }));
    ok(t.app.invoke('candidates.create', { dealRoomId: healthy.id, fields: { nameLatin: 'Aozora Medical Supply' } }));
    t.app.close();

    const file = join(t.roomsDir, `${c.id}.shinrai`);
    c.make(file);
    const before = filesOf(t.roomsDir, c.id);
    t.reopen();

    const listed = ok(t.app.invoke('dealRooms.list', {}, { lang: 'en' }));
    const byId = (a: [string, string | null], b: [string, string | null]) => (a[0] < b[0] ? -1 : 1);
    expect(listed.map((r): [string, string | null] => [r.id, r.problem ?? null]).sort(byId)).toEqual(
      ([[healthy.id, null], [c.id, c.en(file)]] as [string, string | null][]).sort(byId),
    );
    if (c.ja) expect(ok(t.app.invoke('dealRooms.list', {}, { lang: 'ja' })).find((r) => r.id === c.id)?.problem).toBe(c.ja(file));

    // Opening it (what a click on it does) gives the same words and the cause's code.
    const opened = failure(t.app.invoke('dealRooms.get', { dealRoomId: c.id }, { lang: 'en' }));
    expect([opened.code, opened.message]).toEqual([c.code, c.en(file)]);
    const renamed = failure(t.app.invoke('dealRooms.update', { dealRoomId: c.id, patch: { name: 'Overwritten?' } }));
    expect(renamed.code).toBe(c.code);

    // The healthy room reads, writes and verifies as before.
    const room = ok(t.app.invoke('dealRooms.get', { dealRoomId: healthy.id }));
    expect(room.candidates.map((x) => x.nameLatin)).toEqual(['Aozora Medical Supply']);
    ok(t.app.invoke('candidates.create', { dealRoomId: healthy.id, fields: { nameLatin: 'Biwako Trading K.K.' } }));
    const chain = ok(t.app.invoke('audit.verify', { dealRoomId: healthy.id }));
    expect(chain.firstBroken).toBeNull();
    expect(chain.rows).toBe(3);
    t.app.close();

    expect(filesOf(t.roomsDir, c.id)).toEqual(before);
    console.log(`damaged file "${c.id}" (${c.what}): refused as ${c.code}, ${Object.keys(before).length} file(s) byte-for-byte untouched, the healthy room kept working`);
  });
});
