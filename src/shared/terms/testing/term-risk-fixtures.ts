/**
 * Builders of valid staged-terms records for the tests of the term-risk
 * review, the exit difficulty and the terms summary: a test names only the
 * fields it cares about. Every record is parsed by the real schema, so a test
 * cannot run on a shape the app would refuse.
 */
import { RedFlag } from '../../domain/vetting';
import { DEFAULT_TERM_CLAUSES, Milestone, Phase, TermSheet, Trigger, type Scope, type TermClauses } from '../../domain/terms';

const AT = '2027-01-15T09:00:00+09:00';
export const SHEET_ID = 'sheet-1';
export const CANDIDATE_ID = 'cand-1';

/** All of Japan, every channel, segment and product. */
export const ALL_JAPAN: Scope = { territory: ['JP'], channels: [], segments: [], products: [] };

/** Clauses that protect the principal everywhere: the review finds nothing in them, exit difficulty is 0. */
export const PROTECTIVE_CLAUSES: TermClauses = {
  performanceClause: true,
  registrationHolder: 'principal',
  registrationTransfer: true,
  dataSharing: 'monthly',
  customerDataOwner: 'principal',
  exitAssistance: true,
  inventoryBuyBack: true,
  noticePeriodMonths: 3,
  nonCompeteMonths: 0,
  autoRenewal: false,
  rightToAppointOthers: true,
};

export function sheet(clauses: Partial<TermClauses> = {}, fields: Partial<TermSheet> = {}): TermSheet {
  return TermSheet.parse({
    id: SHEET_ID,
    candidateId: CANDIDATE_ID,
    title: 'Proposed distribution terms',
    clauses: { ...DEFAULT_TERM_CLAUSES, ...clauses },
    reviewStatus: 'draft',
    reviewer: '',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  });
}

export function phase(fields: Partial<Phase> & Pick<Phase, 'id' | 'startsOn' | 'endsOn'>): Phase {
  return Phase.parse({
    termSheetId: SHEET_ID,
    name: fields.id,
    exclusivity: 'none',
    scope: ALL_JAPAN,
    targets: [],
    sortOrder: 0,
    ...fields,
  });
}

export function milestone(fields: Partial<Milestone> & Pick<Milestone, 'id' | 'phaseId' | 'dueOn'>): Milestone {
  return Milestone.parse({
    termSheetId: SHEET_ID,
    code: fields.id.toUpperCase(),
    metric: 'units',
    customMetric: '',
    description: '',
    target: 100,
    unit: 'units',
    status: 'pending',
    actual: null,
    settledOn: null,
    evidence: '',
    waivedReason: '',
    sortOrder: 0,
    ...fields,
  });
}

export function trigger(fields: Partial<Trigger> & Pick<Trigger, 'id' | 'condition' | 'actions'>): Trigger {
  return Trigger.parse({
    termSheetId: SHEET_ID,
    code: fields.id.toUpperCase(),
    name: '',
    sortOrder: 0,
    ...fields,
  });
}

export function flag(fields: Partial<RedFlag> & Pick<RedFlag, 'id'>): RedFlag {
  return RedFlag.parse({
    candidateId: CANDIDATE_ID,
    libraryKey: '',
    said: 'Only we can handle the regulator for this product.',
    saidBy: '',
    observedOn: '2026-11-02',
    source: 'first meeting',
    status: 'confirmed',
    outcome: 'Two other distributors handle the same filings.',
    consequence: 'contract_condition',
    criterionId: null,
    penalty: 0,
    condition: 'The registration is transferred to the principal on request, at no cost.',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  });
}
