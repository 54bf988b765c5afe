import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../shared/evidence/evidence-file-types';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/** A small but real PDF: the header, one empty page, the trailer. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function evidenceRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Evidence' })).id;
  const asanagi = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Asanagi Medical K.K.', nameJa: '朝凪メディカル株式会社' } })).id;
  const tsumugi = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Tsumugi Life Science' } })).id;
  const contentDir = join(t.roomsDir, `${dealRoomId}.files`);
  const blobs = () => (existsSync(contentDir) ? readdirSync(contentDir).sort() : []);
  const logTotal = () => ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
  const evidence = () => ok(app.invoke('dealRooms.get', { dealRoomId })).evidence;
  const attach = (fields: { candidateId?: string; attachedTo?: string; attachedId?: string; fileName?: string; mediaType?: string; content?: Buffer }) =>
    app.invoke(
      'evidence.add',
      {
        dealRoomId,
        candidateId: fields.candidateId ?? asanagi,
        attachedTo: fields.attachedTo ?? 'candidate',
        attachedId: fields.attachedId ?? fields.candidateId ?? asanagi,
        fileName: fields.fileName ?? '決算書 2026.pdf',
        mediaType: fields.mediaType ?? 'application/pdf',
        contentBase64: (fields.content ?? PDF).toString('base64'),
      },
      { actor: 'Mori Aya', lang: 'en' },
    );
  return { t, app, dealRoomId, asanagi, tsumugi, contentDir, blobs, logTotal, evidence, attach };
}

