import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealRoomDetail } from '../domain/entities';
import { threeDistributors } from '../engine/testing/three-distributors';
import { phaseOf, termSheet } from '../terms/testing/term-sheet-builders';
import { canonicalJson } from '../hashing/canonical-json';
import { buildProposalSnapshot } from './proposal-snapshot';

const NOW = '2027-02-01T09:00:00.000Z';

describe('buildProposalSnapshot', () => {
  // Worked example: src/shared/engine/testing/three-distributors.ts (aoba 70, minato 65, kita knocked out).
  const snapshot = buildProposalSnapshot(threeDistributors(), NOW);

  it('freezes the candidates with totals, ranks, coverage and knock-out, in the matrix order', () => {
    expect(snapshot.takenAt).toBe(NOW);
    expect(snapshot.dealRoomName).toBe('Japan distribution, diagnostic line, 2027');
    expect(snapshot.candidates.map((c) => [c.id, c.name, c.rank, c.knockedOut, c.coverage])).toEqual([
      ['aoba', 'Aoba Trading (青葉トレーディング)', 1, false, 1],
      ['minato', 'Minato Medical (港メディカル)', 2, false, 1],
      ['kita', 'Kita Logistics (北ロジスティクス)', null, true, 1],
    ]);
    expect(snapshot.candidates[0]!.total).toBeCloseTo(70, 9);
    expect(snapshot.candidates[1]!.total).toBeCloseTo(65, 9);
  });

  it('freezes the weights as set and as they count', () => {
    expect(snapshot.pillars.map((p) => [p.id, p.name, p.weight, p.effectiveWeight])).toEqual([
      ['eff', 'Effectiveness (営業力)', 2, 0.5],
      ['comp', 'Compliance (コンプライアンス)', 1, 0.25],
      ['trust', 'Trustworthiness (信頼性)', 1, 0.25],
    ]);
    expect(snapshot.criteria.map((c) => [c.id, c.pillarId, c.weight, c.effectiveWeight, c.knockout])).toEqual([
      ['sales', 'eff', 3, 0.375, false],
      ['field', 'eff', 1, 0.125, false],
      ['reg', 'comp', 1, 0.25, true],
      ['transp', 'trust', 1, 0.25, false],
    ]);
  });

  it('freezes every cell, null where nobody scored', () => {
    expect(snapshot.cells).toHaveLength(12);
    expect(snapshot.cells.find((c) => c.candidateId === 'kita' && c.criterionId === 'reg')?.value).toBe(2);
    const unscored = buildProposalSnapshot(threeDistributors({ scores: [] }), NOW);
    expect(unscored.cells.every((c) => c.value === null)).toBe(true);
    expect(unscored.candidates.every((c) => c.total === null && c.coverage === 0)).toBe(true);
  });

  it('freezes the sensitivity sentences in both languages', () => {
    expect(snapshot.sentences.en.join(' ')).toContain('Aoba Trading');
    expect(snapshot.sentences.ja.join(' ')).toContain('青葉トレーディング');
  });

  it('freezes each candidate’s terms lines in both languages; none without a term sheet', () => {
    expect(snapshot.terms).toEqual([
      { candidateId: 'aoba', lines: [] },
      { candidateId: 'minato', lines: [] },
      { candidateId: 'kita', lines: [] },
    ]);
    const base = threeDistributors();
    const withSheet = DealRoomDetail.parse({
      ...base,
      termSheets: [termSheet('sheet-aoba', 'aoba')],
      phases: [phaseOf('sheet-aoba', { id: 'pilot', startsOn: '2027-04-01', endsOn: '2027-09-30' })],
    });
    const lines = buildProposalSnapshot(withSheet, NOW).terms[0]!.lines;
    expect(lines.map((l) => l.key)).toEqual(['pilot', 'firstExclusivity', 'milestones', 'openRisks', 'exit', 'review']);
    expect(lines[0]).toEqual({ key: 'pilot', en: 'Pilot length: 6 months', ja: '試行期間：6か月' });
    expect(lines[2]).toEqual({ key: 'milestones', en: 'Milestones: 0', ja: 'マイルストーン数：0' });
  });

  it('gives the same snapshot, to the character, for the same room and moment', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }), (values) => {
        const ids = ['aoba', 'minato', 'kita'];
        const criteria = ['sales', 'field', 'reg', 'transp'];
        const scores = values.map((value, i) => ({ evaluatorId: 'ev-1', candidateId: ids[Math.floor(i / 4)]!, criterionId: criteria[i % 4]!, value }));
        const a = buildProposalSnapshot(threeDistributors({ scores }), NOW);
        const b = buildProposalSnapshot(threeDistributors({ scores }), NOW);
        expect(canonicalJson(a)).toBe(canonicalJson(b));
        const ranked = a.candidates.filter((c) => c.rank !== null).sort((x, y) => x.rank! - y.rank!);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.total!).toBeLessThanOrEqual(ranked[i - 1]!.total!);
      }),
      { numRuns: 40 },
    );
  });
});
