/**
 * How likely is each candidate to be the right pick? A seeded Monte Carlo run
 * exactly as SCORING.md, "Uncertainty", describes it:
 *
 * - weights: each effective weight e_c (SCORING.md, "Effective weights")
 *   multiplied by a factor drawn from U[1 − j, 1 + j], then renormalised to
 *   sum to 1;
 * - scores: each scored cell drawn from U[min − r, max + r] ∩ [0, 5], where
 *   min and max are the counted evaluators' scores (conflicts of interest
 *   excluded, as in "Aggregated scores") or the consensus score for both, and
 *   r comes from the lowest confidence recorded for the cell;
 * - then everything else as in "Totals, coverage, knock-outs, rank": confirmed
 *   flag penalties lower the drawn score (S' = max(0, S − Σ p)), unscored
 *   cells count 0, knock-outs are judged on the drawn S', a flag with a
 *   knock-out consequence always knocks out, and totals within 1e-9 tie.
 *
 * The run is split in steps so that a worker can report progress and stop
 * between them. Everything per draw works on flat typed arrays prepared once:
 * 10,000 draws on 5 candidates × 40 criteria are a few million arithmetic
 * operations, with no object created per draw.
 */
import type { Confidence } from '../domain/entities';
import { aggregateCells } from './aggregate-cells';
import { computeEffectiveWeights } from './effective-weights';
import { seededRandom } from './seeded-random';
import { COMPARE_TOLERANCE, POINTS_PER_SCORE_UNIT, TIE_TOLERANCE } from './tolerance';
import type { ScoringInput } from './types';

export const DEFAULT_DRAWS = 10_000;
/** The most draws a single run accepts (the CLI and the app both cap here). */
export const MAX_DRAWS = 1_000_000;
/** j of SCORING.md: each weight moves by up to ±20% before renormalising. */
export const DEFAULT_WEIGHT_JITTER = 0.2;
/** r of SCORING.md by the lowest confidence recorded for a cell. */
export const DEFAULT_CONFIDENCE_RADIUS: Readonly<Record<Confidence, number>> = { high: 0.25, medium: 0.5, low: 1.0 };
/**
 * A cell with a consensus score but no counted evaluator score (every scorer
 * conflicted out, or the panel agreed a score nobody had entered) has no
 * confidence recorded. It is read as 'medium': the panel agreed on it, which
 * is more than a low-confidence guess, but nobody vouched for it as 'high'.
 */
export const CONSENSUS_ONLY_CONFIDENCE: Confidence = 'medium';

/** The top of the 0–5 scale; SCORING.md intersects every drawn interval with [0, 5]. */
const SCALE_MAX = 5;

export interface MonteCarloOptions {
  /** Number of draws N; default 10,000 (callers pass it). A whole number from 0 to MAX_DRAWS. */
  draws: number;
  /** A whole number, read modulo 2^32 (see seeded-random.ts). */
  seed: number;
  /** j, from 0 to 1; default 0.2. */
  weightJitter?: number;
  /** r per confidence, each ≥ 0; default 0.25 / 0.5 / 1.0. */
  confidenceRadius?: { high: number; medium: number; low: number };
}

export interface MonteCarloCandidate {
  candidateId: string;
  /** Share of draws (0..1) in which the candidate ranked first. */
  firstShare: number;
  /** rankShares[r] = share of draws in which it ranked r+1; length = number of candidates. */
  rankShares: number[];
  /** Share of draws in which it was knocked out. */
  knockedOutShare: number;
  /** Mean total over the draws (0..100), for display; every draw counts, knocked out or not. */
  meanTotal: number;
}

export interface MonteCarloResult {
  /** The draws actually run (fewer than asked when a run was stopped early). */
  draws: number;
  seed: number;
  weightJitter: number;
  confidenceRadius: { high: number; medium: number; low: number };
  /** One per input candidate, in input order. */
  candidates: MonteCarloCandidate[];
}

/** Runs in chunks so a worker can report progress and be cancelled between chunks. */
export interface MonteCarloRun {
  readonly total: number;
  readonly done: number;
  /** Runs up to `n` more draws; returns the number done so far. */
  step(n: number): number;
  result(): MonteCarloResult;
}

