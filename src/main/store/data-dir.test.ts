import { homedir } from 'node:os';
/**
 * The data directory: settings, seeding, creating and deleting room files,
 * and how many rooms stay open.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../dispatcher';
import { openDataDir, type DataDir } from './data-dir';
import { defaultDataDir } from './default-data-dir';
import { dealRoomTable } from './entity-tables';
import { OPEN_ROOMS_KEPT, OpenRoomCache } from './open-room-cache';
import { RoomStore } from './room-store';
import { sampleDealRoomFile } from './sample-deal-room';
import { makeTempDir, removeDir } from './test-data-dir';

const dirs: string[] = [];
const stores: DataDir[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) removeDir(d);
});

const logs: string[] = [];
const log: Logger = (level, message) => {
  logs.push(`${level}: ${message}`);
};

function open(dir: string, seedSample = false): DataDir {
  const store = openDataDir({ dataDir: dir, seedSample }, log);
  stores.push(store);
  return store;
}

function freshDir(): string {
  const d = makeTempDir();
  dirs.push(d);
  return d;
}

function addRoom(store: DataDir, name: string): RoomStore {
  const id = `room-${name}`;
  return store.createRoom(id, (draft) =>
    draft.change('tester', (tx) =>
      tx.insert(dealRoomTable, {
        id,
        name,
        productLine: '',
        targetMarket: '',
        notes: '',
        archived: false,
        sensitivityMargin: 0.05,
        scoringMode: 'open',
        rationaleRule: 'extremes',
        disagreementThreshold: 1.5,
        createdAt: tx.at,
        updatedAt: tx.at,
      }),
    ),
  );
}

describe('settings', () => {
  it('start from the defaults, persist atomically, and survive a reopen', () => {
    const dir = freshDir();
    const store = open(dir);
    expect(store.settings()).toEqual({ language: 'en', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
    expect(store.updateSettings({ language: 'ja' })).toEqual({ language: 'ja', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'ja', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
    // No temporary file is left beside it.
    expect(readdirSync(dir).sort()).toEqual(['rooms', 'settings.json']);
    store.close();
    expect(open(dir).settings().language).toBe('ja');
  });

  it('fall back to the defaults when the file is not valid, and say so in the log', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '{"language":"fr"}');
    const before = logs.length;
    expect(open(dir).settings()).toEqual({ language: 'en', lastDealRoomId: null, backups: { intervalHours: 24, keep: 10 } });
    expect(logs.slice(before).some((l) => l.startsWith('warn: settings'))).toBe(true);
  });

  it('refuse values outside the schema and keep the old ones', () => {
    const store = open(freshDir());
    expect(() => store.updateSettings({ language: 'de' as never })).toThrow();
    expect(store.settings().language).toBe('en');
  });
});

describe('seeding the sample', () => {
  it('imports the sample once, into a new directory only, and opens it first', () => {
    const dir = freshDir();
    const store = open(dir, true);
    const ids = store.roomIds();
    expect(ids).toHaveLength(1);
    const room = store.room(ids[0] ?? '');
    expect(room.dealRoom().name).toBe(sampleDealRoomFile().dealRoom.name);
    expect(room.detail().candidates).toHaveLength(sampleDealRoomFile().candidates.length);
    expect(store.settings().lastDealRoomId).toBe(ids[0]);

    store.deleteRoom(ids[0] ?? '');
    expect(store.settings().lastDealRoomId).toBeNull();
    store.close();
    // Deleted stays deleted: the directory is no longer new.
    expect(open(dir, true).roomIds()).toEqual([]);
  });

  it('does not seed when asked not to', () => {
    expect(open(freshDir(), false).roomIds()).toEqual([]);
  });
});

describe('room files', () => {
  it('are created whole, or not at all', () => {
    const store = open(freshDir());
    expect(() =>
      store.createRoom('half-made', (draft) => {
        addRowAndFail(draft);
      }),
    ).toThrow('disk full (simulated)');
    expect(readdirSync(store.roomsDir)).toEqual([]);
    expect(store.roomIds()).toEqual([]);
  });

  it('remove leftovers of a creation that was interrupted', () => {
    const dir = freshDir();
    const store = open(dir);
    writeFileSync(join(store.roomsDir, '.abc.creating'), 'partial');
    writeFileSync(join(store.roomsDir, '.abc.creating-wal'), 'partial');
    store.close();
    const reopened = open(dir);
    expect(readdirSync(reopened.roomsDir)).toEqual([]);
  });

  it('are deleted with their side files', () => {
    const store = open(freshDir());
    const room = addRoom(store, 'to-delete');
    store.updateSettings({ lastDealRoomId: room.id });
    room.change('tester', (tx) => tx.update(dealRoomTable, room.dealRoom(), { notes: 'written' }));
    expect(existsSync(`${room.file}-wal`)).toBe(true);
    store.deleteRoom(room.id);
    expect(readdirSync(store.roomsDir)).toEqual([]);
    expect(store.settings().lastDealRoomId).toBeNull();
    expect(() => store.room(room.id)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('are only ever named by safe ids, so no id reaches outside rooms/', () => {
    const dir = freshDir();
    const store = open(dir);
    writeFileSync(join(dir, 'outside.shinrai'), 'not for us');
    for (const id of ['../outside', '..', 'a/b', '.hidden', 'a.b', '']) {
      expect(() => store.room(id)).toThrow(expect.objectContaining({ code: 'not_found' }));
      expect(store.hasRoom(id)).toBe(false);
    }
    expect(() => store.deleteRoom('../outside')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(readFileSync(join(dir, 'outside.shinrai'), 'utf8')).toBe('not for us');
  });

  it('copied in by hand are rooms of their own, named by their file', () => {
    const store = open(freshDir());
    const original = addRoom(store, 'kansai');
    store.close();
    copyFileSync(original.file, join(store.roomsDir, 'kansai backup (2).shinrai'));
    const reopened = open(store.dir);
    expect(reopened.roomIds()).toEqual(['kansai backup (2)', original.id]);
    const copy = reopened.room('kansai backup (2)');
    expect([copy.dealRoom().id, copy.dealRoom().name]).toEqual(['kansai backup (2)', 'kansai']);
    copy.change('tester', (tx) => tx.update(dealRoomTable, copy.dealRoom(), { name: 'kansai (copy)' }));
    expect(reopened.room(original.id).dealRoom().name).toBe('kansai');
  });

  it('stay open only a few at a time', () => {
    const store = open(freshDir());
    const names = Array.from({ length: OPEN_ROOMS_KEPT + 3 }, (_, i) => `r${i}`);
    const rooms = names.map((name) => {
      const room = addRoom(store, name);
      return { id: room.id, file: room.file, name };
    });
    for (const r of rooms) expect(store.room(r.id).dealRoom().name).toBe(r.name);
    // An open WAL database has its -wal file; a closed one has none.
    const openFiles = rooms.filter((r) => existsSync(`${r.file}-wal`)).map((r) => r.name);
    expect(openFiles).toEqual(names.slice(-OPEN_ROOMS_KEPT));
  });
});

/** Writes a row, then fails as a full disk would: the draft must vanish. */
function addRowAndFail(draft: RoomStore): void {
  draft.change('tester', (tx) => {
    tx.note('dealRoom', draft.id, 'probe', null, 1);
  });
  throw new Error('disk full (simulated)');
}

