import { afterEach, describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../shared/domain/entities';
import type { Milestone, Phase, Scope, TermSheet, Trigger } from '../../shared/domain/terms';
import { DEFAULT_TERM_CLAUSES } from '../../shared/domain/terms';
import type { ShinraiApp } from '../app';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

const KINKI_HOSPITALS: Scope = { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] };

/** A room with two candidates (fictional): Aoba Trading and Minato Medical. */
function termsRoom(name = 'Terms') {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name })).id;
  const [aoba, minato] = ['Aoba Trading', 'Minato Medical'].map((nameLatin) => ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin } })).id) as [
    string,
    string,
  ];
  const detail = (): DealRoomDetail => ok(app.invoke('dealRooms.get', { dealRoomId }));
  const logTotal = () => ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
  return { t, app, dealRoomId, aoba, minato, detail, logTotal };
}

/** A sheet with one phase (2027 H1) and two milestones due at its end. */
function sheetWithMilestones(app: ShinraiApp, dealRoomId: string, candidateId: string) {
  const sheet = ok(app.invoke('terms.createSheet', { dealRoomId, candidateId })) as TermSheet;
  const phase = ok(
    app.invoke('terms.addPhase', {
      dealRoomId,
      termSheetId: sheet.id,
      fields: { name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30', exclusivity: 'none', scope: KINKI_HOSPITALS, targets: [] },
    }),
  ) as Phase;
  const m1 = ok(app.invoke('terms.addMilestone', { dealRoomId, phaseId: phase.id, fields: { metric: 'revenue', target: 30_000_000, unit: 'JPY', dueOn: '2027-06-30' } })) as Milestone;
  const m2 = ok(app.invoke('terms.addMilestone', { dealRoomId, phaseId: phase.id, fields: { metric: 'new_accounts', target: 8, dueOn: '2027-06-30' } })) as Milestone;
  return { sheet, phase, m1, m2 };
}

/** Refused with the given code and field path, and the room exactly as it was (no row, no log entry). */
function expectRefused(r: ReturnType<typeof termsRoom>, call: () => ReturnType<ShinraiApp['invoke']>, code: string, path: string) {
  const before = r.detail();
  const logged = r.logTotal();
  const error = failure(call());
  expect(error.code).toBe(code);
  expect(error.path).toBe(path);
  expect(r.detail()).toEqual(before);
  expect(r.logTotal()).toBe(logged);
  return error;
}

describe('term sheets', () => {
  it('creates one per candidate with default clauses merged with the given ones, and refuses a second', () => {
    const r = termsRoom();
    const sheet = ok(
      r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba, fields: { title: '販売店契約 草案', clauses: { performanceClause: true, noticePeriodMonths: 6 } } }),
    ) as TermSheet;
    expect(sheet).toMatchObject({
      candidateId: r.aoba,
      title: '販売店契約 草案',
      reviewStatus: 'draft',
      clauses: { ...DEFAULT_TERM_CLAUSES, performanceClause: true, noticePeriodMonths: 6 },
    });
    expect(r.detail().termSheets).toEqual([sheet]);
    const error = expectRefused(r, () => r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba }, { lang: 'en' }), 'invalid_input', 'candidateId');
    expect(error.message).toBe('candidateId: this candidate already has a term sheet; open it instead of starting a second one');
  });

  it('refuses an unknown candidate, and an outline without its first day', () => {
    const r = termsRoom();
    expectRefused(r, () => r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: 'nobody' }), 'not_found', 'candidateId');
    const error = expectRefused(
      r,
      () => r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba, start: 'staged_outline' }, { lang: 'ja' }),
      'invalid_input',
      'startsOn',
    );
    expect(error.message).toBe('startsOn：段階的な雛形にはパイロット期間の開始日が必要です');
  });

  it('starts from the staged outline whole: three phases, three milestones at the pilot end, two triggers, all logged', () => {
    const r = termsRoom();
    const logged = r.logTotal();
    const sheet = ok(r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.minato, start: 'staged_outline', startsOn: '2027-04-01' }, { lang: 'ja' })) as TermSheet;
    const d = r.detail();
    // Pilot 2027-04-01 + 12 months − 1 day = 2028-03-31; conditional 2028-04-01 + 24 months − 1 day = 2030-03-31; renewal to 2031-03-31.
    expect(d.phases.map((p) => [p.name, p.startsOn, p.endsOn, p.exclusivity, p.sortOrder])).toEqual([
      ['パイロット期間', '2027-04-01', '2028-03-31', 'none', 0],
      ['条件付き独占期間', '2028-04-01', '2030-03-31', 'conditional', 1],
      ['更新期間', '2030-04-01', '2031-03-31', 'none', 2],
    ]);
    expect(d.phases.every((p) => p.termSheetId === sheet.id && JSON.stringify(p.scope.territory) === '["JP"]' && p.scope.channels.length === 0)).toBe(true);
    const pilot = d.phases[0]!;
    expect(d.milestones.map((m) => [m.code, m.metric, m.dueOn, m.phaseId, m.status])).toEqual([
      ['M1', 'revenue', '2028-03-31', pilot.id, 'pending'],
      ['M2', 'new_accounts', '2028-03-31', pilot.id, 'pending'],
      ['M3', 'business_review', '2028-03-31', pilot.id, 'pending'],
    ]);
    const [m1, m2, m3] = d.milestones.map((m) => m.id);
    expect(d.triggers.map((t) => [t.code, t.condition, t.actions])).toEqual([
      [
        'T1',
        { quantifier: 'all', k: null, outcome: 'met', milestoneIds: [m1, m2, m3], by: '2028-03-31' },
        [{ kind: 'grant_exclusivity', scope: d.phases[1]!.scope, months: 24, startsOn: '2028-04-01' }],
      ],
      ['T2', { quantifier: 'any', k: null, outcome: 'missed', milestoneIds: [m1, m2], by: null }, [{ kind: 'revert_non_exclusive', scope: null }]],
    ]);
    // One creation row per record: the sheet, 3 phases, 3 milestones, 2 triggers.
    expect(r.logTotal() - logged).toBe(9);
    const entities = ok(r.app.invoke('dealRooms.changeLog', { dealRoomId: r.dealRoomId, limit: 9 })).entries.map((e) => e.entity);
    expect(entities.sort()).toEqual(['milestone', 'milestone', 'milestone', 'phase', 'phase', 'phase', 'termSheet', 'trigger', 'trigger']);
  });

  it('merges a clauses patch with the stored clauses and logs the change', () => {
    const r = termsRoom();
    const sheet = ok(r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba, fields: { clauses: { exitAssistance: true } } })) as TermSheet;
    const updated = ok(
      r.app.invoke('terms.updateSheet', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, patch: { reviewer: '法務部 佐藤', clauses: { registrationHolder: 'partner' } } }),
    ) as TermSheet;
    expect(updated.clauses).toEqual({ ...DEFAULT_TERM_CLAUSES, exitAssistance: true, registrationHolder: 'partner' });
    expect(updated.reviewer).toBe('法務部 佐藤');
    const log = ok(r.app.invoke('dealRooms.changeLog', { dealRoomId: r.dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.field]).sort()).toEqual([
      ['termSheet', 'clauses'],
      ['termSheet', 'reviewer'],
    ]);
  });

  it('moves the legal review: changes requested needs a note, a note becomes a comment on the sheet', () => {
    const r = termsRoom();
    const sheet = ok(r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba })) as TermSheet;
    expectRefused(r, () => r.app.invoke('terms.setReviewStatus', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, status: 'changes_requested', note: '  ' }), 'invalid_input', 'note');
    const moved = ok(
      r.app.invoke(
        'terms.setReviewStatus',
        { dealRoomId: r.dealRoomId, termSheetId: sheet.id, status: 'changes_requested', note: '登録の移転条項を追加してください。' },
        { actor: 'Ishida Rei' },
      ),
    ) as TermSheet;
    expect(moved.reviewStatus).toBe('changes_requested');
    const d = r.detail();
    expect(d.termComments).toEqual([expect.objectContaining({ termSheetId: sheet.id, clause: 'sheet', author: 'Ishida Rei', body: '登録の移転条項を追加してください。', resolved: false })]);
    const statusLog = ok(r.app.invoke('dealRooms.changeLog', { dealRoomId: r.dealRoomId, limit: 5 })).entries.find((e) => e.field === 'reviewStatus');
    expect(statusLog).toMatchObject({ entity: 'termSheet', entityId: sheet.id, before: 'draft', after: 'changes_requested', actor: 'Ishida Rei' });
    ok(r.app.invoke('terms.setReviewStatus', { dealRoomId: r.dealRoomId, termSheetId: sheet.id, status: 'approved', author: '法務部長 森' }));
    expect(r.detail().termSheets[0]!.reviewStatus).toBe('approved');
    // No note, no comment.
    expect(r.detail().termComments).toHaveLength(1);
  });

  it('deletes a sheet with everything on it, each row logged; deleting the candidate takes its sheet too', () => {
    const r = termsRoom();
    const outline = ok(r.app.invoke('terms.createSheet', { dealRoomId: r.dealRoomId, candidateId: r.aoba, start: 'staged_outline', startsOn: '2027-01-01' })) as TermSheet;
    ok(r.app.invoke('terms.addComment', { dealRoomId: r.dealRoomId, termSheetId: outline.id, clause: 'clause:exitAssistance', author: 'Ishida', body: 'Needs a hand-over period.' }));
    const logged = r.logTotal();
    expect(ok(r.app.invoke('terms.deleteSheet', { dealRoomId: r.dealRoomId, termSheetId: outline.id }))).toEqual({ deleted: true });
    const d = r.detail();
    expect([d.termSheets, d.phases, d.milestones, d.triggers, d.termComments].map((l) => l.length)).toEqual([0, 0, 0, 0, 0]);
    // 1 comment + 2 triggers + 3 milestones + 3 phases + the sheet.
    expect(r.logTotal() - logged).toBe(10);

    sheetWithMilestones(r.app, r.dealRoomId, r.minato);
    ok(r.app.invoke('candidates.delete', { dealRoomId: r.dealRoomId, candidateId: r.minato }));
    const after = r.detail();
    expect([after.termSheets, after.phases, after.milestones].map((l) => l.length)).toEqual([0, 0, 0]);
  });
});

