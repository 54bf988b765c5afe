/**
 * resources/fixtures/hand-computed.json: a deal-room small enough to score on
 * paper. Its results, worked out below by hand, are in
 * resources/fixtures/hand-computed.expected.json; the engine's computeScores
 * and the CLI's `compare --json` are checked against that file. This test
 * checks the fixture's shape and that the expected file agrees with the
 * fixture and with the working below.
 *
 * THE FIXTURE
 *
 *   P1 Effectiveness  W = 3   c1 Hospital access      w = 1
 *                             c2 Clinical training    w = 1
 *   P2 Compliance     W = 2   c3 Device sales licence w = 1  knock-out, m = 3
 *                             c4 Incident reporting   w = 3
 *   P3 Strategic fit  W = 0   c5 Brand positioning    w = 2
 *
 *   Candidates A, B, C, D (all compared); evaluators E1, E2.
 *
 * 1. EFFECTIVE WEIGHTS (SCORING.md, "Effective weights")
 *
 *   P1 and P2 are active; P3 is not (W = 0), so e_c5 = 0. Σ active W = 3 + 2 = 5.
 *   e_c1 = 3/5 × 1/2 = 0.30      e_c3 = 2/5 × 1/4 = 0.10
 *   e_c2 = 3/5 × 1/2 = 0.30      e_c4 = 2/5 × 3/4 = 0.30      e_c5 = 0
 *   Σ e = 1. Pillar shares: P1 0.6, P2 0.4.
 *
 * 2. AGGREGATED SCORES S(a,c) (SCORING.md, "Aggregated scores")
 *
 *   cell   E1   E2   S      spread  note
 *   A c1   4    4    4      0
 *   A c2   3    3    3      0
 *   A c3   –    5    5      0
 *   A c4   4    4    4      0
 *   A c5   3    –    3      0
 *   B c1   5    4    4.5    1
 *   B c2   4    4    4      0
 *   B c3   3    3    3      0
 *   B c4   2    5    3      3       consensus 3 replaces the mean 3.5
 *   B c5   4    4    4      0
 *   C c1   5    5    5      0
 *   C c2   5    5    5      0
 *   C c3   2    3    2.5    1
 *   C c4   5    5    5      0
 *   C c5   2    2    2      0
 *   D c1   3    3    3      0
 *   D c2   2    4    3      2
 *   D c3   –    3    3      0
 *   D c4   –    –    unscored         the fixture's only unscored cell
 *   D c5   –    4    4      0
 *
 * 3. TOTALS, COVERAGE, PROJECTED (SCORING.md, "Totals, coverage, knock-outs, rank")
 *
 *   T = 100 × Σ e_c × S / 5 = 20 × Σ e_c × S   (c5 adds nothing: e_c5 = 0)
 *   A: 0.3×4   + 0.3×3 + 0.1×5   + 0.3×4 = 1.2  + 0.9 + 0.5  + 1.2 = 3.80  → T = 76
 *   B: 0.3×4.5 + 0.3×4 + 0.1×3   + 0.3×3 = 1.35 + 1.2 + 0.3  + 0.9 = 3.75  → T = 75
 *   C: 0.3×5   + 0.3×5 + 0.1×2.5 + 0.3×5 = 1.5  + 1.5 + 0.25 + 1.5 = 4.75  → T = 95
 *   D: 0.3×3   + 0.3×3 + 0.1×3   + 0     = 0.9  + 0.9 + 0.3  + 0   = 2.10  → T = 42
 *   coverage: A, B, C = 1; D = 0.3 + 0.3 + 0.1 = 0.7 → incomplete
 *   projected: A 76, B 75, C 95, D = 42 / 0.7 = 60
 *
 *   Pillar totals, pillarT = 100 × Σ (w_c / Σ w) × S / 5, inner shares
 *   P1: c1 1/2, c2 1/2;  P2: c3 1/4, c4 3/4;  P3: c5 1 (computed although P3 is inactive)
 *        P1                       P2                             P3
 *   A    20×(2    + 1.5) = 70     20×(1.25  + 3)    = 85         20×3 = 60
 *   B    20×(2.25 + 2)   = 85     20×(0.75  + 2.25) = 60         20×4 = 80
 *   C    20×(2.5  + 2.5) = 100    20×(0.625 + 3.75) = 87.5       20×2 = 40
 *   D    20×(1.5  + 1.5) = 60     20×(0.75  + 0)    = 15         20×4 = 80
 *   Check: T = 0.6 × P1 + 0.4 × P2 (A 42 + 34 = 76, B 51 + 24 = 75, C 60 + 35 = 95, D 36 + 6 = 42).
 *
 *   Knock-out c3, m = 3: A 5 passed; B 3 passed (equal to the mark is not below
 *   it); C 2.5 failed → knocked out; D 3 passed.
 *   Rank: A 76 → 1, B 75 → 2, D 42 → 3; C has no rank and is listed last,
 *   although its 95 is the highest total. Order: A, B, D, C.
 *
 * 4. SENSITIVITY (SCORING.md, "Sensitivity")
 *
 *   Leader A; ranked challengers B and D (C is knocked out). Setting criterion
 *   k's weight to x and scaling every other e_c by (1 − x)/(1 − e_k):
 *     T_a(x) = 20 × [ x·S(a,k) + (1 − x)·R(a,k) ],  R(a,k) = Σ_{c≠k} e_c·S(a,c) / (1 − e_k)
 *   so T_A(x) − T_B(x) = 20 × [ x·ΔS + (1 − x)·ΔR ] with ΔS = S(A,k) − S(B,k),
 *   ΔR = R(A,k) − R(B,k), which is zero at the single point x* = ΔR / (ΔR − ΔS).
 *
 *   k    e_k   ΔS     R(A,k)    R(B,k)     ΔR      x*            x* − e_k                 relative
 *   c1   0.3   −0.5   2.6/0.7   2.4/0.7    2/7     4/11 ≈ 0.3636  +7/110 ≈ +6.36 points   +7/33 ≈ +21.2%
 *   c2   0.3   −1     2.9/0.7   2.55/0.7   1/2     1/3  ≈ 0.3333  +1/30  ≈ +3.33 points   +1/9  ≈ +11.1%
 *   c3   0.1   +2     3.3/0.9   3.45/0.9   −1/6    1/13 ≈ 0.0769  −3/130 ≈ −2.31 points   −3/13 ≈ −23.1%
 *   c4   0.3   +1     2.6/0.7   2.85/0.7   −5/14   5/19 ≈ 0.2632  −7/190 ≈ −3.68 points   −7/57 ≈ −12.3%
 *   (c5 has e = 0 and is not analysed.)
 *
 *   Worked for c3: x* = (−1/6) / (−1/6 − 2) = (1/6) / (13/6) = 1/13. Check: at
 *   x = 1/13 the other weights are scaled by (12/13)/0.9, so
 *   T_A = 20 × [5/13 + (12/13)·(11/3)]  = 20 × 49/13 ≈ 75.38 and
 *   T_B = 20 × [3/13 + (12/13)·(23/6)]  = 20 × 49/13: they tie. Below 1/13, B leads.
 *
 *   D never overtakes A by a move smaller than B's: with D, ΔS and ΔR are
 *   (c1) 1 and 2, (c3) 2 and 5/3, (c4) 4 and 5/7, all positive, so no crossing;
 *   (c2) 0 and 17/7, which reaches zero only at x = 1, a tie farther away than B's 1/3.
 *
 *   Most critical criterion: c3 (|−2.31| < |+3.33| < |−3.68| < |+6.36| points).
 *   Lead margin 76 − 75 = 1 point. With the default margin of 5 points the
 *   ranking is fragile (robust = false): c2, c3 and c4 each flip it with less.
 *
 *   Pillars (a pillar's criteria keep their inner proportions): with only P1
 *   and P2 active, P1 at x leaves P2 at 1 − x, so T_A = 70x + 85(1 − x) and
 *   T_B = 85x + 60(1 − x) meet at x = 5/8: P1 0.6 → 0.625 (+2.5 points), P2
 *   0.4 → 0.375 (−2.5 points). D (60x + 15(1 − x)) stays below A throughout.
 */