describe('OpenRoomCache', () => {
  it('closes the least recently used room when full', () => {
    const closed: string[] = [];
    const fake = (id: string) => ({ id, close: () => closed.push(id) }) as unknown as RoomStore;
    const cache = new OpenRoomCache(2);
    cache.add(fake('a'));
    cache.add(fake('b'));
    expect(cache.get('a')?.id).toBe('a'); // a is now the most recent
    cache.add(fake('c'));
    expect(closed).toEqual(['b']);
    expect(cache.size).toBe(2);
    cache.evict('a');
    expect(closed).toEqual(['b', 'a']);
    cache.closeAll();
    expect(closed).toEqual(['b', 'a', 'c']);
    expect(cache.size).toBe(0);
  });
});

describe('defaultDataDir', () => {
  it('prefers SHINRAI_DATA_DIR, else the folder Electron\'s userData gives, per platform', () => {
    expect(defaultDataDir({ SHINRAI_DATA_DIR: '/srv/shinrai-data' })).toBe('/srv/shinrai-data');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/aki/.config' }, 'linux')).toBe('/home/aki/.config/Shinrai/data');
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Shinrai', 'data'));
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Shinrai', 'data'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\aki\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\aki\\AppData\\Roaming', 'Shinrai', 'data'));
  });
});
