/**
 * Hostile files at the doors other than the long list and the portable file
 * (issue 9, "Imports"), each through the real contract on a real data
 * folder: deal-room JSON (dealRooms.import), criteria templates
 * (templates.import), the CLI's file argument (`shinrai import <file>`,
 * which reads the bytes itself), evidence files (evidence.add) and backup
 * folders (backups.restore). Each is refused in English and in Japanese,
 * and the data folder, the room list and the change log stay as they were.
 *
 * Last, the other direction: text typed into the app that starts like a
 * formula leaves in CSV and XLSX exports as inert text, never as a live
 * formula.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/result';
import type { Language } from '../../shared/domain/entities';
import { MAX_EVIDENCE_BYTES } from '../../shared/evidence/evidence-file-types';
import { MAX_JSON_FILE_BYTES } from '../cli/json-file';
import { runCli } from '../cli/run-cli';
import { makeTempDir, ok, removeDir } from '../store/test-data-dir';
import {
  binaryGarbage,
  deeplyNestedJson,
  disposeWorld,
  doorSummary,
  hostileWorld,
  rawZip,
  refuseAll,
  utf16,
  windows1252,
  zeroBomb,
  type HostileCase,
  type HostileWorld,
} from './hostile-files';

const MEGABYTE = 1024 * 1024;
const SAMPLE = JSON.parse(readFileSync(join(__dirname, '../../../resources/fixtures/hand-computed.json'), 'utf8')) as Record<string, unknown>;

let world: HostileWorld;
const lines: string[] = [];

type Json = Record<string, any>;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const edited = (edit: (file: Json) => void): Json => {
  const file = copy(SAMPLE) as Json;
  edit(file);
  return file;
};

function tally(door: string, figures: { cases: number; refused: number; unchanged: number }) {
  lines.push(doorSummary(door, figures.cases, figures.refused, figures.unchanged));
}

beforeAll(() => {
  world = hostileWorld('取込検証');
});

afterAll(() => {
  disposeWorld(world);
  for (const line of lines) console.log(line);
});

describe('hostile deal-room JSON (dealRooms.import)', () => {
  it('refuses duplicate ids, dangling references, prototype keys, deep nesting, oversize lists and wrong shapes', () => {
    const call = (file: unknown) => (lang: Language) => world.test.app.invoke('dealRooms.import', { file }, { lang });
    const duplicate = { en: ['This value appears twice; each must be unique'], ja: ['同じ値が重複しています'] };
    const cases: HostileCase[] = [
      { name: 'two candidates with one id', call: call(edited((f) => (f.candidates[1].id = f.candidates[0].id))), en: ['file.candidates[1].id', ...duplicate.en], ja: ['file.candidates[1].id', ...duplicate.ja] },
      { name: 'two pillars with one id', call: call(edited((f) => (f.pillars[1].id = f.pillars[0].id))), en: ['file.pillars[1].id', ...duplicate.en], ja: ['file.pillars[1].id', ...duplicate.ja] },
      { name: 'two criteria with one id', call: call(edited((f) => (f.pillars[1].criteria[0].id = f.pillars[0].criteria[0].id))), en: ['file.pillars[1].criteria[0].id', ...duplicate.en], ja: ['file.pillars[1].criteria[0].id', ...duplicate.ja] },
      { name: 'two evaluators with one id', call: call(edited((f) => (f.evaluators[1].id = f.evaluators[0].id))), en: ['file.evaluators[1].id', ...duplicate.en], ja: ['file.evaluators[1].id', ...duplicate.ja] },
      { name: 'a score pointing at a missing criterion', call: call(edited((f) => (f.scores[0].criterion = 'k-gone'))), en: ['file.scores[0].criterion', 'This refers to "k-gone", which is not in the file'], ja: ['file.scores[0].criterion', '「k-gone」を参照しています'] },
      { name: 'a score pointing at a missing candidate', call: call(edited((f) => (f.scores[0].candidate = 'c-gone'))), en: ['file.scores[0].candidate', '"c-gone"'], ja: ['file.scores[0].candidate', '「c-gone」'] },
      { name: '__proto__ at the top', call: call(JSON.parse(JSON.stringify(SAMPLE).replace('{', '{"__proto__":{"polluted":true},'))), en: ['has fields that are not allowed: "__proto__"'], ja: ['"__proto__"'] },
      { name: '__proto__ and constructor in a candidate', call: call(JSON.parse(JSON.stringify(SAMPLE).replace('"candidates":[{', '"candidates":[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'))), en: ['file.candidates[0]', '"__proto__", "constructor"'], ja: ['file.candidates[0]', '"__proto__", "constructor"'] },
      { name: 'notes nested 100,000 arrays deep', call: call(edited((f) => (f.candidates[0].notes = JSON.parse(deeplyNestedJson(100_000))))), en: ['file.candidates[0].notes: must be text'], ja: ['file.candidates[0].notes'] },
      { name: '101 pillars (at most 100)', call: call(edited((f) => (f.pillars = Array.from({ length: 101 }, (_, i) => ({ ...f.pillars[0], id: `p${i}`, criteria: [] }))))), en: ['file.pillars', '100'], ja: ['file.pillars', '100'] },
      { name: 'a name of 100,000 characters', call: call(edited((f) => (f.candidates[0].nameLatin = 'A'.repeat(100_000)))), en: ['file.candidates[0].nameLatin'], ja: ['file.candidates[0].nameLatin'] },
      { name: 'a file from a newer version', call: call(edited((f) => (f.version = 99))), en: ['99'], ja: ['99'] },
      { name: 'a criteria template instead of a deal-room', call: call({ format: 'shinrai.criteria-template', version: 1, name: { en: 'x', ja: '' }, pillars: [] }), en: ['file.format'], ja: ['file.format'] },
      { name: 'text instead of a document', call: call('{"format":"shinrai.deal-room"'), en: ['file'], ja: ['file'] },
      { name: 'null', call: call(null), en: ['file'], ja: ['file'] },
    ];
    tally('dealRooms.import (JSON)', refuseAll(world, cases));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile criteria templates (templates.import)', () => {
  it('refuses duplicate keys, prototype keys, deep nesting, oversize lists, a deal-room file and wrong shapes', () => {
    const builtIn = ok(world.test.app.invoke('templates.list', {}))[0]!;
    const template = ok(world.test.app.invoke('templates.get', { templateId: builtIn.id })) as Json;
    const withEdit = (edit: (t: Json) => void) => {
      const t = copy(template);
      edit(t);
      return t;
    };
    const call = (file: unknown) => (lang: Language) => world.test.app.invoke('templates.import', { file }, { lang });
    const duplicate = { en: ['This value appears twice; each must be unique'], ja: ['同じ値が重複しています'] };
    const cases: HostileCase[] = [
      { name: 'two pillars with one key', call: call(withEdit((t) => (t.pillars[1].key = t.pillars[0].key))), en: ['file.pillars[1].key', ...duplicate.en], ja: ['file.pillars[1].key', ...duplicate.ja] },
      { name: 'two criteria with one key', call: call(withEdit((t) => (t.pillars[0].criteria[1].key = t.pillars[0].criteria[0].key))), en: ['file.pillars[0].criteria[1].key', ...duplicate.en], ja: ['file.pillars[0].criteria[1].key', ...duplicate.ja] },
      { name: '__proto__ at the top', call: call(JSON.parse(JSON.stringify(template).replace('{', '{"__proto__":{"polluted":true},'))), en: ['"__proto__"'], ja: ['"__proto__"'] },
      { name: 'a description nested 100,000 deep', call: call(withEdit((t) => (t.description = JSON.parse(deeplyNestedJson(100_000))))), en: ['file.description'], ja: ['file.description'] },
      { name: '51 pillars (at most 50)', call: call(withEdit((t) => (t.pillars = Array.from({ length: 51 }, (_, i) => ({ ...t.pillars[0], key: `p${i}` }))))), en: ['file.pillars', '50'], ja: ['file.pillars', '50'] },
      { name: 'a deal-room file instead of a template', call: call(copy(SAMPLE)), en: ['This is a whole deal-room file, not a criteria template'], ja: ['これは評価基準テンプレートではなく、ディールルーム全体のファイルです'] },
      { name: 'a template from a newer version', call: call(withEdit((t) => (t.version = 42))), en: ['42'], ja: ['42'] },
      { name: 'an empty object', call: call({}), en: ['file'], ja: ['file'] },
    ];
    tally('templates.import (JSON)', refuseAll(world, cases));
  });
});

describe('hostile files named on the command line (shinrai import <file>)', () => {
  it('refuses bytes that are not UTF-8 JSON, broken or truncated JSON, a folder, an oversize file and a refused document', () => {
    // Beside the world, not in it: the 100 MB file would otherwise be hashed with the data folder on every check.
    const folder = makeTempDir('shinrai-hostile-input-');
    const json = JSON.stringify(SAMPLE, null, 2);
    const file = (name: string, bytes: Uint8Array | string) => {
      const path = join(folder, name);
      writeFileSync(path, bytes);
      return path;
    };
    const huge = join(folder, 'huge.json');
    // A sparse file: its size is over the limit without writing 100 MB to the disk.
    writeFileSync(huge, '{');
    truncateSync(huge, MAX_JSON_FILE_BYTES + 1);
    mkdirSync(join(folder, 'a-folder.json'));
    const cli = (path: string) => (lang: Language): Result<unknown> => {
      let stderr = '';
      let stdout = '';
      const code = runCli(['--data', world.test.dir, '--lang', lang, 'import', path], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'C.UTF-8' } });
      return code === 0 ? { ok: true, value: stdout } : { ok: false, error: { code: 'invalid_input', message: stderr.trim() } };
    };
    const notUtf8 = (path: string) => ({ en: [`The file "${path}" is not UTF-8 text`, 'Save it as UTF-8'], ja: [`ファイル「${path}」はUTF-8のテキストではありません`] });
    const cases: [string, string, { en: string[]; ja: string[] }][] = [
      ['UTF-16 LE with BOM', file('le-bom.json', utf16(json, 'le', true)), notUtf8(join(folder, 'le-bom.json'))],
      ['UTF-16 BE without BOM', file('be.json', utf16(json, 'be', false)), notUtf8(join(folder, 'be.json'))],
      ['Shift_JIS', file('sjis.json', Buffer.from([0x7b, 0x22, 0x8e, 0xd0, 0x22, 0x3a, 0x31, 0x7d])), notUtf8(join(folder, 'sjis.json'))],
      ['Windows-1252', file('latin1.json', windows1252('{"name":"Müller"}')), notUtf8(join(folder, 'latin1.json'))],
      ['a NUL byte', file('nul.json', Buffer.concat([Buffer.from('{"a":'), Buffer.from([0]), Buffer.from('1}')])), notUtf8(join(folder, 'nul.json'))],
      ['binary garbage', file('noise.json', binaryGarbage(2048)), notUtf8(join(folder, 'noise.json'))],
      ['a zip (a portable file) given as JSON', file('room.json', rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }])), notUtf8(join(folder, 'room.json'))],
      ['JSON with a missing comma', file('comma.json', '{\n  "format": "shinrai.deal-room"\n  "version": 1\n}'), { en: ['is not valid JSON (line 3, column 3)'], ja: ['正しいJSONではありません（3行目、3文字目）'] }],
      ['JSON cut off', file('cut.json', json.slice(0, 200)), { en: ['is not valid JSON (line'], ja: ['正しいJSONではありません（'] }],
      ['nested 1,000,000 deep', file('deep.json', deeplyNestedJson(1_000_000)), { en: ['was not imported, and nothing was changed'], ja: ['は取り込んでいません（データは変更されていません）'] }],
      ['over 100 MB', huge, { en: [`The file "${huge}" is 100.1 MB; a Shinrai file can be at most 100 MB`], ja: [`ファイル「${huge}」のサイズは100.1 MBです。Shinraiのファイルは100 MBまでです`] }],
      ['a folder', join(folder, 'a-folder.json'), { en: ['is a folder, not a file'], ja: ['はファイルではなくフォルダーです'] }],
      ['a document with two candidates of one id', file('dup.json', JSON.stringify(edited((f) => (f.candidates[1].id = f.candidates[0].id)))), { en: ['was not imported, and nothing was changed', 'file.candidates[1].id'], ja: ['file.candidates[1].id'] }],
    ];
    // The files written above are the hostile input, not output: the state is taken after them.
    tally('CLI import <file>', refuseAll(world, cases.map(([name, path, words]) => ({ name, call: cli(path), en: words.en, ja: words.ja }))));
    removeDir(folder);
  });
});

describe('hostile evidence files (evidence.add)', () => {
  it('refuses oversize, empty, disallowed and mislabelled content, a zip bomb among them', () => {
    const candidate = ok(world.test.app.invoke('candidates.create', { dealRoomId: world.dealRoomId, fields: { nameLatin: 'Shiokaze Trading' } }));
    const add = (fileName: string, mediaType: string, content: Buffer) => (lang: Language) =>
      world.test.app.invoke(
        'evidence.add',
        { dealRoomId: world.dealRoomId, candidateId: candidate.id, attachedTo: 'candidate', attachedId: candidate.id, fileName, mediaType, contentBase64: content.toString('base64') },
        { lang },
      );
    const bomb = rawZip([{ name: 'word/document.xml', deflated: zeroBomb(1024 * MEGABYTE), size: 0xfffffffe }]);
    const cases: HostileCase[] = [
      { name: 'one byte over 16 MB', call: add('big.pdf', 'application/pdf', Buffer.alloc(MAX_EVIDENCE_BYTES + 1)), en: ['The file is 16.1 MB; files of up to 16 MB can be attached'], ja: ['ファイルのサイズが16.1 MBあります。添付できるのは16 MBまでです'] },
      { name: '40 MB', call: add('huge.pdf', 'application/pdf', Buffer.alloc(40 * MEGABYTE)), en: ['The file is 40 MB; files of up to 16 MB can be attached'], ja: ['ファイルのサイズが40 MBあります'] },
      { name: 'an empty file', call: add('empty.pdf', 'application/pdf', Buffer.alloc(0)), en: ['contentBase64'], ja: ['contentBase64'] },
      { name: 'a zip bomb labelled as a PDF', call: add('report.pdf', 'application/pdf', bomb), en: ['mediaType', 'PDF'], ja: ['mediaType', 'PDF'] },
      { name: 'a zip (not an allowed type)', call: add('archive.zip', 'application/zip', bomb), en: ['mediaType'], ja: ['mediaType'] },
      { name: 'binary garbage labelled as a PNG', call: add('photo.png', 'image/png', binaryGarbage(1024)), en: ['mediaType', 'PNG'], ja: ['mediaType', 'PNG'] },
    ];
    tally('evidence.add', refuseAll(world, cases));
  });

  it('keeps a file name that climbs ("../../x.pdf") as a label only: the content is stored under its hash, inside the room', () => {
    const candidate = ok(world.test.app.invoke('candidates.create', { dealRoomId: world.dealRoomId, fields: { nameLatin: 'Kamome Bussan' } }));
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const added = ok(
      world.test.app.invoke('evidence.add', {
        dealRoomId: world.dealRoomId,
        candidateId: candidate.id,
        attachedTo: 'candidate',
        attachedId: candidate.id,
        fileName: '../../escaped.pdf',
        mediaType: 'application/pdf',
        contentBase64: pdf.toString('base64'),
      }),
    );
    expect(added.file.fileName).toBe('../../escaped.pdf');
    const stored = join(world.test.roomsDir, `${world.dealRoomId}.files`, added.file.sha256);
    expect(readFileSync(stored)).toEqual(pdf);
    expect([join(world.test.roomsDir, 'escaped.pdf'), join(world.test.dir, 'escaped.pdf'), join(world.outer, 'escaped.pdf')].filter((p) => { try { readFileSync(p); return true; } catch { return false; } })).toEqual([]);
  });
});

describe('hostile backup folders (backups.restore)', () => {
  it('refuses a damaged, foreign or tampered backup, links and climbing names included', () => {
    const made = ok(world.test.app.invoke('backups.create', {}));
    const backupsDir = join(world.test.dir, 'backups');
    const original = join(backupsDir, made.id);
    const manifest = JSON.parse(readFileSync(join(original, 'manifest.json'), 'utf8')) as Json;
    const roomFile = manifest.rooms[0].file as string;
    let n = 0;
    /** A copy of the backup under a new id, changed by `tamper`. */
    const variant = (tamper: (dir: string) => void) => {
      const id = `${made.id.replace(/-\d{1,3}$/, '')}-${++n}`;
      cpSync(original, join(backupsDir, id), { recursive: true });
      tamper(join(backupsDir, id));
      return id;
    };
    const writeManifest = (dir: string, edit: (m: Json) => void) => {
      const m = copy(manifest);
      edit(m);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    };
    const outside = join(world.outer, 'outside.db');
    writeFileSync(outside, readFileSync(join(original, 'rooms', roomFile)));
    const damaged = (id: string) => ({ en: [`The backup "${id}" cannot be used: its manifest is missing or damaged`], ja: [`バックアップ「${id}」は使用できません。マニフェストが見つからないか破損しています`] });
    const specs: [string, string, (id: string) => { en: string[]; ja: string[] }][] = [
      ['no manifest', variant((d) => rmSync(join(d, 'manifest.json'))), damaged],
      ['a manifest that is not JSON', variant((d) => writeFileSync(join(d, 'manifest.json'), '{"format": 1, "rooms": [')), damaged],
      ['a manifest in UTF-16', variant((d) => writeFileSync(join(d, 'manifest.json'), utf16(JSON.stringify(manifest), 'le', true))), damaged],
      ['a manifest naming ../../outside.db', variant((d) => writeManifest(d, (m) => (m.rooms[0].file = '../../outside.db'))), damaged],
      ['a room file that is a link outside', variant((d) => {
        rmSync(join(d, 'rooms', roomFile));
        symlinkSync(outside, join(d, 'rooms', roomFile));
      }), (id) => ({ en: [`The backup "${id}" cannot be used: ${roomFile} is a link to another place on the disk`], ja: [`${roomFile} はディスク上の別の場所へのリンク`] })],
      ['a room file changed after the backup', variant((d) => writeFileSync(join(d, 'rooms', roomFile), Buffer.concat([readFileSync(join(d, 'rooms', roomFile)), Buffer.from('x')]))), (id) => ({ en: [`The backup "${id}" cannot be used: ${roomFile} no longer matches the hash`], ja: [`${roomFile} がマニフェストのハッシュと一致しません`] })],
      ['a backup from a newer schema', variant((d) => writeManifest(d, (m) => (m.schemaVersion = 999_999))), (id) => ({ en: [`The backup "${id}" was made by a newer version of Shinrai`, '999999'], ja: [`バックアップ「${id}」は新しいバージョンの Shinrai`] })],
    ];
    const cases: HostileCase[] = specs.map(([name, id, words]) => ({
      name,
      call: (lang: Language) => world.test.app.invoke('backups.restore', { backupId: id, confirm: true }, { lang }),
      ...words(id),
    }));
    tally('backups.restore (backup folders)', refuseAll(world, cases));
  });
});

