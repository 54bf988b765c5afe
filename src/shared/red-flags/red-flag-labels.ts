/**
 * The catalogue keys of the library's categories and checklists, named in
 * full so that shared code (search) and the screens word them the same way.
 */
import type { ChecklistKind, RedFlagCategory } from './red-flag-types';

export const CATEGORY_LABEL_KEYS: Readonly<Record<RedFlagCategory, string>> = {
  'sales-and-market': 'flags:categories.salesAndMarket',
  marketing: 'flags:categories.marketing',
  'transparency-and-data': 'flags:categories.transparencyAndData',
  strategy: 'flags:categories.strategy',
  'legal-and-structure': 'flags:categories.legalAndStructure',
  'culture-and-operations': 'flags:categories.cultureAndOperations',
  support: 'flags:categories.support',
  commercial: 'flags:categories.commercial',
};

export const CHECKLIST_LABEL_KEYS: Readonly<Record<ChecklistKind, string>> = {
  'warning-signs': 'flags:checklists.warningSigns',
  'dependency-risk': 'flags:checklists.dependencyRisk',
};

/** The label key of a reference's group, whichever kind it is. */
export function groupLabelKey(group: RedFlagCategory | ChecklistKind): string {
  return group in CATEGORY_LABEL_KEYS ? CATEGORY_LABEL_KEYS[group as RedFlagCategory] : CHECKLIST_LABEL_KEYS[group as ChecklistKind];
}
