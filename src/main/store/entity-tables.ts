/**
 * How each entity maps to its table: one column per field, the key, the
 * order rows are listed in. The store builds its SQL from these constants
 * (never from input), and the change log uses the same field names the
 * contract and the renderer use.
 */
import { z } from 'zod';
import {
  Candidate,
  ConflictDeclaration,
  Consensus,
  Criterion,
  DealRoom,
  Dissent,
  Evaluator,
  Pillar,
  Score,
  Weighting,
} from '../../shared/domain/entities';
import { Decision, Proposal, ProposalComment } from '../../shared/domain/ringi';
import { Milestone, Phase, TermComment, TermSheet, Trigger } from '../../shared/domain/terms';
import { Answer, DueDiligenceItem, EvidenceFile, InterviewItem, RedFlag, SuitorSignal } from '../../shared/domain/vetting';

/** `json`: structured values (lists of judgements) stored as JSON text. */
export type ColumnKind = 'text' | 'real' | 'integer' | 'boolean' | 'json';
export type Column = readonly [column: string, kind: ColumnKind];

export interface EntityTable<E extends object> {
  /** The SQL table. */
  readonly table: string;
  /** The entity name written to the change log. */
  readonly entity: string;
  /** Rows read back are validated with it (zod at every edge, ENGINEERING.md pattern 3). */
  readonly schema: z.ZodType<E>;
  readonly columns: { readonly [K in keyof E & string]-?: Column };
  /** Fields that identify a row; empty for the one-row deal_room table. */
  readonly key: readonly (keyof E & string)[];
  /** Fields that are bookkeeping, not content: written, never logged as changes. */
  readonly bookkeeping: readonly (keyof E & string)[];
  readonly orderBy: string;
}

