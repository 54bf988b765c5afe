/**
 * Reads a zip archive from its own directory, checking it as it goes: the
 * portable deal-room file and the .xlsx workbook are both zips, and a zip
 * from outside can be built to hurt whoever opens it.
 *
 * Why not leave this to jszip or exceljs: both inflate entries whole into
 * memory, and jszip believes an entry's recorded size and quietly rewrites
 * names such as "../../x" (so a check of its names sees a harmless name).
 * Here the central directory is read as bytes, so the limits hold on what
 * the archive says (entry count, recorded sizes, names, links) and then on
 * what it really holds: each entry is inflated with its recorded size as a
 * hard ceiling, so an entry that lies about its size is stopped a few
 * kilobytes past that size instead of filling memory.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Entries (folders included) the archive may hold. */
  maxEntries: number;
  /** Bytes all entries may unpack to, together. */
  maxBytes: number;
}

export interface ZipDirectoryEntry {
  /** The name as the archive spells it, not cleaned up. */
  name: string;
  /** The size the archive records for the unpacked entry. */
  size: number;
}

export type ZipRefusal =
  | { ok: false; reason: 'notAZip' }
  | { ok: false; reason: 'damaged'; name: string }
  | { ok: false; reason: 'tooManyEntries'; count: number }
  | { ok: false; reason: 'tooLarge'; size: number }
  | { ok: false; reason: 'sizeLie'; name: string; size: number }
  | { ok: false; reason: 'unsafeName'; name: string }
  | { ok: false; reason: 'duplicateName'; name: string }
  | { ok: false; reason: 'link'; name: string }
  | { ok: false; reason: 'encrypted'; name: string };

export type ZipDirectoryResult = { ok: true; entries: ZipDirectoryEntry[] } | ZipRefusal;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;
const UNIX_HOST = 3;
const FILE_TYPE_MASK = 0o170000;
const SYMBOLIC_LINK = 0o120000;
const STORED = 0;
const DEFLATED = 8;

/**
 * A name that would land outside the folder it is unpacked into, or that
 * means something else on another system: absolute ("/etc/x", "C:\x",
 * "\\server\x"), climbing ("../x", "a/../../x"), with backslashes (a
 * separator on Windows, a letter elsewhere), with empty or "." parts, or
 * with control characters.
 */
export function isUnsafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\\') || /[\u0000-\u001f\u007f]/.test(name)) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  // "a/./b" and "a//b" are not dangerous in themselves, but unpackers tidy them differently, so two names could become one.
  const parts = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  return parts.some((part) => part === '..' || part === '.' || part === '');
}

/** Zip names are UTF-8 when flag 11 says so and IBM code page 437 otherwise; the separators and dots that matter here are ASCII in both. */
function entryName(bytes: Buffer, utf8: boolean): string {
  return bytes.toString(utf8 ? 'utf8' : 'latin1');
}

interface RawEntry {
  name: string;
  nameBytes: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The offset of the end-of-directory record, searched from the end (a comment may follow it). */
function endRecordOffset(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_SEARCH);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  return -1;
}

/** Sizes and offset from the zip64 extra field, for the fields the entry marks as 0xffffffff. */
function zip64Values(extra: Buffer, want: { size: boolean; compressed: boolean; offset: boolean }): { size?: number; compressed?: number; offset?: number } | undefined {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const out: { size?: number; compressed?: number; offset?: number } = {};
      const next = () => {
        if (at + 8 > i + 4 + length) return undefined;
        const v = Number(extra.readBigUInt64LE(at));
        at += 8;
        return v;
      };
      if (want.size) out.size = next();
      if (want.compressed) out.compressed = next();
      if (want.offset) out.offset = next();
      return out;
    }
    i += 4 + length;
  }
  return undefined;
}

