/**
 * Aggregated scores per cell, candidate × criterion (SCORING.md, "Aggregated
 * scores"): consensus over mean, conflicts of interest excluded, confirmed
 * red-flag penalties applied to scored cells.
 */
import type { Confidence } from '../domain/entities';
import type { CellResult, ScoringInput } from './types';

export type CellTable = Record<string, Record<string, CellResult>>;

export interface AggregatedCells {
  /** cells[candidateId][criterionId], one per input candidate × criterion. */
  cells: CellTable;
  /** Candidates with a confirmed flag whose consequence is a knock-out. */
  knockedOutByFlag: Set<string>;
}

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

interface Tally {
  sum: number;
  count: number;
  min: number;
  max: number;
  lowestConfidence: Confidence;
}

/** A key no id can fake: ids are plain strings and never contain NUL. */
function pairKey(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

export function aggregateCells(input: ScoringInput): AggregatedCells {
  const candidateIds = new Set(input.candidates.map((c) => c.id));
  const criterionIds = new Set(input.criteria.map((c) => c.id));

  // "An evaluator who declared a conflict of interest for candidate a has no
  // score for a": their entries for a are dropped before anything is counted.
  const conflicted = new Set((input.conflicts ?? []).map((c) => pairKey(c.evaluatorId, c.candidateId)));

  // One pass over the scores; each cell's tally is looked up, never re-scanned.
  const tallies = new Map<string, Tally>();
  for (const s of input.scores) {
    if (!candidateIds.has(s.candidateId) || !criterionIds.has(s.criterionId)) continue;
    if (conflicted.has(pairKey(s.evaluatorId, s.candidateId))) continue;
    const key = pairKey(s.candidateId, s.criterionId);
    const t = tallies.get(key);
    if (!t) {
      tallies.set(key, { sum: s.value, count: 1, min: s.value, max: s.value, lowestConfidence: s.confidence });
    } else {
      t.sum += s.value;
      t.count += 1;
      if (s.value < t.min) t.min = s.value;
      if (s.value > t.max) t.max = s.value;
      if (confidenceRank[s.confidence] < confidenceRank[t.lowestConfidence]) t.lowestConfidence = s.confidence;
    }
  }

  const consensus = new Map<string, number>();
  for (const k of input.consensus) consensus.set(pairKey(k.candidateId, k.criterionId), k.value);

  // Σ p of confirmed flags per cell. A flag on the candidate as a whole
  // (criterionId null) has no cell to lower: SCORING.md defines penalties per
  // (a, c) only, so such a flag counts solely through its knock-out consequence.
  const penalties = new Map<string, number>();
  const knockedOutByFlag = new Set<string>();
  for (const f of input.flags ?? []) {
    if (!candidateIds.has(f.candidateId)) continue;
    if (f.knockout) knockedOutByFlag.add(f.candidateId);
    if (f.criterionId === null || !criterionIds.has(f.criterionId)) continue;
    const p = Number.isFinite(f.penalty) && f.penalty > 0 ? f.penalty : 0;
    const key = pairKey(f.candidateId, f.criterionId);
    penalties.set(key, (penalties.get(key) ?? 0) + p);
  }

  const cells: CellTable = {};
  for (const candidate of input.candidates) {
    const row: Record<string, CellResult> = {};
    for (const criterion of input.criteria) {
      const key = pairKey(candidate.id, criterion.id);
      const tally = tallies.get(key);
      const agreed = consensus.get(key);
      const penalty = penalties.get(key) ?? 0;
      // S(a,c): consensus if recorded, else the mean of the counted scores, else unscored.
      const raw = agreed !== undefined ? agreed : tally ? tally.sum / tally.count : null;
      row[criterion.id] = {
        candidateId: candidate.id,
        criterionId: criterion.id,
        // S' = max(0, S − Σ p); a penalty on an unscored cell waits until it is scored.
        score: raw === null ? null : Math.max(0, raw - penalty),
        raw,
        penalty,
        fromConsensus: agreed !== undefined,
        count: tally?.count ?? 0,
        min: tally?.min ?? null,
        max: tally?.max ?? null,
        spread: tally ? tally.max - tally.min : 0,
        lowestConfidence: tally?.lowestConfidence ?? null,
      };
    }
    cells[candidate.id] = row;
  }

  return { cells, knockedOutByFlag };
}
