/**
 * The shape of the built-in criteria library: five pillars (DOMAIN.md, "What
 * makes a good partner") and criteria keyed by a stable key, each with its
 * texts in English and Japanese, a suggested weight inside its pillar and,
 * for must-pass criteria, a suggestion to make it a knock-out.
 */
import type { BilingualText } from '../domain/criteria-template';

export const PILLAR_KEYS = ['effectiveness', 'compliance', 'trustworthiness', 'capability', 'strategic-fit'] as const;
export type PillarKey = (typeof PILLAR_KEYS)[number];

export interface LibraryPillar {
  key: PillarKey;
  name: BilingualText;
}

/**
 * Where a criterion applies: `general` to any distributor, `medical` only to
 * products regulated under Japan's PMD Act (medical devices and medicines).
 */
export type CriterionScope = 'general' | 'medical';

export interface LibraryCriterion {
  /** Stable across versions: templates and saved files refer to it. */
  key: string;
  pillar: PillarKey;
  scope: CriterionScope;
  name: BilingualText;
  description: BilingualText;
  /** What a 1, a 3 and a 5 look like: concrete, observable, checkable. */
  anchor1: BilingualText;
  anchor3: BilingualText;
  anchor5: BilingualText;
  /** Relative weight inside its pillar when a template does not say otherwise. */
  suggestedWeight: number;
  /** A must-pass criterion: failing it should remove a candidate from the ranking. */
  suggestedKnockout: boolean;
}

/** Keeps the keys of a list as literal types, so templates can only name criteria that exist. */
export function criteriaOf<const T extends readonly LibraryCriterion[]>(list: T): T {
  return list;
}
