/**
 * What a proposal freezes (issue 8, "A proposal freezes a snapshot"): the
 * compared candidates with their totals, ranks, coverage and knock-out; the
 * pillars and criteria with their weights as set and as they count; every
 * aggregated cell of the matrix; each candidate's terms summary; and the
 * sensitivity sentences in both languages. Pure: the same room and the same
 * moment give the same snapshot (and so the same hash).
 *
 * Names are written in both scripts where both exist, so one frozen text
 * serves readers of either language.
 */
import type { DealRoomDetail } from '../domain/entities';
import type { ProposalSnapshot } from '../domain/ringi';
import { analyseDealRoom } from '../engine/analyse-deal-room';
import { describeSensitivity } from '../engine/sensitivity-sentences';
import { summarizeTerms } from '../terms/terms-summary';
import { snapshotTermsLines } from './snapshot-terms-lines';

function bilingual(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (a && b && a !== b) return `${a} (${b})`;
  return a || b;
}

/**
 * `now` is the snapshot's moment (ISO 8601); the terms are read as of its
 * calendar day (UTC, so that the day does not depend on the machine's zone).
 */
export function buildProposalSnapshot(detail: DealRoomDetail, now: string): ProposalSnapshot {
  const analysis = analyseDealRoom(detail);
  const { input, scoring } = analysis;
  const candidateById = new Map(detail.candidates.map((c) => [c.id, c]));
  const resultById = new Map(scoring.candidates.map((r) => [r.candidateId, r]));
  const asOf = now.slice(0, 10);

  // Display order (the matrix's columns), not ranking order: the rank says the order.
  const candidates = input.candidates.map(({ id }) => {
    const c = candidateById.get(id);
    const result = resultById.get(id);
    const scored = result !== undefined && result.coverage > 0;
    return {
      id,
      name: c ? bilingual(c.nameLatin, c.nameJa) : id,
      total: scored ? result.total : null,
      rank: result?.rank ?? null,
      coverage: result?.coverage ?? 0,
      knockedOut: result?.knockedOut ?? false,
    };
  });
  const pillarById = new Map(detail.pillars.map((p) => [p.id, p]));
  const criterionById = new Map(detail.criteria.map((c) => [c.id, c]));
  const pillars = input.pillars.map(({ id, weight }) => {
    const p = pillarById.get(id);
    return { id, name: p ? bilingual(p.nameEn, p.nameJa) : id, weight, effectiveWeight: scoring.pillarShares[id] ?? 0 };
  });
  const criteria = input.criteria.map(({ id, pillarId, weight, knockout }) => {
    const c = criterionById.get(id);
    return { id, pillarId, name: c ? bilingual(c.nameEn, c.nameJa) : id, weight, effectiveWeight: scoring.effectiveWeights[id] ?? 0, knockout };
  });
  const cells = input.candidates.flatMap(({ id: candidateId }) =>
    input.criteria.map(({ id: criterionId }) => ({ candidateId, criterionId, value: scoring.cells[candidateId]?.[criterionId]?.score ?? null })),
  );
  const terms = input.candidates.map(({ id }) => ({ candidateId: id, lines: snapshotTermsLines(summarizeTerms(detail, id, asOf)) }));

  return {
    takenAt: now,
    dealRoomName: detail.dealRoom.name,
    candidates,
    pillars,
    criteria,
    cells,
    terms,
    sentences: { en: describeSensitivity(analysis, detail, 'en'), ja: describeSensitivity(analysis, detail, 'ja') },
  };
}
