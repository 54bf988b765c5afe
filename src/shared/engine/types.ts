/**
 * Inputs and outputs of the scoring engine (../shared/SCORING.md). Plain data
 * only: the engine does no I/O and knows nothing of the store or the UI.
 */
import type { Confidence } from '../domain/entities';

export interface EnginePillar {
  id: string;
  weight: number;
}

export interface EngineCriterion {
  id: string;
  pillarId: string;
  weight: number;
  knockout: boolean;
  /** m_c; SCORING.md's default is 3. */
  passMark: number;
}

export interface EngineScore {
  evaluatorId: string;
  candidateId: string;
  criterionId: string;
  value: number;
  confidence: Confidence;
}

export interface EngineConsensus {
  candidateId: string;
  criterionId: string;
  value: number;
}

/** An evaluator who declared a conflict for a candidate; their scores for it do not count. */
export interface EngineConflict {
  evaluatorId: string;
  candidateId: string;
}

/** A confirmed red flag. criterionId null: the flag is on the candidate as a whole. */
export interface EngineFlag {
  candidateId: string;
  criterionId: string | null;
  penalty: number;
  knockout: boolean;
}

export interface ScoringInput {
  pillars: EnginePillar[];
  criteria: EngineCriterion[];
  /** The candidates to score and rank, in display order. */
  candidates: { id: string }[];
  scores: EngineScore[];
  consensus: EngineConsensus[];
  conflicts?: EngineConflict[];
  flags?: EngineFlag[];
}

/** The aggregated score of one cell (candidate × criterion). */
export interface CellResult {
  candidateId: string;
  criterionId: string;
  /** S'(a,c) after penalties; null when unscored. */
  score: number | null;
  /** S(a,c) before penalties; null when unscored. */
  raw: number | null;
  /** Σ penalties of confirmed flags on the cell (applied only when scored). */
  penalty: number;
  fromConsensus: boolean;
  /** Evaluators' scores counted (conflicts excluded). */
  count: number;
  min: number | null;
  max: number | null;
  /** max − min of the evaluators' scores (0 with one score or none). */
  spread: number;
  /** Lowest confidence among the counted scores, null when none. */
  lowestConfidence: Confidence | null;
}

export type KnockoutState = 'passed' | 'failed' | 'pending';

export interface CandidateResult {
  candidateId: string;
  /** T(a), 0–100. */
  total: number;
  /** Σ e_c over scored criteria, 0–1. */
  coverage: number;
  /** T(a) / coverage(a); null when coverage is 0. */
  projected: number | null;
  incomplete: boolean;
  /** pillarT(a,p) per pillar id, 0–100. */
  pillarTotals: Record<string, number>;
  /** Knock-out state per knock-out criterion id. */
  knockouts: Record<string, KnockoutState>;
  /** A confirmed flag with a knock-out consequence. */
  knockedOutByFlag: boolean;
  knockedOut: boolean;
  /** 1-based rank with ties sharing (1, 2, 2, 4); null when knocked out. */
  rank: number | null;
}

export interface ScoringResult {
  /** e_c per criterion id; sums to 1 when any pillar is active. */
  effectiveWeights: Record<string, number>;
  /** Each pillar's share of the whole, per pillar id (every input pillar; 0 when inactive). */
  pillarShares: Record<string, number>;
  activePillarIds: string[];
  /** cells[candidateId][criterionId] */
  cells: Record<string, Record<string, CellResult>>;
  /** One per input candidate, in ranking order: ranked by total, then knocked out. */
  candidates: CandidateResult[];
}

/** Where one weight would have to move for a challenger to overtake the leader. */
export interface WeightThreshold {
  /** Criterion id (per-criterion analysis) or pillar id (per-pillar analysis). */
  targetId: string;
  /** The weight now, as a fraction of the whole. */
  current: number;
  /** null: no change of this weight alone can change the winner. */
  crossing: null | {
    challengerId: string;
    /** x*: the weight at which challenger and leader tie, fraction of the whole. */
    threshold: number;
    /** x* − e_k, as a fraction (×100 for percentage points). */
    change: number;
    /** (x* − e_k) / e_k. */
    relativeChange: number;
  };
}

export interface SensitivityResult {
  leaderId: string | null;
  /** The rank-2 candidate(s)' best total subtracted from the leader's; null without a challenger. */
  leadMargin: number | null;
  runnerUpId: string | null;
  criteria: WeightThreshold[];
  pillars: WeightThreshold[];
  /** The threshold with the smallest |x* − e_k| over criteria, or null when none exists. */
  mostCriticalCriterion: WeightThreshold | null;
  mostCriticalPillar: WeightThreshold | null;
  /** The user-set margin, as a fraction (0.05 = 5 points). */
  margin: number;
  /** True when no single weight change smaller than the margin changes the winner. */
  robust: boolean;
}
