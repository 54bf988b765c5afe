import { afterEach, describe, expect, it } from 'vitest';
import { engineInputFromDetail } from '../../shared/engine/engine-input';
import { computeScores } from '../../shared/engine/score-candidates';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/** A room with one criterion, two candidates and three evaluators. */
function panelRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Panel', scoringMode: 'independent' })).id;
  const pillar = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness' } }));
  const criterionId = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Hospital access' } })).id;
  const a = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Aoba Trading' } })).id;
  const b = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Minato Medical' } })).id;
  ok(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: [a, b] }));
  const [sato, weber, kim] = ['佐藤 花子', 'Jonas Weber', 'Kim Seo-yeon'].map(
    (name) => ok(app.invoke('evaluators.create', { dealRoomId, fields: { name, department: 'BD', role: 'Panel member' } })).id,
  ) as [string, string, string];
  return { app, dealRoomId, criterionId, a, b, sato, weber, kim, pillarId: pillar.id };
}

describe('submitted sheets', () => {
  it('lock the evaluator’s scores until reopened, and the reopening is in the change log with its reason', () => {
    const { app, dealRoomId, criterionId, a, sato } = panelRoom();
    const cell = { dealRoomId, evaluatorId: sato, candidateId: a, criterionId };
    ok(app.invoke('scores.set', { ...cell, value: 4 }));
    const submitted = ok(app.invoke('evaluators.submitSheet', { dealRoomId, evaluatorId: sato }));
    expect(submitted.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(submitted.role).toBe('Panel member');

    expect(failure(app.invoke('scores.set', { ...cell, value: 2 }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message: '佐藤 花子 has submitted their sheet, so it is locked. Reopen it first to change a score.',
      path: 'evaluatorId',
    });
    expect(failure(app.invoke('scores.clear', cell, { lang: 'ja' })).message).toBe(
      '佐藤 花子さんは評価シートを提出済みのため、シートはロックされています。点数を変更するには、先にシートを差し戻してください。',
    );
    expect(failure(app.invoke('evaluators.submitSheet', { dealRoomId, evaluatorId: sato })).code).toBe('rule_violation');
    // Nothing changed by the refused writes.
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores.map((s) => s.value)).toEqual([4]);

    // A reason is required to reopen.
    expect(failure(app.invoke('evaluators.reopenSheet', { dealRoomId, evaluatorId: sato, reason: '  ' }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'reason',
    });
    const reopened = ok(app.invoke('evaluators.reopenSheet', { dealRoomId, evaluatorId: sato, reason: '評価基準の説明を受けて見直すため' }));
    expect(reopened.submittedAt).toBeNull();
    ok(app.invoke('scores.set', { ...cell, value: 2, rationale: '' }));

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 })).entries;
    const reopenRows = log.filter((e) => e.entity === 'evaluator' && e.entityId === sato && e.field !== '');
    expect(reopenRows.map((e) => [e.field, e.after])).toEqual(
      expect.arrayContaining([
        ['reopenReason', '評価基準の説明を受けて見直すため'],
        ['submittedAt', null],
      ]),
    );
    expect(failure(app.invoke('evaluators.reopenSheet', { dealRoomId, evaluatorId: sato, reason: 'again' })).code).toBe('rule_violation');
  });
});

