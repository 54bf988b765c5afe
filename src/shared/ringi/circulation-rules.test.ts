import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, DecisionKind, Proposal } from '../domain/ringi';
import { decide, type DecisionOutcome, type DecisionRequest } from './circulation-rules';

const T0 = '2027-03-01T09:00:00.000Z';
const T1 = '2027-03-02T09:00:00.000Z';

const people = new Map([
  ['bd', 'Sato Ren (佐藤 蓮)'],
  ['legal', 'Kimura Aya (木村 彩)'],
  ['finance', 'Ono Daichi (小野 大地)'],
  ['exec', 'Fujita Mei (藤田 芽衣)'],
  ['deputy', 'Hara Sho (原 翔)'],
]);

function proposal(change: Partial<Proposal> = {}): Proposal {
  return {
    id: 'p1',
    version: 1,
    previousId: null,
    title: 'Appoint Kaigan Trading for the pilot',
    recommendation: '',
    candidateId: null,
    drafterId: 'bd',
    drafterName: people.get('bd')!,
    route: [
      { name: 'Joint review', mode: 'all', approvers: [{ profileId: 'legal', name: people.get('legal')! }, { profileId: 'finance', name: people.get('finance')! }] },
      { name: 'Executive', mode: 'any', approvers: [{ profileId: 'exec', name: people.get('exec')! }, { profileId: 'bd', name: people.get('bd')! }] },
    ],
    routeName: 'Standard',
    snapshot: { takenAt: T0, dealRoomName: 'Room', candidates: [], pillars: [], criteria: [], cells: [], terms: [], sentences: { en: [], ja: [] } },
    snapshotHash: '0'.repeat(64),
    status: 'circulating',
    currentStage: 0,
    stageSince: T0,
    createdAt: T0,
    circulatedAt: T0,
    closedAt: null,
    ...change,
  };
}

let counter = 0;
function run(p: Proposal, decisions: Decision[], request: Partial<DecisionRequest> & Pick<DecisionRequest, 'approverId'>): DecisionOutcome {
  counter += 1;
  return decide(
    p,
    decisions,
    { actorId: request.approverId, kind: 'approve', comment: '', delegateToId: null, ...request },
    { now: T1, decisionId: `d${counter}`, people },
  );
}

