/**
 * Schema 1020: the evaluation panel (issue 4). A room chooses how its panel
 * scores (open or independent), when a rationale is required and from which
 * spread a cell counts as a disagreement. Evaluators gain a role and a
 * submitted (locked) sheet; evaluators declare conflicts of interest per
 * candidate; evaluators record dissent from a consensus; and the way each set
 * of weights was chosen (direct or AHP, with its judgements) is kept.
 *
 * Existing rooms keep scoring as before: open mode, the documented defaults.
 */
import type { Migration } from './migration';

export const migration1020: Migration = {
  version: 1020,
  name: 'evaluation-panel',
  up(db) {
    db.exec(`
      ALTER TABLE deal_room ADD COLUMN scoring_mode TEXT NOT NULL DEFAULT 'open'
        CHECK (scoring_mode IN ('open', 'independent'));
      ALTER TABLE deal_room ADD COLUMN rationale_rule TEXT NOT NULL DEFAULT 'extremes'
        CHECK (rationale_rule IN ('extremes', 'always', 'never'));
      ALTER TABLE deal_room ADD COLUMN disagreement_threshold REAL NOT NULL DEFAULT 1.5
        CHECK (disagreement_threshold BETWEEN 0.1 AND 5);

      ALTER TABLE evaluator ADD COLUMN role TEXT NOT NULL DEFAULT '';
      ALTER TABLE evaluator ADD COLUMN submitted_at TEXT;

      CREATE TABLE conflict_declaration (
        evaluator_id TEXT NOT NULL REFERENCES evaluator (id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('none', 'conflict')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (evaluator_id, candidate_id)
      ) STRICT;
      CREATE INDEX conflict_by_candidate ON conflict_declaration (candidate_id);

      CREATE TABLE dissent (
        evaluator_id TEXT NOT NULL REFERENCES evaluator (id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (evaluator_id, candidate_id, criterion_id)
      ) STRICT;
      CREATE INDEX dissent_by_candidate ON dissent (candidate_id);
      CREATE INDEX dissent_by_criterion ON dissent (criterion_id);

      -- pillar_id '' holds the pillar weights themselves; otherwise the pillar
      -- whose criteria were weighted (removed with the pillar by its handler).
      CREATE TABLE weighting (
        pillar_id TEXT PRIMARY KEY,
        method TEXT NOT NULL CHECK (method IN ('direct', 'ahp')),
        judgements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(judgements)),
        consistency_ratio REAL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
