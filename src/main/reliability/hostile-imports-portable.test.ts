/**
 * Hostile portable deal-room files (issue 9, "Imports"): zips built to hurt
 * the one who opens them, through the real contract (portable.import, and
 * portable.inspect, which must say the same without writing either) on a
 * real data folder inside a folder of its own, so that an entry named
 * "../../x" would be caught landing beside the data folder too.
 *
 * The base file is a real export (the sample deal-room with a PDF attached);
 * every hostile one is made from it, so each is refused for the one thing
 * wrong with it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/entities';
import { DOCUMENT_PATH, EVIDENCE_PATH, MANIFEST_PATH, MAX_PORTABLE_ENTRIES } from '../../shared/domain/portable-file';
import { createTestApp, ok } from '../store/test-data-dir';
import {
  deeplyNestedJson,
  disposeWorld,
  doorTotalSummary,
  GIGABYTE,
  hostileWorld,
  peakRss,
  rawZip,
  refuseAll,
  utf16,
  zeroBomb,
  type DoorFigures,
  type HostileCase,
  type HostileWorld,
  type RawZipEntry,
} from './hostile-files';

const MEGABYTE = 1024 * 1024;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
/** A name no other process would leave lying around, so "it is not there" means this test wrote nothing. */
const ESCAPE = `escaped-${randomUUID()}`;

let world: HostileWorld;
let baseBytes: Buffer;
let baseEntries: RawZipEntry[];
const figures: DoorFigures[] = [];
let bombNote = '';

type Json = Record<string, unknown>;
const partOf = (name: string) => baseEntries.find((e) => e.name === name)!.data!;
const jsonOf = (name: string) => JSON.parse(Buffer.from(partOf(name)).toString('utf8')) as Json;

/**
 * The base file with parts replaced (the manifest's record of them updated,
 * so only the change itself is wrong) and entries added.
 */
function portableWith(replace: Record<string, Uint8Array>, extra: RawZipEntry[] = []): Buffer {
  const manifest = jsonOf(MANIFEST_PATH) as { document: { sha256: string; size: number }; evidence: { sha256: string; size: number } };
  for (const [path, bytes] of Object.entries(replace)) {
    if (path === DOCUMENT_PATH) manifest.document = { ...manifest.document, sha256: sha(bytes), size: bytes.length };
    if (path === EVIDENCE_PATH) manifest.evidence = { ...manifest.evidence, sha256: sha(bytes), size: bytes.length };
  }
  const parts: Record<string, Uint8Array> = { [MANIFEST_PATH]: Buffer.from(JSON.stringify(manifest)), ...replace };
  return rawZip([...baseEntries.map((e) => (parts[e.name] ? { name: e.name, data: parts[e.name] } : e)), ...extra]);
}

function documentWith(edit: (doc: Json) => void): Buffer {
  const doc = jsonOf(DOCUMENT_PATH);
  edit(doc);
  return portableWith({ [DOCUMENT_PATH]: Buffer.from(JSON.stringify(doc)) });
}

function portableCase(name: string, bytes: Uint8Array, en: HostileCase['en'], ja: HostileCase['ja']): HostileCase {
  const contentBase64 = Buffer.from(bytes).toString('base64');
  return {
    name,
    en,
    ja,
    call: (lang: Language) => {
      // Inspecting must find the same first problem; importing must refuse with it.
      const inspected = world.test.app.invoke('portable.inspect', { contentBase64 }, { lang });
      const imported = world.test.app.invoke('portable.import', { contentBase64 }, { lang });
      if (inspected.ok && !imported.ok) expect(inspected.value.problems[0]).toBe(imported.error.message);
      return imported;
    },
  };
}

