import { describe, expect, it } from 'vitest';
import type { Decision, Proposal } from '../domain/ringi';
import { approvalStamps } from './approval-stamps';

const route: Proposal['route'] = [
  { name: 'Joint review', mode: 'all', approvers: [{ profileId: 'legal', name: 'Kimura Aya (木村 彩)' }, { profileId: 'finance', name: 'Ono Daichi (小野 大地)' }] },
  { name: 'Executive', mode: 'any', approvers: [{ profileId: 'exec', name: 'Fujita Mei (藤田 芽衣)' }] },
];

function decision(change: Partial<Decision> & Pick<Decision, 'id' | 'approverId' | 'kind'>): Decision {
  return {
    proposalId: 'p1',
    stageIndex: 0,
    approverName: '',
    actorId: change.approverId,
    actorName: '',
    comment: '',
    delegateToId: null,
    afterTheFact: false,
    decidedAt: '2027-03-02T09:00:00.000Z',
    ...change,
  };
}

describe('approvalStamps', () => {
  it('gives one box per stage and approver, waiting until decided', () => {
    expect(approvalStamps({ id: 'p1', route }, []).map((s) => [s.stageIndex, s.stageName, s.approverName, s.state, s.decidedAt])).toEqual([
      [0, 'Joint review', 'Kimura Aya (木村 彩)', 'waiting', null],
      [0, 'Joint review', 'Ono Daichi (小野 大地)', 'waiting', null],
      [1, 'Executive', 'Fujita Mei (藤田 芽衣)', 'waiting', null],
    ]);
  });

  it('fills each box with the decision, the deputy acting for the approver, reservations and late reviews', () => {
    const decisions = [
      decision({ id: 'd1', approverId: 'legal', kind: 'delegate', delegateToId: 'deputy', decidedAt: '2027-03-02T08:00:00.000Z' }),
      decision({ id: 'd2', approverId: 'legal', actorId: 'deputy', actorName: 'Hara Sho (原 翔)', kind: 'approve' }),
      decision({ id: 'd3', approverId: 'finance', kind: 'approve_with_reservations', comment: 'Cap the co-investment.' }),
      decision({ id: 'd4', approverId: 'exec', stageIndex: 1, kind: 'object', comment: 'Too early.', decidedAt: '2027-03-05T09:00:00.000Z' }),
      // Another proposal's decision is not this one's.
      decision({ id: 'd5', proposalId: 'p2', approverId: 'exec', stageIndex: 1, kind: 'approve' }),
    ];
    const stamps = approvalStamps({ id: 'p1', route }, decisions);
    expect(stamps.map((s) => [s.approverId, s.state, s.actorName, s.comment, s.decidedAt])).toEqual([
      ['legal', 'approved', 'Hara Sho (原 翔)', '', '2027-03-02T09:00:00.000Z'],
      ['finance', 'approved_with_reservations', null, 'Cap the co-investment.', '2027-03-02T09:00:00.000Z'],
      ['exec', 'objected', null, 'Too early.', '2027-03-05T09:00:00.000Z'],
    ]);
  });

  it('shows a slot delegated but not yet decided, naming the deputy', () => {
    const decisions = [decision({ id: 'd1', approverId: 'finance', kind: 'delegate', delegateToId: 'deputy', comment: 'Away' })];
    const stamp = approvalStamps({ id: 'p1', route }, decisions, new Map([['deputy', 'Hara Sho (原 翔)']]))[1]!;
    expect(stamp).toMatchObject({ state: 'delegated', deputyName: 'Hara Sho (原 翔)', actorName: null, comment: 'Away' });
  });

  it('marks a send-back and a review after the fact', () => {
    const decisions = [
      decision({ id: 'd1', approverId: 'legal', kind: 'send_back', comment: 'Add the budget.' }),
      decision({ id: 'd2', approverId: 'finance', kind: 'approve', afterTheFact: true }),
    ];
    expect(approvalStamps({ id: 'p1', route }, decisions).map((s) => [s.state, s.afterTheFact])).toEqual([
      ['sent_back', false],
      ['approved', true],
      ['waiting', false],
    ]);
  });
});
