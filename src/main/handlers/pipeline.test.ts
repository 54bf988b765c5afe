import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/**
 * Four fictional firms: Aoba and Minato compared and scored, Kiri compared
 * but not scored yet, Sora on the long list only. Two evaluators, one
 * criterion.
 */
function pipelineRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Gate trial' })).id;
  const pillar = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness' } }));
  const criterionId = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Hospital access' } })).id;
  const [aoba, minato, kiri, sora] = [
    ['Aoba Trading', '青葉商事'],
    ['Minato Medical', '港メディカル'],
    ['Kiri Pharma Logistics', '桐ファーマロジスティクス'],
    ['Sora Devices', 'そらデバイス'],
  ].map(([nameLatin, nameJa]) => ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin, nameJa } })).id) as [string, string, string, string];
  ok(app.invoke('candidates.setCompared', { dealRoomId, candidateIds: [aoba, minato, kiri] }));
  const [sato, kim] = ['Sato Kenji', 'Kim Seo-yeon'].map((name) => ok(app.invoke('evaluators.create', { dealRoomId, fields: { name } })).id) as [string, string];
  for (const candidateId of [aoba, minato]) ok(app.invoke('scores.set', { dealRoomId, evaluatorId: sato, candidateId, criterionId, value: 3 }));
  const stored = () => ok(app.invoke('dealRooms.get', { dealRoomId }));
  const logTotal = () => ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
  return { app, dealRoomId, criterionId, aoba, minato, kiri, sora, sato, kim, stored, logTotal };
}

describe('pipeline.moveStage and the comparison gate', () => {
  it('refuses negotiation with exactly 2 evaluated comparables, saying how many, and changes nothing', () => {
    const { app, dealRoomId, aoba, stored, logTotal } = pipelineRoom();
    const before = stored();
    const total = logTotal();

    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation' }, { lang: 'en' }))).toEqual({
      code: 'rule_violation',
      message:
        'Aoba Trading cannot move to Negotiation yet: only 2 candidates in this deal-room have been evaluated side by side, and at least 3 are needed. Evaluate more comparable firms first, or override with a reason.',
      path: 'stage',
    });
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'pilot' }, { lang: 'ja' })).message).toBe(
      '青葉商事はまだ「パイロット」に進められません。この案件で横並びの評価を終えた候補は2社のみで、少なくとも3社が必要です。比較対象の評価を進めるか、理由を記入してオーバーライドしてください。',
    );
    // An override without a reason is no override.
    expect(
      failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation', override: { reason: '   ' } }, { lang: 'en' })),
    ).toEqual({ code: 'invalid_input', message: 'override.reason: an override needs a reason', path: 'override.reason', problem: 'an override needs a reason' });

    expect(stored()).toEqual(before);
    expect(logTotal()).toBe(total);
  });

  it('names a mover that is not evaluated itself, even when others are', () => {
    const { app, dealRoomId, criterionId, kiri, sora, sato, stored } = pipelineRoom();
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId: sato, candidateId: kiri, criterionId, value: 2 }));
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'negotiation' }, { lang: 'en' }))).toMatchObject({
      code: 'rule_violation',
      path: 'stage',
      message:
        'Sora Devices cannot move to Negotiation yet: it has not been evaluated side by side itself (3 other candidates have). At least 3 evaluated candidates are needed, Sora Devices among them. Evaluate first, or override with a reason.',
    });
    expect(stored().candidates.find((c) => c.id === sora)?.stage).toBe('long_list');
  });

  it('allows the move with an override, and the change log keeps its reason beside the stage change', () => {
    const { app, dealRoomId, aoba, stored } = pipelineRoom();
    const reason = '唯一の認可輸入業者であることを薬事チームが確認済み';
    const moved = ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation', override: { reason: `  ${reason} ` } }, { actor: 'Weber' }));
    expect(moved).toMatchObject({ id: aoba, stage: 'negotiation', declinedReason: '' });
    expect(stored().candidates.find((c) => c.id === aoba)?.stage).toBe('negotiation');

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 5 })).entries;
    const [overrideRow, stageRow] = log;
    expect(stageRow).toMatchObject({ actor: 'Weber', entity: 'candidate', entityId: aoba, field: 'stage', before: 'long_list', after: 'negotiation' });
    expect(overrideRow).toMatchObject({
      actor: 'Weber',
      entity: 'candidate',
      entityId: aoba,
      field: 'stageOverride',
      before: null,
      after: { from: 'long_list', to: 'negotiation', reason, evaluated: 2 },
    });
    expect(overrideRow?.at).toBe(stageRow?.at);

    const history = ok(app.invoke('pipeline.stageHistory', { dealRoomId, candidateId: aoba }));
    expect(history.map((e) => [e.from, e.to, e.actor, e.override])).toEqual([
      [null, 'long_list', 'local user', null],
      ['long_list', 'negotiation', 'Weber', { reason, evaluated: 2 }],
    ]);
  });

  it('lets a third evaluated comparable open the gate, with no override recorded', () => {
    const { app, dealRoomId, criterionId, aoba, kiri } = pipelineRoom();
    ok(app.invoke('consensus.set', { dealRoomId, candidateId: kiri, criterionId, value: 4 }));
    ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation', override: { reason: 'not needed' } }));
    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 500 })).entries;
    expect(log.filter((e) => e.field === 'stageOverride')).toEqual([]);
    expect(log[0]).toMatchObject({ entityId: aoba, field: 'stage', after: 'negotiation' });
  });

  it('does not count scores from an evaluator with a conflict for that candidate', () => {
    const { app, dealRoomId, criterionId, aoba, kiri, kim } = pipelineRoom();
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId: kim, candidateId: kiri, criterionId, value: 5, rationale: 'strong hospital ties' }));
    expect(ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation' })).stage).toBe('negotiation');
    ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'shortlist' }));
    ok(app.invoke('conflicts.declare', { dealRoomId, evaluatorId: kim, candidateId: kiri, status: 'conflict', note: 'Her brother works at Kiri' }));
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'negotiation' })).code).toBe('rule_violation');
  });

  it('moves freely before negotiation, and a move to the same stage leaves no trace', () => {
    const { app, dealRoomId, sora, logTotal } = pipelineRoom();
    for (const stage of ['screening', 'shortlist', 'due_diligence', 'long_list'] as const)
      expect(ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage })).stage).toBe(stage);
    const total = logTotal();
    ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'long_list' }));
    expect(logTotal()).toBe(total);
  });

  it('refuses an unknown stage or candidate naming the field', () => {
    const { app, dealRoomId, aoba } = pipelineRoom();
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: aoba, stage: 'signed' as never }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'stage',
    });
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: 'nobody', stage: 'screening' }))).toMatchObject({ code: 'not_found', path: 'candidateId' });
    expect(failure(app.invoke('pipeline.stageHistory', { dealRoomId, candidateId: 'nobody' }))).toMatchObject({ code: 'not_found', path: 'candidateId' });
  });
});

