-- index answer_by_candidate
CREATE INDEX answer_by_candidate ON answer (candidate_id);

-- index conflict_by_candidate
CREATE INDEX conflict_by_candidate ON conflict_declaration (candidate_id);

-- index consensus_by_criterion
CREATE INDEX consensus_by_criterion ON consensus (criterion_id);

-- index criterion_by_pillar
CREATE INDEX criterion_by_pillar ON criterion (pillar_id, sort_order);

-- index dissent_by_candidate
CREATE INDEX dissent_by_candidate ON dissent (candidate_id);

-- index dissent_by_criterion
CREATE INDEX dissent_by_criterion ON dissent (criterion_id);

-- index due_diligence_by_candidate
CREATE INDEX due_diligence_by_candidate ON due_diligence_item (candidate_id, sort_order);

-- index evidence_by_candidate
CREATE INDEX evidence_by_candidate ON evidence_file (candidate_id);

-- index evidence_by_hash
CREATE INDEX evidence_by_hash ON evidence_file (sha256);

-- index interview_item_by_candidate
CREATE INDEX interview_item_by_candidate ON interview_item (candidate_id, sort_order);

-- index long_list_by_first_contact_desc_en
CREATE INDEX long_list_by_first_contact_desc_en ON long_list_key (first_contact_missing DESC, first_contact, name_key_en, candidate_id);

-- index long_list_by_first_contact_desc_ja
CREATE INDEX long_list_by_first_contact_desc_ja ON long_list_key (first_contact_missing DESC, first_contact, name_key_ja, candidate_id);

-- index long_list_by_first_contact_en
CREATE INDEX long_list_by_first_contact_en ON long_list_key (first_contact_missing, first_contact, name_key_en, candidate_id);

-- index long_list_by_first_contact_ja
CREATE INDEX long_list_by_first_contact_ja ON long_list_key (first_contact_missing, first_contact, name_key_ja, candidate_id);

-- index long_list_by_headquarters_desc_en
CREATE INDEX long_list_by_headquarters_desc_en ON long_list_key (headquarters_missing DESC, headquarters_key, name_key_en, candidate_id);

-- index long_list_by_headquarters_desc_ja
CREATE INDEX long_list_by_headquarters_desc_ja ON long_list_key (headquarters_missing DESC, headquarters_key, name_key_ja, candidate_id);

-- index long_list_by_headquarters_en
CREATE INDEX long_list_by_headquarters_en ON long_list_key (headquarters_missing, headquarters_key, name_key_en, candidate_id);

-- index long_list_by_headquarters_ja
CREATE INDEX long_list_by_headquarters_ja ON long_list_key (headquarters_missing, headquarters_key, name_key_ja, candidate_id);

-- index long_list_by_name_en
CREATE INDEX long_list_by_name_en ON long_list_key (name_key_en, candidate_id);

-- index long_list_by_name_ja
CREATE INDEX long_list_by_name_ja ON long_list_key (name_key_ja, candidate_id);

-- index long_list_by_origin_en
CREATE INDEX long_list_by_origin_en ON long_list_key (origin_rank, name_key_en, candidate_id);

-- index long_list_by_origin_ja
CREATE INDEX long_list_by_origin_ja ON long_list_key (origin_rank, name_key_ja, candidate_id);

-- index long_list_by_stage_en
CREATE INDEX long_list_by_stage_en ON long_list_key (stage_rank, name_key_en, candidate_id);

-- index long_list_by_stage_ja
CREATE INDEX long_list_by_stage_ja ON long_list_key (stage_rank, name_key_ja, candidate_id);

-- index proposal_comment_by_proposal
CREATE INDEX proposal_comment_by_proposal ON proposal_comment (proposal_id, created_at);

-- index proposal_decision_by_proposal
CREATE INDEX proposal_decision_by_proposal ON proposal_decision (proposal_id, stage_index, decided_at);

-- index red_flag_by_candidate
CREATE INDEX red_flag_by_candidate ON red_flag (candidate_id);

-- index red_flag_by_criterion
CREATE INDEX red_flag_by_criterion ON red_flag (criterion_id);

