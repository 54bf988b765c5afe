/**
 * The built-in criteria library: every criterion of the five pillars, keyed
 * by a stable key. Templates (built-in-templates.ts) pick from it by key, so
 * a text is written once and reads the same in every template.
 */
import { CAPABILITY_CRITERIA } from './library/capability-criteria';
import { COMPLIANCE_CRITERIA } from './library/compliance-criteria';
import { EFFECTIVENESS_CRITERIA } from './library/effectiveness-criteria';
import { STRATEGIC_FIT_CRITERIA } from './library/strategic-fit-criteria';
import { TRUSTWORTHINESS_CRITERIA } from './library/trustworthiness-criteria';
import type { LibraryCriterion } from './library-types';

export const CRITERIA_LIBRARY = [
  ...EFFECTIVENESS_CRITERIA,
  ...COMPLIANCE_CRITERIA,
  ...TRUSTWORTHINESS_CRITERIA,
  ...CAPABILITY_CRITERIA,
  ...STRATEGIC_FIT_CRITERIA,
] as const;

export type LibraryCriterionKey = (typeof CRITERIA_LIBRARY)[number]['key'];

const byKey = new Map<string, LibraryCriterion>(CRITERIA_LIBRARY.map((c) => [c.key, c]));

export function libraryCriterion(key: LibraryCriterionKey): LibraryCriterion {
  const criterion = byKey.get(key);
  // The key type lists exactly the keys above, so this only fails if the library is edited inconsistently.
  if (!criterion) throw new Error(`no library criterion "${key}"`);
  return criterion;
}