describe('declining a candidate', () => {
  it('requires a reason, keeps it with the candidate, and clears it when the candidate comes back', () => {
    const { app, dealRoomId, sora, stored, logTotal } = pipelineRoom();
    const total = logTotal();
    for (const reason of [undefined, '', '  \n ']) {
      expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'declined', ...(reason === undefined ? {} : { reason }) }, { lang: 'en' }))).toEqual({
        code: 'invalid_input',
        message: 'reason: a reason is needed to decline a candidate',
        path: 'reason',
        problem: 'a reason is needed to decline a candidate',
      });
    }
    expect(failure(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'declined' }, { lang: 'ja' })).message).toBe(
      'reason：候補を見送るには理由の記入が必要です',
    );
    expect(stored().candidates.find((c) => c.id === sora)).toMatchObject({ stage: 'long_list', declinedReason: '' });
    expect(logTotal()).toBe(total);

    const declined = ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'declined', reason: ' No hospital accounts in Kansai ' }));
    expect(declined).toMatchObject({ stage: 'declined', declinedReason: 'No hospital accounts in Kansai' });
    const revised = ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'declined', reason: 'No hospital accounts in Kansai; no data sharing' }));
    expect(revised.declinedReason).toBe('No hospital accounts in Kansai; no data sharing');
    const back = ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId: sora, stage: 'screening' }));
    expect(back).toMatchObject({ stage: 'screening', declinedReason: '' });

    const history = ok(app.invoke('pipeline.stageHistory', { dealRoomId, candidateId: sora }));
    expect(history.map((e) => [e.from, e.to, e.declinedReason])).toEqual([
      [null, 'long_list', ''],
      ['long_list', 'declined', 'No hospital accounts in Kansai'],
      ['declined', 'declined', 'No hospital accounts in Kansai; no data sharing'],
      ['declined', 'screening', ''],
    ]);
  });
});

