/**
 * Hostile files for the import tests (hostile-imports-*.test.ts), built in
 * the test run rather than stored: zips written byte by byte so that they
 * can lie (a recorded size far below the real one, names such as
 * "../../x", symbolic-link entries, an entry twice), zip bombs that unpack
 * to gigabytes from a few megabytes, text in the encodings a long list must
 * not be read in, and a whole-tree hash to prove that nothing was written.
 *
 * jszip cannot write any of these lies (it fixes names and computes sizes),
 * which is why the container is written by hand here.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Result } from '../../shared/api/result';
import type { Language } from '../../shared/domain/entities';
import { createTestApp, makeTempDir, removeDir, type TestApp } from '../store/test-data-dir';

export interface RawZipEntry {
  name: string;
  /** The entry's content; deflated unless `deflated` gives the compressed bytes already. */
  data?: Uint8Array;
  /** Compressed bytes made elsewhere (a bomb); `size` must then say what they unpack to, or lie. */
  deflated?: Uint8Array;
  /** The unpacked size the archive records; defaults to the true one. */
  size?: number;
  /** Stored instead of deflated. */
  stored?: boolean;
  /** Recorded as a Unix symbolic link (the content is the link's target). */
  symlink?: boolean;
  /** Flag bit 0 (traditional encryption) set. */
  encrypted?: boolean;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip archive exactly as described, lies included: local headers, central directory, end record. */
export function rawZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data ?? new Uint8Array());
    const body = e.deflated ? Buffer.from(e.deflated) : e.stored ? data : deflateRawSync(data);
    const method = e.stored && !e.deflated ? 0 : 8;
    const size = e.size ?? data.length;
    const crc = e.deflated ? 0 : crc32(data);
    const flags = 0x0800 | (e.encrypted ? 0x0001 : 0);
    const common = Buffer.concat([u16(flags), u16(method), u16(0), u16(0x5821), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), u16(20), common, name, body]);
    // Made by Unix (3 in the high byte), so the high half of the external attributes is a file mode.
    const mode = e.symlink ? 0o120777 : 0o100644;
    directory.push(Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), u16(20), common, u16(0), u16(0), u16(0), u32(mode << 16), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, central, end]);
}

const BOMB_CHUNK = 16 * 1024 * 1024;

/**
 * A raw deflate stream of `bytes` zero bytes (a multiple of 16 MiB), about a
 * thousandth of that on disk. One chunk of zeros is deflated with a sync
 * flush (so it ends on a byte boundary and is not the last block), repeated,
 * and closed with an empty final block: no need to deflate gigabytes here.
 */
export function zeroBomb(bytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(BOMB_CHUNK), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const count = Math.ceil(bytes / BOMB_CHUNK);
  // 0x03 0x00: a final block with fixed codes holding only its end marker.
  return Buffer.concat([...Array.from({ length: count }, () => chunk), Buffer.from([0x03, 0x00])]);
}

export const GIGABYTE = 1024 * 1024 * 1024;

/** Every file under a folder (links as their target, folders by their contents) with its hash: equal before and after means nothing was written. */
export function treeHashes(dir: string, prefix = ''): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) out[`${prefix}${name}`] = `link → ${readlinkSync(path)}`;
    else if (stat.isDirectory()) {
      out[`${prefix}${name}/`] = 'folder';
      Object.assign(out, treeHashes(path, `${prefix}${name}/`));
    } else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** Text as UTF-16 little-endian or big-endian, with or without the byte-order mark. */
export function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

/** Text as Windows-1252 (Latin-1 for these letters): what a European office's Excel saves as "CSV". */
export function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

/** Bytes that are no text in any encoding: a seeded sequence, so a failure can be replayed. */
export function binaryGarbage(length: number, seed = 20270401): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    // xorshift32: plenty for noise, and the same on every run.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  // A NUL-free stretch would still be caught as invalid UTF-8 and Shift_JIS; keep some high bytes at the start regardless.
  out[0] = 0xff;
  return out;
}

