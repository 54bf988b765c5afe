/**
 * The milestone forms as text: the plan (code, metric, target, due date) and
 * the outcome (met, missed, waived or back to pending, settled on a day, with
 * the actual value and evidence). What each becomes as operation input.
 */
import type { Milestone, MilestoneMetric, MilestoneStatus, Phase } from '../../../shared/domain/terms';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { nextFreeCode } from './next-code';

export interface MilestonePlanDraft {
  code: string;
  phaseId: string;
  metric: MilestoneMetric;
  customMetric: string;
  description: string;
  target: string;
  unit: string;
  dueOn: string;
}

/** A new milestone of a phase: the next free code of the sheet, due on the phase's last day. */
export function newMilestoneDraft(phase: Phase, sheetMilestones: readonly Milestone[]): MilestonePlanDraft {
  return {
    code: nextFreeCode('M', sheetMilestones.map((m) => m.code)),
    phaseId: phase.id,
    metric: 'revenue',
    customMetric: '',
    description: '',
    target: '',
    unit: '',
    dueOn: phase.endsOn,
  };
}

export function draftFromMilestone(m: Milestone): MilestonePlanDraft {
  return { code: m.code, phaseId: m.phaseId, metric: m.metric, customMetric: m.customMetric, description: m.description, target: numberToText(m.target), unit: m.unit, dueOn: m.dueOn };
}

/** An empty target means a yes/no milestone (a filing done, a review held): null, not zero. */
function optionalNumber(text: string): number | null {
  const parsed = parseNumberText(text);
  return parsed.kind === 'empty' ? null : numberForApi(parsed);
}

export function milestonePlanFields(d: MilestonePlanDraft) {
  return {
    code: d.code,
    metric: d.metric,
    customMetric: d.metric === 'custom' ? d.customMetric : '',
    description: d.description,
    target: optionalNumber(d.target),
    unit: d.unit,
    dueOn: d.dueOn,
  };
}

/** The plan's changes, moving the milestone to another phase of the sheet only when that was chosen. */
export function milestonePatch(d: MilestonePlanDraft, original: Milestone) {
  return d.phaseId === original.phaseId ? milestonePlanFields(d) : { ...milestonePlanFields(d), phaseId: d.phaseId };
}

export interface OutcomeDraft {
  status: MilestoneStatus;
  settledOn: string;
  actual: string;
  evidence: string;
  waivedReason: string;
}

/** Recording an outcome usually means "it was met today"; a recorded one reopens as it was. */
export function draftFromOutcome(m: Milestone, today: string): OutcomeDraft {
  return {
    status: m.status === 'pending' ? 'met' : m.status,
    settledOn: m.settledOn ?? today,
    actual: numberToText(m.actual),
    evidence: m.evidence,
    waivedReason: m.waivedReason,
  };
}

export function outcomeInput(d: OutcomeDraft) {
  const settled = d.status !== 'pending';
  return {
    status: d.status,
    // Back to pending clears what was recorded, so a later evaluation cannot count it.
    settledOn: settled ? d.settledOn || null : null,
    actual: settled ? optionalNumber(d.actual) : null,
    evidence: d.evidence,
    waivedReason: d.status === 'waived' ? d.waivedReason : '',
  };
}

/** Past its due date with no outcome: said in words in the table. */
export function isOverdue(m: Pick<Milestone, 'status' | 'dueOn'>, today: string): boolean {
  return m.status === 'pending' && m.dueOn < today;
}