import { describe, expect, it } from 'vitest';
import fixtureJson from '../../../resources/fixtures/hand-computed.json';
import expected from '../../../resources/fixtures/hand-computed.expected.json';
import { DealRoomFile } from './deal-room-file';

const fixture = DealRoomFile.parse(fixtureJson);
const criteria = fixture.pillars.flatMap((p) => p.criteria);
const candidateIds = fixture.candidates.map((c) => c.id);
const criterionIds = criteria.map((c) => c.id);

type ExpectedCandidate = (typeof expected.candidates)[keyof typeof expected.candidates];
type ExpectedCell = { score: number | null; fromConsensus: boolean; count: number; spread: number };

function expectedCandidate(id: string): ExpectedCandidate {
  const found = (expected.candidates as Record<string, ExpectedCandidate>)[id];
  if (!found) throw new Error(`expected file has no candidate ${id}`);
  return found;
}

function expectedCell(candidateId: string, criterionId: string): ExpectedCell {
  const found = (expected.cells as Record<string, Record<string, ExpectedCell>>)[candidateId]?.[criterionId];
  if (!found) throw new Error(`expected file has no cell ${candidateId}/${criterionId}`);
  return found;
}

function weightOf(criterionId: string): number {
  const e = (expected.effectiveWeights as Record<string, number>)[criterionId];
  if (e === undefined) throw new Error(`expected file has no weight for ${criterionId}`);
  return e;
}

