/**
 * Small builders of staged-terms records for the view-model tests: a phase, a
 * milestone, a trigger and a hand-written evaluation, with only the fields a
 * test cares about given. Fictional data.
 */
import type { Milestone, Phase, Scope, TermSheet, Trigger } from '../../../shared/domain/terms';
import { DEFAULT_TERM_CLAUSES } from '../../../shared/domain/terms';
import type { SheetEvaluation } from '../../../shared/terms/terms-evaluation';

const at = '2026-11-01T09:00:00.000Z';
export const KINKI_HOSPITALS: Scope = { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] };

export function sheet(id: string, candidateId: string, fields: Partial<TermSheet> = {}): TermSheet {
  return { id, candidateId, title: '', clauses: DEFAULT_TERM_CLAUSES, reviewStatus: 'draft', reviewer: '', notes: '', createdAt: at, updatedAt: at, ...fields };
}

export function phase(id: string, termSheetId: string, startsOn: string, endsOn: string, fields: Partial<Phase> = {}): Phase {
  return { id, termSheetId, name: id, startsOn, endsOn, exclusivity: 'none', scope: KINKI_HOSPITALS, targets: [], sortOrder: 0, ...fields };
}

export function milestone(id: string, phaseId: string, termSheetId: string, code: string, dueOn: string, fields: Partial<Milestone> = {}): Milestone {
  return {
    id,
    termSheetId,
    phaseId,
    code,
    metric: 'units',
    customMetric: '',
    description: '',
    target: 100,
    unit: 'units',
    dueOn,
    status: 'pending',
    actual: null,
    settledOn: null,
    evidence: '',
    waivedReason: '',
    sortOrder: 0,
    ...fields,
  };
}

export function trigger(id: string, termSheetId: string, code: string, milestoneIds: string[], by: string | null): Trigger {
  return {
    id,
    termSheetId,
    code,
    name: '',
    condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds, by },
    actions: [{ kind: 'grant_exclusivity', scope: KINKI_HOSPITALS, months: 24, startsOn: null }],
    sortOrder: 0,
  };
}

export function evaluation(termSheetId: string, candidateId: string, asOf: string, fields: Partial<SheetEvaluation> = {}): SheetEvaluation {
  return { termSheetId, candidateId, asOf, milestones: [], triggers: [], rights: [], termEndsOn: null, conflicts: [], ...fields };
}
