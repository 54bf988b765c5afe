/**
 * Proposals and their circulation through the contract, on a real room file
 * (the sample deal-room): the four cases, the frozen snapshot and its
 * live diff, after-the-fact review, and the exact change-log rows each
 * operation writes, with the audit chain still whole.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from '../../shared/domain/entities';
import type { Proposal } from '../../shared/domain/ringi';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import { approvalStamps } from '../../shared/ringi/approval-stamps';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';
import { snapshotHash } from './snapshot-hash';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

const SATO = 'Sato Ren (佐藤 蓮)';

/** The sample room, five people (Sato acting), and a route: a joint review by legal and finance, then one executive. */
function circulationRoom(jointMode: 'all' | 'any' = 'all') {
  const t = createTestApp({ seedSample: true });
  apps.push(t);
  const app = t.app;
  const dealRoomId = ok(app.invoke('settings.get', {})).lastDealRoomId!;
  const person = (nameLatin: string, nameJa: string, role: 'bd' | 'legal' | 'finance' | 'executive') =>
    ok(app.invoke('profiles.create', { fields: { nameLatin, nameJa, role } })).id;
  const ids = {
    bd: person('Sato Ren', '佐藤 蓮', 'bd'),
    legal: person('Kimura Aya', '木村 彩', 'legal'),
    finance: person('Ono Daichi', '小野 大地', 'finance'),
    exec: person('Fujita Mei', '藤田 芽衣', 'executive'),
    deputy: person('Hara Sho', '原 翔', 'legal'),
  };
  const route = ok(
    app.invoke('routes.create', {
      fields: {
        name: 'Distributor appointment',
        stages: [
          { name: 'Joint review', mode: jointMode, approverIds: [ids.legal, ids.finance] },
          { name: 'Executive', mode: 'any', approverIds: [ids.exec] },
        ],
      },
    }),
  );
  ok(app.invoke('profiles.setActing', { profileId: ids.bd }));
  const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
  const leader = detail.candidates.find((c) => c.compared)!;
  const create = () =>
    ok(app.invoke('proposals.create', { dealRoomId, routeId: route.id, fields: { title: 'Appoint the leading distributor for a pilot', recommendation: 'A 12-month pilot in Kanto.', candidateId: leader.id } }));
  const decide = (proposalId: string, approverId: string, kind: 'approve' | 'approve_with_reservations' | 'object' | 'send_back' | 'delegate', more: Record<string, unknown> = {}) =>
    app.invoke('proposals.decide', { dealRoomId, proposalId, approverId, actorId: approverId, kind, ...more });
  return { t, app, dealRoomId, ids, route, leader, create, decide };
}

type Room = ReturnType<typeof circulationRoom>;

/** The change-log rows `fn` wrote, oldest first. */
function logRowsOf(room: Room, fn: () => void): Omit<ChangeLogEntry, 'seq' | 'at'>[] {
  const { app, dealRoomId } = room;
  const last = ok(app.invoke('audit.list', { dealRoomId, limit: 1 })).entries[0]?.seq ?? 0;
  fn();
  return ok(app.invoke('audit.list', { dealRoomId, limit: 500 }))
    .entries.filter((e) => e.seq > last)
    .reverse()
    .map(({ seq: _seq, at: _at, ...row }) => row);
}

function proposalOf(room: Room, id: string): Proposal {
  return ok(room.app.invoke('proposals.list', { dealRoomId: room.dealRoomId })).proposals.find((p) => p.id === id)!;
}

