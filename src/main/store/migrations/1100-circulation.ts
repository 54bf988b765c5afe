/**
 * Schema 1100: circulation (issue 8). A room's proposals, each with the
 * route it copied and the snapshot it froze (JSON, checked by zod on the way
 * in and out), informal comments, and every approver's decision. Versions of
 * one proposal link by previous_id; an old version is never changed by a new
 * one.
 */
import type { Migration } from './migration';

export const migration1100: Migration = {
  version: 1100,
  name: 'circulation',
  up(db) {
    db.exec(`
      CREATE TABLE proposal (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        previous_id TEXT REFERENCES proposal (id),
        title TEXT NOT NULL,
        recommendation TEXT NOT NULL DEFAULT '',
        candidate_id TEXT REFERENCES candidate (id) ON DELETE SET NULL,
        drafter_id TEXT NOT NULL,
        drafter_name TEXT NOT NULL,
        route TEXT NOT NULL CHECK (json_valid(route)),
        route_name TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        snapshot_hash TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'circulating', 'approved', 'rejected', 'sent_back', 'withdrawn')),
        current_stage INTEGER NOT NULL DEFAULT 0,
        stage_since TEXT,
        created_at TEXT NOT NULL,
        circulated_at TEXT,
        closed_at TEXT
      ) STRICT;

      CREATE TABLE proposal_comment (
        id TEXT PRIMARY KEY,
        proposal_id TEXT NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposal_comment_by_proposal ON proposal_comment (proposal_id, created_at);

      CREATE TABLE proposal_decision (
        id TEXT PRIMARY KEY,
        proposal_id TEXT NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        stage_index INTEGER NOT NULL,
        approver_id TEXT NOT NULL,
        approver_name TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('approve', 'approve_with_reservations', 'object', 'send_back', 'delegate')),
        comment TEXT NOT NULL DEFAULT '',
        delegate_to_id TEXT,
        after_the_fact INTEGER NOT NULL DEFAULT 0 CHECK (after_the_fact IN (0, 1)),
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX proposal_decision_by_proposal ON proposal_decision (proposal_id, stage_index, decided_at);
    `);
  },
};
