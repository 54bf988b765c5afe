import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_PATH, MANIFEST_PATH, PORTABLE_EXTENSION } from '../../shared/domain/portable-file';
import { evidenceToPortable } from '../portable/evidence-refs';
import { readZip, writeZip, type ZipEntry } from '../portable/zip-sync';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const LIMITS = { maxEntries: 100_000, maxBytes: 1 << 30 };

/** Every file under a folder with its hash, folders included: proof that nothing was written or removed. */
function treeHashes(dir: string, prefix = ''): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, treeHashes(path, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = sha(readFileSync(path));
  }
  return out;
}

/** The sample deal-room with evidence on a candidate, a due-diligence request, a red flag and a score. */
function roomWithEvidence() {
  const t = createTestApp({ seedSample: true });
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.list', {}))[0]!.id;
  const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
  const [first, second] = [...detail.candidates].sort((a, b) => a.sortOrder - b.sortOrder);
  const add = (candidateId: string, attachedTo: string, attachedId: string, fileName: string, content: Buffer, mediaType: string) =>
    ok(app.invoke('evidence.add', { dealRoomId, candidateId, attachedTo, attachedId, fileName, mediaType, contentBase64: content.toString('base64') }, { actor: 'Mori Aya', lang: 'en' }));
  add(second!.id, 'candidate', second!.id, '会社案内 2026.pdf', PDF, 'application/pdf');
  const [, request] = ok(
    app.invoke('dueDiligence.add', { dealRoomId, candidateId: second!.id, items: [{ item: 'Audited accounts 2025' }, { item: 'Distributor licences' }] }),
  );
  add(second!.id, 'due_diligence', request!.id, 'licence.png', PNG, 'image/png');
  const flag = ok(app.invoke('flags.log', { dealRoomId, candidateId: first!.id, fields: { said: 'Wants exclusivity for all of Asia' } }));
  add(first!.id, 'flag', flag.id, 'minutes.pdf', PDF, 'application/pdf');
  const score = detail.scores.find((s) => s.candidateId === second!.id);
  if (score) add(second!.id, 'score', `${score.evaluatorId}/${score.candidateId}/${score.criterionId}`, 'quote.png', PNG, 'image/png');
  return { t, app, dealRoomId };
}

function exportPortable(app: TestApp['app'], dealRoomId: string) {
  return ok(app.invoke('portable.export', { dealRoomId }));
}

/** The portable file with one entry changed. */
function tampered(contentBase64: string, change: (entries: ZipEntry[]) => void): string {
  const zip = readZip(Buffer.from(contentBase64, 'base64'), LIMITS);
  if (!zip.ok) throw new Error('the exported file is not a zip');
  change(zip.entries);
  return Buffer.from(writeZip(zip.entries, '2026-11-01T00:00:00.000Z')).toString('base64');
}

const withoutExportedAt = (doc: unknown) => ({ ...(doc as Record<string, unknown>), exportedAt: null });

