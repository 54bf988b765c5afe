/**
 * The term-risk review (issue 6; DOMAIN.md, "Staged terms"): rules that read
 * one term sheet and say what legal should worry about, with a severity and a
 * remedy, in English and Japanese. Pure: the records in, the risks out; no
 * date is needed, since the rules judge the contract as drafted, not how the
 * partner is doing.
 *
 * The rules and their exact conditions ("first phase" = earliest start, ties
 * by the sheet's order; "last phase" = latest end; "exclusivity" = a phase
 * that is exclusive or conditional, or a grant_exclusivity action):
 *
 *  1. exclusive_from_day_one: the first phase is exclusive (high) or
 *     conditional (medium). Subject: that phase.
 *  2. exclusivity_without_milestones (high): an exclusive or conditional phase
 *     with no milestone of its own and no milestone of an earlier-starting
 *     phase due on or before its start. Subject: the phase. Also a trigger
 *     that grants exclusivity when its milestones are MISSED (it rewards
 *     failure). Subject: the trigger.
 *  3. no_performance_clause (high): clauses.performanceClause is false and no
 *     phase has a base-tier target. Subject: clause:performanceClause.
 *  4. registration_without_transfer: the registration is held by the partner
 *     (high) or by a third party (medium) and registrationTransfer is false.
 *     Subject: clause:registrationTransfer.
 *  5. no_data_sharing: dataSharing is none (medium) or annually (low, its
 *     own wording: once a year is too late to steer). Subject:
 *     clause:dataSharing.
 *  6. no_exit_assistance (medium): exitAssistance is false. Subject:
 *     clause:exitAssistance.
 *  7. auto_renewal_without_targets (high): autoRenewal is true and the last
 *     phase has no base target and no milestone, or there is no phase.
 *     Subject: clause:autoRenewal.
 *  8. scope_wider_than_pilot (medium): the pilot is the first phase without
 *     exclusivity; an exclusive or conditional phase after it, or any grant,
 *     whose scope is not inside the pilot's. The finding names the part
 *     beyond (describeScope of subtractScope). One finding per phase and per
 *     trigger. Subject: the phase or the trigger. No pilot, no finding (rule
 *     1 speaks then).
 *  9. long_term_without_review (medium): the term, first phase start to last
 *     phase end, is longer than 24 months, and some stretch of more than 12
 *     months has no milestone due (start → first due date, after one due date
 *     → the next, after the last due date → end; a due date ends its
 *     stretch); the longest stretch is named. Subject: sheet.
 * 10. no_right_to_appoint_others (medium): some phase or grant gives
 *     exclusivity and rightToAppointOthers is false. Subject:
 *     clause:rightToAppointOthers.
 * 11. red_flag_condition (medium): each CONFIRMED red flag of the candidate
 *     whose consequence is contract_condition; the finding quotes what was
 *     said and the condition to write into the contract. Subject: sheet.
 *
 * Order: high before medium before low; within a severity, by rule number,
 * then phases by start and triggers by the sheet's order.
 */
import type { RedFlag } from '../domain/vetting';
import { noDataSharing, noExitAssistance, noPerformanceClause, noRightToAppointOthers, redFlagConditions, registrationWithoutTransfer } from './term-risk-clause-rules';
import {
  autoRenewalWithoutTargets,
  exclusiveFromDayOne,
  exclusivityWithoutMilestones,
  longTermWithoutReview,
  scopeWiderThanPilot,
} from './term-risk-phase-rules';
import type { RiskRule, TermSheetRecords } from './term-risk-rule';
import type { RiskSeverity, TermRisk } from './terms-evaluation';

export type { TermSheetRecords } from './term-risk-rule';

/** The rules in their numbered order (the header). */
const RULES: readonly RiskRule[] = [
  exclusiveFromDayOne,
  exclusivityWithoutMilestones,
  noPerformanceClause,
  registrationWithoutTransfer,
  noDataSharing,
  noExitAssistance,
  autoRenewalWithoutTargets,
  scopeWiderThanPilot,
  longTermWithoutReview,
  noRightToAppointOthers,
  redFlagConditions,
];

const SEVERITY_RANK: Record<RiskSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Reviews one term sheet. `input` holds the sheet's own records (a phase,
 * milestone or trigger of another sheet is ignored); `flags` are the
 * candidate's red flags.
 */
export function reviewTermSheet(input: TermSheetRecords, flags: RedFlag[]): TermRisk[] {
  const id = input.sheet.id;
  const own: TermSheetRecords = {
    sheet: input.sheet,
    phases: input.phases.filter((p) => p.termSheetId === id),
    milestones: input.milestones.filter((m) => m.termSheetId === id),
    triggers: input.triggers.filter((t) => t.termSheetId === id),
  };
  const found = RULES.flatMap((rule) => rule(own, flags));
  // Stable: within a severity the rules' own order stays.
  return found.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