describe('suitor signals', () => {
  it('are recorded per candidate and signal, updated in place, and each change is logged', () => {
    const { app, dealRoomId, aoba, minato, stored } = pipelineRoom();
    const first = ok(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'measured_pace', reading: 'warning', note: ' 二週間以内の独占契約締結を求めてきた ' }));
    expect(first).toMatchObject({ candidateId: aoba, signal: 'measured_pace', reading: 'warning', note: '二週間以内の独占契約締結を求めてきた' });
    ok(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'executive_approval', reading: 'warning' }));
    ok(app.invoke('signals.set', { dealRoomId, candidateId: minato, signal: 'committed_team', reading: 'reassuring', note: 'Met their whole regional team' }));
    const updated = ok(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'measured_pace', reading: 'reassuring', note: 'Withdrew the deadline after our call' }));
    expect(updated).toMatchObject({ reading: 'reassuring', note: 'Withdrew the deadline after our call' });

    expect(stored().signals.map((s) => [s.candidateId === aoba ? 'aoba' : 'minato', s.signal, s.reading])).toEqual(
      expect.arrayContaining([
        ['aoba', 'measured_pace', 'reassuring'],
        ['aoba', 'executive_approval', 'warning'],
        ['minato', 'committed_team', 'reassuring'],
      ]),
    );
    expect(stored().signals).toHaveLength(3);

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.entityId, e.field, e.before, e.after])).toEqual([
      ['signal', `${aoba}/measured_pace`, 'note', '二週間以内の独占契約締結を求めてきた', 'Withdrew the deadline after our call'],
      ['signal', `${aoba}/measured_pace`, 'reading', 'warning', 'reassuring'],
    ]);
  });

  it('refuse a bad reading or signal naming the field, and an unknown candidate, changing nothing', () => {
    const { app, dealRoomId, aoba, stored, logTotal } = pipelineRoom();
    ok(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'product_focus', reading: 'warning', note: 'Carries 40 lines' }));
    const before = stored();
    const total = logTotal();

    const badReading = failure(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'product_focus', reading: 'alarming' as never }, { lang: 'en' }));
    expect(badReading).toEqual({
      code: 'invalid_input',
      message: 'reading: must be one of: "unknown", "reassuring", "warning"',
      path: 'reading',
      problem: 'must be one of: "unknown", "reassuring", "warning"',
    });
    expect(failure(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'charm' as never, reading: 'warning' })).path).toBe('signal');
    expect(failure(app.invoke('signals.set', { dealRoomId, candidateId: 'nobody', signal: 'product_focus', reading: 'unknown' }))).toMatchObject({
      code: 'not_found',
      path: 'candidateId',
    });

    expect(stored()).toEqual(before);
    expect(logTotal()).toBe(total);
  });

  it('go with their candidate when it is deleted', () => {
    const { app, dealRoomId, aoba, stored } = pipelineRoom();
    ok(app.invoke('signals.set', { dealRoomId, candidateId: aoba, signal: 'committed_team', reading: 'warning' }));
    ok(app.invoke('candidates.delete', { dealRoomId, candidateId: aoba }));
    expect(stored().signals).toEqual([]);
  });
});

describe('intake', () => {
  it('is stored when a candidate is added with it, and changed with candidates.update', () => {
    const { app, dealRoomId, stored } = pipelineRoom();
    const hayate = ok(
      app.invoke('candidates.create', {
        dealRoomId,
        fields: {
          nameLatin: 'Hayate HealthTech Inc.',
          origin: 'inbound',
          approachedBy: 'they_approached_us',
          firstContactOn: '2026-09-14',
          statedIntent: '全国での独占販売権',
        },
      }),
    );
    expect(stored().candidates.find((c) => c.id === hayate.id)).toMatchObject({
      origin: 'inbound',
      approachedBy: 'they_approached_us',
      firstContactOn: '2026-09-14',
      statedIntent: '全国での独占販売権',
      introducer: '',
      stage: 'long_list',
    });
    ok(app.invoke('candidates.update', { dealRoomId, candidateId: hayate.id, patch: { origin: 'introducer', introducer: 'Yamamoto Ken', introducerRelationship: 'Former adviser to our Tokyo office' } }));
    expect(stored().candidates.find((c) => c.id === hayate.id)).toMatchObject({ origin: 'introducer', introducer: 'Yamamoto Ken', approachedBy: 'they_approached_us' });
    expect(failure(app.invoke('candidates.update', { dealRoomId, candidateId: hayate.id, patch: { firstContactOn: '14/09/2026' } }, { lang: 'en' })).path).toBe(
      'patch.firstContactOn',
    );
  });
});
