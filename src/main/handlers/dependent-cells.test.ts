import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

describe('deleting a criterion', () => {
  it('unlinks the answers that were evidence for it, keeping the answers, and logs it', () => {
    const t = createTestApp();
    apps.push(t);
    const { app } = t;
    const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Unlink' })).id;
    const pillarId = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness' } })).id;
    const [keep, gone] = ['Field force', 'KOL access'].map(
      (nameEn) => ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId, nameEn } })).id,
    ) as [string, string];
    const candidateId = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Aoba Trading' } })).id;
    const answer = ok(
      app.invoke('answers.record', {
        dealRoomId,
        candidateId,
        questionText: 'Who would sell our monitors day to day?',
        answeredBy: '山本 部長',
        answeredOn: '2026-11-02',
        setting: 'one_to_one',
        text: '専任の営業担当を2名つける予定です。',
        criterionIds: [keep, gone],
      }),
    );
    ok(app.invoke('criteria.delete', { dealRoomId, criterionId: gone }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.answers.map((a) => [a.id, a.criterionIds])).toEqual([[answer.id, [keep]]]);
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 5 })).entries;
    expect(log.find((e) => e.entity === 'answer' && e.field === 'criterionIds')?.after).toEqual([keep]);
  });
});

describe('deleting a candidate', () => {
  it('removes its vetting records too, each in the change log', () => {
    const t = createTestApp();
    apps.push(t);
    const { app } = t;
    const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Cascade' })).id;
    const candidateId = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Hayate HealthTech' } })).id;
    ok(app.invoke('signals.set', { dealRoomId, candidateId, signal: 'measured_pace', reading: 'warning', note: 'Asked for exclusivity in the first call' }));
    ok(app.invoke('answers.record', { dealRoomId, candidateId, questionText: 'Who decides?', answeredBy: 'CEO', answeredOn: null, setting: 'group_meeting', text: 'I do.' }));
    ok(app.invoke('flags.log', { dealRoomId, candidateId, fields: { said: '全国独占でなければ投資できない' } }));
    ok(app.invoke('candidates.delete', { dealRoomId, candidateId }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect([detail.signals, detail.answers, detail.flags]).toEqual([[], [], []]);
    const removed = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 20 })).entries.filter((e) => e.field === '' && e.after === null);
    expect(removed.map((e) => e.entity).sort()).toEqual(['answer', 'candidate', 'flag', 'signal']);
  });
});
