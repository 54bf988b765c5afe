/**
 * The contract: every operation the app offers, with its zod input and output
 * (ENGINEERING.md, pattern 1). Electron IPC, the browser-mode HTTP server, the
 * CLI and the tests all call these names and nothing else.
 */
import { z } from 'zod';
import { TemplateSummary } from '../domain/criteria-template';
import { Deleted, op, RequiredNote } from './contract-op';
import { auditOps } from './contract-audit';
import { ringiOps } from './contract-ringi';
import { backupsOps } from './contract-backups';
import { evidenceOps } from './contract-evidence';
import { exportsOps } from './contract-exports';
import { flagOps } from './contract-flags';
import { interviewOps } from './contract-interviews';
import { longListOps } from './contract-long-list';
import { pipelineOps } from './contract-pipeline';
import { portableOps } from './contract-portable';
import { searchOps } from './contract-search';
import { printOps } from './contract-print';
import { termsOps } from './contract-terms';
import { encryptionOps } from './contract-encryption';
import {
  BackupSettings,
  Candidate,
  ChangeLogEntry,
  ConflictDeclaration,
  ConflictStatus,
  Confidence,
  Criterion,
  DealRoom,
  DealRoomDetail,
  DealRoomSummary,
  Dissent,
  Evaluator,
  Id,
  Language,
  LongText,
  PairwiseJudgement,
  Pillar,
  ShortText,
  ScoreValue,
  Settings,
  Weight,
  Weighting,
  WeightingMethod,
} from '../domain/entities';

const RoomRef = z.strictObject({ dealRoomId: Id });

// The fields a caller may set are the entities' own fields, less ids, flags
// the app manages and timestamps: picked from the entity schemas so the two
// cannot drift apart.
const DealRoomFields = DealRoom.pick({
  name: true,
  productLine: true,
  targetMarket: true,
  notes: true,
  sensitivityMargin: true,
  scoringMode: true,
  rationaleRule: true,
  disagreementThreshold: true,
}).strict();
// The pipeline stage moves through 'pipeline.moveStage' (with its comparison gate), not here.
const CandidateFields = Candidate.pick({
  nameJa: true,
  nameLatin: true,
  headquarters: true,
  type: true,
  website: true,
  notes: true,
  origin: true,
  introducer: true,
  introducerRelationship: true,
  firstContactOn: true,
  approachedBy: true,
  statedIntent: true,
}).strict();
const PillarFields = Pillar.pick({ nameEn: true, nameJa: true, weight: true }).strict();
const CriterionFields = Criterion.omit({ id: true, sortOrder: true }).strict();
const EvaluatorFields = Evaluator.omit({ id: true, submittedAt: true }).strict();
const TemplateRef = z.strictObject({ templateId: Id });

const CellRef = z.strictObject({ dealRoomId: Id, candidateId: Id, criterionId: Id });

/** A candidate or a pillar or criterion must have a name in at least one script/language. */
const needsSomeName =
  (a: string, b: string) =>
  (v: Record<string, unknown>): boolean =>
    (typeof v[a] === 'string' && (v[a] as string).trim() !== '') ||
    (typeof v[b] === 'string' && (v[b] as string).trim() !== '');


