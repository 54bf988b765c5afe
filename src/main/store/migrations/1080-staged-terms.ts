/**
 * Schema 1080: staged terms (issue 6). One term sheet per candidate, its
 * phases, milestones and triggers, and legal's comments on its clauses.
 *
 * Structured values that are read and written whole (a phase's scope and
 * targets, a trigger's condition and actions, the clause facts) are JSON
 * columns, validated by zod on the way in and out; what the store looks up
 * by (candidate, term sheet, phase) are real columns with foreign keys.
 */
import type { Migration } from './migration';

export const migration1080: Migration = {
  version: 1080,
  name: 'staged-terms',
  up(db) {
    db.exec(`
      CREATE TABLE term_sheet (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL UNIQUE REFERENCES candidate (id) ON DELETE CASCADE,
        title TEXT NOT NULL DEFAULT '',
        clauses TEXT NOT NULL CHECK (json_valid(clauses)),
        review_status TEXT NOT NULL CHECK (review_status IN ('draft', 'in_review', 'changes_requested', 'approved')),
        reviewer TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE term_phase (
        id TEXT PRIMARY KEY,
        term_sheet_id TEXT NOT NULL REFERENCES term_sheet (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        exclusivity TEXT NOT NULL CHECK (exclusivity IN ('none', 'conditional', 'exclusive')),
        scope TEXT NOT NULL CHECK (json_valid(scope)),
        targets TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets)),
        sort_order INTEGER NOT NULL,
        CHECK (ends_on >= starts_on)
      ) STRICT;
      CREATE INDEX term_phase_by_sheet ON term_phase (term_sheet_id, sort_order);

      CREATE TABLE term_milestone (
        id TEXT PRIMARY KEY,
        term_sheet_id TEXT NOT NULL REFERENCES term_sheet (id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES term_phase (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        metric TEXT NOT NULL,
        custom_metric TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        target REAL,
        unit TEXT NOT NULL DEFAULT '',
        due_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'met', 'missed', 'waived')),
        actual REAL,
        settled_on TEXT,
        evidence TEXT NOT NULL DEFAULT '',
        waived_reason TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL,
        UNIQUE (term_sheet_id, code)
      ) STRICT;
      CREATE INDEX term_milestone_by_phase ON term_milestone (phase_id);

      CREATE TABLE term_trigger (
        id TEXT PRIMARY KEY,
        term_sheet_id TEXT NOT NULL REFERENCES term_sheet (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        condition TEXT NOT NULL CHECK (json_valid(condition)),
        actions TEXT NOT NULL CHECK (json_valid(actions)),
        sort_order INTEGER NOT NULL,
        UNIQUE (term_sheet_id, code)
      ) STRICT;

      CREATE TABLE term_comment (
        id TEXT PRIMARY KEY,
        term_sheet_id TEXT NOT NULL REFERENCES term_sheet (id) ON DELETE CASCADE,
        clause TEXT NOT NULL,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX term_comment_by_sheet ON term_comment (term_sheet_id, created_at);
    `);
  },
};