/** The archive's directory, checked: names, links, encryption, entry count and recorded sizes. */
function readDirectory(bytes: Buffer, limits: ZipLimits): { ok: true; entries: RawEntry[] } | ZipRefusal {
  if (bytes.length < 22) return { ok: false, reason: 'notAZip' };
  const end = endRecordOffset(bytes);
  if (end < 0) return { ok: false, reason: 'notAZip' };
  let count = bytes.readUInt16LE(end + 10);
  let directorySize = bytes.readUInt32LE(end + 12);
  let directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // Zip64: the real figures are in a record the locator just before the end record points at.
    const locator = end - 20;
    if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_END_LOCATOR) return { ok: false, reason: 'notAZip' };
    const record = Number(bytes.readBigUInt64LE(locator + 8));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) return { ok: false, reason: 'notAZip' };
    count = Number(bytes.readBigUInt64LE(record + 32));
    directorySize = Number(bytes.readBigUInt64LE(record + 40));
    directoryOffset = Number(bytes.readBigUInt64LE(record + 48));
  }
  // Refused on the recorded count before a single entry is read.
  if (count > limits.maxEntries) return { ok: false, reason: 'tooManyEntries', count };
  if (directoryOffset + directorySize > bytes.length) return { ok: false, reason: 'damaged', name: '' };

  const entries: RawEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  let at = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return { ok: false, reason: 'damaged', name: entries[entries.length - 1]?.name ?? '' };
    const madeBy = bytes.readUInt16LE(at + 4);
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const externalAttributes = bytes.readUInt32LE(at + 38);
    let localOffset = bytes.readUInt32LE(at + 42);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > bytes.length) return { ok: false, reason: 'damaged', name: '' };
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = entryName(nameBytes, (flags & 0x0800) !== 0);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const extra = bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
      const big = zip64Values(extra, { size: size === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff });
      if (!big) return { ok: false, reason: 'damaged', name };
      size = big.size ?? size;
      compressedSize = big.compressed ?? compressedSize;
      localOffset = big.offset ?? localOffset;
    }
    if (isUnsafeEntryName(name)) return { ok: false, reason: 'unsafeName', name };
    // Two entries of one name: which one is read depends on the unpacker, so a check could pass on the other.
    if (names.has(name)) return { ok: false, reason: 'duplicateName', name };
    names.add(name);
    if (madeBy >> 8 === UNIX_HOST && ((externalAttributes >>> 16) & FILE_TYPE_MASK) === SYMBOLIC_LINK) return { ok: false, reason: 'link', name };
    if ((flags & 0x0001) !== 0) return { ok: false, reason: 'encrypted', name };
    if (method !== STORED && method !== DEFLATED) return { ok: false, reason: 'damaged', name };
    declared += size;
    if (declared > limits.maxBytes) return { ok: false, reason: 'tooLarge', size: declared };
    entries.push({ name, nameBytes, method, crc, compressedSize, size, localOffset });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Unpacks one entry with its recorded size as the ceiling. zlib stops as
 * soon as the output passes maxOutputLength, so an entry that lies about its
 * size costs at most that size plus one chunk of memory, never what it would
 * really unpack to.
 */
function unpackEntry(bytes: Buffer, entry: RawEntry): { ok: true; bytes: Buffer } | { ok: false; why: 'tooBig' | 'damaged' } {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return { ok: false, why: 'damaged' };
  const nameLength = bytes.readUInt16LE(at + 26);
  const extraLength = bytes.readUInt16LE(at + 28);
  // The local header must name the same entry: unpackers differ in which of the two names they trust.
  if (!bytes.subarray(at + 30, at + 30 + nameLength).equals(entry.nameBytes)) return { ok: false, why: 'damaged' };
  const start = at + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > bytes.length) return { ok: false, why: 'damaged' };
  const data = bytes.subarray(start, start + entry.compressedSize);
  let out: Buffer;
  if (entry.method === STORED) out = data;
  else {
    try {
      // maxOutputLength must be at least 1; an empty entry that unpacks to anything is too big.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (err) {
      return { ok: false, why: (err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooBig' : 'damaged' };
    }
  }
  if (out.length > entry.size) return { ok: false, why: 'tooBig' };
  if (out.length !== entry.size || crc32(out) !== entry.crc) return { ok: false, why: 'damaged' };
  return { ok: true, bytes: out };
}

export interface UnpackedEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * The archive's files (folders left out), unpacked, when it is safe: a zip
 * at all, within the entry count and size limits by what it records and by
 * what it really unpacks to, with no name that climbs out of a folder, no
 * symbolic link, no encrypted entry, and every entry whole (its CRC-32).
 * Synchronous (zlib), so a contract handler needs no worker to read a zip.
 */
export function unpackZip(input: Uint8Array, limits: ZipLimits): { ok: true; entries: UnpackedEntry[] } | ZipRefusal {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const directory = readDirectory(bytes, limits);
  if (!directory.ok) return directory;
  const entries: UnpackedEntry[] = [];
  for (const entry of directory.entries) {
    const unpacked = unpackEntry(bytes, entry);
    if (!unpacked.ok) return unpacked.why === 'tooBig' ? { ok: false, reason: 'sizeLie', name: entry.name, size: entry.size } : { ok: false, reason: 'damaged', name: entry.name };
    if (!entry.name.endsWith('/')) entries.push({ name: entry.name, bytes: unpacked.bytes });
  }
  return { ok: true, entries };
}

/**
 * The same checks as unpackZip, keeping only the names and sizes: for an
 * archive another library reads afterwards (exceljs), so that at most one
 * entry's unpacked bytes are held here at a time.
 */
export function checkZipDirectory(input: Uint8Array, limits: ZipLimits): ZipDirectoryResult {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const directory = readDirectory(bytes, limits);
  if (!directory.ok) return directory;
  for (const entry of directory.entries) {
    const unpacked = unpackEntry(bytes, entry);
    if (!unpacked.ok) return unpacked.why === 'tooBig' ? { ok: false, reason: 'sizeLie', name: entry.name, size: entry.size } : { ok: false, reason: 'damaged', name: entry.name };
  }
  return { ok: true, entries: directory.entries.map((e) => ({ name: e.name, size: e.size })) };
}