-- index score_by_candidate
CREATE INDEX score_by_candidate ON score (candidate_id);

-- index score_by_criterion
CREATE INDEX score_by_criterion ON score (criterion_id);

-- index term_comment_by_sheet
CREATE INDEX term_comment_by_sheet ON term_comment (term_sheet_id, created_at);

-- index term_milestone_by_phase
CREATE INDEX term_milestone_by_phase ON term_milestone (phase_id);

-- index term_phase_by_sheet
CREATE INDEX term_phase_by_sheet ON term_phase (term_sheet_id, sort_order);

-- table answer
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

-- table candidate
CREATE TABLE candidate (
        id TEXT PRIMARY KEY,
        name_ja TEXT NOT NULL DEFAULT '',
        name_latin TEXT NOT NULL DEFAULT '',
        headquarters TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL CHECK (type IN ('distributor', 'trading_house', 'agent', 'jv_partner')),
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        compared INTEGER NOT NULL CHECK (compared IN (0, 1)),
        sort_order INTEGER NOT NULL
      , origin TEXT NOT NULL DEFAULT 'unknown'
        CHECK (origin IN ('unknown', 'inbound', 'outreach', 'referral', 'introducer')), introducer TEXT NOT NULL DEFAULT '', introducer_relationship TEXT NOT NULL DEFAULT '', first_contact_on TEXT, approached_by TEXT NOT NULL DEFAULT 'unknown'
        CHECK (approached_by IN ('unknown', 'they_approached_us', 'we_approached_them')), stated_intent TEXT NOT NULL DEFAULT '', stage TEXT NOT NULL DEFAULT 'long_list'
        CHECK (stage IN ('long_list', 'screening', 'shortlist', 'due_diligence', 'negotiation', 'pilot', 'partner', 'declined')), declined_reason TEXT NOT NULL DEFAULT '') STRICT;

-- table change_log
CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        field TEXT NOT NULL,
        before TEXT NOT NULL CHECK (json_valid(before)),
        after TEXT NOT NULL CHECK (json_valid(after))
      , prev_hash TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL DEFAULT '') STRICT;