describe('adding an evidence file', () => {
  it('records its SHA-256, size, type, who added it and when, and stores the content once under the hash', () => {
    const { app, dealRoomId, asanagi, contentDir, attach } = evidenceRoom();
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    const added = ok(attach({}));
    expect(added.duplicate).toBe(false);
    expect(added.file).toMatchObject({
      candidateId: asanagi,
      attachedTo: 'candidate',
      attachedId: asanagi,
      fileName: '決算書 2026.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
      sha256,
      addedBy: 'Mori Aya',
    });
    expect(Date.parse(added.file.addedAt)).not.toBeNaN();
    expect(readFileSync(join(contentDir, sha256))).toEqual(PDF);

    const read = ok(app.invoke('evidence.read', { dealRoomId, evidenceId: added.file.id }));
    expect(read).toEqual({ fileName: '決算書 2026.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') });

    const [entry] = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).entries;
    expect(entry).toMatchObject({ entity: 'evidence', entityId: added.file.id, field: '', before: null, actor: 'Mori Aya' });
  });

  it('recognises the same content added again to the same record, and changes nothing', () => {
    const { asanagi, blobs, logTotal, evidence, attach } = evidenceRoom();
    const first = ok(attach({}));
    const before = logTotal();
    // Another name does not make it another file: the content is the same.
    const again = ok(attach({ fileName: 'copy of accounts.pdf' }));
    expect(again).toEqual({ file: first.file, duplicate: true });
    expect(logTotal()).toBe(before);
    expect(evidence().map((e) => e.id)).toEqual([first.file.id]);
    expect(blobs()).toEqual([first.file.sha256]);
    expect(first.file.candidateId).toBe(asanagi);
  });

  it('gives the same content attached to another record a record of its own, pointing at the one stored copy', () => {
    const { app, dealRoomId, asanagi, blobs, evidence, attach } = evidenceRoom();
    const [request] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId: asanagi, items: [{ item: 'Financial statements' }] }));
    const onCandidate = ok(attach({}));
    const onRequest = ok(attach({ attachedTo: 'due_diligence', attachedId: request!.id }));
    expect(onRequest.duplicate).toBe(false);
    expect(onRequest.file.id).not.toBe(onCandidate.file.id);
    expect(onRequest.file.sha256).toBe(onCandidate.file.sha256);
    expect(evidence()).toHaveLength(2);
    expect(blobs()).toEqual([onCandidate.file.sha256]);
  });

  it('refuses a file over the size limit, naming the field and the sizes in MB, and writes nothing', () => {
    const { blobs, logTotal, evidence, attach, app, dealRoomId, asanagi } = evidenceRoom();
    const before = logTotal();
    const tooBig = Buffer.alloc(MAX_EVIDENCE_BYTES + 1, 0x20);
    PDF.copy(tooBig);
    expect(failure(attach({ content: tooBig }))).toEqual({
      code: 'invalid_input',
      path: 'contentBase64',
      problem: 'The file is 16.1 MB; files of up to 16 MB can be attached.',
      message: 'contentBase64: The file is 16.1 MB; files of up to 16 MB can be attached.',
    });
    const inJapanese = app.invoke(
      'evidence.add',
      { dealRoomId, candidateId: asanagi, attachedTo: 'candidate', attachedId: asanagi, fileName: 'big.pdf', mediaType: 'application/pdf', contentBase64: tooBig.toString('base64') },
      { lang: 'ja' },
    );
    expect(failure(inJapanese).message).toBe('contentBase64：ファイルのサイズが16.1 MBあります。添付できるのは16 MBまでです。');
    expect(evidence()).toEqual([]);
    expect(blobs()).toEqual([]);
    expect(logTotal()).toBe(before);
  });

  it('takes a file of exactly the limit', () => {
    const { attach } = evidenceRoom();
    const atLimit = Buffer.alloc(MAX_EVIDENCE_BYTES, 0x20);
    PDF.copy(atLimit);
    expect(ok(attach({ content: atLimit })).file.size).toBe(MAX_EVIDENCE_BYTES);
  });

  it('refuses content that is not what its declared type says, naming the type', () => {
    const { blobs, evidence, attach } = evidenceRoom();
    expect(failure(attach({ content: PNG, fileName: 'scan.pdf' }))).toMatchObject({
      code: 'invalid_input',
      path: 'mediaType',
      problem: 'The content is not a PDF file, although it was declared as one. Check that the file is not damaged or renamed.',
    });
    expect(failure(attach({ content: PDF, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'accounts.xlsx' })).problem).toContain(
      'not a Excel (.xlsx) file',
    );
    expect(evidence()).toEqual([]);
    expect(blobs()).toEqual([]);
    // The same PNG, declared as what it is, is taken.
    expect(ok(attach({ content: PNG, mediaType: 'image/png', fileName: 'scan.png' })).file.mediaType).toBe('image/png');
  });

  it('refuses a type that is not accepted, an empty file and content that is not base64', () => {
    const { app, dealRoomId, asanagi, attach, evidence } = evidenceRoom();
    const exe = failure(attach({ content: Buffer.from('MZ\x90\x00'), mediaType: 'application/x-msdownload', fileName: 'setup.exe' }));
    expect(exe).toMatchObject({ code: 'invalid_input', path: 'mediaType' });
    expect(exe.problem).toMatch(/^This kind of file cannot be attached\. Accepted: PDF, PNG, JPEG, WebP, GIF, TXT, CSV, Word \(\.docx\)/);
    expect(failure(attach({ content: Buffer.alloc(0), mediaType: 'text/plain', fileName: 'empty.txt' }))).toMatchObject({ path: 'contentBase64', problem: 'The file is empty.' });
    const notBase64 = app.invoke(
      'evidence.add',
      { dealRoomId, candidateId: asanagi, attachedTo: 'candidate', attachedId: asanagi, fileName: 'x.pdf', mediaType: 'application/pdf', contentBase64: '%PDF-1.4 as text' },
      { lang: 'en' },
    );
    expect(failure(notBase64)).toMatchObject({ code: 'invalid_input', path: 'contentBase64', message: 'contentBase64: is not in the expected format' });
    expect(evidence()).toEqual([]);
  });

  it('checks that the record it is attached to exists and belongs to the candidate', () => {
    const { app, dealRoomId, asanagi, tsumugi, attach, evidence } = evidenceRoom();
    const [tsumugiRequest] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId: tsumugi, items: [{ item: 'References' }] }));
    expect(failure(attach({ attachedTo: 'due_diligence', attachedId: tsumugiRequest!.id }))).toMatchObject({
      code: 'not_found',
      path: 'attachedId',
      message: `No due-diligence request with id "${tsumugiRequest!.id}" belongs to this candidate.`,
    });
    expect(failure(attach({ attachedTo: 'candidate', attachedId: tsumugi }))).toMatchObject({ code: 'not_found', path: 'attachedId' });
    expect(failure(attach({ attachedTo: 'answer', attachedId: 'no-such-answer' }))).toMatchObject({ code: 'not_found', path: 'attachedId' });
    expect(failure(attach({ attachedTo: 'flag', attachedId: 'no-such-flag' }))).toMatchObject({ code: 'not_found', path: 'attachedId' });
    expect(failure(attach({ candidateId: 'nobody', attachedId: 'nobody' }))).toMatchObject({ code: 'not_found', path: 'candidateId' });

    // A score is named evaluator/candidate/criterion, and must have been given.
    const pillar = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Compliance' } }));
    const criterionId = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Licence held' } })).id;
    const evaluatorId = ok(app.invoke('evaluators.create', { dealRoomId, fields: { name: 'Sato Kenji' } })).id;
    const scoreId = `${evaluatorId}/${asanagi}/${criterionId}`;
    expect(failure(attach({ attachedTo: 'score', attachedId: scoreId })).message).toBe(
      `No score "${scoreId}" (evaluator/candidate/criterion) belongs to this candidate.`,
    );
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId, candidateId: asanagi, criterionId, value: 4, rationale: 'Licence seen' }));
    expect(ok(attach({ attachedTo: 'score', attachedId: scoreId })).file.attachedId).toBe(scoreId);
    expect(failure(attach({ attachedTo: 'score', attachedId: `${evaluatorId}/${tsumugi}/${criterionId}` })).path).toBe('attachedId');
    expect(evidence()).toHaveLength(1);
  });
});