function checkOptions(options: MonteCarloOptions): { jitter: number; radius: Record<Confidence, number> } {
  const { draws, seed } = options;
  if (!Number.isInteger(draws) || draws < 0 || draws > MAX_DRAWS)
    throw new RangeError(`draws must be a whole number from 0 to ${MAX_DRAWS}, not ${draws}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`);
  const jitter = options.weightJitter ?? DEFAULT_WEIGHT_JITTER;
  if (!Number.isFinite(jitter) || jitter < 0 || jitter > 1)
    throw new RangeError(`weightJitter must be from 0 to 1, not ${jitter}`);
  const radius = { ...DEFAULT_CONFIDENCE_RADIUS, ...options.confidenceRadius };
  for (const [level, r] of Object.entries(radius)) {
    if (!Number.isFinite(r) || r < 0) throw new RangeError(`confidenceRadius.${level} must be 0 or more, not ${r}`);
  }
  return { jitter, radius };
}

/**
 * The flat arrays a draw reads. Criteria that can matter are kept: those with
 * an effective weight (they move totals) and knock-outs (they can remove a
 * candidate even at weight 0, as in candidate-totals.ts).
 */
interface DrawPlan {
  candidateIds: string[];
  criterionCount: number;
  /** e_c of each kept criterion (0 for a knock-out of an inactive pillar). */
  baseWeight: Float64Array;
  /** m_c of each kept knock-out criterion; NaN when the criterion is not a knock-out. */
  passMark: Float64Array;
  /** Per candidate × kept criterion (row-major by candidate): 1 when scored. */
  scored: Uint8Array;
  /** Lower end of the drawn interval, and its width (max + r − (min − r), clipped to [0, 5]). */
  low: Float64Array;
  width: Float64Array;
  /** Σ penalties of confirmed flags on the cell. */
  penalty: Float64Array;
  /** 1 for a candidate knocked out by a confirmed flag, whatever its scores. */
  flaggedOut: Uint8Array;
}

function planDraws(input: ScoringInput, radius: Record<Confidence, number>): DrawPlan {
  const { effectiveWeights } = computeEffectiveWeights(input.pillars, input.criteria);
  // Consensus, means, conflicts and penalties exactly as the matrix computes them.
  const { cells, knockedOutByFlag } = aggregateCells(input);
  const kept = input.criteria.filter((c) => (effectiveWeights[c.id] ?? 0) > 0 || c.knockout);
  const candidateIds = input.candidates.map((c) => c.id);
  const k = kept.length;
  const size = candidateIds.length * k;

  const plan: DrawPlan = {
    candidateIds,
    criterionCount: k,
    baseWeight: Float64Array.from(kept, (c) => effectiveWeights[c.id] ?? 0),
    passMark: Float64Array.from(kept, (c) => (c.knockout ? c.passMark : Number.NaN)),
    scored: new Uint8Array(size),
    low: new Float64Array(size),
    width: new Float64Array(size),
    penalty: new Float64Array(size),
    flaggedOut: Uint8Array.from(candidateIds, (id) => (knockedOutByFlag.has(id) ? 1 : 0)),
  };

  candidateIds.forEach((candidateId, a) => {
    kept.forEach((criterion, i) => {
      const cell = cells[candidateId]?.[criterion.id];
      if (!cell || cell.raw === null) return;
      const at = a * k + i;
      // A consensus score stands for both ends; otherwise the spread of the counted scores.
      const min = cell.fromConsensus ? cell.raw : (cell.min ?? cell.raw);
      const max = cell.fromConsensus ? cell.raw : (cell.max ?? cell.raw);
      const r = radius[cell.lowestConfidence ?? CONSENSUS_ONLY_CONFIDENCE];
      const low = Math.max(0, min - r);
      const high = Math.min(SCALE_MAX, max + r);
      plan.scored[at] = 1;
      plan.low[at] = low;
      plan.width[at] = Math.max(0, high - low);
      plan.penalty[at] = cell.penalty;
    });
  });
  return plan;
}