/** T(a) from the expected cells and weights, with the leader-vs-challenger rescaling of SCORING.md when `k` is moved to `x`. */
function totalWithWeight(candidateId: string, k: string | null, x: number): number {
  const ek = k === null ? 0 : weightOf(k);
  let sum = 0;
  for (const c of criterionIds) {
    const e = k === null ? weightOf(c) : c === k ? x : (weightOf(c) * (1 - x)) / (1 - ek);
    sum += e * (expectedCell(candidateId, c).score ?? 0);
  }
  return (100 * sum) / 5;
}

describe('hand-computed fixture', () => {
  it('parses as a version 1 deal-room file', () => {
    expect(fixture.format).toBe('shinrai.deal-room');
    expect(fixture.version).toBe(1);
    expect(fixture.dealRoom.sensitivityMargin).toBe(0.05);
  });

  it('has four compared candidates, three pillars (one at weight 0) and five criteria', () => {
    expect(candidateIds).toEqual(['A', 'B', 'C', 'D']);
    expect(fixture.candidates.every((c) => c.compared)).toBe(true);
    expect(fixture.pillars.map((p) => [p.id, p.weight])).toEqual([
      ['P1', 3],
      ['P2', 2],
      ['P3', 0],
    ]);
    expect(fixture.pillars.map((p) => p.criteria.map((c) => [c.id, c.weight]))).toEqual([
      [
        ['c1', 1],
        ['c2', 1],
      ],
      [
        ['c3', 1],
        ['c4', 3],
      ],
      [['c5', 2]],
    ]);
    expect(fixture.evaluators.map((e) => e.id)).toEqual(['E1', 'E2']);
  });

  it('has exactly one knock-out, c3, with pass mark 3', () => {
    const knockouts = criteria.filter((c) => c.knockout);
    expect(knockouts.map((c) => [c.id, c.passMark])).toEqual([['c3', 3]]);
  });

  it('has one consensus, on B/c4, and exactly one unscored cell, D/c4', () => {
    expect(fixture.consensus.map((k) => [k.candidate, k.criterion, k.value])).toEqual([['B', 'c4', 3]]);
    const unscored: string[] = [];
    for (const a of candidateIds)
      for (const c of criterionIds)
        if (!fixture.scores.some((s) => s.candidate === a && s.criterion === c) && !fixture.consensus.some((k) => k.candidate === a && k.criterion === c))
          unscored.push(`${a}/${c}`);
    expect(unscored).toEqual(['D/c4']);
    expect(fixture.scores).toHaveLength(34);
  });

  it('expected cells match the fixture: consensus where given, else the mean, with count and spread', () => {
    for (const a of candidateIds)
      for (const c of criterionIds) {
        const values = fixture.scores.filter((s) => s.candidate === a && s.criterion === c).map((s) => s.value);
        const consensus = fixture.consensus.find((k) => k.candidate === a && k.criterion === c);
        const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : null;
        const cell = expectedCell(a, c);
        expect(cell.score, `${a}/${c}`).toBe(consensus ? consensus.value : mean);
        expect(cell.fromConsensus, `${a}/${c}`).toBe(consensus !== undefined);
        expect(cell.count, `${a}/${c}`).toBe(values.length);
        expect(cell.spread, `${a}/${c}`).toBe(values.length ? Math.max(...values) - Math.min(...values) : 0);
      }
  });

  it('expected effective weights are the worked ones and sum to 1', () => {
    expect(expected.effectiveWeights).toEqual({ c1: 0.3, c2: 0.3, c3: 0.1, c4: 0.3, c5: 0 });
    expect(Object.keys(expected.effectiveWeights).sort()).toEqual([...criterionIds].sort());
    const sum = Object.values(expected.effectiveWeights).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(expected.pillarShares).toEqual({ P1: 0.6, P2: 0.4, P3: 0 });
    expect(expected.activePillarIds).toEqual(['P1', 'P2']);
  });

  it('expected totals, coverage and projected totals agree with the expected cells', () => {
    expect(Object.keys(expected.candidates).sort()).toEqual([...candidateIds].sort());
    const worked: Record<string, [number, number, number]> = { A: [76, 1, 76], B: [75, 1, 75], C: [95, 1, 95], D: [42, 0.7, 60] };
    for (const a of candidateIds) {
      const exp = expectedCandidate(a);
      const [total, coverage, projected] = worked[a] ?? [NaN, NaN, NaN];
      expect([exp.total, exp.coverage, exp.projected]).toEqual([total, coverage, projected]);
      expect(totalWithWeight(a, null, 0)).toBeCloseTo(exp.total, 9);
      const scoredWeight = criterionIds.filter((c) => expectedCell(a, c).score !== null).reduce((s, c) => s + weightOf(c), 0);
      expect(scoredWeight).toBeCloseTo(exp.coverage, 12);
      expect(exp.total / exp.coverage).toBeCloseTo(exp.projected, 9);
      expect(exp.incomplete).toBe(exp.coverage < 1);
    }
  });

  it('expected pillar totals recombine into the totals through the pillar shares', () => {
    for (const a of candidateIds) {
      const p = expectedCandidate(a).pillarTotals;
      expect(0.6 * p.P1 + 0.4 * p.P2).toBeCloseTo(expectedCandidate(a).total, 9);
    }
    expect(expectedCandidate('C').pillarTotals).toEqual({ P1: 100, P2: 87.5, P3: 40 });
    expect(expectedCandidate('D').pillarTotals).toEqual({ P1: 60, P2: 15, P3: 80 });
  });

  it('C fails the knock-out and is unranked; the others are ranked by total', () => {
    const ranks = Object.fromEntries(candidateIds.map((a) => [a, expectedCandidate(a).rank]));
    expect(ranks).toEqual({ A: 1, B: 2, C: null, D: 3 });
    expect(expectedCandidate('C').knockouts).toEqual({ c3: 'failed' });
    expect(expectedCandidate('C').knockedOut).toBe(true);
    expect(expectedCandidate('B').knockouts).toEqual({ c3: 'passed' });
    expect(expected.ranking).toEqual(['A', 'B', 'D', 'C']);
  });

  it('each expected threshold x* is where leader A and challenger B tie', () => {
    expect(expected.sensitivity.leaderId).toBe('A');
    expect(expected.sensitivity.leadMargin).toBe(1);
    for (const [k, t] of Object.entries(expected.sensitivity.criteria)) {
      expect(t.challengerId).toBe('B');
      expect(t.current).toBeCloseTo(weightOf(k), 12);
      expect(totalWithWeight('A', k, t.threshold)).toBeCloseTo(totalWithWeight('B', k, t.threshold), 9);
      // On the current weight A leads, so x* really is a crossing and not a tie all along.
      expect(totalWithWeight('A', k, t.current) - totalWithWeight('B', k, t.current)).toBeCloseTo(1, 9);
      expect(t.change).toBeCloseTo(t.threshold - t.current, 12);
      expect(t.relativeChange).toBeCloseTo((t.threshold - t.current) / t.current, 12);
      const [num, den] = t.thresholdFraction.split('/').map(Number);
      expect(t.threshold).toBeCloseTo((num ?? NaN) / (den ?? NaN), 12);
    }
  });

  it('each expected pillar threshold is where A and B tie when the pillar shares move', () => {
    const pillarTotal = (a: string, p: 'P1' | 'P2', x: number): number => {
      const t = expectedCandidate(a).pillarTotals;
      return p === 'P1' ? x * t.P1 + (1 - x) * t.P2 : x * t.P2 + (1 - x) * t.P1;
    };
    for (const p of ['P1', 'P2'] as const) {
      const t = expected.sensitivity.pillars[p];
      expect(t.challengerId).toBe('B');
      expect(pillarTotal('A', p, t.threshold)).toBeCloseTo(pillarTotal('B', p, t.threshold), 9);
      expect(t.change).toBeCloseTo(t.threshold - t.current, 12);
    }
    expect(expected.sensitivity.pillars.P1.threshold).toBe(0.625);
  });

  it('the most critical criterion is c3 at x* = 1/13, which makes the ranking fragile', () => {
    const moves = Object.entries(expected.sensitivity.criteria).map(([k, t]) => [k, Math.abs(t.change)] as const);
    const smallest = moves.reduce((best, m) => (m[1] < best[1] ? m : best));
    expect(smallest[0]).toBe('c3');
    expect(expected.sensitivity.mostCriticalCriterionId).toBe('c3');
    expect(expected.sensitivity.criteria.c3.threshold).toBeCloseTo(1 / 13, 12);
    expect(Math.abs(expected.sensitivity.criteria.c3.change)).toBeLessThan(expected.sensitivity.margin);
    expect(expected.sensitivity.robust).toBe(false);
  });
});