describe('formula-like text leaving the app (exports)', () => {
  it('writes names and notes that start like a formula as inert text in CSV and XLSX', async () => {
    const hostile = '=HYPERLINK("https://evil.example","Click")';
    const candidate = ok(world.test.app.invoke('candidates.create', { dealRoomId: world.dealRoomId, fields: { nameLatin: hostile, notes: '@SUM(1+1)*cmd', headquarters: '+81-cmd' } }));
    const csv = ok(world.test.app.invoke('exports.csv', { dealRoomId: world.dealRoomId, table: 'candidates', lang: 'en' })).content;
    // A leading apostrophe makes every spreadsheet program show the text instead of running it.
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).toContain(`'@SUM(1+1)*cmd`);
    expect(csv).toContain(`'+81-cmd`);
    expect(csv.split(/\r\n/).some((line) => line.split(',').some((cell) => /^"?[=+@]/.test(cell)))).toBe(false);

    const xlsx = Buffer.from(ok(world.test.app.invoke('exports.xlsx', { dealRoomId: world.dealRoomId, lang: 'en' })).contentBase64, 'base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
    const texts = cells.filter((v): v is string => typeof v === 'string');
    // The name and notes cells themselves, made inert; the change log shows them inside a longer text, which starts with "{".
    expect(texts.filter((v) => v.startsWith(`'=HYPERLINK(`)).length).toBeGreaterThanOrEqual(2);
    expect(texts).toContain(`'@SUM(1+1)*cmd`);
    expect(texts).toContain(`'+81-cmd`);
    expect(texts.filter((v) => /^[=+@]/.test(v))).toEqual([]);
    // The only formulas are the app's own totals, none carrying the candidate's text.
    expect(cells.filter((v) => typeof v === 'object' && v !== null && 'formula' in v && /evil|cmd/.test(JSON.stringify(v)))).toEqual([]);
    const named = texts.filter((v) => v.startsWith(`'=HYPERLINK(`));
    lines.push(`exports: "${hostile}" typed as a name leaves as text in CSV and XLSX (${named.length} XLSX cells, all starting with an apostrophe); candidate ${candidate.id.slice(0, 8)}`);
  });
});
