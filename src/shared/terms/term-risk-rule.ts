/**
 * What every term-risk rule shares: the records of one term sheet it reads,
 * the risk it returns, and the orderings the rules agree on ("the first
 * phase", "the last phase", "a grant").
 */
import type { ClauseRef, Phase, Scope, Trigger } from '../domain/terms';
import type { RedFlag } from '../domain/vetting';
import type { Bilingual } from './bilingual-text';
import type { SheetRecords } from './evaluate-term-sheet';
import type { RiskSeverity, TermRisk, TermRiskRule } from './terms-evaluation';

/** One term sheet and its phases, milestones and triggers (the terms engine's SheetRecords). */
export type TermSheetRecords = SheetRecords;

/** One rule: the records (and the candidate's red flags) in, what it found out. */
export type RiskRule = (records: TermSheetRecords, flags: readonly RedFlag[]) => TermRisk[];

export function risk(rule: TermRiskRule, severity: RiskSeverity, subject: ClauseRef, finding: Bilingual, remedy: Bilingual): TermRisk {
  return { rule, severity, subject, finding, remedy };
}

/** Phases in time order: by start, then by their order on the sheet. */
export function phasesByStart(phases: readonly Phase[]): Phase[] {
  return [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.sortOrder - b.sortOrder);
}

/** The phase that ends last (of those ending together, the one that starts last, then the last on the sheet). */
export function lastPhase(phases: readonly Phase[]): Phase | null {
  const sorted = [...phases].sort((a, b) => b.endsOn.localeCompare(a.endsOn) || b.startsOn.localeCompare(a.startsOn) || b.sortOrder - a.sortOrder);
  return sorted[0] ?? null;
}

export interface Grant {
  trigger: Trigger;
  scope: Scope;
  months: number;
  startsOn: string | null;
}

/** Every grant_exclusivity action, with the trigger it belongs to, in the sheet's order. */
export function grantsOf(triggers: readonly Trigger[]): Grant[] {
  return [...triggers]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((trigger) =>
      trigger.actions.flatMap((a) => (a.kind === 'grant_exclusivity' ? [{ trigger, scope: a.scope, months: a.months, startsOn: a.startsOn }] : [])),
    );
}

export function hasBaseTarget(phase: Phase): boolean {
  return phase.targets.some((t) => t.tier === 'base');
}
