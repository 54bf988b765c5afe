import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { bestOfRow, buildMatrixModel, type MatrixRow } from './matrix-rows';
import { handWorkedDealRoom } from './test-deal-room';

function criterionRow(rows: MatrixRow[], id: string) {
  const row = rows.find((r) => r.kind === 'criterion' && r.criterionId === id);
  if (!row || row.kind !== 'criterion') throw new Error(`no row for ${id}`);
  return row;
}

describe('buildMatrixModel', () => {
  const detail = handWorkedDealRoom();
  const model = buildMatrixModel(detail, analyseDealRoom(detail), 'en');

  it('puts the compared candidates in ranking order, knocked out last', () => {
    expect(model.columns.map((c) => c.candidateId)).toEqual(['A', 'B', 'K']);
    expect(model.columns.map((c) => c.rank)).toEqual([1, 2, null]);
    expect(model.columns.map((c) => c.knockedOut)).toEqual([false, false, true]);
    expect(model.columns.map((c) => c.incomplete)).toEqual([false, false, true]);
    expect(model.columns[0]).toMatchObject({ name: 'Aozora Medical', altName: '青空メディカル', type: 'distributor' });
  });

  it('groups criteria under their pillar, pillars and criteria in sort order', () => {
    expect(model.body.map((r) => r.id)).toEqual(['pillar:P1', 'criterion:C1', 'criterion:C2', 'pillar:P2', 'criterion:C3']);
  });

  it('gives each pillar its share of the whole and each candidate its pillar score', () => {
    const p1 = model.body[0]!;
    const p2 = model.body[3]!;
    if (p1.kind !== 'pillar' || p2.kind !== 'pillar') throw new Error('expected pillar rows');
    expect(p1.share).toBeCloseTo(0.75, 12);
    expect(p2.share).toBeCloseTo(0.25, 12);
    expect(p1.values.A).toBeCloseTo(85, 9);
    expect(p1.values.B).toBeCloseTo(90, 9);
    expect(p1.values.K).toBeCloseTo(70, 9);
    expect(p2.values.A).toBeCloseTo(60, 9);
    expect(p2.values.B).toBeCloseTo(40, 9);
    // K has C3 unscored: nothing in P2 is scored, so no subtotal rather than a 0 that reads like a verdict.
    expect(p2.values.K).toBeNull();
  });

  it('shows effective weights and aggregated scores per cell', () => {
    const c1 = criterionRow(model.body, 'C1');
    expect(c1.weight).toBeCloseTo(0.375, 12);
    expect(c1.cells.A).toMatchObject({ score: 4.5, count: 2, fromConsensus: false, notableSpread: false });
    expect(c1.cells.A!.spread).toBeCloseTo(1, 12);
    expect(criterionRow(model.body, 'C3').weight).toBeCloseTo(0.25, 12);
  });

  it('marks consensus, notable spread and unscored cells', () => {
    const c2 = criterionRow(model.body, 'C2');
    expect(c2.cells.B).toMatchObject({ score: 4, notableSpread: true });
    expect(c2.cells.B!.spread).toBeCloseTo(2, 12);
    const c3 = criterionRow(model.body, 'C3');
    expect(c3.cells.B).toMatchObject({ score: 2, fromConsensus: true });
    expect(c3.cells.K).toMatchObject({ score: null, count: 0, best: false });
  });

  it('marks the best score of each row, all of them when tied', () => {
    const best = (id: string) => Object.entries(criterionRow(model.body, id).cells).filter(([, c]) => c.best).map(([k]) => k);
    expect(best('C1')).toEqual(['B', 'K']);
    expect(best('C2')).toEqual(['A', 'B']);
    expect(best('C3')).toEqual(['A']);
  });

  it('marks knock-out rows with their pass mark and each cell as passed or failed', () => {
    const c2 = criterionRow(model.body, 'C2');
    expect(c2.passMark).toBe(3);
    expect([c2.cells.A!.knockout, c2.cells.B!.knockout, c2.cells.K!.knockout]).toEqual(['passed', 'passed', 'failed']);
    const c1 = criterionRow(model.body, 'C1');
    expect(c1.passMark).toBeNull();
    expect(c1.cells.A!.knockout).toBeNull();
  });

  it('ends with total, coverage, projected total (incomplete candidates only) and rank', () => {
    const [total, coverage, projected, rank] = model.footer;
    expect(model.footer.map((r) => r.kind)).toEqual(['total', 'coverage', 'projected', 'rank']);
    expect(total!.values.A).toBeCloseTo(78.75, 9);
    expect(total!.values.B).toBeCloseTo(77.5, 9);
    expect(total!.values.K).toBeCloseTo(52.5, 9);
    expect(coverage!.values.A).toBeCloseTo(1, 12);
    expect(coverage!.values.K).toBeCloseTo(0.75, 12);
    expect(projected!.values.A).toBeNull();
    expect(projected!.values.K).toBeCloseTo(70, 9);
    expect(rank!.values).toEqual({ A: 1, B: 2, K: null });
  });

  it('names everything in the reader language, with the other script beneath', () => {
    const ja = buildMatrixModel(detail, analyseDealRoom(detail), 'ja');
    expect(ja.columns[0]).toMatchObject({ name: '青空メディカル', altName: 'Aozora Medical' });
    const c2 = criterionRow(ja.body, 'C2');
    expect(c2.label).toBe('許認可の保有');
    expect(c2.altLabel).toBe('Licence held');
  });

  it('leaves out a candidate that is not compared', () => {
    expect(model.columns.some((c) => c.candidateId === 'X')).toBe(false);
    expect(Object.keys(criterionRow(model.body, 'C1').cells)).toEqual(['A', 'B', 'K']);
  });
});

