/**
 * Weights from pairwise comparisons: the Analytic Hierarchy Process of
 * T. L. Saaty (issue 4, "Weighting methods").
 *
 * Each judgement says "a matters `value` times as much as b" on Saaty's 1–9
 * scale with reciprocals (1/9 … 9). The judgements fill a positive reciprocal
 * matrix A (a_ab = value, a_ba = 1 / value, a_ii = 1). The priorities are
 * A's principal (Perron) eigenvector, normalised to sum to 1; how far the
 * judgements contradict one another is measured by the consistency ratio
 *
 *     λmax = mean over i of (A·w)_i / w_i
 *     CI   = (λmax − n) / (n − 1)
 *     CR   = CI / RI(n)
 *
 * and a CR above 0.10 is the usual warning (Saaty, "How to make a decision:
 * the Analytic Hierarchy Process", European Journal of Operational Research
 * 48, 1990, pp. 9–26).
 */

/** Saaty's limit: above a consistency ratio of 0.10 the judgements should be revisited. */
/** Gaps closer than this are the same gap (see the pick of the most inconsistent judgement). */
const TIE_TOLERANCE = 1e-9;

export const CONSISTENCY_LIMIT = 0.1;

/**
 * Saaty's random index RI by matrix size n, read as SAATY_RANDOM_INDEX[n]
 * (n = 1..15; entry 0 is unused and 0). RI is the mean consistency index of
 * random reciprocal matrices of size n; a matrix of 1 or 2 items cannot be
 * inconsistent, so RI = 0 there. Values from T. L. Saaty, "The Analytic
 * Hierarchy Process", McGraw-Hill, 1980 (the table computed at Oak Ridge
 * National Laboratory, as widely reproduced): 0, 0, 0.58, 0.90, 1.12, 1.24,
 * 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/**
 * RI for a matrix of n items. Beyond the table (n > 15) the last value is
 * used: random indices level off near 1.6 as n grows (Donegan and Dodd,
 * "A note on Saaty's random indexes", Mathematical and Computer Modelling
 * 15(10), 1991), so the ratio stays meaningful rather than undefined.
 */
export function randomIndex(n: number): number {
  if (n <= 2) return 0;
  const last = SAATY_RANDOM_INDEX.length - 1;
  return SAATY_RANDOM_INDEX[Math.min(n, last)] ?? 0;
}

/** Saaty's scale with reciprocals; a judgement outside it is refused. */
export const SAATY_MIN = 1 / 9;
export const SAATY_MAX = 9;
/** Slack for 1/9 typed as 0.1111. */
const SCALE_SLACK = 1e-4;

/** "a matters `value` times as much as b", value on 1/9..9. */
export interface PairwiseJudgementInput {
  a: string;
  b: string;
  value: number;
}

export interface AhpJudgementCheck {
  /** Pairs (in itemIds order) with no judgement in either direction. */
  missing: [string, string][];
  /** Ids used in judgements that are not among the items (each listed once). */
  unknown: string[];
  /** Pairs judged more than once (either direction), as the repeated judgement names them. */
  duplicate: [string, string][];
  /** Ids compared with themselves. */
  selfPairs: string[];
  /** Judgements whose value is not a number on Saaty's scale 1/9 … 9. */
  outOfScale: [string, string][];
}

/** True when checkJudgements found nothing wrong. */
export function judgementsAreComplete(check: AhpJudgementCheck): boolean {
  return (
    check.missing.length === 0 &&
    check.unknown.length === 0 &&
    check.duplicate.length === 0 &&
    check.selfPairs.length === 0 &&
    check.outOfScale.length === 0
  );
}

