import { describe, expect, it } from 'vitest';
import { circulationTrack, commentRequired, currentHolders, decisionSlotsFor, kindsFor } from './circulation-status';
import { testDecision, testProposal } from './test-proposals';

describe('circulationTrack', () => {
  it('shows a draft with every stage still to come', () => {
    const track = circulationTrack(testProposal({ status: 'draft', circulatedAt: null, stageSince: null }), []);
    expect(track.map((s) => s.place)).toEqual(['upcoming', 'upcoming']);
    expect(track[1]!.slots.map((s) => s.state.kind)).toEqual(['upcoming', 'upcoming']);
  });

  it('at the joint review, one executive approved and the other holds it', () => {
    const p = testProposal({ currentStage: 1 });
    const decisions = [
      testDecision({ stageIndex: 0, approverId: 'p-legal', kind: 'approve' }),
      testDecision({ stageIndex: 1, approverId: 'p-exec1', kind: 'approve_with_reservations', comment: 'Quarterly reports from month one.' }),
    ];
    const track = circulationTrack(p, decisions);
    expect(track.map((s) => s.place)).toEqual(['passed', 'current']);
    expect(track[0]!.slots.map((s) => s.state.kind)).toEqual(['decided', 'not_needed']);
    expect(track[1]!.slots.map((s) => s.state.kind)).toEqual(['decided', 'waiting']);
    expect(currentHolders(track)).toEqual([{ approverId: 'p-exec2', approverName: 'Grace Whitfield', deputyId: null }]);
  });

  it('a delegation hands the slot to the deputy until the deputy decides for the approver', () => {
    const p = testProposal({ currentStage: 1 });
    const delegated = [testDecision({ stageIndex: 1, approverId: 'p-exec2', kind: 'delegate', delegateToId: 'p-deputy' })];
    const track = circulationTrack(p, delegated);
    expect(currentHolders(track)).toEqual([
      { approverId: 'p-exec1', approverName: '高橋 誠', deputyId: null },
      { approverId: 'p-exec2', approverName: 'Grace Whitfield', deputyId: 'p-deputy' },
    ]);
    expect(decisionSlotsFor(p, track, 'p-deputy')).toEqual([
      { stageIndex: 1, stageName: '経営会議', approverId: 'p-exec2', approverName: 'Grace Whitfield', asDeputy: true, afterTheFact: false },
    ]);
    const decided = circulationTrack(p, [...delegated, testDecision({ stageIndex: 1, approverId: 'p-exec2', actorId: 'p-deputy', kind: 'approve' })]);
    const slot = decided[1]!.slots[1]!;
    expect(slot.state.kind === 'decided' && slot.state.decision.actorId).toBe('p-deputy');
  });

  it('offers an after-the-fact review to the legal approver who was away, once', () => {
    const p = testProposal({ currentStage: 1 });
    const first = [testDecision({ stageIndex: 0, approverId: 'p-legal', kind: 'approve' })];
    const slots = decisionSlotsFor(p, circulationTrack(p, first), 'p-legal2');
    expect(slots).toEqual([{ stageIndex: 0, stageName: '法務部', approverId: 'p-legal2', approverName: '森 由美', asDeputy: false, afterTheFact: true }]);
    expect(kindsFor(slots[0]!)).toEqual(['approve', 'approve_with_reservations', 'object']);
    const reviewed = [...first, testDecision({ stageIndex: 0, approverId: 'p-legal2', kind: 'approve', afterTheFact: true })];
    const track = circulationTrack(p, reviewed);
    expect(track[0]!.slots[1]!.state.kind).toBe('not_needed');
    expect(track[0]!.slots[1]!.laterReviews).toHaveLength(1);
    expect(decisionSlotsFor(p, track, 'p-legal2')).toEqual([]);
  });

  it('a send-back stops the route where it was; nobody can decide on it any more', () => {
    const p = testProposal({ status: 'sent_back', currentStage: 1 });
    const track = circulationTrack(p, [testDecision({ stageIndex: 1, approverId: 'p-exec1', kind: 'send_back', comment: 'Add the exit terms.' })]);
    expect(track.map((s) => s.place)).toEqual(['passed', 'stopped']);
    expect(track[1]!.slots.map((s) => s.state.kind)).toEqual(['decided', 'not_reached']);
    expect(currentHolders(track)).toEqual([]);
    expect(decisionSlotsFor(p, track, 'p-exec2')).toEqual([]);
  });

  it('takes no decisions once the circulation is over, not even after the fact', () => {
    const p = testProposal({ status: 'approved', currentStage: 1, closedAt: '2027-03-09T00:00:00Z' });
    const track = circulationTrack(p, [testDecision({ stageIndex: 0, approverId: 'p-legal', kind: 'approve' })]);
    expect(track.map((s) => s.place)).toEqual(['passed', 'passed']);
    expect(decisionSlotsFor(p, track, 'p-legal2')).toEqual([]);
  });

  it('an approver on the current stage decides there, never after the fact on an earlier one', () => {
    const p = testProposal({
      currentStage: 1,
      route: [
        { name: '法務部', mode: 'any', approvers: [{ profileId: 'p-legal', name: '佐藤 健' }, { profileId: 'p-exec1', name: '高橋 誠' }] },
        { name: '経営会議', mode: 'all', approvers: [{ profileId: 'p-exec1', name: '高橋 誠' }] },
      ],
    });
    const track = circulationTrack(p, [testDecision({ stageIndex: 0, approverId: 'p-legal', kind: 'approve' })]);
    expect(decisionSlotsFor(p, track, 'p-exec1').map((s) => [s.stageIndex, s.afterTheFact])).toEqual([[1, false]]);
  });

  it('the approver of the current stage decides as themselves, with every kind offered', () => {
    const p = testProposal();
    const slots = decisionSlotsFor(p, circulationTrack(p, []), 'p-legal');
    expect(slots).toEqual([{ stageIndex: 0, stageName: '法務部', approverId: 'p-legal', approverName: '佐藤 健', asDeputy: false, afterTheFact: false }]);
    expect(kindsFor(slots[0]!)).toContain('delegate');
    expect(decisionSlotsFor(p, circulationTrack(p, []), 'p-exec1')).toEqual([]);
    expect(decisionSlotsFor(p, circulationTrack(p, []), null)).toEqual([]);
  });

  it('reservations, objections and send-backs need words; an approval does not', () => {
    expect(['approve', 'approve_with_reservations', 'object', 'send_back', 'delegate'].map((k) => commentRequired(k as never))).toEqual([false, true, true, true, false]);
  });
});
