import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { handWorkedDealRoom } from '../matrix/test-deal-room';
import { buildEvaluatorComparison } from './evaluator-comparison';

const at = '2027-02-03T10:00:00.000Z';

/*
 * Effective weights in the hand-worked room: C1 0.375, C2 0.375, C3 0.25.
 * The panel: A 78.75 (rank 1), B 77.5 (rank 2), K 52.5 (knocked out).
 *
 * Sato (E1) alone: A = 100 × (0.375×4 + 0.375×4 + 0.25×3) / 5 = 75,
 *   B = 100 × (0.375×5 + 0.375×3) / 5 = 60 (the consensus on C3 is the
 *   panel's, not his), K = 100 × (0.375×5 + 0.375×2) / 5 = 52.5, knocked out.
 *   Distance from the panel: |4 − 4.5| on A×C1 and |3 − 4| on B×C2, 0 on his
 *   other five cells → 1.5 / 7.
 * Weber (E2) alone: A = B = 100 × 0.375×5 / 5 = 37.5, tied first; K unscored.
 *   Distance: |5 − 4.5| and |5 − 4| → 1.5 / 2 = 0.75.
 */
describe('buildEvaluatorComparison', () => {
  const detail = handWorkedDealRoom();
  const comparison = buildEvaluatorComparison(detail, analyseDealRoom(detail), 'en');

  it('puts the candidates in the panel’s ranking order with the panel’s rank and total', () => {
    expect(comparison.rows.map((r) => r.name)).toEqual(['Aozora Medical', 'Hokushin Shoji', 'Komatsu Trading']);
    expect(comparison.rows.map((r) => r.panel.rank)).toEqual([1, 2, null]);
    expect(comparison.rows[0]!.panel.total).toBeCloseTo(78.75, 9);
    expect(comparison.rows[1]!.panel.total).toBeCloseTo(77.5, 9);
    expect(comparison.rows[2]!.panel.knockedOut).toBe(true);
  });

  it('gives each evaluator’s own rank and total beside it', () => {
    const sato = comparison.rows.map((r) => r.byEvaluator['E1']);
    expect(sato.map((s) => s?.kind === 'ranked' && s.rank)).toEqual([1, 2, null]);
    expect(sato[0]?.kind === 'ranked' && sato[0].total).toBeCloseTo(75, 9);
    expect(sato[1]?.kind === 'ranked' && sato[1].total).toBeCloseTo(60, 9);
    expect(sato[2]).toMatchObject({ kind: 'ranked', knockedOut: true });
    const weber = comparison.rows.map((r) => r.byEvaluator['E2']);
    expect(weber.map((s) => (s?.kind === 'ranked' ? s.rank : s?.kind))).toEqual([1, 1, 'unscored']);
    expect(weber[0]?.kind === 'ranked' && weber[0].total).toBeCloseTo(37.5, 9);
  });

  it('says how far each evaluator sits from the panel, evaluators by name', () => {
    expect(comparison.evaluators.map((e) => [e.name, e.cellsScored])).toEqual([
      ['Sato', 7],
      ['Weber', 2],
    ]);
    expect(comparison.evaluators[0]!.meanDistance).toBeCloseTo(1.5 / 7, 12);
    expect(comparison.evaluators[1]!.meanDistance).toBeCloseTo(0.75, 12);
  });

  it('shows a conflicted candidate as excluded and an evaluator without scores as having none', () => {
    const conflicted: DealRoomDetail = {
      ...detail,
      evaluators: [...detail.evaluators, { id: 'E3', name: 'Ishikawa', department: 'Finance', role: '', submittedAt: null }],
      conflicts: [{ evaluatorId: 'E2', candidateId: 'B', status: 'conflict', note: 'Former employer', updatedAt: at }],
    };
    const c = buildEvaluatorComparison(conflicted, analyseDealRoom(conflicted), 'en');
    const b = c.rows.find((r) => r.candidateId === 'B')!;
    expect(b.byEvaluator['E2']).toEqual({ kind: 'conflict' });
    expect(b.byEvaluator['E3']).toEqual({ kind: 'unscored' });
    const ishikawa = c.evaluators.find((e) => e.evaluatorId === 'E3')!;
    expect(ishikawa).toMatchObject({ cellsScored: 0, meanDistance: null });
    // Weber's B×C2 no longer counts: only A×C1 remains, 0.5 from the panel's 4.5.
    expect(c.evaluators.find((e) => e.evaluatorId === 'E2')).toMatchObject({ cellsScored: 1, meanDistance: 0.5 });
  });
});
