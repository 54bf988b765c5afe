/**
 * Turns an edited criterion into the patch the API receives: only the fields
 * that changed (so the change log records what someone actually changed), with
 * typed numbers read as numbers and anything else left for the API to judge.
 */
import type { Criterion, Pillar } from '../../../shared/domain/entities';
import { numberForApi, parseNumberText } from '../../components/parse-number-text';
import { criterionDraftOf, pillarDraftOf, type CriterionDraft, type PillarDraft } from './criteria-drafts';

export interface CriterionPayload {
  nameEn: string;
  nameJa: string;
  description: string;
  anchor1: string;
  anchor3: string;
  anchor5: string;
  weight: number;
  knockout: boolean;
  passMark: number;
}

export function criterionPayload(draft: CriterionDraft): CriterionPayload {
  return {
    nameEn: draft.nameEn,
    nameJa: draft.nameJa,
    description: draft.description,
    anchor1: draft.anchor1,
    anchor3: draft.anchor3,
    anchor5: draft.anchor5,
    weight: numberForApi(parseNumberText(draft.weight)),
    knockout: draft.knockout,
    passMark: numberForApi(parseNumberText(draft.passMark)),
  };
}

export function criterionPatch(stored: Criterion, draft: CriterionDraft): Partial<CriterionPayload> {
  const before = criterionDraftOf(stored);
  const full = criterionPayload(draft);
  const patch: Partial<CriterionPayload> = {};
  for (const key of Object.keys(full) as (keyof CriterionPayload)[]) {
    if (before[key] !== draft[key]) (patch as Record<string, unknown>)[key] = full[key];
  }
  return patch;
}

export interface PillarPayload {
  nameEn: string;
  nameJa: string;
  weight: number;
}

export function pillarPayload(draft: PillarDraft): PillarPayload {
  return { nameEn: draft.nameEn, nameJa: draft.nameJa, weight: numberForApi(parseNumberText(draft.weight)) };
}

export function pillarPatch(stored: Pillar, draft: PillarDraft): Partial<PillarPayload> {
  const before = pillarDraftOf(stored);
  const full = pillarPayload(draft);
  const patch: Partial<PillarPayload> = {};
  for (const key of Object.keys(full) as (keyof PillarPayload)[]) {
    if (before[key] !== draft[key]) (patch as Record<string, unknown>)[key] = full[key];
  }
  return patch;
}