function accepted(outcome: DecisionOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.messageKey}`);
  return outcome;
}

function refusal(outcome: DecisionOutcome) {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}

describe('decide: a parallel (all) stage', () => {
  it('waits for every approver, then moves to the next stage', () => {
    const first = accepted(run(proposal(), [], { approverId: 'legal' }));
    expect(first.proposal).toMatchObject({ status: 'circulating', currentStage: 0, stageSince: T0 });
    expect(first.decision).toMatchObject({ stageIndex: 0, approverId: 'legal', actorId: 'legal', kind: 'approve', afterTheFact: false, decidedAt: T1 });
    const second = accepted(run(first.proposal, [first.decision], { approverId: 'finance', kind: 'approve_with_reservations', comment: ' Margins need a floor ' }));
    expect(second.decision.comment).toBe('Margins need a floor');
    expect(second.proposal).toMatchObject({ status: 'circulating', currentStage: 1, stageSince: T1, closedAt: null });
  });

  it('in an any stage the first approval closes the route when it is the last stage', () => {
    const p = proposal({ currentStage: 1 });
    const out = accepted(run(p, [], { approverId: 'exec' }));
    expect(out.proposal).toMatchObject({ status: 'approved', currentStage: 1, closedAt: T1 });
  });
});

describe('decide: refusals', () => {
  it('refuses a reservation, an objection or a send-back without a comment', () => {
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'approve_with_reservations', comment: '   ' }))).toEqual({
      code: 'rule_violation',
      messageKey: 'ringi:errors.reservationNeedsComment',
      params: {},
      path: 'comment',
    });
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'object' })).messageKey).toBe('ringi:errors.objectionNeedsReason');
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'send_back' })).messageKey).toBe('ringi:errors.sendBackNeedsComment');
  });

  it('refuses outside circulation', () => {
    for (const status of ['draft', 'approved', 'rejected', 'sent_back', 'withdrawn'] as const) {
      expect(refusal(run(proposal({ status }), [], { approverId: 'legal' }))).toMatchObject({ messageKey: 'ringi:errors.notCirculating', path: 'proposalId' });
    }
  });

  it('refuses someone not on the route, and an approver whose stage has not come', () => {
    expect(refusal(run(proposal(), [], { approverId: 'deputy' }))).toMatchObject({ messageKey: 'ringi:errors.notAnApprover', path: 'approverId' });
    expect(refusal(run(proposal(), [], { approverId: 'exec' }))).toMatchObject({
      messageKey: 'ringi:errors.notYetTheirTurn',
      path: 'approverId',
      params: { name: 'Fujita Mei (藤田 芽衣)', stage: 'Joint review' },
    });
  });

  it('refuses an actor who is neither the approver nor their deputy, and an unknown actor', () => {
    expect(refusal(run(proposal(), [], { approverId: 'legal', actorId: 'finance' }))).toMatchObject({ messageKey: 'ringi:errors.notTheApprover', path: 'actorId' });
    expect(refusal(run(proposal(), [], { approverId: 'legal', actorId: 'ghost' }))).toMatchObject({ code: 'not_found', messageKey: 'ringi:errors.actorUnknown', path: 'actorId' });
  });

  it('refuses a second decision by the same approver at the same stage', () => {
    const first = accepted(run(proposal(), [], { approverId: 'legal' }));
    expect(refusal(run(first.proposal, [first.decision], { approverId: 'legal', kind: 'object', comment: 'Changed my mind' }))).toMatchObject({
      messageKey: 'ringi:errors.alreadyDecided',
      path: 'approverId',
    });
  });

  it('checks the deputy of a delegation', () => {
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'delegate' }))).toMatchObject({ messageKey: 'ringi:errors.deputyRequired', path: 'delegateToId' });
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'delegate', delegateToId: 'legal' }))).toMatchObject({ messageKey: 'ringi:errors.deputyIsApprover', path: 'delegateToId' });
    expect(refusal(run(proposal(), [], { approverId: 'legal', kind: 'delegate', delegateToId: 'ghost' }))).toMatchObject({ code: 'not_found', path: 'delegateToId' });
    expect(refusal(run(proposal(), [], { approverId: 'legal', delegateToId: 'deputy' }))).toMatchObject({ messageKey: 'ringi:errors.deputyOnlyForDelegation', path: 'delegateToId' });
  });
});

describe('decide: delegation', () => {
  it('hands the slot to the deputy, whose decision is recorded as acting for the approver', () => {
    const delegated = accepted(run(proposal(), [], { approverId: 'legal', kind: 'delegate', delegateToId: 'deputy', comment: 'Away until the 10th' }));
    expect(delegated.proposal).toEqual(proposal());
    expect(delegated.decision).toMatchObject({ kind: 'delegate', delegateToId: 'deputy', actorId: 'legal' });
    const decisions = [delegated.decision];

    expect(refusal(run(proposal(), decisions, { approverId: 'legal' }))).toMatchObject({
      messageKey: 'ringi:errors.slotDelegated',
      params: { name: 'Kimura Aya (木村 彩)', deputy: 'Hara Sho (原 翔)' },
    });
    expect(refusal(run(proposal(), decisions, { approverId: 'legal', actorId: 'deputy', kind: 'delegate', delegateToId: 'exec' })).messageKey).toBe(
      'ringi:errors.deputyCannotDelegate',
    );

    const byDeputy = accepted(run(proposal(), decisions, { approverId: 'legal', actorId: 'deputy' }));
    expect(byDeputy.decision).toMatchObject({ approverId: 'legal', approverName: 'Kimura Aya (木村 彩)', actorId: 'deputy', actorName: 'Hara Sho (原 翔)', kind: 'approve' });
    expect(byDeputy.proposal.currentStage).toBe(0);
    const both = accepted(run(byDeputy.proposal, [...decisions, byDeputy.decision], { approverId: 'finance' }));
    expect(both.proposal.currentStage).toBe(1);
  });
});

describe('decide: closing and after the fact', () => {
  it('an objection rejects and a send-back returns the proposal, both closing it', () => {
    expect(accepted(run(proposal(), [], { approverId: 'legal', kind: 'object', comment: 'Exclusivity too early' })).proposal).toMatchObject({ status: 'rejected', closedAt: T1, currentStage: 0 });
    expect(accepted(run(proposal(), [], { approverId: 'finance', kind: 'send_back', comment: 'Add the pilot budget' })).proposal).toMatchObject({ status: 'sent_back', closedAt: T1 });
  });

  it('records an earlier stage approver’s decision as after the fact and moves nothing', () => {
    // Stage 0 was "any" here: legal's approval moved it on while finance was away.
    const p = proposal({ currentStage: 1, stageSince: T1 });
    const late = accepted(run(p, [], { approverId: 'finance', kind: 'object', comment: 'Read it on my return: too broad a territory' }));
    expect(late.decision).toMatchObject({ stageIndex: 0, afterTheFact: true, kind: 'object' });
    expect(late.proposal).toEqual(p);
  });
});

describe('decide: properties', () => {
  const kinds: DecisionKind[] = ['approve', 'approve_with_reservations', 'object', 'send_back', 'delegate'];
  const ids = ['bd', 'legal', 'finance', 'exec', 'deputy', 'ghost'];
  // Weighted towards the route's approvers and approvals, with every kind and stranger still in the mix.
  const step = fc.record({
    approverId: fc.oneof({ arbitrary: fc.constantFrom('legal', 'finance', 'exec'), weight: 4 }, { arbitrary: fc.constantFrom(...ids), weight: 1 }),
    // Mostly the approver themselves, so that runs reach approvals and stage moves, not only refusals.
    actorId: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.constantFrom(...ids), weight: 1 }),
    kind: fc.oneof({ arbitrary: fc.constantFrom<DecisionKind>('approve', 'approve_with_reservations'), weight: 4 }, { arbitrary: fc.constantFrom(...kinds), weight: 1 }),
    comment: fc.constantFrom('', 'See the note on margins', 'See the note on margins'),
    delegateToId: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constantFrom(...ids), weight: 1 }),
  });

  it('never moves backwards, never leaves a closed state, and never gives two final decisions to one slot', () => {
    let closedRuns = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 3, maxLength: 30, size: 'medium' }), (steps) => {
        let p = proposal();
        const decisions: Decision[] = [];
        for (const s of steps) {
          const before = p;
          const out = run(p, decisions, { ...s, actorId: s.actorId ?? s.approverId });
          if (out.ok && p.status === 'circulating' && out.proposal.status !== 'circulating') closedRuns += 1;
          if (!out.ok) {
            continue;
          }
          decisions.push(out.decision);
          p = out.proposal;
          expect(p.currentStage).toBeGreaterThanOrEqual(before.currentStage);
          expect(before.status).toBe('circulating');
          if (p.status !== 'circulating') expect(p.closedAt).toBe(T1);
          if (out.decision.afterTheFact || out.decision.kind === 'delegate') expect(p).toEqual(before);
          const passedStage = p.currentStage > before.currentStage || (p.status === 'approved' && before.status === 'circulating');
          if (passedStage) {
            // A stage passes only with its approvals: every approver's in a joint review, one in an "any" stage.
            const stage = before.route[before.currentStage]!;
            const approvedBy = (id: string) =>
              decisions.some((d) => d.stageIndex === before.currentStage && d.approverId === id && !d.afterTheFact && (d.kind === 'approve' || d.kind === 'approve_with_reservations'));
            const count = stage.approvers.filter((a) => approvedBy(a.profileId)).length;
            expect(count).toBeGreaterThanOrEqual(stage.mode === 'all' ? stage.approvers.length : 1);
          }
          if (out.decision.actorId !== out.decision.approverId) {
            const delegation = decisions.find(
              (d) => d.kind === 'delegate' && d.stageIndex === out.decision.stageIndex && d.approverId === out.decision.approverId,
            );
            expect(delegation?.delegateToId).toBe(out.decision.actorId);
          }
        }
        const finals = decisions.filter((d) => d.kind !== 'delegate').map((d) => `${d.stageIndex}/${d.approverId}`);
        expect(new Set(finals).size).toBe(finals.length);
        if (p.status === 'approved') {
          // Every stage passed: the last stage has an approval that was not after the fact.
          expect(decisions.some((d) => d.stageIndex === p.route.length - 1 && (d.kind === 'approve' || d.kind === 'approve_with_reservations'))).toBe(true);
        }
      }),
    );
    // The generated runs do reach the end of a circulation, so the checks above were exercised.
    expect(closedRuns).toBeGreaterThan(10);
  });
});
