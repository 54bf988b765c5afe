import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import { makeTempDir, removeDir } from '../store/test-data-dir';
import { lineAndColumn, readJsonFile, writeJsonFile } from './json-file';
import { CliError, cliErrorText } from './usage-error';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('shinrai-json-');
});
afterEach(() => removeDir(dir));

function messageOf(file: string, lang: 'en' | 'ja' = 'en'): string {
  try {
    readJsonFile(file);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    expect(err.exitCode).toBe(1);
    return cliErrorText(err, translator(lang));
  }
  throw new Error('expected the file to be refused');
}

describe('readJsonFile', () => {
  it('reads JSON, with or without a byte-order mark', () => {
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, '{"name": "青葉"}');
    expect(readJsonFile(plain)).toEqual({ name: '青葉' });
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, '\uFEFF{"name": "Aoba"}');
    expect(readJsonFile(bom)).toEqual({ name: 'Aoba' });
  });

  it('says where the JSON breaks', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "a": 1,\n  "b": [1 2]\n}');
    expect(messageOf(file)).toBe(`The file "${file}" is not valid JSON (line 3, column 11).`);
    expect(messageOf(file, 'ja')).toBe(`ファイル「${file}」は正しいJSONではありません（3行目、11文字目）。`);
    const cut = join(dir, 'cut.json');
    writeFileSync(cut, '{\n  "a": ');
    expect(messageOf(cut)).toBe(`The file "${cut}" is not valid JSON (line 2, column 8).`);
  });

  it('names a missing file, a folder and bytes that are not UTF-8', () => {
    expect(messageOf(join(dir, 'none.json'))).toBe(`The file "${join(dir, 'none.json')}" does not exist.`);
    mkdirSync(join(dir, 'folder.json'));
    expect(messageOf(join(dir, 'folder.json'))).toBe(`"${join(dir, 'folder.json')}" is a folder, not a file.`);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect(messageOf(latin1)).toBe(`The file "${latin1}" is not UTF-8 text (it may be UTF-16, Shift_JIS, Latin-1 or not text at all). Save it as UTF-8 and try again.`);
  });
});

describe('writeJsonFile', () => {
  it('writes pretty JSON and leaves no temporary file', () => {
    const file = join(dir, 'out.json');
    writeJsonFile(file, { b: [1, 2], a: '朝凪' });
    expect(readFileSync(file, 'utf8')).toBe('{\n  "b": [\n    1,\n    2\n  ],\n  "a": "朝凪"\n}\n');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('reports a folder that does not exist as a write failure', () => {
    const file = join(dir, 'missing', 'out.json');
    try {
      writeJsonFile(file, {});
      throw new Error('expected a failure');
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
      expect(cliErrorText(err as CliError, translator('en'))).toBe(`The file "${file}" could not be written (ENOENT).`);
    }
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
