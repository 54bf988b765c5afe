import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function room() {
  const t = createTestApp();
  apps.push(t);
  const dealRoomId = ok(t.app.invoke('dealRooms.create', { name: 'Criteria' })).id;
  return { app: t.app, dealRoomId };
}

describe('pillars', () => {
  it('are created last with a default weight, updated and deleted with their criteria', () => {
    const { app, dealRoomId } = room();
    const eff = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness' } }));
    const trust = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameJa: '信頼性', weight: 2.5 } }));
    expect([eff.nameEn, eff.nameJa, eff.weight, eff.sortOrder]).toEqual(['Effectiveness', '', 1, 0]);
    expect([trust.nameEn, trust.nameJa, trust.weight, trust.sortOrder]).toEqual(['', '信頼性', 2.5, 1]);
    const renamed = ok(app.invoke('pillars.update', { dealRoomId, pillarId: trust.id, patch: { nameEn: 'Trustworthiness', weight: 0 } }));
    expect([renamed.nameEn, renamed.nameJa, renamed.weight]).toEqual(['Trustworthiness', '信頼性', 0]);
    ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: eff.id, nameEn: 'Field force' } }));
    expect(ok(app.invoke('pillars.delete', { dealRoomId, pillarId: eff.id }))).toEqual({ deleted: true });
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.pillars.map((p) => p.nameEn)).toEqual(['Trustworthiness']);
    expect(detail.criteria).toEqual([]);
  });

  it('refuse a negative weight and a missing name, naming the field', () => {
    const { app, dealRoomId } = room();
    expect(failure(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'X', weight: -1 } }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'fields.weight: must be 0 or more',
      path: 'fields.weight',
      problem: 'must be 0 or more',
    });
    expect(failure(app.invoke('pillars.create', { dealRoomId, fields: { weight: 1 } }, { lang: 'ja' }))).toEqual({
      code: 'invalid_input',
      message: 'fields.nameEn：日本語または英語（ローマ字）のいずれかで名称を入力してください',
      path: 'fields.nameEn',
      problem: '日本語または英語（ローマ字）のいずれかで名称を入力してください',
    });
    expect(failure(app.invoke('pillars.delete', { dealRoomId, pillarId: 'none' }, { lang: 'ja' })).message).toBe('ID「none」の評価軸はこのディールルームにありません。');
  });
});

describe('criteria', () => {
  it('are created last in their pillar with defaults, and move to the end of another pillar', () => {
    const { app, dealRoomId } = room();
    const p1 = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Compliance' } }));
    const p2 = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Capability' } }));
    const licence = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: p1.id, nameEn: 'Licence', knockout: true } }));
    const data = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: p1.id, nameJa: 'データの正確性', weight: 3, passMark: 2.5 } }));
    const logistics = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: p2.id, nameEn: 'Logistics' } }));
    expect(licence).toMatchObject({ pillarId: p1.id, weight: 1, knockout: true, passMark: 3, description: '', anchor1: '', anchor3: '', anchor5: '', sortOrder: 0 });
    expect([data.sortOrder, data.weight, data.passMark, logistics.sortOrder]).toEqual([1, 3, 2.5, 0]);

    const moved = ok(app.invoke('criteria.update', { dealRoomId, criterionId: licence.id, patch: { pillarId: p2.id, anchor5: 'Licence held and transferable' } }));
    expect([moved.pillarId, moved.sortOrder, moved.anchor5]).toEqual([p2.id, 1, 'Licence held and transferable']);
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.criteria.map((k) => k.nameEn || k.nameJa)).toEqual(['データの正確性', 'Logistics', 'Licence']);

    ok(app.invoke('criteria.delete', { dealRoomId, criterionId: data.id }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).criteria.map((k) => k.nameEn)).toEqual(['Logistics', 'Licence']);
  });

  it('refuse an unknown pillar and a pass mark off the scale, naming the field', () => {
    const { app, dealRoomId } = room();
    const p = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Compliance' } }));
    expect(failure(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: 'nowhere', nameEn: 'X' } }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: 'No pillar with id "nowhere" is in this deal-room.',
      path: 'fields.pillarId',
    });
    const k = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: p.id, nameEn: 'Licence' } }));
    expect(failure(app.invoke('criteria.update', { dealRoomId, criterionId: k.id, patch: { pillarId: 'nowhere' } })).path).toBe('patch.pillarId');
    expect(failure(app.invoke('criteria.update', { dealRoomId, criterionId: k.id, patch: { passMark: 6 } }, { lang: 'ja' }))).toEqual({
      code: 'invalid_input',
      message: 'patch.passMark：5以下の値にしてください',
      path: 'patch.passMark',
      problem: '5以下の値にしてください',
    });
    expect(failure(app.invoke('criteria.delete', { dealRoomId, criterionId: 'gone' }, { lang: 'en' })).message).toBe('No criterion with id "gone" is in this deal-room.');
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).criteria.map((c) => [c.pillarId, c.passMark])).toEqual([[p.id, 3]]);
  });
});
