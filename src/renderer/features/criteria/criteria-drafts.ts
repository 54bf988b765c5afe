/**
 * Unsaved edits on the Criteria screen, and the shares of the whole they
 * would give. Shares are computed by the engine (SCORING.md, "Effective
 * weights") from the deal-room with the typed weights put in, so a person
 * sees what a weight means before saving it.
 */
import type { Criterion, DealRoomDetail, Pillar } from '../../../shared/domain/entities';
import { engineInputFromDetail } from '../../../shared/engine/engine-input';
import { computeScores } from '../../../shared/engine/score-candidates';
import { numberToText, parseNumberText } from '../../components/parse-number-text';

export interface PillarDraft {
  nameEn: string;
  nameJa: string;
  weight: string;
}

export interface CriterionDraft {
  nameEn: string;
  nameJa: string;
  description: string;
  anchor1: string;
  anchor3: string;
  anchor5: string;
  weight: string;
  knockout: boolean;
  passMark: string;
}

export const pillarDraftOf = (p: Pillar): PillarDraft => ({ nameEn: p.nameEn, nameJa: p.nameJa, weight: numberToText(p.weight) });

export const criterionDraftOf = (c: Criterion): CriterionDraft => ({
  nameEn: c.nameEn,
  nameJa: c.nameJa,
  description: c.description,
  anchor1: c.anchor1,
  anchor3: c.anchor3,
  anchor5: c.anchor5,
  weight: numberToText(c.weight),
  knockout: c.knockout,
  passMark: numberToText(c.passMark),
});

export function sameDraft<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((k) => a[k] === b[k]);
}

/** A typed weight that the engine can use, or the stored one while the text is not (yet) a valid weight. */
function weightFromText(text: string | undefined, stored: number): number {
  if (text === undefined) return stored;
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' && parsed.value >= 0 ? parsed.value : stored;
}

export interface Shares {
  /** Each criterion's share of the whole (e_c), by id. */
  criteria: Record<string, number>;
  /** Each pillar's share of the whole, by id (0 for inactive pillars). */
  pillars: Record<string, number>;
  /** Σ e_c: 1 when anything is active, else 0. */
  total: number;
}

export function draftShares(
  detail: DealRoomDetail,
  pillarDrafts: Readonly<Record<string, PillarDraft>>,
  criterionDrafts: Readonly<Record<string, CriterionDraft>>,
): Shares {
  const patched: DealRoomDetail = {
    ...detail,
    pillars: detail.pillars.map((p) => ({ ...p, weight: weightFromText(pillarDrafts[p.id]?.weight, p.weight) })),
    criteria: detail.criteria.map((c) => ({ ...c, weight: weightFromText(criterionDrafts[c.id]?.weight, c.weight) })),
  };
  const scoring = computeScores(engineInputFromDetail(patched));
  const criteria: Record<string, number> = {};
  for (const c of patched.criteria) criteria[c.id] = scoring.effectiveWeights[c.id] ?? 0;
  const pillars: Record<string, number> = {};
  for (const p of patched.pillars) pillars[p.id] = scoring.pillarShares[p.id] ?? 0;
  const total = Object.values(criteria).reduce((sum, e) => sum + e, 0);
  return { criteria, pillars, total };
}
