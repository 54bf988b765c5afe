/**
 * Each compared candidate's pillar totals (SCORING.md, "Totals": pillarT, the
 * pillar's own 0–100) as a grouped bar chart reads them: one group per active
 * pillar, one bar per candidate in ranking order.
 */
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { candidateName, labelName } from '../../../shared/domain/display-names';
import type { ScoringResult } from '../../../shared/engine/types';

export interface ProfileCandidate {
  candidateId: string;
  /** recharts data key of this candidate's bars ("c0", "c1", …): ids may hold characters a key path reads as nesting. */
  key: string;
  name: string;
  rank: number | null;
  knockedOut: boolean;
}

export interface ProfilePillar {
  pillarId: string;
  name: string;
  /** pillarT per candidate key, 0–100. */
  totals: Record<string, number>;
}

export interface PillarProfileModel {
  candidates: ProfileCandidate[];
  pillars: ProfilePillar[];
  /** recharts rows: { pillar: name, c0: total, c1: total, … }. */
  data: Record<string, string | number>[];
}

export function buildPillarProfileModel(detail: DealRoomDetail, scoring: ScoringResult, lang: Language): PillarProfileModel {
  const byId = new Map(detail.candidates.map((c) => [c.id, c]));
  const candidates: ProfileCandidate[] = scoring.candidates.map((c, i) => {
    const found = byId.get(c.candidateId);
    return {
      candidateId: c.candidateId,
      key: `c${i}`,
      name: found ? candidateName(found, lang) : c.candidateId,
      rank: c.rank,
      knockedOut: c.knockedOut,
    };
  });
  // Inactive pillars count for nothing in the total, so they are left out of the profile.
  const active = new Set(scoring.activePillarIds);
  const pillars: ProfilePillar[] = [...detail.pillars]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((p) => active.has(p.id))
    .map((p) => {
      const totals: Record<string, number> = {};
      scoring.candidates.forEach((c, i) => {
        totals[`c${i}`] = c.pillarTotals[p.id] ?? 0;
      });
      return { pillarId: p.id, name: labelName(p, lang), totals };
    });
  const data = pillars.map((p) => ({ pillar: p.name, ...p.totals }));
  return { candidates, pillars, data };
}