-- table conflict_declaration
CREATE TABLE conflict_declaration (
        evaluator_id TEXT NOT NULL REFERENCES evaluator (id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('none', 'conflict')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (evaluator_id, candidate_id)
      ) STRICT;

-- table consensus
CREATE TABLE consensus (
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        value REAL NOT NULL CHECK (value BETWEEN 0 AND 5),
        reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (candidate_id, criterion_id)
      ) STRICT;

-- table criterion
CREATE TABLE criterion (
        id TEXT PRIMARY KEY,
        pillar_id TEXT NOT NULL REFERENCES pillar (id) ON DELETE CASCADE,
        name_en TEXT NOT NULL DEFAULT '',
        name_ja TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        anchor1 TEXT NOT NULL DEFAULT '',
        anchor3 TEXT NOT NULL DEFAULT '',
        anchor5 TEXT NOT NULL DEFAULT '',
        weight REAL NOT NULL CHECK (weight >= 0),
        knockout INTEGER NOT NULL CHECK (knockout IN (0, 1)),
        pass_mark REAL NOT NULL CHECK (pass_mark BETWEEN 0 AND 5),
        sort_order INTEGER NOT NULL
      , library_key TEXT NOT NULL DEFAULT '') STRICT;

-- table deal_room
CREATE TABLE deal_room (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        product_line TEXT NOT NULL DEFAULT '',
        target_market TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      , sensitivity_margin REAL NOT NULL DEFAULT 0.05
        CHECK (sensitivity_margin BETWEEN 0 AND 1), scoring_mode TEXT NOT NULL DEFAULT 'open'
        CHECK (scoring_mode IN ('open', 'independent')), rationale_rule TEXT NOT NULL DEFAULT 'extremes'
        CHECK (rationale_rule IN ('extremes', 'always', 'never')), disagreement_threshold REAL NOT NULL DEFAULT 1.5
        CHECK (disagreement_threshold BETWEEN 0.1 AND 5)) STRICT;

-- table dissent
CREATE TABLE dissent (
        evaluator_id TEXT NOT NULL REFERENCES evaluator (id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (evaluator_id, candidate_id, criterion_id)
      ) STRICT;

-- table due_diligence_item
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

-- table evaluator
CREATE TABLE evaluator (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        department TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL
      , role TEXT NOT NULL DEFAULT '', submitted_at TEXT) STRICT;

-- table evidence_file
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

-- table interview_item
CREATE TABLE interview_item (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        question_key TEXT NOT NULL DEFAULT '',
        custom_text TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL
      ) STRICT;

-- table long_list_key
CREATE TABLE long_list_key (
        candidate_id TEXT PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,
        name_ja TEXT NOT NULL,
        name_latin TEXT NOT NULL,
        headquarters TEXT NOT NULL,
        stage TEXT NOT NULL,
        origin TEXT NOT NULL,
        first_contact_on TEXT,
        name_key_en TEXT NOT NULL,
        name_key_ja TEXT NOT NULL,
        headquarters_key TEXT NOT NULL,
        headquarters_missing INTEGER NOT NULL CHECK (headquarters_missing IN (0, 1)),
        stage_rank INTEGER NOT NULL,
        origin_rank INTEGER NOT NULL,
        first_contact TEXT NOT NULL,
        first_contact_missing INTEGER NOT NULL CHECK (first_contact_missing IN (0, 1)),
        filter_text TEXT NOT NULL
      ) STRICT;

-- table long_list_state
CREATE TABLE long_list_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        content_version INTEGER NOT NULL,
        key_version INTEGER NOT NULL
      ) STRICT;

-- table pillar
CREATE TABLE pillar (
        id TEXT PRIMARY KEY,
        name_en TEXT NOT NULL DEFAULT '',
        name_ja TEXT NOT NULL DEFAULT '',
        weight REAL NOT NULL CHECK (weight >= 0),
        sort_order INTEGER NOT NULL
      ) STRICT;

-- table proposal
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

-- table proposal_comment
CREATE TABLE proposal_comment (
        id TEXT PRIMARY KEY,
        proposal_id TEXT NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

-- table proposal_decision
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

-- table red_flag
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

-- table score
CREATE TABLE score (
        evaluator_id TEXT NOT NULL REFERENCES evaluator (id) ON DELETE CASCADE,
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        value REAL NOT NULL CHECK (value BETWEEN 0 AND 5),
        rationale TEXT NOT NULL DEFAULT '',
        confidence TEXT NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (evaluator_id, candidate_id, criterion_id)
      ) STRICT;

-- table search_entry
CREATE TABLE search_entry (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('candidate', 'answer', 'flag', 'due_diligence', 'evidence')),
        record_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;

-- table search_state
CREATE TABLE search_state (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        content_version INTEGER NOT NULL,
        folding_version INTEGER NOT NULL
      ) STRICT;

-- table search_text
CREATE VIRTUAL TABLE search_text USING fts5 (body, content = 'search_entry', content_rowid = 'seq', tokenize = 'trigram');

-- table search_text_config
CREATE TABLE 'search_text_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_text_data
CREATE TABLE 'search_text_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_text_docsize
CREATE TABLE 'search_text_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_text_idx
CREATE TABLE 'search_text_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table suitor_signal
CREATE TABLE suitor_signal (
        candidate_id TEXT NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
        signal TEXT NOT NULL CHECK (signal IN ('executive_approval', 'committed_team', 'strategic_motive', 'measured_pace', 'product_focus')),
        reading TEXT NOT NULL CHECK (reading IN ('unknown', 'reassuring', 'warning')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (candidate_id, signal)
      ) STRICT;

-- table term_comment
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

-- table term_milestone
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

-- table term_phase
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

-- table term_sheet
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

-- table term_trigger
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

-- table weighting
CREATE TABLE weighting (
        pillar_id TEXT PRIMARY KEY,
        method TEXT NOT NULL CHECK (method IN ('direct', 'ahp')),
        judgements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(judgements)),
        consistency_ratio REAL,
        updated_at TEXT NOT NULL
      ) STRICT;
