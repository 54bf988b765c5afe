/**
 * As-of evaluation of a term sheet (issue 6; DOMAIN.md, "Staged terms"):
 * where every milestone, trigger and right stands on a chosen date, and why,
 * in a sentence. Pure: records and a date in, a SheetEvaluation out; the same
 * answer on the screen, the print-out and the CLI. Dates are inclusive
 * calendar days (YYYY-MM-DD).
 *
 * The contract:
 *
 * Milestones as of D. A recorded outcome (met, missed, waived) counts from its
 * settledOn, if that is on or before D. Otherwise the milestone is pending, or
 * overdue from dueOn + 1 once D is past its due date.
 *
 * Triggers. Let cutoff = min(D, by) (D when there is no by-date). Toward
 * `met`, a milestone counts if it stands met or waived (a waiver excuses it)
 * since a day ≤ cutoff; toward `missed`, only if it stands missed since a day
 * ≤ cutoff. Overdue never counts as missed: somebody must record the outcome.
 * Needed: all → every listed milestone; any → 1; at_least → k. The trigger
 * has fired when the count reaches what is needed; firedOn is the needed-th
 * earliest date among those counting. It has lapsed when it has not fired and
 * either D is past its by-date or too few milestones can still count (missed
 * ones cannot count toward met; met or waived ones cannot count toward
 * missed). Otherwise it waits.
 *
 * Effective date of a fired action: a grant's own startsOn if it names one,
 * otherwise firedOn + 1 day. Actions apply in order of effective date, then
 * of the triggers' sortOrder.
 *
 * Rights in force on D:
 * - A phase with startsOn ≤ D ≤ endsOn gives its exclusivity (none gives a
 *   non-exclusive right) over its scope. Fired extend_term actions push the
 *   last phase's end (and termEndsOn) out by their months each: a term
 *   ending E extended by N months ends on (E + 1 day) + N months − 1 day.
 * - A fired grant_exclusivity gives exclusivity over its scope from its
 *   effective date F for N months, to F + N months − 1 day (2027-07-01 for
 *   24 months ends 2029-06-30; month ends clamp: 2027-01-31 + 1 month is
 *   2027-02-28).
 * - A fired revert_non_exclusive effective on r makes every exclusive or
 *   conditional right of the sheet in force on r non-exclusive inside the
 *   revert's scope (null: everywhere) from r on; the rest of each right's
 *   scope keeps its exclusivity (scope-sets.ts subtractScope). A right that
 *   starts after r is not touched.
 * - termination_right and renewal_option open a right from their effective
 *   date; incentive_tier: the latest tier move in force wins.
 * - Conflicts are reported in `conflicts`, never resolved silently: on one
 *   effective date, a grant and a revert whose scopes overlap (the overlap
 *   keeps what it was before both), two different incentive tiers (the tier
 *   stays as it was), an extend_term and a termination_right (both stand).
 *
 * Sentences come in English and Japanese (right-sentences.ts).
 */
import type { DealRoomDetail } from '../domain/entities';
import { milestoneAsOf } from './trigger-conditions';
import { openedRightSentence, grantRightSentence, phaseRightSentence, revertedRightSentence, triggerSentence } from './right-sentences';
import { buildTermsTimeline, type RightSegment, type SheetRecords } from './rights-timeline';
import type { CalendarDate, Right, SheetEvaluation } from './terms-evaluation';

export type { SheetRecords } from './rights-timeline';
export { describeAction, describeCondition, describeTrigger } from './right-sentences';

type TermsDetail = Pick<DealRoomDetail, 'termSheets' | 'phases' | 'milestones' | 'triggers'>;

/** The records of one term sheet, as evaluateTermSheet takes them. Throws when the room has no such sheet. */
export function sheetRecords(detail: TermsDetail, termSheetId: string): SheetRecords {
  const sheet = detail.termSheets.find((s) => s.id === termSheetId);
  if (!sheet) throw new RangeError(`No term sheet ${termSheetId} in this deal-room`);
  return {
    sheet,
    phases: detail.phases.filter((p) => p.termSheetId === termSheetId),
    milestones: detail.milestones.filter((m) => m.termSheetId === termSheetId).sort((a, b) => a.sortOrder - b.sortOrder),
    triggers: detail.triggers.filter((t) => t.termSheetId === termSheetId),
  };
}

function segmentRight(segment: RightSegment): Right {
  const base = { kind: 'exclusivity' as const, exclusivity: segment.exclusivity, scope: segment.scope, from: segment.from, to: segment.to };
  const o = segment.origin;
  if (o.kind === 'phase') {
    return { ...base, source: { kind: 'phase', phaseId: o.phase.id }, sentence: phaseRightSentence(segment, o.phase, o.extendedBy, segment.to) };
  }
  if (o.kind === 'grant') {
    const { trigger, state, action } = o.fired;
    return {
      ...base,
      source: { kind: 'trigger', triggerId: trigger.id },
      sentence: grantRightSentence(segment.scope, { from: o.grantFrom, to: o.grantTo, months: action.months }, trigger, state),
    };
  }
  const { trigger, state } = o.fired;
  return { ...base, source: { kind: 'trigger', triggerId: trigger.id }, sentence: revertedRightSentence(segment.scope, segment.from, segment.to, trigger, state) };
}

export function evaluateTermSheet(input: SheetRecords, asOf: CalendarDate): SheetEvaluation {
  const timeline = buildTermsTimeline(input, asOf);
  const milestones = [...input.milestones].sort((a, b) => a.sortOrder - b.sortOrder);

  const rights: Right[] = timeline.segments.filter((s) => s.from <= asOf && asOf <= s.to).map(segmentRight);
  for (const f of timeline.opened) {
    if (f.on > asOf) continue;
    const source = { kind: 'trigger' as const, triggerId: f.trigger.id };
    if (f.action.kind === 'termination_right') {
      rights.push({ kind: 'termination_right', from: f.on, source, sentence: openedRightSentence({ kind: 'termination' }, f.on, f.trigger, f.state) });
    } else {
      const months = f.action.months;
      rights.push({ kind: 'renewal_option', months, from: f.on, source, sentence: openedRightSentence({ kind: 'renewal', months }, f.on, f.trigger, f.state) });
    }
  }
  const tier = timeline.tiers.filter((f) => f.on <= asOf).at(-1);
  if (tier) {
    rights.push({
      kind: 'incentive_tier',
      tier: tier.action.tier,
      from: tier.on,
      source: { kind: 'trigger', triggerId: tier.trigger.id },
      sentence: openedRightSentence({ kind: 'tier', tier: tier.action.tier }, tier.on, tier.trigger, tier.state),
    });
  }

  return {
    termSheetId: input.sheet.id,
    candidateId: input.sheet.candidateId,
    asOf,
    milestones: milestones.map((m) => milestoneAsOf(m, asOf)),
    triggers: timeline.triggers.map(({ trigger, state }) => ({
      triggerId: trigger.id,
      code: trigger.code,
      status: state.status,
      firedOn: state.firedOn,
      counted: state.counted.map((s) => s.code),
      sentence: triggerSentence(trigger, state, input.milestones),
    })),
    rights,
    termEndsOn: timeline.termEndsOn,
    conflicts: timeline.conflicts,
  };
}

/** Every term sheet of the room as of the date, in the order the room lists them. */
export function evaluateRoomTerms(detail: TermsDetail, asOf: CalendarDate): SheetEvaluation[] {
  return detail.termSheets.map((s) => evaluateTermSheet(sheetRecords(detail, s.id), asOf));
}
