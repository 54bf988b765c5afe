/**
 * The red-flag library and the two checklists as one set of references a
 * logged flag can link to by key. A library entry is something said; a
 * checklist item is something seen; both carry what it may signal, a check
 * and a suggested consequence, so a flag is prefilled the same way from
 * either.
 */
import type { BilingualText } from '../domain/criteria-template';
import { COMMERCIAL_FLAGS } from './library/commercial-flags';
import { CULTURE_AND_OPERATIONS_FLAGS } from './library/culture-and-operations-flags';
import { LEGAL_AND_STRUCTURE_FLAGS } from './library/legal-and-structure-flags';
import { MARKETING_FLAGS } from './library/marketing-flags';
import { SALES_AND_MARKET_FLAGS } from './library/sales-and-market-flags';
import { STRATEGY_FLAGS } from './library/strategy-flags';
import { SUPPORT_FLAGS } from './library/support-flags';
import { TRANSPARENCY_AND_DATA_FLAGS } from './library/transparency-and-data-flags';
import type { ChecklistItem, ChecklistKind, RedFlagCategory, RedFlagEntry, SuggestedConsequence } from './red-flag-types';
import { DEPENDENCY_RISK_SIGNS, WARNING_SIGNS } from './warning-sign-checklists';

export const RED_FLAG_LIBRARY: readonly RedFlagEntry[] = [
  ...SALES_AND_MARKET_FLAGS,
  ...MARKETING_FLAGS,
  ...TRANSPARENCY_AND_DATA_FLAGS,
  ...STRATEGY_FLAGS,
  ...LEGAL_AND_STRUCTURE_FLAGS,
  ...CULTURE_AND_OPERATIONS_FLAGS,
  ...SUPPORT_FLAGS,
  ...COMMERCIAL_FLAGS,
];

export const CHECKLIST_ITEMS: Readonly<Record<ChecklistKind, readonly ChecklistItem[]>> = {
  'warning-signs': WARNING_SIGNS,
  'dependency-risk': DEPENDENCY_RISK_SIGNS,
};

/** What a logged flag links to: a library entry (said) or a checklist item (seen). */
export interface FlagReference {
  key: string;
  origin: 'library' | 'checklist';
  /** The category of a library entry, or the checklist of an item. */
  group: RedFlagCategory | ChecklistKind;
  /** What was said, or what was seen. */
  statement: BilingualText;
  signals: BilingualText;
  check: BilingualText;
  consequence: SuggestedConsequence;
}

function fromEntry(e: RedFlagEntry): FlagReference {
  return { key: e.key, origin: 'library', group: e.category, statement: e.said, signals: e.signals, check: e.check, consequence: e.consequence };
}

function fromItem(i: ChecklistItem): FlagReference {
  return { key: i.key, origin: 'checklist', group: i.checklist, statement: i.sign, signals: i.signals, check: i.check, consequence: i.consequence };
}

const references = new Map<string, FlagReference>([
  ...RED_FLAG_LIBRARY.map((e) => [e.key, fromEntry(e)] as const),
  ...Object.values(CHECKLIST_ITEMS)
    .flat()
    .map((i) => [i.key, fromItem(i)] as const),
]);

/** The library entry or checklist item with this key, or undefined. */
export function flagReference(key: string): FlagReference | undefined {
  return references.get(key);
}

export function libraryReferences(): FlagReference[] {
  return RED_FLAG_LIBRARY.map(fromEntry);
}

export function checklistReferences(kind: ChecklistKind): FlagReference[] {
  return CHECKLIST_ITEMS[kind].map(fromItem);
}