describe('removing evidence', () => {
  it('keeps stored content while another record uses it, and deletes it with the last', () => {
    const { app, dealRoomId, asanagi, blobs, attach, evidence } = evidenceRoom();
    const [request] = ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId: asanagi, items: [{ item: 'Licences' }] }));
    const a = ok(attach({})).file;
    const b = ok(attach({ attachedTo: 'due_diligence', attachedId: request!.id })).file;
    ok(app.invoke('evidence.remove', { dealRoomId, evidenceId: a.id }));
    expect(blobs()).toEqual([a.sha256]);
    expect(ok(app.invoke('evidence.read', { dealRoomId, evidenceId: b.id })).contentBase64).toBe(PDF.toString('base64'));
    ok(app.invoke('evidence.remove', { dealRoomId, evidenceId: b.id }));
    expect(blobs()).toEqual([]);
    expect(evidence()).toEqual([]);
    expect(failure(app.invoke('evidence.read', { dealRoomId, evidenceId: a.id }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      path: 'evidenceId',
      message: `No evidence file with id "${a.id}" is in this deal-room.`,
    });
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.entityId, e.after])).toEqual([
      ['evidence', b.id, null],
      ['evidence', a.id, null],
    ]);
  });

  it('refuses to hand out content that no longer matches its hash', () => {
    const { app, dealRoomId, contentDir, attach } = evidenceRoom();
    const file = ok(attach({})).file;
    writeFileSync(join(contentDir, file.sha256), Buffer.from('%PDF-1.4 tampered'));
    expect(failure(app.invoke('evidence.read', { dealRoomId, evidenceId: file.id }, { lang: 'en' }))).toMatchObject({
      code: 'rule_violation',
      message: 'The stored content of “決算書 2026.pdf” is missing or damaged, so it cannot be opened. Attach the file again.',
    });
  });

  it('goes with its candidate: the rows, each logged, and the content at the next sweep', () => {
    const { app, dealRoomId, asanagi, tsumugi, blobs, attach, evidence } = evidenceRoom();
    ok(app.invoke('dueDiligence.add', { dealRoomId, candidateId: asanagi, items: [{ item: 'Licences' }, { item: 'References' }] }));
    const file = ok(attach({})).file;
    const kept = ok(attach({ candidateId: tsumugi, content: PNG, mediaType: 'image/png', fileName: 'org.png' })).file;
    ok(app.invoke('candidates.delete', { dealRoomId, candidateId: asanagi }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.evidence.map((e) => e.id)).toEqual([kept.id]);
    expect(detail.dueDiligence).toEqual([]);
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 })).entries;
    expect(log.filter((e) => e.after === null).map((e) => e.entity)).toEqual(['candidate', 'dueDiligence', 'dueDiligence', 'evidence']);
    // The content is swept once another evidence change runs.
    ok(app.invoke('evidence.remove', { dealRoomId, evidenceId: kept.id }));
    expect(blobs()).toEqual([]);
    expect(evidence()).toEqual([]);
    expect(file.sha256).not.toBe(kept.sha256);
  });

  it('goes with its deal-room', () => {
    const { t, app, dealRoomId, contentDir, attach } = evidenceRoom();
    ok(attach({}));
    expect(existsSync(contentDir)).toBe(true);
    ok(app.invoke('dealRooms.delete', { dealRoomId }));
    expect(existsSync(contentDir)).toBe(false);
    expect(readdirSync(t.roomsDir)).toEqual([]);
  });
});