/** JSON nested `depth` levels deep, as text: arrays in arrays, ending in a number. */
export function deeplyNestedJson(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

/** The peak resident memory of this process so far, in bytes (Node reports kilobytes). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * A data folder inside a folder of its own, so that "nothing written" covers
 * the folder around it too (where a "../x" entry would land), with one
 * deal-room in it whose change log must not move.
 */
export interface HostileWorld {
  /** The folder around the data folder. */
  outer: string;
  test: TestApp;
  dealRoomId: string;
}

export function hostileWorld(roomName: string, options: { seedSample?: boolean } = {}): HostileWorld {
  const outer = makeTempDir('shinrai-hostile-');
  const test = createTestApp({ dataDir: join(outer, 'data'), seedSample: options.seedSample ?? false });
  const dealRoomId = test.app.invoke('dealRooms.create', { name: roomName });
  if (!dealRoomId.ok) throw new Error(dealRoomId.error.message);
  return { outer, test, dealRoomId: dealRoomId.value.id };
}

export function disposeWorld(world: HostileWorld): void {
  world.test.app.close();
  removeDir(world.outer);
}

/** What must not change when a file is refused: every byte around and in the data folder, the rooms, the room's change log. */
export interface WorldState {
  tree: Record<string, string>;
  rooms: string[];
  changes: number;
}

export function stateOf(world: HostileWorld): WorldState {
  const rooms = world.test.app.invoke('dealRooms.list', { includeArchived: true });
  const log = world.test.app.invoke('dealRooms.changeLog', { dealRoomId: world.dealRoomId, limit: 1 });
  if (!rooms.ok || !log.ok) throw new Error('the data folder cannot be read');
  return { tree: treeHashes(world.outer), rooms: rooms.value.map((r) => r.id).sort(), changes: log.value.total };
}

/** One hostile file: how to send it through a door, and words each refusal must hold in English and in Japanese. */
export interface HostileCase {
  name: string;
  call: (lang: Language) => Result<unknown>;
  en: readonly (string | RegExp)[];
  ja: readonly (string | RegExp)[];
}

/** The refusal of one case in both languages, with the state around it. */
export interface Refusal {
  en: Result<unknown>;
  ja: Result<unknown>;
  before: WorldState;
  after: WorldState;
}

export function sendBothLanguages(world: HostileWorld, c: HostileCase): Refusal {
  const before = stateOf(world);
  const en = c.call('en');
  const ja = c.call('ja');
  return { en, ja, before, after: stateOf(world) };
}

/** A refusal's message, or a note saying the call was accepted (so a failing assertion shows which). */
export function messageOf(result: Result<unknown>): string {
  return result.ok ? `(accepted: ${JSON.stringify(result.value).slice(0, 120)})` : result.error.message;
}

/** One line per door for the test output: the figures the issue asks for. */
export interface DoorFigures {
  cases: number;
  refused: number;
  unchanged: number;
}

/** The summary line of a door whose cases were sent in several batches. */
export function doorTotalSummary(door: string, batches: readonly DoorFigures[], extra = ''): string {
  const total = batches.reduce((sum, f) => ({ cases: sum.cases + f.cases, refused: sum.refused + f.refused, unchanged: sum.unchanged + f.unchanged }), { cases: 0, refused: 0, unchanged: 0 });
  return doorSummary(door, total.cases, total.refused, total.unchanged, extra);
}

export function doorSummary(door: string, cases: number, refused: number, unchanged: number, extra = ''): string {
  return `${door}: ${cases} hostile files, ${refused} refused with a message in English and Japanese, ${unchanged} left the data folder byte-for-byte unchanged${extra}`;
}

/**
 * Sends every case through its door in English and in Japanese and checks
 * each refusal: not accepted, the expected words in each language, and the
 * data folder, the room list and the change log exactly as before. Returns
 * the figures for the door's summary line.
 */
export function refuseAll(world: HostileWorld, cases: readonly HostileCase[]): { cases: number; refused: number; unchanged: number } {
  let refused = 0;
  let unchanged = 0;
  for (const c of cases) {
    const r = sendBothLanguages(world, c);
    expect.soft(r.en.ok, `${c.name}: accepted in English`).toBe(false);
    expect.soft(r.ja.ok, `${c.name}: accepted in Japanese`).toBe(false);
    for (const words of c.en) expect.soft(messageOf(r.en), `${c.name} (en)`).toMatch(words);
    for (const words of c.ja) expect.soft(messageOf(r.ja), `${c.name} (ja)`).toMatch(words);
    // The two languages really are two texts: a Japanese refusal is not the English one.
    expect.soft(messageOf(r.ja), `${c.name}: same text in both languages`).not.toBe(messageOf(r.en));
    expect.soft(r.after, `${c.name}: something was written`).toEqual(r.before);
    if (!r.en.ok && !r.ja.ok) refused++;
    if (JSON.stringify(r.after) === JSON.stringify(r.before)) unchanged++;
  }
  return { cases: cases.length, refused, unchanged };
}
