/**
 * Contract operations of staged terms (issue 6): term sheets, their phases,
 * milestones and triggers, legal review and reviewer comments, and the
 * commitments other deal-rooms hold (for the collision check across rooms).
 *
 * Rules that need the room are checked by the handlers against the record as
 * it would be stored: a phase ends on or after it starts; a milestone belongs
 * to a phase of the same sheet; a trigger names milestones of its own sheet
 * and, for `at_least`, a k between 1 and their number; codes are unique per
 * sheet; a settled milestone has its date, a waived one its reason; a
 * milestone or phase a trigger still uses is not deleted (the message names
 * the trigger).
 */
import { z } from 'zod';
import { Id, LongText, ShortText } from '../domain/primitives';
import {
  ClauseRef,
  ExternalCommitment,
  LegalReviewStatus,
  Milestone,
  MilestoneStatus,
  Phase,
  PhaseTarget,
  Scope,
  TermClauses,
  TermComment,
  TermSheet,
  Trigger,
  TriggerAction,
  TriggerCondition,
} from '../domain/terms';
import { IsoDate } from '../domain/vetting';
import { Deleted, op } from './contract-op';

const SheetFields = z.strictObject({
  title: ShortText,
  reviewer: ShortText,
  notes: LongText,
  clauses: TermClauses.partial().strict(),
});

/** How a new term sheet starts: empty, or the usual pilot → conditional exclusivity → renewal outline from `startsOn`. */
export const TermSheetStart = z.enum(['empty', 'staged_outline']);
export type TermSheetStart = z.infer<typeof TermSheetStart>;

// The record schemas drop keys they do not know (a file from another version may carry
// some); what a caller sends must not carry any, so every object inside it is strict too.
const StrictScope = Scope.strict();
const PhaseFields = Phase.pick({ name: true, startsOn: true, endsOn: true, exclusivity: true, scope: true, targets: true })
  .extend({ scope: StrictScope, targets: z.array(PhaseTarget.strict()).max(30) })
  .strict();

/** What the plan of a milestone says; its outcome moves through 'terms.recordOutcome'. */
const MilestonePlanFields = Milestone.pick({
  code: true,
  metric: true,
  customMetric: true,
  description: true,
  target: true,
  unit: true,
  dueOn: true,
}).strict();

const [grantExclusivity, extendTerm, revertNonExclusive, terminationRight, renewalOption, incentiveTier] = TriggerAction.options;
const StrictTriggerAction = z.discriminatedUnion('kind', [
  grantExclusivity.extend({ scope: StrictScope }).strict(),
  extendTerm.strict(),
  revertNonExclusive.extend({ scope: StrictScope.nullable() }).strict(),
  terminationRight.strict(),
  renewalOption.strict(),
  incentiveTier.strict(),
]);
const TriggerFields = Trigger.pick({ code: true, name: true, condition: true, actions: true })
  .extend({ condition: TriggerCondition.strict(), actions: z.array(StrictTriggerAction).min(1).max(10) })
  .strict();

export const termsOps = {
  /** Opens the candidate's term sheet (one per candidate; a second is refused on `candidateId`). */
  'terms.createSheet': op(
    z.strictObject({
      dealRoomId: Id,
      candidateId: Id,
      start: TermSheetStart.default('empty'),
      /** First day of the outline's pilot; required with `staged_outline`. */
      startsOn: IsoDate.optional(),
      fields: SheetFields.partial().optional(),
    }),
    TermSheet,
  ),
  'terms.updateSheet': op(z.strictObject({ dealRoomId: Id, termSheetId: Id, patch: SheetFields.partial() }), TermSheet),
  /**
   * Moves the legal review (draft, in review, changes requested, approved).
   * Requesting changes needs `note`; a note given is kept as a comment on the
   * whole sheet, and the move is in the change log.
   */
  'terms.setReviewStatus': op(
    z.strictObject({ dealRoomId: Id, termSheetId: Id, status: LegalReviewStatus, note: LongText.default(''), author: ShortText.default('') }),
    TermSheet,
  ),
  'terms.deleteSheet': op(z.strictObject({ dealRoomId: Id, termSheetId: Id }), Deleted),

  'terms.addPhase': op(z.strictObject({ dealRoomId: Id, termSheetId: Id, fields: PhaseFields }), Phase),
  'terms.updatePhase': op(z.strictObject({ dealRoomId: Id, phaseId: Id, patch: PhaseFields.partial() }), Phase),
  'terms.deletePhase': op(z.strictObject({ dealRoomId: Id, phaseId: Id }), Deleted),

  /** Adds a milestone to a phase; without a code it gets the next free "M<n>" of the sheet. */
  'terms.addMilestone': op(
    z.strictObject({ dealRoomId: Id, phaseId: Id, fields: MilestonePlanFields.partial({ code: true, customMetric: true, description: true, unit: true }) }),
    Milestone,
  ),
  /** Changes the plan of a milestone, or moves it to another phase of the same sheet. */
  'terms.updateMilestone': op(
    z.strictObject({ dealRoomId: Id, milestoneId: Id, patch: MilestonePlanFields.partial().extend({ phaseId: Id.optional() }) }),
    Milestone,
  ),
  /**
   * Records what happened: met, missed or waived on `settledOn` (required),
   * with the actual value and evidence; waived needs `waivedReason`. Back to
   * pending clears the outcome.
   */
  'terms.recordOutcome': op(
    z.strictObject({
      dealRoomId: Id,
      milestoneId: Id,
      status: MilestoneStatus,
      actual: z.number().min(0).max(1e15).nullable().default(null),
      settledOn: IsoDate.nullable().default(null),
      evidence: LongText.default(''),
      waivedReason: LongText.default(''),
    }),
    Milestone,
  ),
  'terms.deleteMilestone': op(z.strictObject({ dealRoomId: Id, milestoneId: Id }), Deleted),

  /** Adds a trigger; without a code it gets the next free "T<n>" of the sheet. */
  'terms.addTrigger': op(z.strictObject({ dealRoomId: Id, termSheetId: Id, fields: TriggerFields.partial({ code: true, name: true }) }), Trigger),
  'terms.updateTrigger': op(z.strictObject({ dealRoomId: Id, triggerId: Id, patch: TriggerFields.partial() }), Trigger),
  'terms.deleteTrigger': op(z.strictObject({ dealRoomId: Id, triggerId: Id }), Deleted),

  'terms.addComment': op(
    z.strictObject({ dealRoomId: Id, termSheetId: Id, clause: ClauseRef, author: TermComment.shape.author, body: TermComment.shape.body }),
    TermComment,
  ),
  'terms.resolveComment': op(z.strictObject({ dealRoomId: Id, commentId: Id, resolved: z.boolean() }), TermComment),
  'terms.deleteComment': op(z.strictObject({ dealRoomId: Id, commentId: Id }), Deleted),

  /**
   * Exclusive and conditional rights held, as of `asOf`, by candidates at the
   * pilot or partner stage in every other readable deal-room: what this
   * room's terms must not collide with.
   */
  'terms.commitmentsElsewhere': op(z.strictObject({ dealRoomId: Id, asOf: IsoDate }), z.array(ExternalCommitment)),
} as const;