describe('conflicts of interest', () => {
  it('stop the evaluator scoring that candidate, and their earlier scores stop counting', () => {
    const { app, dealRoomId, criterionId, a, b, weber, kim } = panelRoom();
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId: weber, candidateId: a, criterionId, value: 1, rationale: 'no hospital accounts shown' }));
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId: kim, candidateId: a, criterionId, value: 4 }));

    // A conflict needs a note that says what it is.
    expect(failure(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: a, status: 'conflict' }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'note',
      problem: 'needs a note',
    });
    const declared = ok(
      app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: a, status: 'conflict', note: 'My brother works in their sales team' }),
    );
    expect(declared).toMatchObject({ evaluatorId: weber, candidateId: a, status: 'conflict', note: 'My brother works in their sales team' });
    ok(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: b, status: 'none', note: 'ignored' }));

    expect(failure(app.invoke('scores.set', { dealRoomId, evaluatorId: weber, candidateId: a, criterionId, value: 3 }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message: 'Jonas Weber declared a conflict of interest with this candidate and cannot score it.',
      path: 'candidateId',
    });
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId: weber, candidateId: b, criterionId, value: 3 }));

    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.conflicts.map((d) => [d.candidateId, d.status, d.note])).toEqual(
      expect.arrayContaining([
        [a, 'conflict', 'My brother works in their sales team'],
        [b, 'none', ''],
      ]),
    );
    // Weber's 1 for A no longer counts: A's cell is Kim's 4 alone (100 × 4/5 = 80).
    const result = computeScores(engineInputFromDetail(detail));
    const cellA = result.cells[a]?.[criterionId];
    expect(cellA?.score).toBe(4);
    expect(cellA?.count).toBe(1);
    expect(result.candidates.find((c) => c.candidateId === a)?.total).toBeCloseTo(80, 9);

    // Withdrawing the conflict lets the earlier score count again: (1 + 4) / 2 = 2.5.
    ok(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: a, status: 'none' }));
    const after = computeScores(engineInputFromDetail(ok(app.invoke('dealRooms.get', { dealRoomId }))));
    expect(after.cells[a]?.[criterionId]?.score).toBe(2.5);
  });
});

describe('rationale rule', () => {
  it('requires a rationale at the ends of the scale by default, configurable per room', () => {
    const { app, dealRoomId, criterionId, a, kim } = panelRoom();
    const cell = { dealRoomId, evaluatorId: kim, candidateId: a, criterionId };
    expect(failure(app.invoke('scores.set', { ...cell, value: 5 }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message: 'rationale: A score of 5 needs a rationale: say what you saw that puts it there.',
      path: 'rationale',
      problem: 'A score of 5 needs a rationale: say what you saw that puts it there.',
    });
    expect(failure(app.invoke('scores.set', { ...cell, value: 0.5 }, { lang: 'ja' })).problem).toBe(
      '0.5点をつける場合は根拠の記入が必要です。その点数とした事実を書いてください。',
    );
    ok(app.invoke('scores.set', { ...cell, value: 3 }));
    ok(app.invoke('scores.set', { ...cell, value: 5, rationale: '主要大学病院5施設との取引実績を確認' }));

    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { rationaleRule: 'always' } }));
    expect(failure(app.invoke('scores.set', { ...cell, value: 3 })).path).toBe('rationale');
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { rationaleRule: 'never' } }));
    ok(app.invoke('scores.set', { ...cell, value: 1 }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).scores.map((s) => s.value)).toEqual([1]);
  });
});

describe('consensus with dissent', () => {
  it('keeps the individual scores, records dissent against a consensus, and drops dissent with the consensus', () => {
    const { app, dealRoomId, criterionId, a, sato, weber, kim } = panelRoom();
    const cell = { dealRoomId, candidateId: a, criterionId };
    ok(app.invoke('scores.set', { ...cell, evaluatorId: sato, value: 2 }));
    ok(app.invoke('scores.set', { ...cell, evaluatorId: weber, value: 4.5 }));
    ok(app.invoke('scores.set', { ...cell, evaluatorId: kim, value: 3 }));

    expect(failure(app.invoke('dissent.set', { ...cell, evaluatorId: weber, note: 'Too low' }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message: 'Dissent is recorded against a consensus, and this cell has none yet.',
      path: 'criterionId',
    });
    ok(app.invoke('consensus.set', { ...cell, value: 3, reason: 'Agreed after the reference calls' }));
    const dissent = ok(app.invoke('dissent.set', { ...cell, evaluatorId: weber, note: '病院への直販体制は十分と考える' }));
    expect(dissent).toMatchObject({ evaluatorId: weber, candidateId: a, criterionId, note: '病院への直販体制は十分と考える' });
    expect(failure(app.invoke('dissent.set', { ...cell, evaluatorId: kim, note: ' ' })).path).toBe('note');

    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.scores.map((s) => s.value).sort()).toEqual([2, 3, 4.5]);
    expect(detail.dissent).toHaveLength(1);
    // The consensus, not the mean (3.1667), is the cell's score; the spread stays visible: 4.5 − 2 = 2.5.
    const result = computeScores(engineInputFromDetail(detail));
    const scored = result.cells[a]?.[criterionId];
    expect(scored).toMatchObject({ score: 3, fromConsensus: true, spread: 2.5, count: 3 });

    expect(ok(app.invoke('consensus.clear', cell))).toEqual({ cleared: true });
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).dissent).toEqual([]);
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 5 })).entries;
    expect(log.slice(0, 2).map((e) => [e.entity, e.field, e.after])).toEqual(
      expect.arrayContaining([
        ['dissent', '', null],
        ['consensus', '', null],
      ]),
    );
  });

  it('goes with its evaluator when the evaluator is removed', () => {
    const { app, dealRoomId, criterionId, a, weber } = panelRoom();
    const cell = { dealRoomId, candidateId: a, criterionId };
    ok(app.invoke('consensus.set', { ...cell, value: 3 }));
    ok(app.invoke('dissent.set', { ...cell, evaluatorId: weber, note: 'Should be 4' }));
    ok(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: a, status: 'none' }));
    ok(app.invoke('evaluators.delete', { dealRoomId, evaluatorId: weber }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect([detail.dissent, detail.conflicts]).toEqual([[], []]);
  });
});

