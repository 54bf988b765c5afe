import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { isAllowedExternalUrl } from './external-url';
import { electronNativeBinding } from './native-binding';
import { suggestedFileName } from './suggested-file-name';

describe('isAllowedExternalUrl', () => {
  it('lets only plain https addresses out to the system browser', () => {
    expect(isAllowedExternalUrl('https://asanagi-medical.example/about')).toBe(true);
    for (const url of ['http://asanagi-medical.example', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pw@example.com', 'https://', 'nonsense', ''])
      expect(isAllowedExternalUrl(url), url).toBe(false);
  });
});

describe('suggestedFileName', () => {
  it('keeps Japanese and replaces characters no file system allows', () => {
    expect(suggestedFileName('関西パイロット 2027')).toBe('関西パイロット 2027.json');
    expect(suggestedFileName('A/B: "pilot" <v2>?')).toBe('A-B- -pilot- -v2.json');
    expect(suggestedFileName('  ..hidden  ')).toBe('hidden.json');
    expect(suggestedFileName('CON')).toBe('deal-room.json');
    expect(suggestedFileName('***')).toBe('deal-room.json');
    expect(Array.from(suggestedFileName('長'.repeat(200))).length).toBe(80 + '.json'.length);
  });
});

describe('electronNativeBinding', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('shinrai-native-');
  });
  afterEach(() => removeDir(dir));

  it('finds the Electron build when it exists and is silent otherwise', () => {
    expect(electronNativeBinding(dir)).toBeUndefined();
    mkdirSync(join(dir, 'native', 'electron'), { recursive: true });
    writeFileSync(join(dir, 'native', 'electron', 'better_sqlite3.node'), '');
    expect(electronNativeBinding(dir)).toBe(join(dir, 'native', 'electron', 'better_sqlite3.node'));
  });

  it('prefers the unpacked copy beside an asar archive', () => {
    const unpacked = join(dir, 'resources', 'app.asar.unpacked', 'native', 'electron');
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, 'better_sqlite3.node'), '');
    expect(electronNativeBinding(join(dir, 'resources', 'app.asar'))).toBe(join(unpacked, 'better_sqlite3.node'));
  });
});