beforeAll(async () => {
  const source = createTestApp({ seedSample: true });
  try {
    const dealRoomId = ok(source.app.invoke('dealRooms.list', {}))[0]!.id;
    const candidate = ok(source.app.invoke('dealRooms.get', { dealRoomId })).candidates[0]!;
    ok(
      source.app.invoke('evidence.add', {
        dealRoomId,
        candidateId: candidate.id,
        attachedTo: 'candidate',
        attachedId: candidate.id,
        fileName: '会社案内.pdf',
        mediaType: 'application/pdf',
        contentBase64: PDF.toString('base64'),
      }),
    );
    baseBytes = Buffer.from(ok(source.app.invoke('portable.export', { dealRoomId })).contentBase64, 'base64');
  } finally {
    source.dispose();
  }
  const zip = await JSZip.loadAsync(baseBytes);
  baseEntries = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async('uint8array') })));
  world = hostileWorld('ポータブル検証');
});

afterAll(() => {
  disposeWorld(world);
  console.log(doorTotalSummary('portable.import/inspect (zip)', figures, bombNote));
});

describe('hostile portable files', () => {
  it('takes the base file: the cases below fail for what was changed, not for the base', () => {
    const t = hostileWorld('基準');
    try {
      const opened = ok(t.test.app.invoke('portable.import', { contentBase64: baseBytes.toString('base64') }));
      expect(ok(t.test.app.invoke('dealRooms.get', { dealRoomId: opened.id })).evidence.map((e) => e.fileName)).toEqual(['会社案内.pdf']);
      // Rebuilt by this test's own zip writer, the base is still taken: the writer adds no fault of its own.
      const rebuilt = portableWith({});
      expect(ok(t.test.app.invoke('portable.inspect', { contentBase64: rebuilt.toString('base64') })).problems).toEqual([]);
    } finally {
      disposeWorld(t);
    }
  });

  // Before anything else raises the process's peak memory: the bombs must not.
  it('refuses zip bombs by recorded and by real unpacked size, and too many entries, without unpacking them', () => {
    const bomb = zeroBomb(4 * GIGABYTE);
    const filePath = baseEntries.find((e) => e.name.startsWith('files/'))!.name;
    const honest = rawZip(baseEntries.map((e) => (e.name === filePath ? { name: e.name, deflated: bomb, size: 0xfffffffe } : e)));
    const liar = rawZip(baseEntries.map((e) => (e.name === filePath ? { name: e.name, deflated: bomb, size: PDF.length } : e)));
    const crowded = rawZip([...baseEntries, ...Array.from({ length: MAX_PORTABLE_ENTRIES }, (_, i) => ({ name: `files/x${i}`, data: new Uint8Array() }))]);
    const before = peakRss();
    const result = refuseAll(world, [
      portableCase('an evidence entry recording 4 GB', honest, [/The file unpacks to 4,096(\.\d)? MB; a portable deal-room file can unpack to at most 200 MB/], [/展開すると 4,096(\.\d)? MB になります/, '上限は 200 MB']),
      portableCase('an evidence entry recording 79 bytes that unpacks to 4 GB', liar, [`${filePath} unpacks to more than the ${PDF.length} bytes the archive records`], [`${filePath} は、アーカイブに記録されたサイズ（${PDF.length} バイト）を超えて展開されます`]),
      portableCase(`${MAX_PORTABLE_ENTRIES + baseEntries.length} entries`, crowded, [`The file holds ${MAX_PORTABLE_ENTRIES + baseEntries.length} parts; a portable deal-room file can hold at most ${MAX_PORTABLE_ENTRIES}`], [`${MAX_PORTABLE_ENTRIES + baseEntries.length} 個の項目があります`]),
    ]);
    const grown = peakRss() - before;
    bombNote = `; zip bombs of 4 GB (${(honest.length / MEGABYTE).toFixed(1)} MB on disk) refused with peak memory up ${(grown / MEGABYTE).toFixed(1)} MB`;
    console.log(`portable bombs: 4 GB recorded and 4 GB behind a ${PDF.length}-byte record, ${((honest.length + liar.length) / MEGABYTE).toFixed(1)} MB on disk; peak memory grew ${(grown / MEGABYTE).toFixed(1)} MB`);
    expect(grown).toBeLessThan(128 * MEGABYTE);
    figures.push(result);
  });

  it('refuses entries that climb out of the folder, absolute names, links and twins, writing nothing inside or outside', () => {
    const unsafe = (path: string) => ({
      en: [`The file holds a part named “${path}”, which points outside the folder`],
      ja: [`ファイル内に「${path}」という名前の項目があり、展開先のフォルダーの外を指しています`],
    });
    const cases: [string, RawZipEntry, { en: string[]; ja: string[] }][] = [
      ['../../<name>', { name: `../../${ESCAPE}`, data: Buffer.from('escaped') }, unsafe(`../../${ESCAPE}`)],
      ['files/../../../<name>', { name: `files/../../../${ESCAPE}`, data: Buffer.from('escaped') }, unsafe(`files/../../../${ESCAPE}`)],
      ['/etc/x', { name: '/etc/x', data: Buffer.from('escaped') }, unsafe('/etc/x')],
      ['C:\\x', { name: 'C:\\x', data: Buffer.from('escaped') }, unsafe('C:\\x')],
      ['..\\..\\<name> with backslashes', { name: `..\\..\\${ESCAPE}`, data: Buffer.from('escaped') }, unsafe(`..\\..\\${ESCAPE}`)],
      ['./deal-room.json, a second name for the document', { name: './deal-room.json', data: Buffer.from('{}') }, unsafe('./deal-room.json')],
      [
        'a symbolic link to /etc/passwd',
        { name: 'files/link', data: Buffer.from('/etc/passwd'), symlink: true },
        { en: ['The file holds “files/link” as a link to another place on the disk'], ja: ['ファイル内の「files/link」は、ディスク上の別の場所へのリンクです'] },
      ],
      [
        'deal-room.json twice',
        { name: DOCUMENT_PATH, data: Buffer.from('{}') },
        { en: ['The file holds two parts named “deal-room.json”'], ja: ['ファイル内に「deal-room.json」という名前の項目が2つあり'] },
      ],
      [
        'an encrypted entry',
        { name: 'files/secret', data: Buffer.from('x'), encrypted: true },
        { en: ['“files/secret” inside the file is encrypted with a password'], ja: ['ファイル内の「files/secret」はパスワードで暗号化されています'] },
      ],
    ];
    figures.push(refuseAll(world, cases.map(([name, entry, words]) => portableCase(name, rawZip([...baseEntries, entry]), words.en, words.ja))));
    // Nothing landed inside the data folder (the tree hashes above) nor where a climbing name points outside it.
    const landings = [join(world.test.dir, ESCAPE), join(world.outer, ESCAPE), join(world.outer, '..', ESCAPE), join(world.outer, '..', '..', ESCAPE)];
    expect(landings.filter((path) => existsSync(path))).toEqual([]);
  });

  it('refuses a truncated zip, a zip in a zip, and files that are something else', () => {
    const notZip = { en: ['The file is not a portable deal-room file: it cannot be read as a zip archive.'], ja: ['ポータブル案件ファイルではありません。zip アーカイブとして読み込めません。'] };
    const noManifest = { en: ['The file has no readable manifest.json'], ja: ['manifest.json が読み込めないため'] };
    const cases: [string, Buffer, { en: string[]; ja: string[] }][] = [
      ['the file cut in half', baseBytes.subarray(0, Math.floor(baseBytes.length / 2)), notZip],
      ['the file without its last byte', baseBytes.subarray(0, baseBytes.length - 1), notZip],
      ['a PDF', PDF, notZip],
      ['a text file', Buffer.from('manifest.json deal-room.json'), notZip],
      ['the portable file zipped again', rawZip([{ name: 'room.shinrai-room', data: baseBytes }]), noManifest],
      ['an empty zip', rawZip([]), noManifest],
      ['an .xlsx workbook', rawZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]), noManifest],
    ];
    figures.push(refuseAll(world, cases.map(([name, bytes, words]) => portableCase(name, bytes, words.en, words.ja))));
  });

  it('refuses damaged JSON inside: duplicate ids, dangling references, prototype keys, deep nesting, malformed text, wrong encodings', () => {
    const notJson = (path: string) => ({ en: [`${path} inside the file is not JSON text in UTF-8`], ja: [`ファイル内の ${path} が UTF-8 の JSON テキストではありません`] });
    const invalidDocument = (detail: string | RegExp) => ({ en: ['The deal-room inside the file is not valid', detail], ja: ['ファイル内の案件データが正しくありません', detail] });
    const dupCandidate = documentWith((doc) => {
      const candidates = doc.candidates as { id: string }[];
      candidates[1]!.id = candidates[0]!.id;
    });
    const dupCriterion = documentWith((doc) => {
      const pillars = doc.pillars as { criteria: { id: string }[] }[];
      pillars[0]!.criteria[1]!.id = pillars[0]!.criteria[0]!.id;
    });
    const dupPillar = documentWith((doc) => {
      const pillars = doc.pillars as { id: string }[];
      pillars[1]!.id = pillars[0]!.id;
    });
    const dangling = documentWith((doc) => {
      (doc.scores as { criterion: string }[])[0]!.criterion = 'k-gone';
    });
    const proto = Buffer.from(Buffer.from(partOf(DOCUMENT_PATH)).toString('utf8').replace('{', '{"__proto__":{"polluted":true},'));
    const manifestProto = Buffer.from(Buffer.from(partOf(MANIFEST_PATH)).toString('utf8').replace('{', '{"constructor":{"prototype":{"polluted":true}},'));
    const cases: [string, Buffer, { en: (string | RegExp)[]; ja: (string | RegExp)[] }][] = [
      ['two candidates with one id', dupCandidate, invalidDocument(/candidates\[1\]\.id/)],
      ['two criteria with one id', dupCriterion, invalidDocument(/pillars\[0\]\.criteria\[1\]\.id/)],
      ['two pillars with one id', dupPillar, invalidDocument(/pillars\[1\]\.id/)],
      ['a score pointing at a missing criterion', dangling, { en: ['The deal-room inside the file is not valid', 'scores[0].criterion: This refers to "k-gone", which is not in the file'], ja: ['ファイル内の案件データが正しくありません', 'scores[0].criterion：ファイル内に存在しない「k-gone」を参照しています'] }],
      ['__proto__ in the document', portableWith({ [DOCUMENT_PATH]: proto }), invalidDocument('__proto__')],
      ['constructor.prototype in the manifest', rawZip(baseEntries.map((e) => (e.name === MANIFEST_PATH ? { name: e.name, data: manifestProto } : e))), { en: ['The manifest of the file is not valid', 'constructor'], ja: ['ファイルのマニフェストが正しくありません', 'constructor'] }],
      ['the evidence list nested 100,000 deep', portableWith({ [EVIDENCE_PATH]: Buffer.from(deeplyNestedJson(100_000)) }), { en: ['The list of evidence files inside the file is not valid'], ja: ['ファイル内の証拠ファイル一覧が正しくありません'] }],
      ['malformed JSON in the document', portableWith({ [DOCUMENT_PATH]: Buffer.from('{"format": "shinrai.deal-room", "candidates": [') }), notJson(DOCUMENT_PATH)],
      ['the document in UTF-16', portableWith({ [DOCUMENT_PATH]: utf16(Buffer.from(partOf(DOCUMENT_PATH)).toString('utf8'), 'le', true) }), notJson(DOCUMENT_PATH)],
      ['the evidence list in Shift_JIS bytes', portableWith({ [EVIDENCE_PATH]: Buffer.from([0x5b, 0x22, 0x8e, 0xd0, 0x22, 0x5d]) }), notJson(EVIDENCE_PATH)],
      ['a manifest that is not JSON', rawZip(baseEntries.map((e) => (e.name === MANIFEST_PATH ? { name: e.name, data: Buffer.from('not json') } : e))), { en: ['The file has no readable manifest.json'], ja: ['manifest.json が読み込めないため'] }],
    ];
    figures.push(refuseAll(world, cases.map(([name, bytes, words]) => portableCase(name, bytes, words.en, words.ja))));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
