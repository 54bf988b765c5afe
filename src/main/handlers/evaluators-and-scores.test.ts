import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function room() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Scoring' })).id;
  const pillar = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness' } }));
  const criterion = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'KOL access' } }));
  const candidate = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Kaede Devices' } }));
  const evaluator = ok(app.invoke('evaluators.create', { dealRoomId, fields: { name: 'Lena Vogt', department: 'Marketing' } }));
  return { app, dealRoomId, criterionId: criterion.id, candidateId: candidate.id, evaluatorId: evaluator.id };
}

describe('evaluators', () => {
  it('are created, updated and deleted', () => {
    const { app, dealRoomId, evaluatorId } = room();
    const second = ok(app.invoke('evaluators.create', { dealRoomId, fields: { name: '小林 陸' } }));
    expect(second).toEqual({ id: second.id, name: '小林 陸', department: '', role: '', submittedAt: null });
    expect(ok(app.invoke('evaluators.update', { dealRoomId, evaluatorId: second.id, patch: { department: '薬事' } }))).toEqual({
      id: second.id,
      name: '小林 陸',
      department: '薬事',
      role: '',
      submittedAt: null,
    });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).evaluators.map((e) => e.name)).toEqual(['Lena Vogt', '小林 陸']);
    ok(app.invoke('evaluators.delete', { dealRoomId, evaluatorId }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).evaluators.map((e) => e.name)).toEqual(['小林 陸']);
    expect(failure(app.invoke('evaluators.delete', { dealRoomId, evaluatorId }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: `No evaluator with id "${evaluatorId}" is in this deal-room.`,
      path: 'evaluatorId',
    });
  });
});

describe('scores', () => {
  it('are set, replaced and cleared', () => {
    const { app, dealRoomId, evaluatorId, candidateId, criterionId } = room();
    const cell = { dealRoomId, evaluatorId, candidateId, criterionId };
    expect(ok(app.invoke('scores.set', { ...cell, value: 3.5 }))).toEqual({ cleared: false });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores).toEqual([
      { evaluatorId, candidateId, criterionId, value: 3.5, rationale: '', confidence: 'medium', updatedAt: expect.any(String) },
    ]);
    ok(app.invoke('scores.set', { ...cell, value: 4, rationale: 'met two university hospitals', confidence: 'high' }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores.map((s) => [s.value, s.rationale, s.confidence])).toEqual([
      [4, 'met two university hospitals', 'high'],
    ]);
    expect(ok(app.invoke('scores.clear', cell))).toEqual({ cleared: true });
    expect(ok(app.invoke('scores.clear', cell))).toEqual({ cleared: false });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores).toEqual([]);
  });

  it('refuse a value off the 0–5 scale and cells outside the room, naming the field', () => {
    const { app, dealRoomId, evaluatorId, candidateId, criterionId } = room();
    const cell = { dealRoomId, evaluatorId, candidateId, criterionId };
    expect(failure(app.invoke('scores.set', { ...cell, value: 5.5 }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'value: must be 5 or less',
      path: 'value',
      problem: 'must be 5 or less',
    });
    expect(failure(app.invoke('scores.set', { ...cell, evaluatorId: 'x', value: 3 }, { lang: 'en' })).path).toBe('evaluatorId');
    expect(failure(app.invoke('scores.set', { ...cell, candidateId: 'x', value: 3 }, { lang: 'ja' }))).toEqual({
      code: 'not_found',
      message: 'ID「x」の候補企業はこのディールルームにありません。',
      path: 'candidateId',
    });
    expect(failure(app.invoke('scores.clear', { ...cell, criterionId: 'x' })).path).toBe('criterionId');
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores).toEqual([]);
  });
});

describe('consensus', () => {
  it('is set, replaced and cleared', () => {
    const { app, dealRoomId, candidateId, criterionId } = room();
    const cell = { dealRoomId, candidateId, criterionId };
    expect(ok(app.invoke('consensus.set', { ...cell, value: 2 }))).toEqual({ cleared: false });
    ok(app.invoke('consensus.set', { ...cell, value: 2.5, reason: '面談後に合意' }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).consensus).toEqual([
      { candidateId, criterionId, value: 2.5, reason: '面談後に合意', updatedAt: expect.any(String) },
    ]);
    expect(ok(app.invoke('consensus.clear', cell))).toEqual({ cleared: true });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).consensus).toEqual([]);
    expect(failure(app.invoke('consensus.set', { ...cell, criterionId: 'x', value: 1 })).code).toBe('not_found');
  });
});
