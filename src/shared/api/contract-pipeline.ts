/** Contract operations of the vetting workflow (issue 5): intake, suitor signals and the pipeline with its comparison gate. */
import { z } from 'zod';
import { Candidate, Id, LongText } from '../domain/entities';
import { StageHistoryEntry } from '../domain/stage-history';
import { PipelineStage, SignalReading, SuitorSignal, SuitorSignalKind } from '../domain/vetting';
import { op } from './contract-op';

export const pipelineOps = {
  /**
   * Records how one of the five suitor signals reads for a candidate
   * (reassuring, warning, or not known yet) with a note on what was seen.
   * One record per candidate and signal: setting it again replaces it.
   * (The intake fields themselves are set with 'candidates.create' and 'candidates.update'.)
   */
  'signals.set': op(
    z.strictObject({ dealRoomId: Id, candidateId: Id, signal: SuitorSignalKind, reading: SignalReading, note: LongText.default('') }),
    SuitorSignal,
  ),
  /**
   * Moves a candidate to a pipeline stage. Declining needs `reason`. Entering
   * negotiation, pilot or partner passes the comparison gate
   * (src/shared/domain/comparison-gate.ts) or is refused (rule_violation on
   * `stage`, saying how many candidates are evaluated), unless `override`
   * gives a reason, which the change log keeps beside the move.
   */
  'pipeline.moveStage': op(
    z.strictObject({
      dealRoomId: Id,
      candidateId: Id,
      stage: PipelineStage,
      reason: LongText.optional(),
      override: z.strictObject({ reason: LongText }).optional(),
    }),
    Candidate,
  ),
  /** The candidate's moves through the pipeline, oldest first, read from the change log. */
  'pipeline.stageHistory': op(z.strictObject({ dealRoomId: Id, candidateId: Id }), z.array(StageHistoryEntry)),
} as const;