describe('interchange file', () => {
  it('carries the panel: settings, roles, submitted sheets, conflicts, dissent', () => {
    const { app, dealRoomId, criterionId, a, sato, weber } = panelRoom();
    const cell = { dealRoomId, candidateId: a, criterionId };
    ok(app.invoke('dealRooms.update', { dealRoomId, patch: { disagreementThreshold: 2, rationaleRule: 'never' } }));
    ok(app.invoke('scores.set', { ...cell, evaluatorId: sato, value: 2 }));
    ok(app.invoke('consensus.set', { ...cell, value: 3 }));
    ok(app.invoke('dissent.set', { ...cell, evaluatorId: sato, note: 'Still a 2 for me' }));
    ok(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: weber, candidateId: a, status: 'conflict', note: 'Former employer' }));
    ok(app.invoke('evaluators.submitSheet', { dealRoomId, evaluatorId: sato }));

    const file = ok(app.invoke('dealRooms.export', { dealRoomId })) as Record<string, unknown>;
    expect(file.version).toBe(4);
    const copy = ok(app.invoke('dealRooms.import', { file }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId: copy.id }));
    expect(detail.dealRoom).toMatchObject({ scoringMode: 'independent', rationaleRule: 'never', disagreementThreshold: 2 });
    expect(detail.evaluators.map((e) => [e.name, e.role, e.submittedAt !== null])).toEqual([
      ['佐藤 花子', 'Panel member', true],
      ['Jonas Weber', 'Panel member', false],
      ['Kim Seo-yeon', 'Panel member', false],
    ]);
    expect(detail.dissent.map((d) => d.note)).toEqual(['Still a 2 for me']);
    expect(detail.conflicts.map((d) => [d.status, d.note])).toEqual([['conflict', 'Former employer']]);
    expect(ok(app.invoke('dealRooms.export', { dealRoomId: copy.id }))).toEqual({ ...file, exportedAt: expect.any(String) });
  });

  it('still reads version 1 files, with the panel defaults', () => {
    const { app } = panelRoom();
    const v1 = {
      format: 'shinrai.deal-room',
      version: 1,
      dealRoom: { name: 'Old room' },
      candidates: [{ id: 'c1', nameLatin: 'Aoba Trading' }],
      pillars: [{ id: 'p1', nameEn: 'Compliance', weight: 1, criteria: [{ id: 'k1', nameEn: 'Licences', weight: 1 }] }],
      evaluators: [{ id: 'e1', name: 'Sato' }],
      scores: [{ evaluator: 'e1', candidate: 'c1', criterion: 'k1', value: 3 }],
    };
    const room = ok(app.invoke('dealRooms.import', { file: v1 }));
    expect(room).toMatchObject({ scoringMode: 'open', rationaleRule: 'extremes', disagreementThreshold: 1.5 });
  });
});