describe('the portable deal-room file', () => {
  it('round-trips: the new room exports the same document, and its evidence has the same hashes on the same records', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const original = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(original.evidence.length).toBeGreaterThanOrEqual(3);
    const file = exportPortable(app, dealRoomId);
    expect(file.fileName).toBe(`${original.dealRoom.name}${PORTABLE_EXTENSION}`);

    const opened = ok(app.invoke('portable.import', { contentBase64: file.contentBase64, mode: 'new' }, { actor: 'Ito Ken', lang: 'en' }));
    expect(opened.id).not.toBe(dealRoomId);
    expect(opened.name).toBe(original.dealRoom.name);
    expect(withoutExportedAt(ok(app.invoke('dealRooms.export', { dealRoomId: opened.id })))).toEqual(
      withoutExportedAt(ok(app.invoke('dealRooms.export', { dealRoomId }))),
    );
    const copy = ok(app.invoke('dealRooms.get', { dealRoomId: opened.id }));
    // The same records, named the same way in the document's terms: same target, same hash, same author.
    const inOrder = (d: typeof copy) => evidenceToPortable(d).map((e) => JSON.stringify(e)).sort();
    expect(inOrder(copy)).toEqual(inOrder(original));
    expect(copy.evidence.map((e) => e.sha256).sort()).toEqual(original.evidence.map((e) => e.sha256).sort());
    // And the contents are there, byte for byte.
    for (const e of copy.evidence) {
      const read = ok(app.invoke('evidence.read', { dealRoomId: opened.id, evidenceId: e.id }));
      expect(sha(Buffer.from(read.contentBase64, 'base64'))).toBe(e.sha256);
    }
    expect(readdirSync(join(t.roomsDir, `${opened.id}.files`)).sort()).toEqual([...new Set(original.evidence.map((e) => e.sha256))].sort());
  });

  it('inspects a file without changing anything: its room, counts and a room of the same name', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    const before = treeHashes(t.roomsDir);
    const seen = ok(app.invoke('portable.inspect', { contentBase64: file.contentBase64 }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(seen.problems).toEqual([]);
    expect(seen.roomName).toBe(detail.dealRoom.name);
    expect(seen.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(seen.counts).toMatchObject({
      candidates: detail.candidates.length,
      criteria: detail.criteria.length,
      scores: detail.scores.length,
      flags: detail.flags.length,
      dueDiligence: detail.dueDiligence.length,
      evidenceFiles: detail.evidence.length,
    });
    expect(seen.existingRoomWithSameName).toEqual({ id: dealRoomId, name: detail.dealRoom.name });
    expect(treeHashes(t.roomsDir)).toEqual(before);
  });

  it('refuses a file with one byte of an evidence file changed, naming it, and changes nothing', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    let changedPath = '';
    const bad = tampered(file.contentBase64, (entries) => {
      const blob = entries.find((e) => e.name.startsWith('files/'))!;
      changedPath = blob.name;
      const changed = Uint8Array.from(blob.bytes);
      changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0x01;
      blob.bytes = changed;
    });
    const rooms = ok(app.invoke('dealRooms.list', {}));
    const before = treeHashes(t.dir);

    const seen = ok(app.invoke('portable.inspect', { contentBase64: bad }));
    expect(seen.problems).toEqual([`${changedPath} does not match its SHA-256 in the manifest: the file was changed or damaged.`]);
    const error = failure(app.invoke('portable.import', { contentBase64: bad, mode: 'new' }));
    expect(error.code).toBe('rule_violation');
    expect(error.message).toContain(changedPath);
    expect(error.message).toContain('SHA-256');

    expect(ok(app.invoke('dealRooms.list', {}))).toEqual(rooms);
    expect(treeHashes(t.dir)).toEqual(before);
  });

  it('refuses a file whose deal-room document was edited, naming deal-room.json, and changes nothing', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    const bad = tampered(file.contentBase64, (entries) => {
      const doc = entries.find((e) => e.name === DOCUMENT_PATH)!;
      // Same length, one letter different: only the hash can tell.
      doc.bytes = Buffer.from(Buffer.from(doc.bytes).toString('utf8').replace('Asanagi', 'Asanagy'), 'utf8');
    });
    const before = treeHashes(t.dir);
    const error = failure(app.invoke('portable.import', { contentBase64: bad, mode: 'new' }));
    expect(error.message).toBe('deal-room.json does not match its SHA-256 in the manifest: the file was changed or damaged.');
    expect(ok(app.invoke('dealRooms.list', {}))).toHaveLength(1);
    expect(treeHashes(t.dir)).toEqual(before);
  });

  it('refuses a file from a newer version, naming both versions, in the caller’s language', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    const newer = tampered(file.contentBase64, (entries) => {
      const manifest = entries.find((e) => e.name === MANIFEST_PATH)!;
      const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as Record<string, unknown>;
      manifest.bytes = Buffer.from(JSON.stringify({ ...parsed, version: 2 }), 'utf8');
    });
    const before = treeHashes(t.dir);
    const en = failure(app.invoke('portable.import', { contentBase64: newer, mode: 'new' }));
    expect(en.message).toContain('portable format version 2');
    expect(en.message).toContain('reads up to version 1');
    const ja = failure(app.invoke('portable.import', { contentBase64: newer, mode: 'new' }, { lang: 'ja' }));
    expect(ja.message).toContain('バージョン 2');
    expect(ja.message).toContain('バージョン 1 まで');
    expect(treeHashes(t.dir)).toEqual(before);
  });

  it('refuses what is not a portable file: not a zip, a zip without a manifest, a part not in the manifest, too many parts', () => {
    const { app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    const problems = (contentBase64: string) => ok(app.invoke('portable.inspect', { contentBase64 })).problems;
    expect(problems(Buffer.from('just some text').toString('base64'))).toEqual([
      'The file is not a portable deal-room file: it cannot be read as a zip archive.',
    ]);
    expect(problems(tampered(file.contentBase64, (e) => e.splice(e.findIndex((x) => x.name === MANIFEST_PATH), 1)))).toEqual([
      'The file has no readable manifest.json, so its contents cannot be checked.',
    ]);
    expect(problems(tampered(file.contentBase64, (e) => e.push({ name: 'extra.txt', bytes: Buffer.from('hello') })))).toEqual([
      'extra.txt is in the file but not in its manifest.',
    ]);
    const crowded = tampered(file.contentBase64, (e) => {
      for (let i = 0; i < 5000; i++) e.push({ name: `x/${i}`, bytes: new Uint8Array(0) });
    });
    expect(problems(crowded)[0]).toMatch(/^The file holds \d+ parts; a portable deal-room file can hold at most 5000\.$/);
  });

  it('replaces an existing room only when named, and only once the new one is complete', () => {
    const { t, app, dealRoomId } = roomWithEvidence();
    const file = exportPortable(app, dealRoomId);
    const unnamed = failure(app.invoke('portable.import', { contentBase64: file.contentBase64, mode: 'replace' }));
    expect(unnamed.path).toBe('replaceRoomId');
    expect(unnamed.message).toBe('Name the deal-room to replace.');
    expect(ok(app.invoke('dealRooms.list', {})).map((r) => r.id)).toEqual([dealRoomId]);

    const opened = ok(app.invoke('portable.import', { contentBase64: file.contentBase64, mode: 'replace', replaceRoomId: dealRoomId }));
    expect(ok(app.invoke('dealRooms.list', {})).map((r) => r.id)).toEqual([opened.id]);
    expect(existsSync(join(t.roomsDir, `${dealRoomId}.files`))).toBe(false);
    expect(ok(app.invoke('dealRooms.get', { dealRoomId: opened.id })).evidence.length).toBeGreaterThanOrEqual(3);
  });
});