function pairKey(a: string, b: string): string {
  // Unordered: (a, b) and (b, a) are the same comparison.
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function onScale(value: number): boolean {
  return Number.isFinite(value) && value >= SAATY_MIN - SCALE_SLACK && value <= SAATY_MAX + SCALE_SLACK;
}

/** What is wrong with a set of judgements over `itemIds`: every unordered pair must be given exactly once (either direction). */
export function checkJudgements(itemIds: readonly string[], judgements: readonly PairwiseJudgementInput[]): AhpJudgementCheck {
  const items = new Set(itemIds);
  const check: AhpJudgementCheck = { missing: [], unknown: [], duplicate: [], selfPairs: [], outOfScale: [] };
  const unknown = new Set<string>();
  const selfPairs = new Set<string>();
  const given = new Set<string>();
  for (const j of judgements) {
    for (const id of [j.a, j.b]) if (!items.has(id)) unknown.add(id);
    if (j.a === j.b) {
      selfPairs.add(j.a);
      continue;
    }
    if (!onScale(j.value)) check.outOfScale.push([j.a, j.b]);
    const key = pairKey(j.a, j.b);
    if (given.has(key)) check.duplicate.push([j.a, j.b]);
    given.add(key);
  }
  const distinct = [...new Set(itemIds)];
  for (let i = 0; i < distinct.length; i++)
    for (let k = i + 1; k < distinct.length; k++) {
      const a = distinct[i]!;
      const b = distinct[k]!;
      if (!given.has(pairKey(a, b))) check.missing.push([a, b]);
    }
  check.unknown = [...unknown];
  check.selfPairs = [...selfPairs];
  return check;
}

export interface AhpResult {
  itemIds: string[];
  /** Priorities from the principal eigenvector, in itemIds order, summing to 1. */
  priorities: number[];
  lambdaMax: number;
  /** (λmax − n)/(n − 1); 0 for n ≤ 2. */
  consistencyIndex: number;
  /** CI / RI; 0 for n ≤ 2. */
  consistencyRatio: number;
  /** consistencyRatio ≤ CONSISTENCY_LIMIT. */
  consistent: boolean;
  /**
   * The judgement most at odds with the rest: the largest |ln(a_ij · w_j / w_i)|
   * (Saaty's measure of how far a judgement is from the ratio of the
   * priorities), named as it was given (a, b, value). `implied` is what the
   * other judgements say about the same pair: the geometric mean, over every
   * third item k, of the indirect comparison a_ak · a_kb. The priorities
   * themselves are pulled towards the judgement under suspicion, so w_a / w_b
   * would understate the contradiction. Null when n ≤ 2 or when every
   * judgement agrees with the priorities.
   */
  mostInconsistent: { a: string; b: string; given: number; implied: number } | null;
}

/** Power iteration stops when no priority moves by more than this between two steps. */
const CONVERGENCE = 1e-12;
/** A bound on the steps; reciprocal matrices on Saaty's scale converge in far fewer. */
const MAX_ITERATIONS = 10_000;
/** Below this |ln(a_ij w_j / w_i)| a judgement agrees with the priorities (rounding only). */
const AGREEMENT = 1e-9;

/** Throws an Error when checkJudgements finds a problem (callers check first). */
export function ahpFromJudgements(itemIds: readonly string[], judgements: readonly PairwiseJudgementInput[]): AhpResult {
  if (new Set(itemIds).size !== itemIds.length) throw new Error('AHP items must be distinct');
  const check = checkJudgements(itemIds, judgements);
  if (!judgementsAreComplete(check)) throw new Error(`AHP judgements are not a complete set: ${JSON.stringify(check)}`);

  const n = itemIds.length;
  const ids = [...itemIds];
  if (n === 0) {
    return { itemIds: ids, priorities: [], lambdaMax: 0, consistencyIndex: 0, consistencyRatio: 0, consistent: true, mostInconsistent: null };
  }
  const position = new Map(ids.map((id, i) => [id, i]));

  // The reciprocal matrix, row-major: a_ab = value, a_ba = 1 / value.
  const matrix = new Float64Array(n * n).fill(1);
  for (const j of judgements) {
    const a = position.get(j.a)!;
    const b = position.get(j.b)!;
    matrix[a * n + b] = j.value;
    matrix[b * n + a] = 1 / j.value;
  }

  // Principal eigenvector by power iteration: A is positive, so by Perron's
  // theorem repeated multiplication from any positive start converges to it.
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let step = 0; step < MAX_ITERATIONS; step++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let row = 0;
      for (let k = 0; k < n; k++) row += matrix[i * n + k]! * w[k]!;
      next[i] = row;
      sum += row;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / sum;
      moved = Math.max(moved, Math.abs(next[i]! - w[i]!));
    }
    [w, next] = [next, w];
    if (moved < CONVERGENCE) break;
  }

  // λmax as the mean of (A·w)_i / w_i (equal for every i at convergence; the mean smooths rounding).
  let lambdaSum = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let k = 0; k < n; k++) row += matrix[i * n + k]! * w[k]!;
    lambdaSum += row / w[i]!;
  }
  const lambdaMax = lambdaSum / n;
  // λmax ≥ n for every positive reciprocal matrix; a hair below n is rounding, and reads as 0.
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const consistencyRatio = n <= 2 ? 0 : consistencyIndex / randomIndex(n);

  let mostInconsistent: AhpResult['mostInconsistent'] = null;
  const pairRank = (j: PairwiseJudgementInput) => {
    const a = position.get(j.a)!;
    const b = position.get(j.b)!;
    return Math.min(a, b) * n + Math.max(a, b);
  };
  if (n > 2) {
    let worst = AGREEMENT;
    let worstAt: { judgement: PairwiseJudgementInput; a: number; b: number } | null = null;
    // Judgements in item order, and a gap must beat the worst so far by more
    // than rounding: with 3 items every judgement is exactly as far off (the
    // eigenvector is the geometric mean), so without this the pick would
    // depend on the order the judgements were listed in and on float noise.
    const inItemOrder = [...judgements].sort((x, y) => pairRank(x) - pairRank(y));
    for (const j of inItemOrder) {
      const a = position.get(j.a)!;
      const b = position.get(j.b)!;
      const gap = Math.abs(Math.log((j.value * w[b]!) / w[a]!));
      if (gap > worst + TIE_TOLERANCE) {
        worst = gap;
        worstAt = { judgement: j, a, b };
      }
    }
    if (worstAt) {
      // (Π_k a_ak · a_kb)^(1/(n−2)), summed as logarithms.
      let logSum = 0;
      for (let k = 0; k < n; k++) {
        if (k === worstAt.a || k === worstAt.b) continue;
        logSum += Math.log(matrix[worstAt.a * n + k]! * matrix[k * n + worstAt.b]!);
      }
      const { judgement } = worstAt;
      mostInconsistent = { a: judgement.a, b: judgement.b, given: judgement.value, implied: Math.exp(logSum / (n - 2)) };
    }
  }

  return {
    itemIds: ids,
    priorities: Array.from(w),
    lambdaMax,
    consistencyIndex,
    consistencyRatio,
    consistent: consistencyRatio <= CONSISTENCY_LIMIT,
    mostInconsistent,
  };
}
