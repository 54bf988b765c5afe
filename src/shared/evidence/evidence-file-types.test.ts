import { describe, expect, it } from 'vitest';
import { contentMatchesMediaType, EVIDENCE_FILE_ACCEPT, isAllowedMediaType, mediaTypeForFileName } from './evidence-file-types';
import { formatFileSize, formatMegabytes, formatMegabytesOver } from './file-size';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('the media type of a file name', () => {
  it('comes from the extension, whatever its case', () => {
    expect(mediaTypeForFileName('決算書 2026.PDF')).toBe('application/pdf');
    expect(mediaTypeForFileName('org-chart.jpeg')).toBe('image/jpeg');
    expect(mediaTypeForFileName('accounts.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mediaTypeForFileName('old-minutes.doc')).toBe('application/msword');
    expect(mediaTypeForFileName('list.csv')).toBe('text/csv');
  });

  it('is empty for what is not accepted, or a name with no extension', () => {
    expect(mediaTypeForFileName('setup.exe')).toBe('');
    expect(mediaTypeForFileName('README')).toBe('');
  });

  it('feeds a picker filter that lists the accepted extensions', () => {
    expect(EVIDENCE_FILE_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.png', '.jpg', '.docx', '.xls', '.csv']));
    expect(EVIDENCE_FILE_ACCEPT).not.toContain('.exe');
  });
});

describe('the content check', () => {
  it('accepts each signature for its own type', () => {
    expect(contentMatchesMediaType(bytes('%PDF-1.7\n'), 'application/pdf')).toBe(true);
    expect(contentMatchesMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png')).toBe(true);
    expect(contentMatchesMediaType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
    expect(contentMatchesMediaType(bytes('GIF89a..'), 'image/gif')).toBe(true);
    expect(contentMatchesMediaType(bytes('RIFF', [1, 0, 0, 0], 'WEBPVP8 '), 'image/webp')).toBe(true);
    expect(contentMatchesMediaType(bytes([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true);
    expect(contentMatchesMediaType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/vnd.ms-excel')).toBe(true);
    expect(contentMatchesMediaType(Buffer.from('会社名,本社\n朝凪メディカル,仙台\n'), 'text/csv')).toBe(true);
    // A parameter on the declared type does not change it.
    expect(contentMatchesMediaType(Buffer.from('plain'), 'text/plain; charset=utf-8')).toBe(true);
  });

  it('refuses content that is not what its type declares', () => {
    expect(contentMatchesMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'application/pdf')).toBe(false);
    expect(contentMatchesMediaType(bytes('%PDF-1.4'), 'image/jpeg')).toBe(false);
    expect(contentMatchesMediaType(bytes('%PDF-1.4'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(false);
    // An empty ZIP archive holds no document.
    expect(contentMatchesMediaType(bytes([0x50, 0x4b, 0x05, 0x06]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(false);
    expect(contentMatchesMediaType(bytes('ab', [0], 'cd'), 'text/plain')).toBe(false);
    expect(contentMatchesMediaType(bytes('%PD'), 'application/pdf')).toBe(false);
  });

  it('knows no other types', () => {
    expect(isAllowedMediaType('application/x-msdownload')).toBe(false);
    expect(isAllowedMediaType('IMAGE/PNG')).toBe(true);
    expect(contentMatchesMediaType(bytes('MZ'), 'application/x-msdownload')).toBe(false);
  });
});

describe('file sizes', () => {
  it('are worded with Intl in each language', () => {
    expect(formatMegabytes(16 * 1024 * 1024, 'en')).toBe('16 MB');
    expect(formatMegabytes(16 * 1024 * 1024, 'ja')).toBe('16 MB');
    expect(formatFileSize(340, 'en')).toBe('340 bytes');
    expect(formatFileSize(340, 'ja')).toBe('340 バイト');
    expect(formatFileSize(2048, 'en')).toBe('2 kB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
    // Over a limit, a size never reads as equal to it.
    expect(formatMegabytesOver(16 * 1024 * 1024 + 1, 'en')).toBe('16.1 MB');
  });
});