export const contract = {
  // Settings (persisted beside the deal-rooms)
  'settings.get': op(z.strictObject({}), Settings),
  // Strict inside too: an unknown key in `backups` is refused, not dropped.
  'settings.update': op(Settings.partial().extend({ backups: BackupSettings.strict().optional() }).strict(), Settings),

  // Deal-rooms
  'dealRooms.list': op(z.strictObject({ includeArchived: z.boolean().default(true) }), z.array(DealRoomSummary)),
  'dealRooms.get': op(RoomRef, DealRoomDetail),
  /** With `templateId`, the room starts with that template's pillars and criteria. */
  'dealRooms.create': op(DealRoomFields.partial().required({ name: true }).extend({ templateId: Id.optional() }), DealRoom),
  'dealRooms.update': op(z.strictObject({ dealRoomId: Id, patch: DealRoomFields.partial() }), DealRoom),
  'dealRooms.setArchived': op(z.strictObject({ dealRoomId: Id, archived: z.boolean() }), DealRoom),
  'dealRooms.delete': op(RoomRef, Deleted),
  /** The whole deal-room as an interchange document (src/shared/domain/deal-room-file.ts). */
  'dealRooms.export': op(RoomRef, z.unknown()),
  /** Validates the document whole and creates a new deal-room from it, all or nothing. */
  'dealRooms.import': op(z.strictObject({ file: z.unknown() }), DealRoom),
  'dealRooms.changeLog': op(
    z.strictObject({
      dealRoomId: Id,
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ total: z.number().int(), entries: z.array(ChangeLogEntry) }),
  ),

  // Candidates
  'candidates.create': op(
    z.strictObject({ dealRoomId: Id, fields: CandidateFields.partial().refine(needsSomeName('nameJa', 'nameLatin'), { message: 'a name in Japanese or Latin letters is required', path: ['nameLatin'], params: { rule: 'name_required' } }) }),
    Candidate,
  ),
  'candidates.update': op(z.strictObject({ dealRoomId: Id, candidateId: Id, patch: CandidateFields.partial() }), Candidate),
  'candidates.delete': op(z.strictObject({ dealRoomId: Id, candidateId: Id }), Deleted),
  /** Sets exactly which candidates are compared side by side (at most 5). */
  'candidates.setCompared': op(z.strictObject({ dealRoomId: Id, candidateIds: z.array(Id).max(5) }), z.array(Candidate)),

  // Pillars and criteria
  'pillars.create': op(z.strictObject({ dealRoomId: Id, fields: PillarFields.partial().refine(needsSomeName('nameEn', 'nameJa'), { message: 'a name in English or Japanese is required', path: ['nameEn'], params: { rule: 'name_required' } }) }), Pillar),
  'pillars.update': op(z.strictObject({ dealRoomId: Id, pillarId: Id, patch: PillarFields.partial() }), Pillar),
  /** Deletes the pillar with its criteria and their scores. */
  'pillars.delete': op(z.strictObject({ dealRoomId: Id, pillarId: Id }), Deleted),
  'criteria.create': op(z.strictObject({ dealRoomId: Id, fields: CriterionFields.partial().required({ pillarId: true }).refine(needsSomeName('nameEn', 'nameJa'), { message: 'a name in English or Japanese is required', path: ['nameEn'], params: { rule: 'name_required' } }) }), Criterion),
  'criteria.update': op(z.strictObject({ dealRoomId: Id, criterionId: Id, patch: CriterionFields.partial() }), Criterion),
  'criteria.delete': op(z.strictObject({ dealRoomId: Id, criterionId: Id }), Deleted),

  // Evaluators and scores
  'evaluators.create': op(z.strictObject({ dealRoomId: Id, fields: EvaluatorFields.partial().required({ name: true }) }), Evaluator),
  'evaluators.update': op(z.strictObject({ dealRoomId: Id, evaluatorId: Id, patch: EvaluatorFields.partial() }), Evaluator),
  'evaluators.delete': op(z.strictObject({ dealRoomId: Id, evaluatorId: Id }), Deleted),
  /** Locks the evaluator's sheet; in independent mode their scores become visible to the panel. */
  'evaluators.submitSheet': op(z.strictObject({ dealRoomId: Id, evaluatorId: Id }), Evaluator),
  /** Unlocks a submitted sheet; the reason goes to the change log. */
  'evaluators.reopenSheet': op(z.strictObject({ dealRoomId: Id, evaluatorId: Id, reason: RequiredNote }), Evaluator),
  /** An evaluator's declaration about one candidate; a conflict needs a note saying what it is. */
  'conflicts.declare': op(
    z
      .strictObject({ dealRoomId: Id, evaluatorId: Id, candidateId: Id, status: ConflictStatus, note: LongText.default('') })
      .refine((v) => v.status === 'none' || v.note.trim() !== '', { message: 'a note is required', path: ['note'], params: { rule: 'note_required' } }),
    ConflictDeclaration,
  ),
  'scores.set': op(
    CellRef.extend({ evaluatorId: Id, value: ScoreValue, rationale: LongText.default(''), confidence: Confidence.default('medium') }),
    z.object({ cleared: z.boolean() }),
  ),
  /** Clears an evaluator's score back to unscored. */
  'scores.clear': op(CellRef.extend({ evaluatorId: Id }), z.object({ cleared: z.boolean() })),
  'consensus.set': op(CellRef.extend({ value: ScoreValue, reason: LongText.default('') }), z.object({ cleared: z.boolean() })),
  'consensus.clear': op(CellRef, z.object({ cleared: z.boolean() })),
  /** An evaluator's dissent from the consensus of a cell (which must have one). */
  'dissent.set': op(CellRef.extend({ evaluatorId: Id, note: RequiredNote }), Dissent),
  'dissent.clear': op(CellRef.extend({ evaluatorId: Id }), z.object({ cleared: z.boolean() })),

  // Weights
  /**
   * Sets the weights of one scope (the pillars when pillarId is '', or the
   * criteria of one pillar) in one transaction, recording the method. Direct:
   * `weights` gives each item's weight. AHP: `judgements` give every pair once
   * and the store derives the weights (priorities × 100) itself.
   */
  'weights.apply': op(
    z.discriminatedUnion('method', [
      z.strictObject({
        dealRoomId: Id,
        pillarId: z.string().max(100),
        method: z.literal(WeightingMethod.enum.direct),
        weights: z.array(z.strictObject({ id: Id, weight: Weight })).min(1).max(500),
      }),
      z.strictObject({
        dealRoomId: Id,
        pillarId: z.string().max(100),
        method: z.literal(WeightingMethod.enum.ahp),
        judgements: z.array(PairwiseJudgement.strict()).min(1).max(5000),
      }),
    ]),
    z.object({ weighting: Weighting, weights: z.array(z.object({ id: Id, weight: z.number() })) }),
  ),

  // Criteria templates
  'templates.list': op(z.strictObject({}), z.array(TemplateSummary)),
  /** The template as a file document (shinrai.criteria-template). */
  'templates.get': op(TemplateRef, z.unknown()),
  'templates.saveFromRoom': op(
    z.strictObject({ dealRoomId: Id, nameEn: ShortText.default(''), nameJa: ShortText.default(''), description: LongText.default('') }).refine(
      needsSomeName('nameEn', 'nameJa'),
      { message: 'a name in English or Japanese is required', path: ['nameEn'], params: { rule: 'name_required' } },
    ),
    TemplateSummary,
  ),
  /** Validates the document whole; an invalid file changes nothing. */
  'templates.import': op(z.strictObject({ file: z.unknown() }), TemplateSummary),
  /** Only templates saved or imported by users can be deleted. */
  'templates.delete': op(TemplateRef, Deleted),

  // The vetting workflow (issue 5), one area per file
  ...pipelineOps,
  ...longListOps,
  ...interviewOps,
  ...flagOps,
  ...evidenceOps,
  ...searchOps,

  // Executive output (issue 7), one area per file
  ...exportsOps,
  ...backupsOps,
  ...portableOps,

  // People, circulation and the audit trail (issue 8)
  ...ringiOps,
  ...auditOps,

  // Staged terms (issue 6)
  ...termsOps,
  ...printOps,

  // Reliability and security (issue 9)
  ...encryptionOps,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (before zod fills defaults). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a handler receives (after zod parsed it). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = z.output<Contract[N]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Context every call carries: who acts, and the language messages are written in. */
export interface CallContext {
  actor: string;
  lang: Language;
}

/** The shape a handler map must satisfy: a missing or mistyped handler is a compile error. */
export type Handlers = {
  [N in OperationName]: (input: ParsedInputOf<N>, ctx: CallContext) => OutputOf<N>;
};
