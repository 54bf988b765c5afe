import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSISTENCY_LIMIT,
  SAATY_RANDOM_INDEX,
  ahpFromJudgements,
  checkJudgements,
  judgementsAreComplete,
  randomIndex,
  type PairwiseJudgementInput,
} from './ahp';

/** Judgements from the upper triangle of a matrix given row by row ("1 5 1/3 …"). */
function fromMatrix(ids: readonly string[], rows: readonly string[]): PairwiseJudgementInput[] {
  const parse = (cell: string) => {
    const [num, den] = cell.split('/').map(Number);
    return den === undefined ? num! : num! / den;
  };
  const judgements: PairwiseJudgementInput[] = [];
  rows.forEach((row, i) => {
    const cells = row.trim().split(/\s+/);
    for (let k = i + 1; k < ids.length; k++) judgements.push({ a: ids[i]!, b: ids[k]!, value: parse(cells[k]!) });
  });
  return judgements;
}

const to3 = (xs: readonly number[]) => xs.map((x) => Math.round(x * 1000) / 1000);

describe('AHP on published worked examples', () => {
  it("reproduces Saaty's house example, CR 0.169, and names neighbourhood against general condition", () => {
    // T. L. Saaty, "How to make a decision: the Analytic Hierarchy Process", European Journal of
    // Operational Research 48 (1990) 9–26, Table 2: a family's criteria for buying a house.
    // Published priorities .173 .054 .188 .018 .031 .036 .167 .333; λmax = 9.669, C.I. = 0.238,
    // C.R. = 0.169 (RI(8) = 1.41: 0.2384 / 1.41 = 0.169).
    const ids = ['size', 'transport', 'neighbourhood', 'age', 'yard', 'facilities', 'condition', 'financing'];
    const judgements = fromMatrix(ids, [
      '1   5   3   7   6   6   1/3 1/4',
      '1/5 1   1/3 5   3   3   1/5 1/7',
      '1/3 3   1   6   3   4   6   1/5',
      '1/7 1/5 1/6 1   1/3 1/4 1/7 1/8',
      '1/6 1/3 1/3 3   1   1/2 1/5 1/6',
      '1/6 1/3 1/4 4   2   1   1/5 1/6',
      '3   5   1/6 7   5   5   1   1/2',
      '4   7   5   8   6   6   2   1',
    ]);
    const result = ahpFromJudgements(ids, judgements);
    expect(to3(result.priorities)).toEqual([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]);
    expect(result.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.238, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.169, 3);
    expect(result.consistent).toBe(false);

    // The family rates general condition above size, transport, age, yard and facilities by 3–7,
    // so its priority (0.167) comes out close to the neighbourhood's (0.188): w3/w7 = 1.13. Yet
    // they judged neighbourhood 6 times as important as condition. |ln(6 / 1.13)| = 1.67 is the
    // largest gap in the matrix (the next, neighbourhood against size, is |ln(1/3 / 1.09)| = 1.18).
    // What the other judgements say about neighbourhood against condition, through each third item:
    //   size 1/3 × 1/3 = 0.111, transport 3 × 1/5 = 0.6, age 6 × 1/7 = 0.857, yard 3 × 1/5 = 0.6,
    //   facilities 4 × 1/5 = 0.8, financing 1/5 × 2 = 0.4; geometric mean 0.471: "about 1/2", not 6.
    expect(result.mostInconsistent?.a).toBe('neighbourhood');
    expect(result.mostInconsistent?.b).toBe('condition');
    expect(result.mostInconsistent?.given).toBe(6);
    expect(result.mostInconsistent?.implied).toBeCloseTo(0.471, 3);

    // Entered the other way round ("condition matters 1/6 as much"), it is named as entered.
    const flipped = judgements.map((j) => (j.a === 'neighbourhood' && j.b === 'condition' ? { a: 'condition', b: 'neighbourhood', value: 1 / 6 } : j));
    const again = ahpFromJudgements(ids, flipped);
    expect(again.priorities).toEqual(result.priorities.map((p) => expect.closeTo(p, 12)));
    expect(again.mostInconsistent).toMatchObject({ a: 'condition', b: 'neighbourhood', given: 1 / 6 });
    expect(again.mostInconsistent?.implied).toBeCloseTo(1 / 0.47139, 3);
  });

  it("reproduces Saaty's drink-consumption example (consistent enough)", () => {
    // T. L. Saaty, "Decision making with the analytic hierarchy process", International Journal of
    // Services Sciences 1(1), 2008, 83–98: which drink is consumed more in the U.S.? Published
    // derived priorities: coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129,
    // water .327 (against actual consumption .180 .010 .040 .120 .180 .140 .330).
    // Worked out here: (A·w)_i / w_i = 7.1766 for every row, so λmax = 7.1766,
    // CI = 0.1766 / 6 = 0.0294, CR = 0.0294 / RI(7) = 0.0294 / 1.32 = 0.022.
    const ids = ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water'];
    const result = ahpFromJudgements(
      ids,
      fromMatrix(ids, [
        '1   9 5   2   1   1   1/2',
        '1/9 1 1/3 1/9 1/9 1/9 1/9',
        '1/5 3 1   1/3 1/4 1/3 1/9',
        '1/2 9 3   1   1/2 1   1/3',
        '1   9 4   2   1   2   1/2',
        '1   9 3   1   1/2 1   1/3',
        '2   9 9   3   2   3   1',
      ]),
    );
    expect(to3(result.priorities)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(result.lambdaMax).toBeCloseTo(7.177, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.022, 3);
    expect(result.consistent).toBe(true);
  });

  it('reproduces the experience matrix of the Wikipedia "leader" example', () => {
    // "Analytic hierarchy process – leader example" (Wikipedia): Tom, Dick and Harry compared on
    // experience; Dick 4 × Tom, Tom 4 × Harry, Dick 9 × Harry. Published priorities .217 .717 .066.
    // Worked out: row 1 of A·w = 1 × 0.21717 + 1/4 × 0.71707 + 4 × 0.06577 = 0.65952, and
    // 0.65952 / 0.21717 = 3.0369 (the same for each row): λmax = 3.0369, CI = 0.0369 / 2 = 0.0184,
    // CR = 0.0184 / RI(3) = 0.0184 / 0.58 = 0.032.
    const ids = ['tom', 'dick', 'harry'];
    const result = ahpFromJudgements(ids, [
      { a: 'dick', b: 'tom', value: 4 },
      { a: 'tom', b: 'harry', value: 4 },
      { a: 'dick', b: 'harry', value: 9 },
    ]);
    expect(to3(result.priorities)).toEqual([0.217, 0.717, 0.066]);
    expect(result.lambdaMax).toBeCloseTo(3.037, 3);
    expect(result.consistencyIndex).toBeCloseTo(0.018, 3);
    expect(result.consistencyRatio).toBeCloseTo(0.032, 3);
    expect(result.consistent).toBe(true);
    // In a 3 × 3 matrix every judgement misses the priorities by the same factor, and the third item
    // is the only indirect path: the cycle Tom→Dick→Harry→Tom multiplies to (1/4) × 9 × (1/4) = 9/16,
    // so whichever judgement is named, the other two imply it 16/9 times off.
    const worst = result.mostInconsistent;
    expect(worst).not.toBeNull();
    if (worst) expect(Math.abs(Math.log(worst.given / worst.implied))).toBeCloseTo(Math.log(16 / 9), 9);
  });

  it('gives back measured ratios exactly: the fuel-economy example (CR = 0)', () => {
    // R. Haas and O. Meixner, "An Illustrated Guide to the Analytic Hierarchy Process" (BOKU
    // Vienna): four cars at 34, 27, 24 and 28 miles per gallon. Judging each pair by the ratio of
    // their figures gives a perfectly consistent matrix (a_ij = m_i / m_j), whose priorities are
    // the figures normalised: 34/113 = 0.301, 27/113 = 0.239, 24/113 = 0.212, 28/113 = 0.248,
    // with λmax = n = 4, CI = 0 and CR = 0.
    const mpg: Record<string, number> = { civic: 34, saturn: 27, escort: 24, clio: 28 };
    const ids = Object.keys(mpg);
    const judgements: PairwiseJudgementInput[] = [];
    for (let i = 0; i < ids.length; i++)
      for (let k = i + 1; k < ids.length; k++) judgements.push({ a: ids[i]!, b: ids[k]!, value: mpg[ids[i]!]! / mpg[ids[k]!]! });
    const result = ahpFromJudgements(ids, judgements);
    expect(to3(result.priorities)).toEqual([0.301, 0.239, 0.212, 0.248]);
    expect(result.lambdaMax).toBeCloseTo(4, 9);
    expect(result.consistencyIndex).toBeCloseTo(0, 9);
    expect(result.consistencyRatio).toBeCloseTo(0, 9);
    expect(result.consistent).toBe(true);
    expect(result.mostInconsistent).toBeNull();
  });
});

describe('AHP edge cases', () => {
  it("holds Saaty's random index table, read by matrix size", () => {
    expect(SAATY_RANDOM_INDEX.slice(1)).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    expect(randomIndex(3)).toBe(0.58);
    expect(randomIndex(15)).toBe(1.59);
    expect(randomIndex(20)).toBe(1.59);
    expect(randomIndex(2)).toBe(0);
    expect(CONSISTENCY_LIMIT).toBe(0.1);
  });

  it('with one or two items is always consistent and names no judgement', () => {
    const one = ahpFromJudgements(['x'], []);
    expect(one).toMatchObject({ priorities: [1], consistencyIndex: 0, consistencyRatio: 0, consistent: true, mostInconsistent: null });
    const two = ahpFromJudgements(['x', 'y'], [{ a: 'y', b: 'x', value: 3 }]);
    expect(to3(two.priorities)).toEqual([0.25, 0.75]);
    expect(two).toMatchObject({ consistencyRatio: 0, consistent: true, mostInconsistent: null });
    expect(ahpFromJudgements([], []).priorities).toEqual([]);
  });

  it('checks that every pair is judged exactly once, on the scale, between known items', () => {
    const check = checkJudgements(
      ['a', 'b', 'c', 'd'],
      [
        { a: 'a', b: 'b', value: 3 },
        { a: 'b', b: 'a', value: 1 / 3 },
        { a: 'a', b: 'c', value: 12 },
        { a: 'c', b: 'c', value: 1 },
        { a: 'a', b: 'z', value: 2 },
        { a: 'b', b: 'c', value: Number.NaN },
      ],
    );
    expect(check).toEqual({
      missing: [
        ['a', 'd'],
        ['b', 'd'],
        ['c', 'd'],
      ],
      unknown: ['z'],
      duplicate: [['b', 'a']],
      selfPairs: ['c'],
      outOfScale: [
        ['a', 'c'],
        ['b', 'c'],
      ],
    });
    expect(judgementsAreComplete(check)).toBe(false);
    expect(() => ahpFromJudgements(['a', 'b', 'c', 'd'], [{ a: 'a', b: 'b', value: 3 }])).toThrow(/not a complete set/);
    expect(() => ahpFromJudgements(['a', 'a'], [])).toThrow(/distinct/);
    const fine = checkJudgements(['a', 'b'], [{ a: 'b', b: 'a', value: 1 / 9 }]);
    expect(judgementsAreComplete(fine)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const saatyValue = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 9 }).map((v) => 1 / v));

/** n items and a judgement for every pair, each written in a random direction. */
const judgementSet = fc.integer({ min: 1, max: 9 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `item-${i}`);
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
  return fc.record({
    ids: fc.constant(ids),
    judgements: fc.tuple(...pairs.map(([a, b]) => fc.tuple(saatyValue, fc.boolean()).map(([value, flip]) => (flip ? { a: b, b: a, value: 1 / value } : { a, b, value })))),
  });
});

describe('AHP properties', () => {
  it('priorities are positive and sum to 1; λmax ≥ n; CR ≥ 0 and matches the consistent flag', () => {
    fc.assert(
      fc.property(judgementSet, ({ ids, judgements }) => {
        const result = ahpFromJudgements(ids, judgements);
        expect(result.priorities).toHaveLength(ids.length);
        for (const p of result.priorities) expect(p).toBeGreaterThan(0);
        expect(Math.abs(result.priorities.reduce((s, p) => s + p, 0) - 1)).toBeLessThan(1e-12);
        expect(result.lambdaMax).toBeGreaterThan(ids.length - 1e-9);
        expect(result.consistencyRatio).toBeGreaterThanOrEqual(0);
        expect(result.consistent).toBe(result.consistencyRatio <= CONSISTENCY_LIMIT);
        if (result.mostInconsistent) {
          const { a, b, given } = result.mostInconsistent;
          expect(judgements).toContainEqual({ a, b, value: given });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a perfectly consistent matrix (a_ij = w_i / w_j) gives back w with CR ≈ 0', () => {
    const weights = fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(weights, (w) => {
        const ids = w.map((_, i) => `c${i}`);
        const judgements = ids.flatMap((a, i) => ids.slice(i + 1).map((b, k) => ({ a, b, value: w[i]! / w[i + 1 + k]! })));
        const result = ahpFromJudgements(ids, judgements);
        const total = w.reduce((s, x) => s + x, 0);
        result.priorities.forEach((p, i) => expect(Math.abs(p - w[i]! / total)).toBeLessThan(1e-9));
        expect(result.consistencyRatio).toBeLessThan(1e-9);
        expect(result.mostInconsistent).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('the order of items and judgements does not change any item’s priority', () => {
    const reordered = judgementSet.chain(({ ids, judgements }) =>
      fc.record({
        ids: fc.constant(ids),
        judgements: fc.constant(judgements),
        shuffledIds: fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
        shuffledJudgements: fc.shuffledSubarray(judgements, { minLength: judgements.length, maxLength: judgements.length }),
        flips: fc.array(fc.boolean(), { minLength: judgements.length, maxLength: judgements.length }),
      }),
    );
    fc.assert(
      fc.property(reordered, ({ ids, judgements, shuffledIds, shuffledJudgements, flips }) => {
        const before = ahpFromJudgements(ids, judgements);
        // The same judgements, in another order, some written the other way round (b over a, 1/value).
        const rewritten = shuffledJudgements.map((j, i) => (flips[i] ? { a: j.b, b: j.a, value: 1 / j.value } : j));
        const after = ahpFromJudgements(shuffledIds, rewritten);
        for (const id of ids) {
          const p = before.priorities[before.itemIds.indexOf(id)]!;
          const q = after.priorities[after.itemIds.indexOf(id)]!;
          expect(Math.abs(p - q)).toBeLessThan(1e-9);
        }
        expect(Math.abs(before.consistencyRatio - after.consistencyRatio)).toBeLessThan(1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the most inconsistent judgement, three items', () => {
  it('is the same whatever order and direction the judgements are listed in', () => {
    // a:b = 3, b:c = 3, c:a = 3 is a cycle: with 3 items the eigenvector is the
    // geometric mean (here 1/3 each), so every judgement is off by the same
    // factor 3 and the first pair in item order, (a, b), is named.
    const forward = [
      { a: 'a', b: 'b', value: 3 },
      { a: 'b', b: 'c', value: 3 },
      { a: 'c', b: 'a', value: 3 },
    ];
    const orders = [forward, [...forward].reverse(), [forward[1]!, forward[2]!, { a: 'b', b: 'a', value: 1 / 3 }]];
    const picks = orders.map((js) => {
      const m = ahpFromJudgements(['a', 'b', 'c'], js).mostInconsistent;
      return m && [m.a, m.b].sort().join('');
    });
    expect(picks).toEqual(['ab', 'ab', 'ab']);
  });
});
