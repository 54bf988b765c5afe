import { afterEach, describe, expect, it } from 'vitest';
import type { DealRoomFile, DealRoomFileInput } from '../../shared/domain/deal-room-file';
import { sampleDealRoomFile } from '../store/sample-deal-room';
import { createTestApp, directoryHashes, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});
function testApp(): TestApp {
  const t = createTestApp({ actor: 'Import Tester' });
  apps.push(t);
  return t;
}

/** Three pillars, the second with three criteria, so that pillars[1].criteria[2] exists. */
function sourceFile(): DealRoomFileInput {
  return {
    format: 'shinrai.deal-room',
    version: 1,
    exportedAt: '2027-02-01T08:00:00Z',
    dealRoom: { name: 'Chubu distributor search', productLine: 'Surgical lights', targetMarket: 'Chubu', notes: '候補3社を比較', sensitivityMargin: 0.07 },
    candidates: [
      { id: 'wakaba', nameJa: '若葉メディカル', nameLatin: 'Wakaba Medical', headquarters: 'Nagoya' },
      { id: 'kiri', nameLatin: 'Kiri Trading', type: 'trading_house', website: 'https://kiri.example' },
      { id: 'sora', nameJa: 'そら医科器械', compared: false },
    ],
    pillars: [
      { id: 'eff', nameEn: 'Effectiveness', weight: 3, criteria: [{ id: 'reach', nameEn: 'Hospital reach', weight: 2, anchor1: 'few accounts', anchor5: 'most teaching hospitals' }] },
      {
        id: 'comp',
        nameEn: 'Compliance',
        weight: 2,
        criteria: [
          { id: 'licence', nameEn: 'Licence', weight: 1, knockout: true, passMark: 4 },
          { id: 'promo', nameEn: 'Promotion rules', weight: 1 },
          { id: 'data', nameEn: 'Data integrity', weight: 1 },
        ],
      },
      { id: 'fit', nameJa: 'ブランド適合', weight: 1, criteria: [] },
    ],
    evaluators: [
      { id: 'mia', name: 'Mia Laurent', department: 'BD' },
      { id: 'sho', name: '高橋 翔', department: '法務' },
    ],
    scores: [
      { evaluator: 'sho', candidate: 'kiri', criterion: 'licence', value: 3, rationale: 'renewal pending', confidence: 'low' },
      { evaluator: 'mia', candidate: 'wakaba', criterion: 'reach', value: 4.25 },
      { evaluator: 'mia', candidate: 'kiri', criterion: 'reach', value: 2 },
    ],
    consensus: [{ candidate: 'wakaba', criterion: 'data', value: 4, reason: 'reports checked' }],
  };
}

function withoutExportedAt(file: unknown): unknown {
  const { exportedAt: _exportedAt, ...rest } = file as DealRoomFile;
  return rest;
}