export const dealRoomTable: EntityTable<DealRoom> = {
  table: 'deal_room',
  entity: 'dealRoom',
  schema: DealRoom,
  columns: {
    id: ['id', 'text'],
    name: ['name', 'text'],
    productLine: ['product_line', 'text'],
    targetMarket: ['target_market', 'text'],
    notes: ['notes', 'text'],
    archived: ['archived', 'boolean'],
    sensitivityMargin: ['sensitivity_margin', 'real'],
    scoringMode: ['scoring_mode', 'text'],
    rationaleRule: ['rationale_rule', 'text'],
    disagreementThreshold: ['disagreement_threshold', 'real'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: [],
  bookkeeping: ['id', 'createdAt', 'updatedAt'],
  orderBy: 'one',
};

export const candidateTable: EntityTable<Candidate> = {
  table: 'candidate',
  entity: 'candidate',
  schema: Candidate,
  columns: {
    id: ['id', 'text'],
    nameJa: ['name_ja', 'text'],
    nameLatin: ['name_latin', 'text'],
    headquarters: ['headquarters', 'text'],
    type: ['type', 'text'],
    website: ['website', 'text'],
    notes: ['notes', 'text'],
    compared: ['compared', 'boolean'],
    sortOrder: ['sort_order', 'integer'],
    origin: ['origin', 'text'],
    introducer: ['introducer', 'text'],
    introducerRelationship: ['introducer_relationship', 'text'],
    firstContactOn: ['first_contact_on', 'text'],
    approachedBy: ['approached_by', 'text'],
    statedIntent: ['stated_intent', 'text'],
    stage: ['stage', 'text'],
    declinedReason: ['declined_reason', 'text'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'sort_order, id',
};

export const pillarTable: EntityTable<Pillar> = {
  table: 'pillar',
  entity: 'pillar',
  schema: Pillar,
  columns: {
    id: ['id', 'text'],
    nameEn: ['name_en', 'text'],
    nameJa: ['name_ja', 'text'],
    weight: ['weight', 'real'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'sort_order, id',
};

export const criterionTable: EntityTable<Criterion> = {
  table: 'criterion',
  entity: 'criterion',
  schema: Criterion,
  columns: {
    id: ['id', 'text'],
    pillarId: ['pillar_id', 'text'],
    nameEn: ['name_en', 'text'],
    nameJa: ['name_ja', 'text'],
    description: ['description', 'text'],
    anchor1: ['anchor1', 'text'],
    anchor3: ['anchor3', 'text'],
    anchor5: ['anchor5', 'text'],
    weight: ['weight', 'real'],
    knockout: ['knockout', 'boolean'],
    passMark: ['pass_mark', 'real'],
    sortOrder: ['sort_order', 'integer'],
    libraryKey: ['library_key', 'text'],
  },
  key: ['id'],
  bookkeeping: [],
  // Criteria are listed in their pillar's order, then their own.
  orderBy: '(SELECT p.sort_order FROM pillar p WHERE p.id = criterion.pillar_id), pillar_id, sort_order, id',
};

/** Evaluators have no order in the contract; the store keeps the order they were added in. */
export const StoredEvaluator = Evaluator.extend({ sortOrder: z.number().int() });
export type StoredEvaluator = z.infer<typeof StoredEvaluator>;

export const evaluatorTable: EntityTable<StoredEvaluator> = {
  table: 'evaluator',
  entity: 'evaluator',
  schema: StoredEvaluator,
  columns: {
    id: ['id', 'text'],
    name: ['name', 'text'],
    department: ['department', 'text'],
    role: ['role', 'text'],
    submittedAt: ['submitted_at', 'text'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: ['sortOrder'],
  orderBy: 'sort_order, id',
};

export const scoreTable: EntityTable<Score> = {
  table: 'score',
  entity: 'score',
  schema: Score,
  columns: {
    evaluatorId: ['evaluator_id', 'text'],
    candidateId: ['candidate_id', 'text'],
    criterionId: ['criterion_id', 'text'],
    value: ['value', 'real'],
    rationale: ['rationale', 'text'],
    confidence: ['confidence', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['evaluatorId', 'candidateId', 'criterionId'],
  bookkeeping: ['updatedAt'],
  orderBy: 'evaluator_id, candidate_id, criterion_id',
};

export const consensusTable: EntityTable<Consensus> = {
  table: 'consensus',
  entity: 'consensus',
  schema: Consensus,
  columns: {
    candidateId: ['candidate_id', 'text'],
    criterionId: ['criterion_id', 'text'],
    value: ['value', 'real'],
    reason: ['reason', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['candidateId', 'criterionId'],
  bookkeeping: ['updatedAt'],
  orderBy: 'candidate_id, criterion_id',
};

export const conflictTable: EntityTable<ConflictDeclaration> = {
  table: 'conflict_declaration',
  entity: 'conflict',
  schema: ConflictDeclaration,
  columns: {
    evaluatorId: ['evaluator_id', 'text'],
    candidateId: ['candidate_id', 'text'],
    status: ['status', 'text'],
    note: ['note', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['evaluatorId', 'candidateId'],
  bookkeeping: ['updatedAt'],
  orderBy: 'evaluator_id, candidate_id',
};

export const dissentTable: EntityTable<Dissent> = {
  table: 'dissent',
  entity: 'dissent',
  schema: Dissent,
  columns: {
    evaluatorId: ['evaluator_id', 'text'],
    candidateId: ['candidate_id', 'text'],
    criterionId: ['criterion_id', 'text'],
    note: ['note', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['evaluatorId', 'candidateId', 'criterionId'],
  bookkeeping: ['updatedAt'],
  orderBy: 'evaluator_id, candidate_id, criterion_id',
};

export const weightingTable: EntityTable<Weighting> = {
  table: 'weighting',
  entity: 'weighting',
  schema: Weighting,
  columns: {
    pillarId: ['pillar_id', 'text'],
    method: ['method', 'text'],
    judgements: ['judgements', 'json'],
    consistencyRatio: ['consistency_ratio', 'real'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['pillarId'],
  bookkeeping: ['updatedAt'],
  orderBy: 'pillar_id',
};

export const suitorSignalTable: EntityTable<SuitorSignal> = {
  table: 'suitor_signal',
  entity: 'signal',
  schema: SuitorSignal,
  columns: {
    candidateId: ['candidate_id', 'text'],
    signal: ['signal', 'text'],
    reading: ['reading', 'text'],
    note: ['note', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['candidateId', 'signal'],
  bookkeeping: ['updatedAt'],
  orderBy: 'candidate_id, signal',
};

export const interviewItemTable: EntityTable<InterviewItem> = {
  table: 'interview_item',
  entity: 'interviewItem',
  schema: InterviewItem,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    questionKey: ['question_key', 'text'],
    customText: ['custom_text', 'text'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'candidate_id, sort_order, id',
};

export const answerTable: EntityTable<Answer> = {
  table: 'answer',
  entity: 'answer',
  schema: Answer,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    questionKey: ['question_key', 'text'],
    questionText: ['question_text', 'text'],
    answeredBy: ['answered_by', 'text'],
    answeredOn: ['answered_on', 'text'],
    setting: ['setting', 'text'],
    text: ['text', 'text'],
    criterionIds: ['criterion_ids', 'json'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['createdAt', 'updatedAt'],
  orderBy: 'candidate_id, coalesce(answered_on, created_at), created_at, id',
};

export const redFlagTable: EntityTable<RedFlag> = {
  table: 'red_flag',
  entity: 'flag',
  schema: RedFlag,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    libraryKey: ['library_key', 'text'],
    said: ['said', 'text'],
    saidBy: ['said_by', 'text'],
    observedOn: ['observed_on', 'text'],
    source: ['source', 'text'],
    status: ['status', 'text'],
    outcome: ['outcome', 'text'],
    consequence: ['consequence', 'text'],
    criterionId: ['criterion_id', 'text'],
    penalty: ['penalty', 'real'],
    condition: ['condition', 'text'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['createdAt', 'updatedAt'],
  orderBy: 'candidate_id, created_at, id',
};

export const evidenceFileTable: EntityTable<EvidenceFile> = {
  table: 'evidence_file',
  entity: 'evidence',
  schema: EvidenceFile,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    attachedTo: ['attached_to', 'text'],
    attachedId: ['attached_id', 'text'],
    fileName: ['file_name', 'text'],
    mediaType: ['media_type', 'text'],
    size: ['size', 'integer'],
    sha256: ['sha256', 'text'],
    addedBy: ['added_by', 'text'],
    addedAt: ['added_at', 'text'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'candidate_id, added_at, id',
};

export const dueDiligenceTable: EntityTable<DueDiligenceItem> = {
  table: 'due_diligence_item',
  entity: 'dueDiligence',
  schema: DueDiligenceItem,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    item: ['item', 'text'],
    requestedOn: ['requested_on', 'text'],
    dueOn: ['due_on', 'text'],
    status: ['status', 'text'],
    note: ['note', 'text'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'candidate_id, sort_order, id',
};

export const termSheetTable: EntityTable<TermSheet> = {
  table: 'term_sheet',
  entity: 'termSheet',
  schema: TermSheet,
  columns: {
    id: ['id', 'text'],
    candidateId: ['candidate_id', 'text'],
    title: ['title', 'text'],
    clauses: ['clauses', 'json'],
    reviewStatus: ['review_status', 'text'],
    reviewer: ['reviewer', 'text'],
    notes: ['notes', 'text'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['createdAt', 'updatedAt'],
  orderBy: 'candidate_id, id',
};

export const phaseTable: EntityTable<Phase> = {
  table: 'term_phase',
  entity: 'phase',
  schema: Phase,
  columns: {
    id: ['id', 'text'],
    termSheetId: ['term_sheet_id', 'text'],
    name: ['name', 'text'],
    startsOn: ['starts_on', 'text'],
    endsOn: ['ends_on', 'text'],
    exclusivity: ['exclusivity', 'text'],
    scope: ['scope', 'json'],
    targets: ['targets', 'json'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'term_sheet_id, sort_order, id',
};

export const milestoneTable: EntityTable<Milestone> = {
  table: 'term_milestone',
  entity: 'milestone',
  schema: Milestone,
  columns: {
    id: ['id', 'text'],
    termSheetId: ['term_sheet_id', 'text'],
    phaseId: ['phase_id', 'text'],
    code: ['code', 'text'],
    metric: ['metric', 'text'],
    customMetric: ['custom_metric', 'text'],
    description: ['description', 'text'],
    target: ['target', 'real'],
    unit: ['unit', 'text'],
    dueOn: ['due_on', 'text'],
    status: ['status', 'text'],
    actual: ['actual', 'real'],
    settledOn: ['settled_on', 'text'],
    evidence: ['evidence', 'text'],
    waivedReason: ['waived_reason', 'text'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'term_sheet_id, sort_order, id',
};

export const triggerTable: EntityTable<Trigger> = {
  table: 'term_trigger',
  entity: 'trigger',
  schema: Trigger,
  columns: {
    id: ['id', 'text'],
    termSheetId: ['term_sheet_id', 'text'],
    code: ['code', 'text'],
    name: ['name', 'text'],
    condition: ['condition', 'json'],
    actions: ['actions', 'json'],
    sortOrder: ['sort_order', 'integer'],
  },
  key: ['id'],
  bookkeeping: [],
  orderBy: 'term_sheet_id, sort_order, id',
};

export const termCommentTable: EntityTable<TermComment> = {
  table: 'term_comment',
  entity: 'termComment',
  schema: TermComment,
  columns: {
    id: ['id', 'text'],
    termSheetId: ['term_sheet_id', 'text'],
    clause: ['clause', 'text'],
    author: ['author', 'text'],
    body: ['body', 'text'],
    resolved: ['resolved', 'boolean'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['createdAt', 'updatedAt'],
  orderBy: 'term_sheet_id, created_at, id',
};

export const proposalTable: EntityTable<Proposal> = {
  table: 'proposal',
  entity: 'proposal',
  schema: Proposal,
  columns: {
    id: ['id', 'text'],
    version: ['version', 'integer'],
    previousId: ['previous_id', 'text'],
    title: ['title', 'text'],
    recommendation: ['recommendation', 'text'],
    candidateId: ['candidate_id', 'text'],
    drafterId: ['drafter_id', 'text'],
    drafterName: ['drafter_name', 'text'],
    route: ['route', 'json'],
    routeName: ['route_name', 'text'],
    snapshot: ['snapshot', 'json'],
    snapshotHash: ['snapshot_hash', 'text'],
    status: ['status', 'text'],
    currentStage: ['current_stage', 'integer'],
    stageSince: ['stage_since', 'text'],
    createdAt: ['created_at', 'text'],
    circulatedAt: ['circulated_at', 'text'],
    closedAt: ['closed_at', 'text'],
  },
  key: ['id'],
  // The snapshot is frozen once written; logging it whole on creation is enough.
  bookkeeping: ['createdAt', 'stageSince'],
  orderBy: 'created_at, version, id',
};

export const proposalCommentTable: EntityTable<ProposalComment> = {
  table: 'proposal_comment',
  entity: 'proposalComment',
  schema: ProposalComment,
  columns: {
    id: ['id', 'text'],
    proposalId: ['proposal_id', 'text'],
    authorId: ['author_id', 'text'],
    authorName: ['author_name', 'text'],
    body: ['body', 'text'],
    createdAt: ['created_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['createdAt'],
  orderBy: 'proposal_id, created_at, id',
};

export const decisionTable: EntityTable<Decision> = {
  table: 'proposal_decision',
  entity: 'decision',
  schema: Decision,
  columns: {
    id: ['id', 'text'],
    proposalId: ['proposal_id', 'text'],
    stageIndex: ['stage_index', 'integer'],
    approverId: ['approver_id', 'text'],
    approverName: ['approver_name', 'text'],
    actorId: ['actor_id', 'text'],
    actorName: ['actor_name', 'text'],
    kind: ['kind', 'text'],
    comment: ['comment', 'text'],
    delegateToId: ['delegate_to_id', 'text'],
    afterTheFact: ['after_the_fact', 'boolean'],
    decidedAt: ['decided_at', 'text'],
  },
  key: ['id'],
  bookkeeping: ['decidedAt'],
  orderBy: 'proposal_id, decided_at, id',
};

/** The change log names a row by its key values, joined with "/" (a score: evaluator/candidate/criterion). */
export function entityIdOf<E extends object>(t: EntityTable<E>, row: E, roomId: string): string {
  if (t.key.length === 0) return roomId;
  return t.key.map((k) => String(row[k])).join('/');
}