describe('buildMatrixModel: the evaluation panel', () => {
  const at = '2027-02-03T10:00:00.000Z';
  const base = handWorkedDealRoom();
  const detail = {
    ...base,
    evaluators: [...base.evaluators, { id: 'E3', name: 'Ishikawa', department: 'Finance', role: '', submittedAt: null }],
    conflicts: [
      { evaluatorId: 'E2', candidateId: 'K', status: 'conflict' as const, note: 'Former employer', updatedAt: at },
      { evaluatorId: 'E3', candidateId: 'K', status: 'conflict' as const, note: 'Family member on the board', updatedAt: at },
      { evaluatorId: 'E1', candidateId: 'K', status: 'none' as const, note: '', updatedAt: at },
    ],
    dissent: [
      { evaluatorId: 'E2', candidateId: 'B', criterionId: 'C3', note: 'The audit found gaps', updatedAt: at },
      { evaluatorId: 'E1', candidateId: 'B', criterionId: 'C3', note: 'Too generous', updatedAt: at },
    ],
  };
  const model = buildMatrixModel(detail, analyseDealRoom(detail), 'en');

  it('names the evaluators a column leaves out for a declared conflict, by name', () => {
    expect(model.columns.map((c) => [c.candidateId, c.excludedEvaluators])).toEqual([
      ['A', []],
      ['B', []],
      ['K', ['Ishikawa', 'Weber']],
    ]);
  });

  it('names who dissented from a cell’s consensus', () => {
    const c3 = criterionRow(model.body, 'C3');
    expect(c3.cells.B!.dissenters).toEqual(['Sato', 'Weber']);
    expect(c3.cells.A!.dissenters).toEqual([]);
  });

  it('marks a notable spread from the room’s disagreement threshold', () => {
    const wide = { ...detail, dealRoom: { ...detail.dealRoom, disagreementThreshold: 2.5 } };
    const narrow = { ...detail, dealRoom: { ...detail.dealRoom, disagreementThreshold: 1 } };
    const spreadMarks = (d: typeof detail) => {
      const m = buildMatrixModel(d, analyseDealRoom(d), 'en');
      return [criterionRow(m.body, 'C1').cells.A!.notableSpread, criterionRow(m.body, 'C2').cells.B!.notableSpread];
    };
    // A × C1 spreads 1 point, B × C2 2 points.
    expect(spreadMarks(wide)).toEqual([false, false]);
    expect(spreadMarks(detail)).toEqual([false, true]);
    expect(spreadMarks(narrow)).toEqual([true, true]);
  });
});

describe('bestOfRow', () => {
  it('marks nothing when fewer than two cells are scored', () => {
    expect([...bestOfRow({ a: 4, b: null })]).toEqual([]);
  });
  it('marks nothing when every scored cell is equal', () => {
    expect([...bestOfRow({ a: 3, b: 3, c: null })]).toEqual([]);
  });
  it('treats values within the tie tolerance as equal', () => {
    expect([...bestOfRow({ a: 0.1 + 0.2, b: 0.3, c: 0.1 })].sort()).toEqual(['a', 'b']);
  });
});
