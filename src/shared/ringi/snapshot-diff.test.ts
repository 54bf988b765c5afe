import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threeDistributors, threeDistributorsSpec } from '../engine/testing/three-distributors';
import { scoreTable } from '../engine/testing/deal-room-detail-builder';
import type { ProposalSnapshot } from '../domain/ringi';
import { buildProposalSnapshot } from './proposal-snapshot';
import { diffSnapshots } from './snapshot-diff';

const NOW = '2027-02-01T09:00:00.000Z';
const SAME = { snapshotHash: 'a'.repeat(64), liveHash: 'a'.repeat(64) };
const frozen = buildProposalSnapshot(threeDistributors(), NOW);

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    expect(diffSnapshots(frozen, frozen, SAME, 'en')).toEqual({ moved: false, ...SAME, scores: [], weights: [], totals: [], terms: [] });
  });

  it('still says moved when only the hashes differ', () => {
    expect(diffSnapshots(frozen, frozen, { snapshotHash: 'a'.repeat(64), liveHash: 'b'.repeat(64) }, 'en').moved).toBe(true);
  });

  it('shows one changed score with the totals and ranks it moved', () => {
    // minato's transparency 2 → 4: 65 + 0.25 × 20 × 2 = 75, ahead of aoba's 70.
    const live = buildProposalSnapshot(
      threeDistributors({
        scores: scoreTable({
          aoba: { sales: 4, field: 4, reg: 3, transp: 3 },
          minato: { sales: 3, field: 3, reg: 5, transp: 4 },
          kita: { sales: 5, field: 5, reg: 2, transp: 5 },
        }),
      }),
      NOW,
    );
    const diff = diffSnapshots(frozen, live, { ...SAME, liveHash: 'b'.repeat(64) }, 'en');
    expect(diff.scores).toEqual([
      { candidateId: 'minato', candidateName: 'Minato Medical (港メディカル)', criterionId: 'transp', criterionName: 'Transparency of account data (取引先データの透明性)', before: 2, after: 4 },
    ]);
    expect(diff.totals.map((t) => [t.candidateId, t.beforeRank, t.afterRank])).toEqual([
      ['aoba', 1, 2],
      ['minato', 2, 1],
    ]);
    expect(diff.totals[1]!.beforeTotal).toBeCloseTo(65, 9);
    expect(diff.totals[1]!.afterTotal).toBeCloseTo(75, 9);
    expect(diff.weights).toEqual([]);
    expect(diff.moved).toBe(true);
  });

  it('shows raw weights of pillars and criteria, and what exists on one side only', () => {
    const live = buildProposalSnapshot(
      threeDistributors({
        pillars: threeDistributorsSpec.pillars.map((p) => (p.id === 'comp' ? { ...p, weight: 2 } : p)),
        criteria: threeDistributorsSpec.criteria.filter((c) => c.id !== 'field'),
        scores: threeDistributorsSpec.scores!.filter((s) => s.criterionId !== 'field'),
      }),
      NOW,
    );
    const diff = diffSnapshots(frozen, live, SAME, 'en');
    expect(diff.weights).toEqual([
      { kind: 'pillar', id: 'comp', name: 'Compliance (コンプライアンス)', before: 1, after: 2 },
      { kind: 'criterion', id: 'field', name: 'Field force quality (営業部隊の質)', before: 1, after: null },
    ]);
    expect(diff.scores.map((s) => [s.candidateId, s.criterionId, s.before, s.after])).toEqual([
      ['aoba', 'field', 4, null],
      ['minato', 'field', 3, null],
      ['kita', 'field', 5, null],
    ]);
  });

  it('shows terms lines that read differently, in the reader’s language', () => {
    const withLines = (lines: ProposalSnapshot['terms'][number]['lines']): ProposalSnapshot => ({ ...frozen, terms: [{ candidateId: 'aoba', lines }] });
    const before = withLines([{ key: 'pilot', en: 'Pilot length: 6 months', ja: '試行期間：6か月' }, { key: 'milestones', en: 'Milestones: 2', ja: 'マイルストーン数：2' }]);
    const after = withLines([{ key: 'pilot', en: 'Pilot length: 9 months', ja: '試行期間：9か月' }, { key: 'milestones', en: 'Milestones: 2', ja: 'マイルストーン数：2' }]);
    expect(diffSnapshots(before, after, SAME, 'ja').terms).toEqual([
      { candidateId: 'aoba', name: 'Aoba Trading (青葉トレーディング)', key: 'pilot', before: '試行期間：6か月', after: '試行期間：9か月' },
    ]);
    expect(diffSnapshots(before, withLines([]), SAME, 'en').terms.map((t) => [t.key, t.before, t.after])).toEqual([
      ['pilot', 'Pilot length: 6 months', ''],
      ['milestones', 'Milestones: 2', ''],
    ]);
  });

  it('lists a changed cell exactly when its value differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 5 }), (index, value) => {
        const scores = threeDistributorsSpec.scores!.map((s, i) => (i === index ? { ...s, value } : s));
        const live = buildProposalSnapshot(threeDistributors({ scores }), NOW);
        const diff = diffSnapshots(frozen, live, SAME, 'en');
        const changed = threeDistributorsSpec.scores![index]!.value !== value;
        expect(diff.scores).toHaveLength(changed ? 1 : 0);
        expect(diff.moved).toBe(changed);
      }),
      { numRuns: 40 },
    );
  });
});
