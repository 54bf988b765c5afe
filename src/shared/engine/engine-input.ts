/**
 * From a deal-room as the store holds it to the engine's plain input. Only
 * the candidates compared side by side are scored and ranked; the long list
 * is not part of the matrix.
 */
import type { DealRoomDetail } from '../domain/entities';
import { engineFlagsOf } from './flag-effects';
import type { ScoringInput } from './types';

function bySortOrder<T extends { sortOrder: number }>(items: readonly T[]): T[] {
  // Stable: equal sortOrder keeps the order the store gave.
  return [...items].sort((a, b) => a.sortOrder - b.sortOrder);
}

export function engineInputFromDetail(detail: DealRoomDetail): ScoringInput {
  const candidates = bySortOrder(detail.candidates.filter((c) => c.compared));
  const pillars = bySortOrder(detail.pillars);
  // Criteria in the order the matrix shows them: grouped by their pillar's
  // order, then by their own sortOrder (which may restart in each pillar).
  // Criteria of an unknown pillar come last; they carry no weight anyway.
  const pillarPosition = new Map(pillars.map((p, i) => [p.id, i]));
  const criteria = bySortOrder(detail.criteria).sort(
    (a, b) =>
      (pillarPosition.get(a.pillarId) ?? pillars.length) - (pillarPosition.get(b.pillarId) ?? pillars.length),
  );

  const compared = new Set(candidates.map((c) => c.id));
  return {
    pillars: pillars.map((p) => ({ id: p.id, weight: p.weight })),
    criteria: criteria.map((c) => ({
      id: c.id,
      pillarId: c.pillarId,
      weight: c.weight,
      knockout: c.knockout,
      passMark: c.passMark,
    })),
    candidates: candidates.map((c) => ({ id: c.id })),
    scores: detail.scores
      .filter((s) => compared.has(s.candidateId))
      .map((s) => ({
        evaluatorId: s.evaluatorId,
        candidateId: s.candidateId,
        criterionId: s.criterionId,
        value: s.value,
        confidence: s.confidence,
      })),
    consensus: detail.consensus
      .filter((k) => compared.has(k.candidateId))
      .map((k) => ({ candidateId: k.candidateId, criterionId: k.criterionId, value: k.value })),
    // Only a declared conflict excludes an evaluator's scores; "none" is a
    // declaration too, and changes nothing.
    conflicts: detail.conflicts
      .filter((d) => d.status === 'conflict' && compared.has(d.candidateId))
      .map((d) => ({ evaluatorId: d.evaluatorId, candidateId: d.candidateId })),
    flags: engineFlagsOf(detail.flags, compared),
  };
}
