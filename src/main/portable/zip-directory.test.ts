import { describe, expect, it } from 'vitest';
import { rawZip, zeroBomb } from '../reliability/hostile-files';
import { checkZipDirectory, isUnsafeEntryName, unpackZip } from './zip-directory';

const LIMITS = { maxEntries: 10, maxBytes: 1024 * 1024 };
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/**
 * Two small files zipped by Info-ZIP with `zip -fz` (forced zip64): the sizes
 * and the directory's offset are in zip64 records, as a tool that streams
 * writes them. Kept as bytes so the test does not need zip installed.
 */
const ZIP64 = Buffer.from('UEsDBC0AAAAAANaGd10JiRMM//////////8FADAAYS50eHRVVAkAA9RvBGvUbwRrdXgLAAEEAAAAAAQAAAAAAQAQABIAAAAAAAAAEgAAAAAAAABoZWxsbyB6aXA2NCB3b3JsZApQSwMELQAAAAAA1oZ3XX7ADwb//////////wcAMABkL2IudHh0VVQJAAPUbwRr1G8Ea3V4CwABBAAAAAAEAAAAAAEAEAAHAAAAAAAAAAcAAAAAAAAAc2Vjb25kClBLAQIeAy0AAAAAANaGd10JiRMMEgAAAP////8FACQAAAAAAAEAAACkgQAAAABhLnR4dFVUBQAD1G8Ea3V4CwABBAAAAAAEAAAAAAEACAASAAAAAAAAAFBLAQIeAy0AAAAAANaGd11+wA8GBwAAAP////8HACQAAAAAAAEAAACkgWUAAABkL2IudHh0VVQFAAPUbwRrdXgLAAEEAAAAAAQAAAAAAQAIAAcAAAAAAAAAUEsGBiwAAAAAAAAAHgMtAAAAAAAAAAAAAgAAAAAAAAACAAAAAAAAALAAAAAAAAAAwQAAAAAAAABQSwYHAAAAAHEBAAAAAAAAAQAAAFBLBQYAAAAAAgACALAAAAD/////AAA=', 'base64');

describe('reading a zip from its own directory', () => {
  it('unpacks a zip64 archive, folders left out', () => {
    const unpacked = unpackZip(ZIP64, LIMITS);
    expect(unpacked.ok && unpacked.entries.map((e) => [e.name, text(e.bytes)])).toEqual([
      ['a.txt', 'hello zip64 world\n'],
      ['d/b.txt', 'second\n'],
    ]);
  });

  it('unpacks stored and deflated entries and checks each one’s CRC-32', () => {
    const zip = rawZip([{ name: 'folder/', data: new Uint8Array(), stored: true }, { name: 'folder/a.txt', data: Buffer.from('朝凪'), stored: true }, { name: 'b.txt', data: Buffer.from('b'.repeat(5000)) }]);
    const unpacked = unpackZip(zip, LIMITS);
    expect(unpacked.ok && unpacked.entries.map((e) => [e.name, e.bytes.length])).toEqual([
      ['folder/a.txt', 6],
      ['b.txt', 5000],
    ]);
    // One byte of the stored content changed: its CRC-32 no longer matches.
    const damaged = Buffer.from(zip);
    const at = damaged.indexOf(Buffer.from('朝凪'));
    damaged.writeUInt8(damaged.readUInt8(at) ^ 0x01, at);
    expect(unpackZip(damaged, LIMITS)).toEqual({ ok: false, reason: 'damaged', name: 'folder/a.txt' });
  });

  it('refuses by recorded size before unpacking, and stops an entry at its recorded size', () => {
    const bomb = zeroBomb(32 * 1024 * 1024);
    expect(checkZipDirectory(rawZip([{ name: 'x', deflated: bomb, size: 32 * 1024 * 1024 }]), LIMITS)).toEqual({ ok: false, reason: 'tooLarge', size: 32 * 1024 * 1024 });
    expect(checkZipDirectory(rawZip([{ name: 'x', deflated: bomb, size: 10 }]), LIMITS)).toEqual({ ok: false, reason: 'sizeLie', name: 'x', size: 10 });
    expect(checkZipDirectory(rawZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('.') }))), LIMITS)).toEqual({ ok: false, reason: 'tooManyEntries', count: 11 });
  });

  it('tells names that stay in their folder from those that climb out, are absolute or could be tidied into another', () => {
    const safe = ['deal-room.json', 'files/0a1b', 'xl/worksheets/sheet1.xml', '[Content_Types].xml', 'folder/', '資料/会社案内.pdf', '..hidden', 'a..b'];
    const unsafe = ['', '../x', 'a/../../x', '/etc/x', '\\\\server\\x', 'C:\\x', 'c:x', 'xl\\..\\x', './x', 'a/./b', 'a//b', 'a/..', 'name\u0000.txt', 'line\nbreak'];
    expect(safe.filter(isUnsafeEntryName)).toEqual([]);
    expect(unsafe.filter((n) => !isUnsafeEntryName(n))).toEqual([]);
  });

  it('refuses what is not a zip, or is cut short', () => {
    expect(unpackZip(Buffer.from('not a zip at all, just some text'), LIMITS)).toEqual({ ok: false, reason: 'notAZip' });
    expect(unpackZip(ZIP64.subarray(0, ZIP64.length - 30), LIMITS).ok).toBe(false);
    expect(unpackZip(ZIP64.subarray(40), LIMITS).ok).toBe(false);
  });
});
