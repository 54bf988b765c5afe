/**
 * Tamper evidence for the change log (issue 8, "Audit trail"): every row
 * carries the hash of the row before it and its own hash over its content
 * and that link, so editing, deleting or inserting a row in the middle of the
 * log breaks the chain at that row, and `verifyChangeLog` names the first
 * row where it breaks.
 *
 * hash = SHA-256 over the previous row's hash and the row's fields, each
 * written as JSON in a fixed order (JSON quoting makes the fields
 * unambiguous: no separator inside a value can fake a field boundary). The
 * first row's previous hash is the empty string.
 *
 * This is tamper *evidence*, not protection: someone who rewrites the whole
 * chain from a row onwards with this (public) recipe is not caught by the
 * chain alone; a printed or circulated snapshot's hash is what pins a state.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** A change-log row as stored: before/after are the JSON text the row holds. */
export interface StoredLogRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  before: string;
  after: string;
}

export const CHAIN_START = '';

export function chainHash(prevHash: string, row: StoredLogRow): string {
  const content = JSON.stringify([prevHash, row.seq, row.at, row.actor, row.entity, row.entityId, row.field, row.before, row.after]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

export type ChainBreak = 'hash' | 'link';

export interface ChainVerdict {
  /** Rows checked. */
  rows: number;
  /** The newest row's hash (the chain's head), or '' for an empty log. */
  head: string;
  /** The first row where the chain breaks: its content no longer matches its hash, or its link no longer matches the row before. */
  firstBroken: { seq: number; problem: ChainBreak } | null;
}

const SELECT_ROWS =
  'SELECT seq, at, actor, entity, entity_id AS entityId, field, before, after, prev_hash AS prevHash, hash FROM change_log ORDER BY seq';

/** Walks the whole log oldest first; stops at the first break. Reads in one pass (iterate), so memory stays flat on long logs. */
export function verifyChangeLog(db: Database.Database): ChainVerdict {
  let prev = CHAIN_START;
  let rows = 0;
  for (const row of db.prepare(SELECT_ROWS).iterate() as IterableIterator<StoredLogRow & { prevHash: string; hash: string }>) {
    rows += 1;
    if (row.prevHash !== prev) return { rows, head: prev, firstBroken: { seq: row.seq, problem: 'link' } };
    const expected = chainHash(prev, row);
    if (row.hash !== expected) return { rows, head: prev, firstBroken: { seq: row.seq, problem: 'hash' } };
    prev = row.hash;
  }
  return { rows, head: prev, firstBroken: null };
}

/** The newest row's seq and hash, where the next row links on. */
export function chainHead(db: Database.Database): { seq: number; hash: string } {
  const row = db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: CHAIN_START };
}
