/**
 * Schema 1030: the vetting workflow (issue 5). Candidates gain their intake
 * (origin, introducer, first contact, who approached whom, stated intent) and
 * a pipeline stage; criteria remember the library entry they came from, so
 * the question bank can say which criteria a question informs. New tables
 * hold the suitor's signals, interview guides, answers, red flags, evidence
 * files and the due-diligence request list.
 *
 * Existing rooms: a candidate compared side by side was on the shortlist, the
 * others on the long list.
 */
import type { Migration } from './migration';

export const migration1030: Migration = {
  version: 1030,
  name: 'vetting',
  up(db) {
    db.exec(`
      ALTER TABLE candidate ADD COLUMN origin TEXT NOT NULL DEFAULT 'unknown'
        CHECK (origin IN ('unknown', 'inbound', 'outreach', 'referral', 'introducer'));
      ALTER TABLE candidate ADD COLUMN introducer TEXT NOT NULL DEFAULT '';
      ALTER TABLE candidate ADD COLUMN introducer_relationship TEXT NOT NULL DEFAULT '';
      ALTER TABLE candidate ADD COLUMN first_contact_on TEXT;
      ALTER TABLE candidate ADD COLUMN approached_by TEXT NOT NULL DEFAULT 'unknown'
        CHECK (approached_by IN ('unknown', 'they_approached_us', 'we_approached_them'));
      ALTER TABLE candidate ADD COLUMN stated_intent TEXT NOT NULL DEFAULT '';
      ALTER TABLE candidate ADD COLUMN stage TEXT NOT NULL DEFAULT 'long_list'
        CHECK (stage IN ('long_list', 'screening', 'shortlist', 'due_diligence', 'negotiation', 'pilot', 'partner', 'declined'));
      ALTER TABLE candidate ADD COLUMN declined_reason TEXT NOT NULL DEFAULT '';
      UPDATE candidate SET stage = 'shortlist' WHERE compared = 1;

      ALTER TABLE criterion ADD COLUMN library_key TEXT NOT NULL DEFAULT '';

      CREATE TABLE suitor_signal (
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        signal TEXT NOT NULL CHECK (signal IN ('executive_approval', 'committed_team', 'strategic_motive', 'measured_pace', 'product_focus')),
        reading TEXT NOT NULL CHECK (reading IN ('unknown', 'reassuring', 'warning')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (candidate_id, signal)
      ) STRICT;

      CREATE TABLE interview_item (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        question_key TEXT NOT NULL DEFAULT '',
        custom_text TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX interview_item_by_candidate ON interview_item (candidate_id, sort_order);

      CREATE TABLE answer (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        question_key TEXT NOT NULL DEFAULT '',
        question_text TEXT NOT NULL DEFAULT '',
        answered_by TEXT NOT NULL DEFAULT '',
        answered_on TEXT,
        setting TEXT NOT NULL CHECK (setting IN ('group_meeting', 'one_to_one', 'written', 'other')),
        text TEXT NOT NULL,
        criterion_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(criterion_ids)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX answer_by_candidate ON answer (candidate_id);

      CREATE TABLE red_flag (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        library_key TEXT NOT NULL DEFAULT '',
        said TEXT NOT NULL DEFAULT '',
        said_by TEXT NOT NULL DEFAULT '',
        observed_on TEXT,
        source TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'cleared')),
        outcome TEXT NOT NULL DEFAULT '',
        consequence TEXT NOT NULL CHECK (consequence IN ('note', 'penalty', 'knockout', 'contract_condition')),
        -- A penalty flag outlives a deleted criterion as a record; with no criterion it lowers no score.
        criterion_id TEXT REFERENCES criterion (id) ON DELETE SET NULL,
        penalty REAL NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 5),
        condition TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX red_flag_by_candidate ON red_flag (candidate_id);
      CREATE INDEX red_flag_by_criterion ON red_flag (criterion_id);

      CREATE TABLE evidence_file (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        attached_to TEXT NOT NULL CHECK (attached_to IN ('candidate', 'answer', 'score', 'flag', 'due_diligence')),
        attached_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX evidence_by_candidate ON evidence_file (candidate_id);
      CREATE INDEX evidence_by_hash ON evidence_file (sha256);

      CREATE TABLE due_diligence_item (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        item TEXT NOT NULL,
        requested_on TEXT,
        due_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('requested', 'received', 'verified', 'refused')),
        note TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX due_diligence_by_candidate ON due_diligence_item (candidate_id, sort_order);
    `);
  },
};