describe('phases', () => {
  it('appends phases in order and refuses one that ends before it starts, on add and on update', () => {
    const r = termsRoom();
    const { sheet, phase } = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const second = ok(
      r.app.invoke('terms.addPhase', {
        dealRoomId: r.dealRoomId,
        termSheetId: sheet.id,
        fields: { name: 'Exclusive', startsOn: '2027-07-01', endsOn: '2027-07-01', exclusivity: 'exclusive', scope: KINKI_HOSPITALS, targets: [] },
      }),
    ) as Phase;
    expect([phase.sortOrder, second.sortOrder]).toEqual([0, 1]);
    const error = expectRefused(
      r,
      () =>
        r.app.invoke(
          'terms.addPhase',
          {
            dealRoomId: r.dealRoomId,
            termSheetId: sheet.id,
            fields: { name: 'Renewal', startsOn: '2029-07-01', endsOn: '2029-06-30', exclusivity: 'none', scope: KINKI_HOSPITALS, targets: [] },
          },
          { lang: 'en' },
        ),
      'invalid_input',
      'fields.endsOn',
    );
    expect(error.message).toBe('fields.endsOn: the phase must end on or after its first day (2029-07-01)');
    expectRefused(r, () => r.app.invoke('terms.updatePhase', { dealRoomId: r.dealRoomId, phaseId: phase.id, patch: { endsOn: '2026-12-31' } }), 'invalid_input', 'patch.endsOn');
    expectRefused(r, () => r.app.invoke('terms.updatePhase', { dealRoomId: r.dealRoomId, phaseId: phase.id, patch: { startsOn: '2027-07-01' } }), 'invalid_input', 'patch.startsOn');
    expectRefused(r, () => r.app.invoke('terms.addPhase', { dealRoomId: r.dealRoomId, termSheetId: 'missing', fields: { name: 'X', startsOn: '2027-01-01', endsOn: '2027-01-31', exclusivity: 'none', scope: KINKI_HOSPITALS, targets: [] } }), 'not_found', 'termSheetId');
    const moved = ok(r.app.invoke('terms.updatePhase', { dealRoomId: r.dealRoomId, phaseId: phase.id, patch: { endsOn: '2027-09-30', exclusivity: 'conditional' } })) as Phase;
    expect([moved.startsOn, moved.endsOn, moved.exclusivity]).toEqual(['2027-01-01', '2027-09-30', 'conditional']);
  });

  it('refuses to delete a phase whose milestone a trigger counts, naming the trigger; deletes it with its milestones once free', () => {
    const r = termsRoom();
    const { sheet, phase, m1 } = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const trigger = ok(
      r.app.invoke('terms.addTrigger', {
        dealRoomId: r.dealRoomId,
        termSheetId: sheet.id,
        fields: { condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: [m1.id], by: null }, actions: [{ kind: 'termination_right' }] },
      }),
    ) as Trigger;
    const error = expectRefused(r, () => r.app.invoke('terms.deletePhase', { dealRoomId: r.dealRoomId, phaseId: phase.id }, { lang: 'en' }), 'rule_violation', 'phaseId');
    expect(error.message).toContain('trigger T1 still counts its milestone M1');
    ok(r.app.invoke('terms.deleteTrigger', { dealRoomId: r.dealRoomId, triggerId: trigger.id }));
    ok(r.app.invoke('terms.deletePhase', { dealRoomId: r.dealRoomId, phaseId: phase.id }));
    expect([r.detail().phases.length, r.detail().milestones.length]).toEqual([0, 0]);
  });
});