describe('a route with a parallel stage', () => {
  it('advances only once both have approved, then runs to approval', () => {
    const room = circulationRoom();
    const draft = room.create();
    expect(draft).toMatchObject({ version: 1, status: 'draft', drafterId: room.ids.bd, drafterName: SATO, routeName: 'Distributor appointment', candidateId: room.leader.id });
    expect(draft.route[0]!.approvers).toEqual([
      { profileId: room.ids.legal, name: 'Kimura Aya (木村 彩)' },
      { profileId: room.ids.finance, name: 'Ono Daichi (小野 大地)' },
    ]);
    const circulating = ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: draft.id }));
    expect(circulating).toMatchObject({ status: 'circulating', currentStage: 0 });
    expect(circulating.stageSince).toBe(circulating.circulatedAt);

    expect(ok(room.decide(draft.id, room.ids.legal, 'approve'))).toMatchObject({ status: 'circulating', currentStage: 0 });
    expect(failure(room.decide(draft.id, room.ids.exec, 'approve'))).toMatchObject({ code: 'rule_violation', path: 'approverId' });
    const second = ok(room.decide(draft.id, room.ids.finance, 'approve_with_reservations', { comment: 'Cap the marketing co-investment at the pilot budget.' }));
    expect(second).toMatchObject({ status: 'circulating', currentStage: 1 });
    const approved = ok(room.decide(draft.id, room.ids.exec, 'approve'));
    expect(approved).toMatchObject({ status: 'approved', currentStage: 1 });
    expect(approved.closedAt).not.toBeNull();

    const { decisions } = ok(room.app.invoke('proposals.list', { dealRoomId: room.dealRoomId }));
    expect(approvalStamps(approved, decisions).map((s) => [s.stageName, s.approverName, s.state, s.comment])).toEqual([
      ['Joint review', 'Kimura Aya (木村 彩)', 'approved', ''],
      ['Joint review', 'Ono Daichi (小野 大地)', 'approved_with_reservations', 'Cap the marketing co-investment at the pilot budget.'],
      ['Executive', 'Fujita Mei (藤田 芽衣)', 'approved', ''],
    ]);
  });
});

describe('a send-back', () => {
  it('closes version 1 as it was and restarts with version 2 from a draft', () => {
    const room = circulationRoom();
    const v1 = room.create();
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: v1.id }));
    ok(room.decide(v1.id, room.ids.legal, 'approve'));
    const sentBack = ok(room.decide(v1.id, room.ids.finance, 'send_back', { comment: 'Add the pilot budget and the exit terms.' }));
    expect(sentBack).toMatchObject({ status: 'sent_back', currentStage: 0 });

    const v2 = ok(room.app.invoke('proposals.revise', { dealRoomId: room.dealRoomId, proposalId: v1.id }));
    expect(v2).toMatchObject({ version: 2, previousId: v1.id, status: 'draft', title: v1.title, recommendation: v1.recommendation, candidateId: v1.candidateId, route: v1.route, circulatedAt: null, closedAt: null });
    expect(v2.id).not.toBe(v1.id);
    expect(proposalOf(room, v1.id)).toEqual(sentBack);
    expect(failure(room.app.invoke('proposals.revise', { dealRoomId: room.dealRoomId, proposalId: v1.id })).message).toContain('version 2');
    expect(failure(room.app.invoke('proposals.revise', { dealRoomId: room.dealRoomId, proposalId: v2.id }))).toMatchObject({ code: 'rule_violation', path: 'proposalId' });

    // Version 2 circulates afresh: legal's approval of version 1 does not carry over.
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: v2.id }));
    expect(ok(room.decide(v2.id, room.ids.finance, 'approve'))).toMatchObject({ currentStage: 0 });
    expect(ok(room.decide(v2.id, room.ids.legal, 'approve'))).toMatchObject({ currentStage: 1 });
  });
});

describe('a delegation', () => {
  it('is recorded as the deputy acting for the approver', () => {
    const room = circulationRoom();
    const p = room.create();
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    ok(room.decide(p.id, room.ids.legal, 'delegate', { delegateToId: room.ids.deputy, comment: 'Abroad until the 10th.' }));
    const refused = failure(room.decide(p.id, room.ids.legal, 'approve'));
    expect(refused.message).toBe('Kimura Aya (木村 彩) has delegated this decision to Hara Sho (原 翔); the deputy decides now.');
    ok(room.app.invoke('proposals.decide', { dealRoomId: room.dealRoomId, proposalId: p.id, approverId: room.ids.legal, actorId: room.ids.deputy, kind: 'approve' }));
    const { decisions } = ok(room.app.invoke('proposals.list', { dealRoomId: room.dealRoomId }));
    expect(decisions.map((d) => [d.kind, d.approverName, d.actorName, d.delegateToId])).toEqual([
      ['delegate', 'Kimura Aya (木村 彩)', 'Kimura Aya (木村 彩)', room.ids.deputy],
      ['approve', 'Kimura Aya (木村 彩)', 'Hara Sho (原 翔)', null],
    ]);
    const stamp = approvalStamps(proposalOf(room, p.id), decisions)[0]!;
    expect(stamp).toMatchObject({ approverName: 'Kimura Aya (木村 彩)', state: 'approved', actorName: 'Hara Sho (原 翔)' });
  });
});

