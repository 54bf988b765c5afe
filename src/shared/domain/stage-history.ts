/**
 * A candidate's way through the pipeline, read back from the change log
 * (ENGINEERING.md, pattern 6): the log is the one record of who moved whom
 * and when, so the history is derived from it rather than kept twice.
 *
 * One move is one transaction: its `stage` row, then (when the move declines
 * or leaves `declined`) the `declinedReason` row, then (when the gate was
 * overridden) a `stageOverride` note. Rows of one transaction share their
 * timestamp and follow each other in the log's sequence.
 */
import { z } from 'zod';
import type { ChangeLogEntry } from './entities';
import { PipelineStage } from './vetting';

/** The change-log fields a stage history is built from ('' is the record's creation). */
export const STAGE_HISTORY_FIELDS = ['', 'stage', 'declinedReason', 'stageOverride'] as const;

export const StageOverrideNote = z.object({
  from: PipelineStage,
  to: PipelineStage,
  reason: z.string(),
  evaluated: z.number().int().min(0),
});
export type StageOverrideNote = z.infer<typeof StageOverrideNote>;

export const StageHistoryEntry = z.object({
  at: z.string(),
  actor: z.string(),
  /** null: the candidate was added at `to`. */
  from: PipelineStage.nullable(),
  to: PipelineStage,
  /** The reason given when the move declined the candidate (or changed that reason). */
  declinedReason: z.string(),
  /** Set when the comparison gate was overridden for this move. */
  override: z.object({ reason: z.string(), evaluated: z.number().int().min(0) }).nullable(),
});
export type StageHistoryEntry = z.infer<typeof StageHistoryEntry>;

const CreatedCandidate = z.object({ stage: PipelineStage });

/** Entries oldest first; `log` is the candidate's rows of STAGE_HISTORY_FIELDS, oldest first. */
export function stageHistoryFromLog(log: readonly ChangeLogEntry[]): StageHistoryEntry[] {
  const history: StageHistoryEntry[] = [];
  // The log row last read into `history`: a row of the same transaction continues its entry.
  let last: { seq: number; at: string } | null = null;
  const continues = (row: ChangeLogEntry) => last !== null && history.length > 0 && row.at === last.at && row.seq === last.seq + 1;

  for (const row of log) {
    if (row.field === '') {
      const created = CreatedCandidate.safeParse(row.after);
      // A deletion (after null) or a row from before stages existed starts no entry.
      if (created.success) {
        history.push({ at: row.at, actor: row.actor, from: null, to: created.data.stage, declinedReason: '', override: null });
        last = row;
      }
      continue;
    }
    if (row.field === 'stage') {
      const from = PipelineStage.safeParse(row.before);
      const to = PipelineStage.safeParse(row.after);
      if (to.success) {
        history.push({ at: row.at, actor: row.actor, from: from.success ? from.data : null, to: to.data, declinedReason: '', override: null });
        last = row;
      }
      continue;
    }
    if (row.field === 'declinedReason') {
      const reason = typeof row.after === 'string' ? row.after : '';
      const current = history[history.length - 1];
      if (continues(row) && current) {
        current.declinedReason = reason;
        last = row;
      } else if (reason !== '') {
        // Declined again with a new reason: the stage stayed, the reason changed.
        history.push({ at: row.at, actor: row.actor, from: 'declined', to: 'declined', declinedReason: reason, override: null });
        last = row;
      }
      continue;
    }
    if (row.field === 'stageOverride') {
      const note = StageOverrideNote.safeParse(row.after);
      const current = history[history.length - 1];
      if (note.success && continues(row) && current) {
        current.override = { reason: note.data.reason, evaluated: note.data.evaluated };
        last = row;
      }
    }
  }
  return history;
}
