/**
 * Contract operations of the vetting workflow (issue 5): red flags. A flag is
 * logged open, then confirmed or cleared once its check has an outcome; only
 * a confirmed flag changes scores (SCORING.md, "Aggregated scores"). Rules
 * that need the room (a penalty's criterion must be one of its criteria) are
 * checked by the handlers, against the flag as it would be stored.
 */
import { z } from 'zod';
import { Id } from '../domain/primitives';
import { FlagStatus, RedFlag } from '../domain/vetting';
import { Deleted, op, RequiredNote } from './contract-op';

/** What a caller may set on a flag: its status, outcome and bookkeeping move through their own paths. */
const FlagFields = RedFlag.pick({
  libraryKey: true,
  said: true,
  saidBy: true,
  observedOn: true,
  source: true,
  consequence: true,
  criterionId: true,
  penalty: true,
  condition: true,
}).strict();

/** The consequence, decided when a flag is confirmed. */
const ConsequenceFields = FlagFields.pick({ consequence: true, criterionId: true, penalty: true, condition: true });

export const flagOps = {
  /**
   * Logs an open flag on a candidate. With a libraryKey (a library entry or a
   * checklist item) and nothing said, what was said is prefilled from the
   * entry in the caller's language.
   */
  'flags.log': op(z.strictObject({ dealRoomId: Id, candidateId: Id, fields: FlagFields.partial() }), RedFlag),
  'flags.update': op(z.strictObject({ dealRoomId: Id, flagId: Id, patch: FlagFields.partial() }), RedFlag),
  /**
   * Confirms or clears a flag (or reopens it); the outcome of the check is
   * required. The consequence may be decided in the same step.
   */
  'flags.setStatus': op(
    z.strictObject({ dealRoomId: Id, flagId: Id, status: FlagStatus, outcome: RequiredNote }).extend(ConsequenceFields.partial().shape),
    RedFlag,
  ),
  'flags.delete': op(z.strictObject({ dealRoomId: Id, flagId: Id }), Deleted),
} as const;