describe('a reservation without a comment', () => {
  it('is refused on the comment field and changes nothing', () => {
    const room = circulationRoom();
    const p = room.create();
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    const rows = logRowsOf(room, () => {
      const refused = failure(room.decide(p.id, room.ids.legal, 'approve_with_reservations', { comment: '  ' }));
      expect(refused).toEqual({
        code: 'rule_violation',
        path: 'comment',
        message: 'An approval with reservations needs a comment saying what the reservations are.',
      });
      expect(failure(room.app.invoke('proposals.decide', { dealRoomId: room.dealRoomId, proposalId: p.id, approverId: room.ids.legal, actorId: room.ids.legal, kind: 'approve_with_reservations' }, { lang: 'ja' })).message).toBe(
        '条件付き承認には、条件の内容をコメントに書いてください。',
      );
    });
    expect(rows).toEqual([]);
    expect(ok(room.app.invoke('proposals.list', { dealRoomId: room.dealRoomId })).decisions).toEqual([]);
  });
});

describe('the frozen snapshot', () => {
  it('stays as it was when a score changes during circulation, and the live diff shows exactly that score', () => {
    const room = circulationRoom();
    const p = room.create();
    expect(p.snapshotHash).toBe(snapshotHash(p.snapshot));
    expect(p.snapshot.candidates.length).toBeGreaterThan(1);
    expect(p.snapshot.sentences.en.length).toBeGreaterThan(0);
    expect(p.snapshot.sentences.ja.length).toBeGreaterThan(0);
    const unmoved = ok(room.app.invoke('proposals.liveDiff', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    expect(unmoved).toEqual({ moved: false, snapshotHash: p.snapshotHash, liveHash: p.snapshotHash, scores: [], weights: [], totals: [], terms: [] });
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: p.id }));

    // A cell the sample scores without a consensus, so the evaluator's score counts.
    const detail = ok(room.app.invoke('dealRooms.get', { dealRoomId: room.dealRoomId }));
    const score = detail.scores.find((s) => s.candidateId === room.leader.id && !detail.consensus.some((k) => k.candidateId === s.candidateId && k.criterionId === s.criterionId))!;
    const newValue = score.value === 3 ? 4 : 3;
    ok(room.app.invoke('scores.set', { dealRoomId: room.dealRoomId, candidateId: score.candidateId, criterionId: score.criterionId, evaluatorId: score.evaluatorId, value: newValue, rationale: 'Rechecked after a second reference call.' }));

    const after = proposalOf(room, p.id);
    expect(after.snapshot).toEqual(p.snapshot);
    expect(after.snapshotHash).toBe(p.snapshotHash);

    const live = analyseDealRoom(ok(room.app.invoke('dealRooms.get', { dealRoomId: room.dealRoomId }))).scoring;
    const frozenCell = p.snapshot.cells.find((c) => c.candidateId === score.candidateId && c.criterionId === score.criterionId)!;
    const diff = ok(room.app.invoke('proposals.liveDiff', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    expect(diff.moved).toBe(true);
    expect(diff.liveHash).not.toBe(p.snapshotHash);
    expect(diff.scores).toEqual([
      {
        candidateId: score.candidateId,
        candidateName: p.snapshot.candidates.find((c) => c.id === score.candidateId)!.name,
        criterionId: score.criterionId,
        criterionName: p.snapshot.criteria.find((c) => c.id === score.criterionId)!.name,
        before: frozenCell.value,
        after: live.cells[score.candidateId]![score.criterionId]!.score,
      },
    ]);
    expect(frozenCell.value).not.toBe(diff.scores[0]!.after);
    expect(diff.weights).toEqual([]);
    expect(diff.terms).toEqual([]);
    expect(diff.totals.map((x) => x.candidateId)).toContain(score.candidateId);
  });

  it('is frozen afresh only on request, and only for a draft', () => {
    const room = circulationRoom();
    const p = room.create();
    const criterion = ok(room.app.invoke('dealRooms.get', { dealRoomId: room.dealRoomId })).criteria[0]!;
    ok(room.app.invoke('criteria.update', { dealRoomId: room.dealRoomId, criterionId: criterion.id, patch: { weight: criterion.weight + 3 } }));
    const diff = ok(room.app.invoke('proposals.liveDiff', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    expect(diff.weights).toEqual([{ kind: 'criterion', id: criterion.id, name: expect.any(String), before: criterion.weight, after: criterion.weight + 3 }]);
    const retitled = ok(room.app.invoke('proposals.update', { dealRoomId: room.dealRoomId, proposalId: p.id, patch: { title: 'Appoint for a pilot' } }));
    expect(retitled.snapshotHash).toBe(p.snapshotHash);
    const refreshed = ok(room.app.invoke('proposals.update', { dealRoomId: room.dealRoomId, proposalId: p.id, patch: {}, refreshSnapshot: true }));
    expect(refreshed.snapshotHash).not.toBe(p.snapshotHash);
    expect(refreshed.snapshot.criteria.find((c) => c.id === criterion.id)!.weight).toBe(criterion.weight + 3);
    expect(ok(room.app.invoke('proposals.liveDiff', { dealRoomId: room.dealRoomId, proposalId: p.id })).moved).toBe(false);
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    expect(failure(room.app.invoke('proposals.update', { dealRoomId: room.dealRoomId, proposalId: p.id, patch: { title: 'Late edit' } }))).toMatchObject({ code: 'rule_violation', path: 'proposalId' });
  });
});

describe('after-the-fact review', () => {
  it('is recorded and marked, and moves nothing', () => {
    const room = circulationRoom('any');
    const p = room.create();
    ok(room.app.invoke('proposals.circulate', { dealRoomId: room.dealRoomId, proposalId: p.id }));
    const moved = ok(room.decide(p.id, room.ids.legal, 'approve'));
    expect(moved.currentStage).toBe(1);
    const rows = logRowsOf(room, () => {
      const late = ok(room.decide(p.id, room.ids.finance, 'object', { comment: 'Back from leave: the territory is too wide.' }));
      expect(late).toEqual(moved);
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity: 'decision', field: '', before: null, after: { approverId: room.ids.finance, stageIndex: 0, kind: 'object', afterTheFact: true } });
    const { decisions } = ok(room.app.invoke('proposals.list', { dealRoomId: room.dealRoomId }));
    expect(approvalStamps(moved, decisions)[1]).toMatchObject({ approverName: 'Ono Daichi (小野 大地)', state: 'objected', afterTheFact: true });
  });
});

describe('other refusals', () => {
  it('names the field: no drafter, a route or candidate not found, comments on a withdrawn proposal', () => {
    const room = circulationRoom();
    const { app, dealRoomId, route } = room;
    ok(app.invoke('profiles.setActing', { profileId: null }));
    expect(failure(app.invoke('proposals.create', { dealRoomId, routeId: route.id, fields: { title: 'No one drafts' } }))).toMatchObject({ code: 'rule_violation', path: 'drafterId' });
    expect(failure(app.invoke('proposals.create', { dealRoomId, routeId: 'nope', drafterId: room.ids.bd, fields: { title: 'x' } }))).toMatchObject({ code: 'not_found', path: 'routeId' });
    expect(failure(app.invoke('proposals.create', { dealRoomId, routeId: route.id, drafterId: room.ids.bd, fields: { title: 'x', candidateId: 'ghost' } }))).toMatchObject({ code: 'not_found', path: 'fields.candidateId' });
    const p = ok(app.invoke('proposals.create', { dealRoomId, routeId: route.id, drafterId: room.ids.bd, fields: { title: 'Drafted by id' } }));
    expect(failure(app.invoke('proposals.comment', { dealRoomId, proposalId: p.id, body: 'Who am I?' }))).toMatchObject({ path: 'authorId' });
    expect(failure(room.decide(p.id, room.ids.legal, 'approve'))).toMatchObject({ code: 'rule_violation', path: 'proposalId' });
    ok(app.invoke('proposals.withdraw', { dealRoomId, proposalId: p.id, reason: 'Superseded by the Kansai plan.' }));
    expect(failure(app.invoke('proposals.comment', { dealRoomId, proposalId: p.id, authorId: room.ids.legal, body: 'Too late' }))).toMatchObject({ code: 'rule_violation', path: 'proposalId' });
    expect(failure(app.invoke('proposals.withdraw', { dealRoomId, proposalId: p.id, reason: 'Again' }))).toMatchObject({ code: 'rule_violation' });
    expect(failure(app.invoke('proposals.circulate', { dealRoomId, proposalId: 'ghost' }))).toMatchObject({ code: 'not_found', path: 'proposalId' });
  });
});

describe('the change log', () => {
  it('gets exactly the rows each proposal operation implies, under the acting profile, and its chain stays whole', () => {
    const room = circulationRoom();
    const { app, dealRoomId, ids } = room;
    let p!: Proposal;
    const created = logRowsOf(room, () => {
      p = room.create();
    });
    expect(created).toEqual([{ actor: SATO, entity: 'proposal', entityId: p.id, field: '', before: null, after: p }]);

    expect(
      logRowsOf(room, () => ok(app.invoke('proposals.update', { dealRoomId, proposalId: p.id, patch: { title: 'Appoint for a 12-month pilot' } }))),
    ).toEqual([{ actor: SATO, entity: 'proposal', entityId: p.id, field: 'title', before: p.title, after: 'Appoint for a 12-month pilot' }]);

    let circulatedAt = '';
    expect(
      logRowsOf(room, () => {
        circulatedAt = ok(app.invoke('proposals.circulate', { dealRoomId, proposalId: p.id })).circulatedAt!;
      }),
    ).toEqual([
      { actor: SATO, entity: 'proposal', entityId: p.id, field: 'status', before: 'draft', after: 'circulating' },
      { actor: SATO, entity: 'proposal', entityId: p.id, field: 'circulatedAt', before: null, after: circulatedAt },
    ]);

    const commented = logRowsOf(room, () => ok(app.invoke('proposals.comment', { dealRoomId, proposalId: p.id, authorId: ids.legal, body: 'Fine by legal once the exit clause is in.' })));
    expect(commented).toEqual([
      { actor: SATO, entity: 'proposalComment', entityId: expect.any(String), field: '', before: null, after: expect.objectContaining({ authorId: ids.legal, authorName: 'Kimura Aya (木村 彩)', body: 'Fine by legal once the exit clause is in.' }) },
    ]);

    const firstApproval = logRowsOf(room, () => ok(room.decide(p.id, ids.legal, 'approve')));
    expect(firstApproval).toEqual([{ actor: SATO, entity: 'decision', entityId: expect.any(String), field: '', before: null, after: expect.objectContaining({ kind: 'approve', approverId: ids.legal }) }]);

    const stageMoves = logRowsOf(room, () => ok(room.decide(p.id, ids.finance, 'approve')));
    expect(stageMoves).toEqual([
      { actor: SATO, entity: 'decision', entityId: expect.any(String), field: '', before: null, after: expect.objectContaining({ kind: 'approve', approverId: ids.finance }) },
      { actor: SATO, entity: 'proposal', entityId: p.id, field: 'currentStage', before: 0, after: 1 },
    ]);

    let closedAt = '';
    const objected = logRowsOf(room, () => {
      closedAt = ok(room.decide(p.id, ids.exec, 'object', { comment: 'Not before the regulatory check.' })).closedAt!;
    });
    expect(objected).toEqual([
      { actor: SATO, entity: 'decision', entityId: expect.any(String), field: '', before: null, after: expect.objectContaining({ kind: 'object', comment: 'Not before the regulatory check.' }) },
      { actor: SATO, entity: 'proposal', entityId: p.id, field: 'status', before: 'circulating', after: 'rejected' },
      { actor: SATO, entity: 'proposal', entityId: p.id, field: 'closedAt', before: null, after: closedAt },
    ]);

    let v2!: Proposal;
    const revised = logRowsOf(room, () => {
      v2 = ok(app.invoke('proposals.revise', { dealRoomId, proposalId: p.id }));
    });
    expect(revised).toEqual([{ actor: SATO, entity: 'proposal', entityId: v2.id, field: '', before: null, after: v2 }]);

    const withdrawn = logRowsOf(room, () => ok(app.invoke('proposals.withdraw', { dealRoomId, proposalId: v2.id, reason: 'Waiting for the regulatory check.' })));
    expect(withdrawn).toEqual([
      { actor: SATO, entity: 'proposal', entityId: v2.id, field: 'status', before: 'draft', after: 'withdrawn' },
      { actor: SATO, entity: 'proposal', entityId: v2.id, field: 'closedAt', before: null, after: expect.any(String) },
      { actor: SATO, entity: 'proposalComment', entityId: expect.any(String), field: '', before: null, after: expect.objectContaining({ authorId: ids.bd, body: 'Waiting for the regulatory check.' }) },
    ]);

    // Reads write nothing.
    expect(logRowsOf(room, () => ok(app.invoke('proposals.liveDiff', { dealRoomId, proposalId: p.id })))).toEqual([]);
    const verdict = ok(app.invoke('audit.verify', { dealRoomId }));
    expect(verdict.firstBroken).toBeNull();
    expect(verdict.rows).toBe(ok(app.invoke('audit.list', { dealRoomId, limit: 1 })).total);
  });
});
