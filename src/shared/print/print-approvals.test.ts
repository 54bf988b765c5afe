/**
 * The approval boxes of the printed matrix filled from a proposal: the
 * seal's name and date, the remarks in full, the default proposal, and the
 * snapshot id covering the stamps. Decisions fall at noon UTC, so the
 * printed day is the same wherever the test runs (±11 hours).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, Proposal } from '../domain/ringi';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { handWorkedDealRoom } from '../../renderer/features/matrix/test-deal-room';
import { newestPrintableProposal, printApprovalsOf, printRemarks, sealDate, sealName, sheetName } from './print-approvals';
import { buildPrintModel } from './print-model';

const route: Proposal['route'] = [
  { name: 'Legal review', mode: 'any', approvers: [{ profileId: 'legal', name: 'Ken Sato (佐藤 健)' }] },
  {
    name: 'Board',
    mode: 'all',
    approvers: [
      { profileId: 'exec-a', name: 'Makoto Takahashi (高橋 誠)' },
      { profileId: 'exec-b', name: 'Grace Whitfield' },
    ],
  },
  { name: 'President', mode: 'any', approvers: [{ profileId: 'pres', name: 'Hanako Yamada (山田 花子)' }] },
];

const proposal = { id: 'p1', route, title: 'Partner with Asanagi Medical', version: 2, status: 'circulating' as const, snapshotHash: 'ab'.repeat(32) };

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
    decidedAt: '2026-11-23T12:00:00.000Z',
    ...change,
  };
}

const decisions = [
  decision({ id: 'd1', approverId: 'legal', actorName: 'Ken Sato (佐藤 健)', kind: 'approve', decidedAt: '2026-11-20T12:00:00.000Z' }),
  decision({
    id: 'd2',
    stageIndex: 1,
    approverId: 'exec-a',
    actorName: 'Makoto Takahashi (高橋 誠)',
    kind: 'approve_with_reservations',
    comment: 'Only if the pilot stays within 12 months.',
  }),
  decision({ id: 'd3', stageIndex: 1, approverId: 'exec-b', actorId: 'deputy', actorName: 'Aya Kimura (木村 彩)', kind: 'object', comment: 'The exit terms are too loose.' }),
];

describe('sealDate', () => {
  it('writes the day with slashes, as a seal reads', () => {
    expect(sealDate('2026-11-23T12:00:00.000Z')).toBe('2026/11/23');
    expect(sealDate('2027-01-05T12:30:00.000Z')).toBe('2027/01/05');
  });
});

describe('sealName', () => {
  it('seals a Japanese or bilingual sheet with the Japanese family name, printed large', () => {
    expect(sealName('Hanako Yamada (山田 花子)', 'ja')).toEqual({ family: '山田', full: '山田 花子', large: true });
    expect(sealName('Hanako Yamada (山田 花子)', 'both')).toEqual({ family: '山田', full: '山田 花子', large: true });
  });

  it('seals an English sheet with the family name of the Latin letters (written last), large only when short', () => {
    expect(sealName('Hanako Yamada (山田 花子)', 'en')).toEqual({ family: 'Yamada', full: 'Hanako Yamada', large: false });
    expect(sealName('Ken Sato (佐藤 健)', 'en')).toEqual({ family: 'Sato', full: 'Ken Sato', large: true });
  });

  it('uses the only script there is', () => {
    expect(sealName('Grace Whitfield', 'ja')).toEqual({ family: 'Whitfield', full: 'Grace Whitfield', large: false });
    expect(sealName('佐藤 健', 'en')).toEqual({ family: '佐藤', full: '佐藤 健', large: true });
  });

  it('always seals with a part of the name it was given', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('en' as const, 'ja' as const, 'both' as const), (name, lang) => {
        const sealed = sealName(name, lang);
        expect(name.includes(sealed.full)).toBe(true);
        expect(sealed.full.includes(sealed.family)).toBe(true);
        expect(sealed.large).toBe([...sealed.family].length <= 4);
      }),
    );
  });
});

describe('sheetName', () => {
  it('writes a recorded name in the sheet’s script, or as recorded on a bilingual sheet', () => {
    expect(['en', 'ja', 'both'].map((lang) => sheetName('Makoto Takahashi (高橋 誠)', lang as 'en'))).toEqual(['Makoto Takahashi', '高橋 誠', 'Makoto Takahashi (高橋 誠)']);
  });
});

describe('printApprovalsOf and printRemarks', () => {
  const approvals = printApprovalsOf(proposal, decisions);

  it('gives one stamp per stage and approver in route order, waiting where nobody decided yet', () => {
    expect(approvals).toMatchObject({ proposalTitle: 'Partner with Asanagi Medical', version: 2, status: 'circulating', snapshotHash: 'ab'.repeat(32) });
    expect(approvals.stamps.map((s) => [s.stageName, s.approverName, s.state, s.actorName, s.decidedAt && sealDate(s.decidedAt)])).toEqual([
      ['Legal review', 'Ken Sato (佐藤 健)', 'approved', null, '2026/11/20'],
      ['Board', 'Makoto Takahashi (高橋 誠)', 'approved_with_reservations', null, '2026/11/23'],
      ['Board', 'Grace Whitfield', 'objected', 'Aya Kimura (木村 彩)', '2026/11/23'],
      ['President', 'Hanako Yamada (山田 花子)', 'waiting', null, null],
    ]);
  });

  it('writes out the reservation and the objection in full, with who (and for whom) and when', () => {
    expect(printRemarks(approvals)).toEqual([
      {
        kind: 'reservation',
        stageName: 'Board',
        name: 'Makoto Takahashi (高橋 誠)',
        forName: null,
        date: '2026/11/23',
        comment: 'Only if the pilot stays within 12 months.',
      },
      { kind: 'objection', stageName: 'Board', name: 'Aya Kimura (木村 彩)', forName: 'Grace Whitfield', date: '2026/11/23', comment: 'The exit terms are too loose.' },
    ]);
  });

  it('has no remarks for plain approvals', () => {
    expect(printRemarks(printApprovalsOf(proposal, decisions.slice(0, 1)))).toEqual([]);
  });
});

describe('newestPrintableProposal', () => {
  const p = (id: string, version: number, status: Proposal['status'], createdAt: string) => ({ id, version, status, createdAt });

  it('takes the newest approved or circulating proposal, never a draft, withdrawn or sent-back one', () => {
    const list = [
      p('v1', 1, 'sent_back', '2026-11-01T00:00:00.000Z'),
      p('v2', 2, 'approved', '2026-11-02T00:00:00.000Z'),
      p('other', 1, 'circulating', '2026-11-03T00:00:00.000Z'),
      p('v3', 3, 'draft', '2026-11-04T00:00:00.000Z'),
    ];
    expect(newestPrintableProposal(list)?.id).toBe('v2');
    expect(newestPrintableProposal(list.filter((x) => x.id !== 'v2'))?.id).toBe('other');
    expect(newestPrintableProposal([p('w', 1, 'withdrawn', '2026-11-01T00:00:00.000Z')])).toBeNull();
  });
});

describe('the print model with approvals', () => {
  const detail = handWorkedDealRoom();
  const model = (approvals?: ReturnType<typeof printApprovalsOf>) => buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate: '2027-02-01', approvals });

  it('carries the stamps, and its snapshot id covers them', () => {
    const empty = model();
    const filled = model(printApprovalsOf(proposal, decisions));
    expect(empty.approvals).toBeNull();
    expect(filled.approvals?.stamps.map((s) => s.state)).toEqual(['approved', 'approved_with_reservations', 'objected', 'waiting']);
    expect(filled.snapshotId).not.toBe(empty.snapshotId);
    // One more decision is another printout.
    const more = model(printApprovalsOf(proposal, [...decisions, decision({ id: 'd4', stageIndex: 2, approverId: 'pres', kind: 'approve' })]));
    expect(more.snapshotId).not.toBe(filled.snapshotId);
  });

  it('covers the stamps as printed, not the ids of the profiles behind them', () => {
    const filled = printApprovalsOf(proposal, decisions);
    const otherIds = { ...filled, stamps: filled.stamps.map((s) => ({ ...s, approverId: `copy-${s.approverId}` })) };
    expect(model(otherIds).snapshotId).toBe(model(filled).snapshotId);
  });
});
