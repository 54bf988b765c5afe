/**
 * The shape of the red-flag library (DOMAIN.md, "Red flags"): explanations a
 * distributor or suitor gives that are sometimes real barriers and often
 * deflections, by category, each with what it may signal, a check that tells
 * the two apart, and what a confirmed flag should do. Beside it, two
 * checklists of things seen rather than said: the warning signs of an
 * underperforming partner, and the signs of dependency on one.
 */
import type { BilingualText } from '../domain/criteria-template';
import type { LibraryCriterionKey } from '../templates/criteria-library';

export const RED_FLAG_CATEGORIES = [
  'sales-and-market',
  'marketing',
  'transparency-and-data',
  'strategy',
  'legal-and-structure',
  'culture-and-operations',
  'support',
  'commercial',
] as const;
export type RedFlagCategory = (typeof RED_FLAG_CATEGORIES)[number];

/**
 * What a confirmed flag of this kind should do (SCORING.md, "Aggregated
 * scores"): a note only; points off the library criterion it bears on; a
 * knock-out; or a condition to write into the contract.
 */
export type SuggestedConsequence =
  | { kind: 'note' }
  | { kind: 'penalty'; criterionKey: LibraryCriterionKey; points: number }
  | { kind: 'knockout' }
  | { kind: 'contract_condition'; condition: BilingualText };

export interface RedFlagEntry {
  /** Stable across versions: logged flags refer to it. */
  key: string;
  category: RedFlagCategory;
  /** What the partner says, as one would hear it. */
  said: BilingualText;
  /** What it may signal when it is a deflection. */
  signals: BilingualText;
  /** A concrete check that confirms or clears it. */
  check: BilingualText;
  consequence: SuggestedConsequence;
}

export const CHECKLISTS = ['warning-signs', 'dependency-risk'] as const;
export type ChecklistKind = (typeof CHECKLISTS)[number];

/** A sign seen in the relationship (not an explanation given), with how to check it. */
export interface ChecklistItem {
  /** Stable, and distinct from every library key: a flag logged from an item links to it. */
  key: string;
  checklist: ChecklistKind;
  /** The sign as one would notice it. */
  sign: BilingualText;
  /** Why it matters. */
  signals: BilingualText;
  check: BilingualText;
  consequence: SuggestedConsequence;
}

/** Keeps an entry list's literal types while checking each entry's shape. */
export function entriesOf<const T extends readonly RedFlagEntry[]>(list: T): T {
  return list;
}

export function checklistOf<const T extends readonly ChecklistItem[]>(list: T): T {
  return list;
}
