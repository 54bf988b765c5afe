/**
 * The parent's record of what the crash writer committed, and the checks of a
 * room file against it. The change log is read in seq order: the rows between
 * two committed heads must be exactly that change's rows, the rows after the
 * last committed head exactly the in-flight change's rows or none at all (a
 * change lands whole or not), and the room's records must equal the ledger.
 */
import Database from 'better-sqlite3';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { rowsMismatch, type LogRow, type WriterChange, type WriterOutput } from './crash-writer-changes';

interface ScoreCell {
  value: number;
  rationale: string;
}

export interface LedgerState {
  names: Map<string, string>;
  headquarters: Map<string, string>;
  scores: Map<string, ScoreCell>;
  weights: Map<string, number>;
}

const cellKey = (candidateId: string, criterionId: string, evaluatorId: string) => `${candidateId}|${criterionId}|${evaluatorId}`;

export function stateOf(detail: DealRoomDetail, pillarId: string): LedgerState {
  return {
    names: new Map(detail.candidates.map((c) => [c.id, c.nameLatin])),
    headquarters: new Map(detail.candidates.map((c) => [c.id, c.headquarters])),
    scores: new Map(detail.scores.map((s) => [cellKey(s.candidateId, s.criterionId, s.evaluatorId), { value: s.value, rationale: s.rationale }])),
    weights: new Map(detail.criteria.filter((c) => c.pillarId === pillarId).map((c) => [c.id, c.weight])),
  };
}

/** Sorted entries, so that two states compare as plain values. */
export function comparable(state: LedgerState): Record<string, unknown[]> {
  const sorted = <V>(m: Map<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { names: sorted(state.names), headquarters: sorted(state.headquarters), scores: sorted(state.scores), weights: sorted(state.weights) };
}

/** The change log from `fromSeq` on (inclusive), with before/after parsed. */
export function logRowsFrom(db: Database.Database, fromSeq: number): LogRow[] {
  const raw = db
    .prepare('SELECT seq, entity, entity_id AS entityId, field, after, hash FROM change_log WHERE seq >= ? ORDER BY seq')
    .all(fromSeq) as (Omit<LogRow, 'after'> & { after: string })[];
  return raw.map((r) => ({ ...r, after: JSON.parse(r.after) as unknown }));
}

export interface RoundResult {
  /** Committed changes whose rows were found, exactly, in this round. */
  checked: number;
  /** Whether the change in flight at the kill had landed (whole). */
  inFlightLanded: boolean | null;
  /** Everything that did not fit; empty when the room is as committed. */
  problems: string[];
}

export class WriterLedger {
  readonly state: LedgerState;
  /** The newest change-log row already checked, and its hash: rows up to it must never change. */
  verified: { seq: number; hash: string };
  committedChanges = 0;

  constructor(detail: DealRoomDetail, readonly pillarId: string, head: { seq: number; hash: string }) {
    this.state = stateOf(detail, pillarId);
    this.verified = head;
  }

  apply(change: WriterChange, candidateId?: string): void {
    const s = this.state;
    switch (change.kind) {
      case 'create': {
        const id = change.candidateId ?? candidateId;
        if (id === undefined) throw new Error(`create ${change.n} has no candidate id`);
        s.names.set(id, change.nameLatin);
        s.headquarters.set(id, '');
        return;
      }
      case 'update':
        s.headquarters.set(change.candidateId, change.headquarters);
        return;
      case 'score':
        s.scores.set(cellKey(change.candidateId, change.criterionId, change.evaluatorId), { value: change.value, rationale: change.rationale });
        return;
      case 'weights':
        for (const w of change.weights) s.weights.set(w.id, w.weight);
        return;
    }
  }

  /**
   * Checks the log rows written since the last round against what the writer
   * printed, and takes them into the ledger. `rows` must start at the last
   * verified seq (that row is checked to be unchanged).
   */
  takeRound(output: WriterOutput, rows: readonly LogRow[]): RoundResult {
    const problems: string[] = [];
    const [anchor, ...fresh] = rows;
    if (this.verified.seq > 0 && (anchor?.seq !== this.verified.seq || anchor.hash !== this.verified.hash)) {
      problems.push(`the row at seq ${this.verified.seq} checked last round is gone or changed`);
    }
    const newRows = this.verified.seq > 0 ? fresh : rows;
    if (output.ready && output.ready.head !== this.verified.seq) problems.push(`the writer started at seq ${output.ready.head}, expected ${this.verified.seq}`);

    let from = this.verified.seq;
    let checked = 0;
    for (const line of output.committed) {
      const own = newRows.filter((r) => r.seq > from && r.seq <= line.head);
      const mismatch = rowsMismatch(line.change, own);
      if (mismatch) problems.push(`lost or altered: ${mismatch}`);
      else checked += 1;
      this.apply(line.change);
      from = line.head;
    }
    const tail = newRows.filter((r) => r.seq > from);
    let inFlightLanded: boolean | null = null;
    if (output.inFlight) {
      inFlightLanded = tail.length > 0;
      if (inFlightLanded) {
        const mismatch = rowsMismatch(output.inFlight, tail);
        if (mismatch) problems.push(`half a change: ${mismatch}`);
        else this.apply(output.inFlight, tail[0]?.entityId);
      }
    } else if (tail.length > 0) {
      problems.push(`${tail.length} change-log rows after the last commit that no change accounts for`);
    }
    this.committedChanges += output.committed.length;
    const last = newRows.at(-1);
    if (last) this.verified = { seq: last.seq, hash: last.hash };
    return { checked, inFlightLanded, problems };
  }

  /** A change made by the parent itself between rounds (its rows are checked like the writer's). */
  takeOwnChange(change: WriterChange, rows: readonly LogRow[], candidateId?: string): string | null {
    const fresh = rows.filter((r) => r.seq > this.verified.seq);
    const mismatch = rowsMismatch(change, fresh);
    if (mismatch) return mismatch;
    this.apply(change, candidateId);
    const last = fresh.at(-1);
    if (last) this.verified = { seq: last.seq, hash: last.hash };
    return null;
  }
}