export function startMonteCarlo(input: ScoringInput, options: MonteCarloOptions): MonteCarloRun {
  const { jitter, radius } = checkOptions(options);
  const plan = planDraws(input, radius);
  const rng = seededRandom(options.seed);
  const n = plan.candidateIds.length;
  const k = plan.criterionCount;
  const total = options.draws;

  // Working arrays, reused by every draw.
  const weight = new Float64Array(k);
  const drawnTotal = new Float64Array(n);
  const out = new Uint8Array(n);
  const order = new Int32Array(n);
  // Tallies: rankCount[a * n + r] = draws (or shares of tied draws) in which a ranked r + 1.
  const rankCount = new Float64Array(n * n);
  const knockedOutCount = new Float64Array(n);
  const totalSum = new Float64Array(n);
  let done = 0;

  const drawOnce = (): void => {
    // Weights: e_c × U[1 − j, 1 + j], renormalised to sum to 1.
    let weightSum = 0;
    for (let i = 0; i < k; i++) {
      const w = plan.baseWeight[i]! * (1 - jitter + 2 * jitter * rng.next());
      weight[i] = w;
      weightSum += w;
    }
    // With nothing weighted every total is 0; the scale only has to stay finite.
    const scale = weightSum > 0 ? POINTS_PER_SCORE_UNIT / weightSum : 0;

    let ranked = 0;
    for (let a = 0; a < n; a++) {
      let knockedOut = plan.flaggedOut[a] === 1;
      let sum = 0;
      const row = a * k;
      for (let i = 0; i < k; i++) {
        const at = row + i;
        if (plan.scored[at] === 0) continue; // unscored: counts 0, a knock-out on it is pending
        let s = plan.low[at]! + plan.width[at]! * rng.next() - plan.penalty[at]!;
        if (s < 0) s = 0;
        sum += weight[i]! * s;
        const mark = plan.passMark[i]!;
        // NaN (not a knock-out) fails every comparison, so only knock-outs can fail here.
        if (s < mark - COMPARE_TOLERANCE) knockedOut = true;
      }
      // T = 100 × Σ e'_c × S' / 5, clamped to 0–100 as the matrix clamps it.
      const t = Math.min(100, Math.max(0, sum * scale));
      drawnTotal[a] = t;
      totalSum[a] = totalSum[a]! + t;
      if (knockedOut) {
        out[a] = 1;
        knockedOutCount[a] = knockedOutCount[a]! + 1;
      } else {
        out[a] = 0;
        // Insertion sort by total, descending; equal totals keep input order.
        let j = ranked;
        while (j > 0 && drawnTotal[order[j - 1]!]! < t) {
          order[j] = order[j - 1]!;
          j--;
        }
        order[j] = a;
        ranked++;
      }
    }

    // Ties share the positions they span: k tied candidates each get 1/k of a
    // draw on each of those k ranks, so every occupied rank hands out exactly
    // one unit. A tie group is measured from its top member, as in rank-candidates.ts.
    let start = 0;
    while (start < ranked) {
      const top = drawnTotal[order[start]!]!;
      let end = start + 1;
      while (end < ranked && top - drawnTotal[order[end]!]! <= TIE_TOLERANCE) end++;
      const share = 1 / (end - start);
      for (let m = start; m < end; m++) {
        const base = order[m]! * n;
        for (let r = start; r < end; r++) rankCount[base + r] = rankCount[base + r]! + share;
      }
      start = end;
    }
  };

  const run: MonteCarloRun = {
    total,
    get done() {
      return done;
    },
    step(count: number): number {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`step needs a whole number of draws, not ${count}`);
      const until = Math.min(total, done + count);
      while (done < until) {
        drawOnce();
        done++;
      }
      return done;
    },
    result(): MonteCarloResult {
      const per = done > 0 ? 1 / done : 0;
      return {
        draws: done,
        seed: options.seed,
        weightJitter: jitter,
        confidenceRadius: { ...radius },
        candidates: plan.candidateIds.map((candidateId, a) => {
          const rankShares = Array.from({ length: n }, (_, r) => rankCount[a * n + r]! * per);
          return {
            candidateId,
            firstShare: rankShares[0] ?? 0,
            rankShares,
            knockedOutShare: knockedOutCount[a]! * per,
            meanTotal: totalSum[a]! * per,
          };
        }),
      };
    },
  };
  return run;
}

/** Convenience: all draws at once. */
export function runMonteCarlo(input: ScoringInput, options: MonteCarloOptions): MonteCarloResult {
  const run = startMonteCarlo(input, options);
  run.step(run.total);
  return run.result();
}