describe('dealRooms.import', () => {
  it('creates a new room with everything in the file, logged as one import', () => {
    const { app } = testApp();
    const room = ok(app.invoke('dealRooms.import', { file: sourceFile() }));
    expect(room).toMatchObject({ name: 'Chubu distributor search', productLine: 'Surgical lights', notes: '候補3社を比較', sensitivityMargin: 0.07, archived: false });
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId: room.id }));
    expect(detail.candidates.map((c) => [c.nameJa || c.nameLatin, c.compared, c.sortOrder])).toEqual([
      ['若葉メディカル', true, 0],
      ['Kiri Trading', true, 1],
      ['そら医科器械', false, 2],
    ]);
    expect(detail.criteria.map((k) => k.nameEn)).toEqual(['Hospital reach', 'Licence', 'Promotion rules', 'Data integrity']);
    const kiri = detail.candidates[1]!.id;
    const licence = detail.criteria[1]!.id;
    const sho = detail.evaluators[1]!.id;
    expect(detail.scores.find((s) => s.candidateId === kiri && s.criterionId === licence)).toMatchObject({ evaluatorId: sho, value: 3, confidence: 'low' });
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId: room.id }));
    expect(log.total).toBe(1);
    expect(log.entries[0]).toMatchObject({
      actor: 'Import Tester',
      entity: 'dealRoom',
      entityId: room.id,
      field: 'import',
      before: null,
      after: { exportedAt: '2027-02-01T08:00:00Z', candidates: 3, pillars: 3, criteria: 4, evaluators: 2, scores: 3, consensus: 1 },
    });
  });

  it('export then import gives back the same deal-room, with new ids', () => {
    const { app } = testApp();
    const first = ok(app.invoke('dealRooms.import', { file: sourceFile() }));
    const exported = ok(app.invoke('dealRooms.export', { dealRoomId: first.id }));
    const second = ok(app.invoke('dealRooms.import', { file: exported }));
    expect(second.id).not.toBe(first.id);
    const again = ok(app.invoke('dealRooms.export', { dealRoomId: second.id }));
    expect(withoutExportedAt(again)).toEqual(withoutExportedAt(exported));

    const [a, b] = [ok(app.invoke('dealRooms.get', { dealRoomId: first.id })), ok(app.invoke('dealRooms.get', { dealRoomId: second.id }))];
    const ids = (d: typeof a) => new Set([...d.candidates, ...d.pillars, ...d.criteria, ...d.evaluators].map((x) => x.id));
    for (const id of ids(b)) expect(ids(a).has(id)).toBe(false);
    expect(b.candidates.map(({ id: _id, ...rest }) => rest)).toEqual(a.candidates.map(({ id: _id, ...rest }) => rest));
  });

  it('round-trips the sample deal-room', () => {
    const { app } = testApp();
    const sample = ok(app.invoke('dealRooms.import', { file: sampleDealRoomFile() }));
    const exported = ok(app.invoke('dealRooms.export', { dealRoomId: sample.id })) as DealRoomFile;
    expect(exported.candidates).toHaveLength(sampleDealRoomFile().candidates.length);
    expect(exported.scores).toHaveLength(sampleDealRoomFile().scores.length);
    const copy = ok(app.invoke('dealRooms.import', { file: exported }));
    expect(withoutExportedAt(ok(app.invoke('dealRooms.export', { dealRoomId: copy.id })))).toEqual(withoutExportedAt(exported));
  });

  it('refuses an invalid file whole, naming the field in the file, in English and Japanese, and changes nothing', () => {
    const t = testApp();
    const existing = ok(t.app.invoke('dealRooms.import', { file: sourceFile() }));
    t.app.close();
    const hashesBefore = directoryHashes(t.roomsDir);
    t.reopen();
    const listBefore = ok(t.app.invoke('dealRooms.list', {}));

    const negative = sourceFile();
    negative.pillars[1]!.criteria[2]!.weight = -1;
    expect(failure(t.app.invoke('dealRooms.import', { file: negative }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'file.pillars[1].criteria[2].weight: must be 0 or more',
      path: 'file.pillars[1].criteria[2].weight',
      problem: 'must be 0 or more',
    });
    expect(failure(t.app.invoke('dealRooms.import', { file: negative }, { lang: 'ja' }))).toEqual({
      code: 'invalid_input',
      message: 'file.pillars[1].criteria[2].weight：0以上の値にしてください',
      path: 'file.pillars[1].criteria[2].weight',
      problem: '0以上の値にしてください',
    });

    const dangling = sourceFile();
    dangling.scores!.push({ evaluator: 'mia', candidate: 'hikari', criterion: 'promo', value: 3 });
    expect(failure(t.app.invoke('dealRooms.import', { file: dangling }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'file.scores[3].candidate: This refers to "hikari", which is not in the file.',
      path: 'file.scores[3].candidate',
      problem: 'This refers to "hikari", which is not in the file.',
    });
    expect(failure(t.app.invoke('dealRooms.import', { file: dangling }, { lang: 'ja' })).message).toBe(
      'file.scores[3].candidate：ファイル内に存在しない「hikari」を参照しています。',
    );

    const notAFile = failure(t.app.invoke('dealRooms.import', { file: 'hello' }, { lang: 'en' }));
    expect(notAFile.code).toBe('invalid_input');
    expect(failure(t.app.invoke('dealRooms.import', { file: { ...sourceFile(), version: 5 } }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message:
        'This file was written by a newer version of Shinrai (file format version 5; this version reads up to 4). Nothing was imported: update Shinrai to open it.',
      path: 'file.version',
    });
    expect(failure(t.app.invoke('dealRooms.import', { file: { ...sourceFile(), version: 0 } })).path).toBe('file.version');

    expect(ok(t.app.invoke('dealRooms.list', {}))).toEqual(listBefore);
    expect(listBefore.map((r) => r.id)).toEqual([existing.id]);
    t.app.close();
    expect(directoryHashes(t.roomsDir)).toEqual(hashesBefore);
  });
});

describe('dealRooms.export', () => {
  it('writes a versioned document with short ids in the rooms order', () => {
    const { app } = testApp();
    const room = ok(app.invoke('dealRooms.import', { file: sourceFile() }));
    const file = ok(app.invoke('dealRooms.export', { dealRoomId: room.id })) as DealRoomFile;
    expect([file.format, file.version]).toEqual(['shinrai.deal-room', 4]);
    expect(Date.parse(file.exportedAt ?? '')).not.toBeNaN();
    expect(file.candidates.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(file.pillars.map((p) => [p.id, p.criteria.map((k) => k.id)])).toEqual([
      ['p1', ['k1']],
      ['p2', ['k2', 'k3', 'k4']],
      ['p3', []],
    ]);
    expect(file.scores.map((s) => [s.evaluator, s.candidate, s.criterion, s.value])).toEqual([
      ['e1', 'c1', 'k1', 4.25],
      ['e1', 'c2', 'k1', 2],
      ['e2', 'c2', 'k2', 3],
    ]);
    expect(failure(app.invoke('dealRooms.export', { dealRoomId: 'missing' })).code).toBe('not_found');
  });
});