describe('milestones', () => {
  it('numbers codes M1, M2 … per sheet, refuses a taken code, and keeps each sheet apart', () => {
    const r = termsRoom();
    const a = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const b = sheetWithMilestones(r.app, r.dealRoomId, r.minato);
    expect([a.m1.code, a.m2.code, b.m1.code, b.m2.code]).toEqual(['M1', 'M2', 'M1', 'M2']);
    expectRefused(
      r,
      () => r.app.invoke('terms.addMilestone', { dealRoomId: r.dealRoomId, phaseId: a.phase.id, fields: { code: 'M2', metric: 'events', target: 2, dueOn: '2027-05-31' } }),
      'invalid_input',
      'fields.code',
    );
    expectRefused(r, () => r.app.invoke('terms.updateMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m1.id, patch: { code: 'M2' } }), 'invalid_input', 'patch.code');
    // Keeping its own code is no clash.
    expect((ok(r.app.invoke('terms.updateMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m1.id, patch: { code: 'M1', target: 32_000_000 } })) as Milestone).target).toBe(32_000_000);
    // M2 deleted, M1 left: one above the highest code in use is M2 again.
    ok(r.app.invoke('terms.deleteMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m2.id }));
    const next = ok(r.app.invoke('terms.addMilestone', { dealRoomId: r.dealRoomId, phaseId: a.phase.id, fields: { metric: 'events', target: 2, dueOn: '2027-05-31' } })) as Milestone;
    expect(next.code).toBe('M2');
    expectRefused(r, () => r.app.invoke('terms.addMilestone', { dealRoomId: r.dealRoomId, phaseId: 'missing', fields: { metric: 'events', target: 2, dueOn: '2027-05-31' } }), 'not_found', 'phaseId');
  });

  it('moves a milestone to another phase of the same sheet only', () => {
    const r = termsRoom();
    const a = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const b = sheetWithMilestones(r.app, r.dealRoomId, r.minato);
    const later = ok(
      r.app.invoke('terms.addPhase', {
        dealRoomId: r.dealRoomId,
        termSheetId: a.sheet.id,
        fields: { name: 'Second half', startsOn: '2027-07-01', endsOn: '2027-12-31', exclusivity: 'none', scope: KINKI_HOSPITALS, targets: [] },
      }),
    ) as Phase;
    expectRefused(r, () => r.app.invoke('terms.updateMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m1.id, patch: { phaseId: b.phase.id } }), 'invalid_input', 'patch.phaseId');
    expectRefused(r, () => r.app.invoke('terms.updateMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m1.id, patch: { phaseId: 'missing' } }), 'not_found', 'patch.phaseId');
    const moved = ok(r.app.invoke('terms.updateMilestone', { dealRoomId: r.dealRoomId, milestoneId: a.m1.id, patch: { phaseId: later.id, dueOn: '2027-12-31' } })) as Milestone;
    expect([moved.phaseId, moved.dueOn, moved.termSheetId]).toEqual([later.id, '2027-12-31', a.sheet.id]);
  });

  it('records outcomes: settled ones need their date, waived ones their reason, pending clears the outcome', () => {
    const r = termsRoom();
    const { m1, m2 } = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const base = { dealRoomId: r.dealRoomId, milestoneId: m1.id };
    for (const status of ['met', 'missed', 'waived'] as const)
      expectRefused(r, () => r.app.invoke('terms.recordOutcome', { ...base, status, actual: 1, waivedReason: 'x' }), 'invalid_input', 'settledOn');
    const error = expectRefused(r, () => r.app.invoke('terms.recordOutcome', { ...base, status: 'waived', settledOn: '2027-06-30' }, { lang: 'en' }), 'invalid_input', 'waivedReason');
    expect(error.message).toBe('waivedReason: say why the milestone is waived');
    const met = ok(r.app.invoke('terms.recordOutcome', { ...base, status: 'met', actual: 31_500_000, settledOn: '2027-06-28', evidence: 'Q2 sales report' })) as Milestone;
    expect(met).toMatchObject({ status: 'met', actual: 31_500_000, settledOn: '2027-06-28', evidence: 'Q2 sales report', waivedReason: '' });
    const waived = ok(
      r.app.invoke('terms.recordOutcome', { dealRoomId: r.dealRoomId, milestoneId: m2.id, status: 'waived', settledOn: '2027-06-30', waivedReason: '  病院の統合で対象が減ったため ' }),
    ) as Milestone;
    expect([waived.status, waived.waivedReason]).toEqual(['waived', '病院の統合で対象が減ったため']);
    const back = ok(r.app.invoke('terms.recordOutcome', { dealRoomId: r.dealRoomId, milestoneId: m2.id, status: 'pending', actual: 5, settledOn: '2027-06-30' })) as Milestone;
    expect(back).toMatchObject({ status: 'pending', actual: null, settledOn: null, waivedReason: '' });
    const fields = ok(r.app.invoke('dealRooms.changeLog', { dealRoomId: r.dealRoomId, limit: 3 })).entries.map((e) => e.field).sort();
    expect(fields).toEqual(['settledOn', 'status', 'waivedReason']);
  });

  it('refuses to delete a milestone a trigger counts, naming the trigger', () => {
    const r = termsRoom();
    const { sheet, m1, m2 } = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    ok(
      r.app.invoke('terms.addTrigger', {
        dealRoomId: r.dealRoomId,
        termSheetId: sheet.id,
        fields: { code: 'T-grant', condition: { quantifier: 'any', k: null, outcome: 'met', milestoneIds: [m2.id], by: null }, actions: [{ kind: 'incentive_tier', tier: 'stretch' }] },
      }),
    );
    const error = expectRefused(r, () => r.app.invoke('terms.deleteMilestone', { dealRoomId: r.dealRoomId, milestoneId: m2.id }, { lang: 'ja' }), 'rule_violation', 'milestoneId');
    expect(error.message).toContain('トリガーT-grant');
    ok(r.app.invoke('terms.deleteMilestone', { dealRoomId: r.dealRoomId, milestoneId: m1.id }));
    expect(r.detail().milestones.map((m) => m.code)).toEqual(['M2']);
  });
});

describe('triggers', () => {
  it('checks milestones, duplicates and k against the quantifier, naming the field', () => {
    const r = termsRoom();
    const a = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const b = sheetWithMilestones(r.app, r.dealRoomId, r.minato);
    const add = (condition: object) =>
      r.app.invoke('terms.addTrigger', { dealRoomId: r.dealRoomId, termSheetId: a.sheet.id, fields: { condition: { outcome: 'met', by: null, ...condition }, actions: [{ kind: 'extend_term', months: 12 }] } }, { lang: 'en' });
    expectRefused(r, () => add({ quantifier: 'all', k: null, milestoneIds: [a.m1.id, b.m1.id] }), 'invalid_input', 'fields.condition.milestoneIds[1]');
    expectRefused(r, () => add({ quantifier: 'all', k: null, milestoneIds: [a.m1.id, a.m1.id] }), 'invalid_input', 'fields.condition.milestoneIds[1]');
    expectRefused(r, () => add({ quantifier: 'at_least', k: null, milestoneIds: [a.m1.id, a.m2.id] }), 'invalid_input', 'fields.condition.k');
    const tooMany = expectRefused(r, () => add({ quantifier: 'at_least', k: 3, milestoneIds: [a.m1.id, a.m2.id] }), 'invalid_input', 'fields.condition.k');
    expect(tooMany.message).toBe('fields.condition.k: must be between 1 and the 2 milestones listed');
    expectRefused(r, () => add({ quantifier: 'any', k: 1, milestoneIds: [a.m1.id] }), 'invalid_input', 'fields.condition.k');
    // zod already refuses a scope that is not a scope.
    expect(
      failure(
        r.app.invoke('terms.addTrigger', {
          dealRoomId: r.dealRoomId,
          termSheetId: a.sheet.id,
          fields: { condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: [a.m1.id], by: null }, actions: [{ kind: 'grant_exclusivity', scope: { territory: [], channels: [], segments: [], products: [] }, months: 24, startsOn: null }] },
        }),
      ).path,
    ).toMatch(/^fields\.actions\[0\]\.scope\.territory/);

    const first = ok(add({ quantifier: 'at_least', k: 2, milestoneIds: [a.m1.id, a.m2.id] })) as Trigger;
    const second = ok(add({ quantifier: 'any', k: null, outcome: 'missed', milestoneIds: [a.m2.id] })) as Trigger;
    expect([first.code, second.code, first.sortOrder, second.sortOrder]).toEqual(['T1', 'T2', 0, 1]);
    expectRefused(r, () => r.app.invoke('terms.updateTrigger', { dealRoomId: r.dealRoomId, triggerId: second.id, patch: { code: 'T1' } }), 'invalid_input', 'patch.code');
    expectRefused(
      r,
      () => r.app.invoke('terms.updateTrigger', { dealRoomId: r.dealRoomId, triggerId: second.id, patch: { condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: [b.m2.id], by: null } } }),
      'invalid_input',
      'patch.condition.milestoneIds[0]',
    );
    const updated = ok(
      r.app.invoke('terms.updateTrigger', {
        dealRoomId: r.dealRoomId,
        triggerId: second.id,
        patch: { name: 'Grant', actions: [{ kind: 'grant_exclusivity', scope: KINKI_HOSPITALS, months: 24, startsOn: '2027-07-01' }] },
      }),
    ) as Trigger;
    expect(updated).toMatchObject({ code: 'T2', name: 'Grant', actions: [{ kind: 'grant_exclusivity', scope: KINKI_HOSPITALS, months: 24, startsOn: '2027-07-01' }] });
    expect(updated.condition).toEqual(second.condition);
  });
});

describe('comments', () => {
  it('accepts comments on the sheet, a clause, or a record of this sheet only; resolves and deletes them', () => {
    const r = termsRoom();
    const a = sheetWithMilestones(r.app, r.dealRoomId, r.aoba);
    const b = sheetWithMilestones(r.app, r.dealRoomId, r.minato);
    const comment = (clause: string) => r.app.invoke('terms.addComment', { dealRoomId: r.dealRoomId, termSheetId: a.sheet.id, clause, author: '石田', body: '確認が必要です。' });
    expectRefused(r, () => comment(`milestone:${b.m1.id}`), 'invalid_input', 'clause');
    expectRefused(r, () => comment(`phase:${b.phase.id}`), 'invalid_input', 'clause');
    expectRefused(r, () => comment('trigger:missing'), 'invalid_input', 'clause');
    const onMilestone = ok(comment(`milestone:${a.m1.id}`)) as { id: string; resolved: boolean };
    ok(comment(`phase:${a.phase.id}`));
    ok(comment('clause:registrationTransfer'));
    expect(onMilestone.resolved).toBe(false);
    expect((ok(r.app.invoke('terms.resolveComment', { dealRoomId: r.dealRoomId, commentId: onMilestone.id, resolved: true })) as { resolved: boolean }).resolved).toBe(true);
    const resolvedLog = ok(r.app.invoke('dealRooms.changeLog', { dealRoomId: r.dealRoomId, limit: 1 })).entries[0];
    expect(resolvedLog).toMatchObject({ entity: 'termComment', entityId: onMilestone.id, field: 'resolved', before: false, after: true });
    ok(r.app.invoke('terms.deleteComment', { dealRoomId: r.dealRoomId, commentId: onMilestone.id }));
    expect(r.detail().termComments.map((c) => c.clause).sort()).toEqual(['clause:registrationTransfer', `phase:${a.phase.id}`]);
    expectRefused(r, () => r.app.invoke('terms.deleteComment', { dealRoomId: r.dealRoomId, commentId: onMilestone.id }), 'not_found', 'commentId');
  });
});

describe('comments about deleted records', () => {
  it('go with the trigger, milestone or phase they are about, each logged, and the room still exports', () => {
    const r = termsRoom();
    const { app, dealRoomId } = r;
    const { sheet, phase, m1, m2 } = sheetWithMilestones(app, dealRoomId, r.aoba);
    const trigger = ok(
      app.invoke('terms.addTrigger', { dealRoomId, termSheetId: sheet.id, fields: { condition: { quantifier: 'any', k: null, outcome: 'met', milestoneIds: [m1.id], by: null }, actions: [{ kind: 'termination_right' }] } }),
    ) as Trigger;
    const comment = (clause: string, body: string) => ok(app.invoke('terms.addComment', { dealRoomId, termSheetId: sheet.id, clause, author: 'Ishida', body }));
    comment(`trigger:${trigger.id}`, 'Why a termination right on success?');
    comment(`milestone:${m2.id}`, 'Count first deliveries only.');
    comment(`phase:${phase.id}`, 'Kinki is too wide for a pilot.');
    comment('sheet', 'Overall fine.');

    let logged = r.logTotal();
    ok(app.invoke('terms.deleteTrigger', { dealRoomId, triggerId: trigger.id }));
    expect(r.logTotal() - logged).toBe(2);
    ok(app.invoke('terms.deleteMilestone', { dealRoomId, milestoneId: m2.id }));
    expect(r.detail().termComments.map((c) => c.body).sort()).toEqual(['Kinki is too wide for a pilot.', 'Overall fine.']);
    logged = r.logTotal();
    // The phase goes with its remaining milestone (M1) and the comment about it: 3 rows.
    ok(app.invoke('terms.deletePhase', { dealRoomId, phaseId: phase.id }));
    expect(r.logTotal() - logged).toBe(3);
    expect(r.detail().termComments.map((c) => c.clause)).toEqual(['sheet']);
    const file = ok(app.invoke('dealRooms.export', { dealRoomId })) as { termSheets: { comments: unknown[] }[] };
    expect(file.termSheets[0]!.comments).toEqual([{ clause: 'sheet', author: 'Ishida', body: 'Overall fine.', resolved: false }]);
  });
});

describe('terms in the interchange file', () => {
  /** The terms of a room without store ids or times: what must survive an export and import. */
  function portableTerms(d: DealRoomDetail) {
    const candidate = new Map(d.candidates.map((c) => [c.id, c.nameLatin]));
    const phase = new Map(d.phases.map((p) => [p.id, p.name]));
    const code = new Map([...d.milestones, ...d.triggers].map((r) => [r.id, r.code]));
    const subject = (clause: string) => clause.replace(/^(phase|milestone|trigger):(.+)$/, (_m, kind: string, id: string) => `${kind}:${phase.get(id) ?? code.get(id)}`);
    return d.termSheets.map((s) => ({
      candidate: candidate.get(s.candidateId),
      sheet: { title: s.title, clauses: s.clauses, reviewStatus: s.reviewStatus, reviewer: s.reviewer, notes: s.notes },
      phases: d.phases.filter((p) => p.termSheetId === s.id).map(({ id: _i, termSheetId: _s, ...p }) => p),
      milestones: d.milestones.filter((m) => m.termSheetId === s.id).map(({ id: _i, termSheetId: _s, phaseId, ...m }) => ({ ...m, phase: phase.get(phaseId) })),
      triggers: d.triggers
        .filter((t) => t.termSheetId === s.id)
        .map(({ id: _i, termSheetId: _s, condition, ...t }) => ({ ...t, condition: { ...condition, milestoneIds: condition.milestoneIds.map((m) => code.get(m)) } })),
      comments: d.termComments
        .filter((c) => c.termSheetId === s.id)
        .map((c) => [subject(c.clause), c.author, c.body, c.resolved])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    }))
      // Sheets are stored by candidate id, which a copy renews: compare them by candidate name.
      .sort((x, y) => String(x.candidate).localeCompare(String(y.candidate)));
  }

  it('exports and imports a room to the same terms', () => {
    const r = termsRoom();
    const { app, dealRoomId } = r;
    const staged = ok(app.invoke('terms.createSheet', { dealRoomId, candidateId: r.minato, start: 'staged_outline', startsOn: '2027-07-01', fields: { title: 'Staged', clauses: { dataSharing: 'monthly' } } })) as TermSheet;
    const a = sheetWithMilestones(app, dealRoomId, r.aoba);
    const d0 = r.detail();
    const [m1, , m3] = d0.milestones.filter((m) => m.termSheetId === staged.id);
    ok(app.invoke('terms.recordOutcome', { dealRoomId, milestoneId: m1!.id, status: 'met', actual: 52_000_000, settledOn: '2028-06-20', evidence: '売上報告書 2028年6月' }));
    ok(app.invoke('terms.recordOutcome', { dealRoomId, milestoneId: m3!.id, status: 'waived', settledOn: '2028-06-30', waivedReason: 'Review moved to the annual meeting' }));
    ok(app.invoke('terms.addComment', { dealRoomId, termSheetId: staged.id, clause: `milestone:${m3!.id}`, author: '石田', body: '免除の記録を残すこと。' }));
    ok(app.invoke('terms.addComment', { dealRoomId, termSheetId: a.sheet.id, clause: `phase:${a.phase.id}`, author: 'Ishida', body: 'Kinki only for the pilot.' }));
    ok(app.invoke('terms.setReviewStatus', { dealRoomId, termSheetId: staged.id, status: 'approved' }));

    const file = ok(app.invoke('dealRooms.export', { dealRoomId })) as { version: number; termSheets: unknown[] };
    expect([file.version, file.termSheets.length]).toEqual([4, 2]);
    const copy = ok(app.invoke('dealRooms.import', { file }));
    const imported = ok(app.invoke('dealRooms.get', { dealRoomId: copy.id })) as DealRoomDetail;
    expect(portableTerms(imported)).toEqual(portableTerms(r.detail()));
    expect(portableTerms(imported).map((s) => [s.candidate, s.milestones.length, s.triggers.length, s.comments.length])).toEqual([
      ['Aoba Trading', 2, 0, 1],
      ['Minato Medical', 3, 2, 0 + 1],
    ]);
  });
});
