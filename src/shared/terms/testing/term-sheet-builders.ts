/**
 * Builders of valid term-sheet records for the terms engine's tests (as-of
 * evaluation, collisions): a test names only what it is about. Every record
 * goes through the real schema, so no test runs on a shape the app refuses.
 */
import { DEFAULT_TERM_CLAUSES, Milestone, Phase, TermSheet, Trigger, type Scope, type TriggerAction, type TriggerCondition } from '../../domain/terms';
import type { SheetRecords } from '../rights-timeline';

const AT = '2026-11-20T10:00:00+09:00';

/** A scope from a territory and, optionally, channels (segments and products: every). */
export function scope(territory: string[], channels: string[] = [], segments: string[] = [], products: string[] = []): Scope {
  return { territory, channels, segments, products };
}

export function termSheet(id = 'sheet-a', candidateId = 'cand-a'): TermSheet {
  return TermSheet.parse({
    id,
    candidateId,
    title: 'Staged distribution agreement',
    clauses: DEFAULT_TERM_CLAUSES,
    reviewStatus: 'draft',
    reviewer: '',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
  });
}

export function phaseOf(
  termSheetId: string,
  fields: Pick<Phase, 'id' | 'startsOn' | 'endsOn'> & Partial<Phase>,
): Phase {
  return Phase.parse({ termSheetId, name: fields.id, exclusivity: 'none', scope: scope(['JP']), targets: [], sortOrder: 0, ...fields });
}

export function milestoneOf(
  termSheetId: string,
  fields: Pick<Milestone, 'id' | 'dueOn'> & Partial<Milestone>,
): Milestone {
  return Milestone.parse({
    termSheetId,
    phaseId: 'p1',
    code: fields.id.toUpperCase(),
    metric: 'new_accounts',
    customMetric: '',
    description: '',
    target: 10,
    unit: 'accounts',
    status: 'pending',
    actual: null,
    settledOn: null,
    evidence: '',
    waivedReason: fields.status === 'waived' ? 'The hospital group merged; the principal released the target.' : '',
    sortOrder: 0,
    ...fields,
  });
}

/** A milestone whose outcome was recorded on `settledOn`. */
export function settled(termSheetId: string, id: string, dueOn: string, status: 'met' | 'missed' | 'waived', settledOn: string, sortOrder = 0): Milestone {
  return milestoneOf(termSheetId, { id, dueOn, status, settledOn, sortOrder });
}

export function condition(
  quantifier: TriggerCondition['quantifier'],
  outcome: TriggerCondition['outcome'],
  milestoneIds: string[],
  by: string | null = null,
  k: number | null = null,
): TriggerCondition {
  return { quantifier, outcome, milestoneIds, by, k };
}

export function triggerOf(termSheetId: string, id: string, cond: TriggerCondition, actions: TriggerAction[], sortOrder = 0): Trigger {
  return Trigger.parse({ termSheetId, id, code: id.toUpperCase(), name: '', condition: cond, actions, sortOrder });
}

export function records(parts: Partial<SheetRecords> & Pick<SheetRecords, 'sheet'>): SheetRecords {
  return { phases: [], milestones: [], triggers: [], ...parts };
}
