/**
 * The entities of a deal-room, as zod schemas. These are the single source of
 * truth for what a deal-room holds: the store's rows, the contract's payloads
 * and the interchange file are all built from them.
 */
import { z } from 'zod';
import { Id, IsoDateTime, LongText, Name, ShortText } from './primitives';
export { Id, IsoDateTime, LongText, Name, ShortText } from './primitives';
import {
  Answer,
  ApproachedBy,
  CandidateOrigin,
  DueDiligenceItem,
  EvidenceFile,
  InterviewItem,
  IsoDate,
  PipelineStage,
  RedFlag,
  SuitorSignal,
} from './vetting';
import { Milestone, Phase, TermComment, TermSheet, Trigger } from './terms';

/** Scores live on the anchored 0–5 scale of SCORING.md (decimals allowed). */
export const ScoreValue = z.number().min(0).max(5);
/** Raw weights are relative numbers ≥ 0; effective weights are derived. */
export const MIN_NONZERO_WEIGHT = 1e-6;
export const Weight = z
  .number()
  .min(0, { abort: true })
  .max(1_000_000, { abort: true })
  // A weight of 1e-300 is not a choice anyone makes, but it would turn relative
  // changes in the sensitivity analysis into infinities: 0, or something real.
  .refine((w) => w === 0 || w >= MIN_NONZERO_WEIGHT, { params: { rule: 'weight_too_small' }, message: 'must be 0 or at least 0.000001' });

export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

export const CandidateType = z.enum(['distributor', 'trading_house', 'agent', 'jv_partner']);
export type CandidateType = z.infer<typeof CandidateType>;

/** An http(s) address, or empty when unknown. */
export const Website = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/ }).max(500),
]);


/**
 * How a panel scores: `open`, everyone sees every score as it is entered;
 * `independent`, an evaluator sees only their own scores until their sheet is
 * submitted, so the first opinion voiced does not anchor the others.
 */
export const ScoringMode = z.enum(['open', 'independent']);
export type ScoringMode = z.infer<typeof ScoringMode>;

/**
 * When a score needs a written rationale: `extremes`, at either end of the
 * scale (at or below 1, or 5); `always`; or `never`.
 */
export const RationaleRule = z.enum(['extremes', 'always', 'never']);
export type RationaleRule = z.infer<typeof RationaleRule>;

/** Spread (max − min) from which a cell counts as a disagreement; SCORING.md scale points. */
export const DisagreementThreshold = z.number().min(0.1).max(5);

/** A deal-room: one opportunity and everything about it (DOMAIN.md, "Words"). */
export const DealRoom = z.object({
  id: Id,
  name: Name,
  productLine: ShortText,
  targetMarket: ShortText,
  notes: LongText,
  archived: z.boolean(),
  /** Robust/fragile margin of SCORING.md, as a fraction of the whole (0.05 = 5 points). */
  sensitivityMargin: z.number().min(0).max(1),
  scoringMode: ScoringMode,
  rationaleRule: RationaleRule,
  disagreementThreshold: DisagreementThreshold,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DealRoom = z.infer<typeof DealRoom>;

export const Candidate = z.object({
  id: Id,
  nameJa: ShortText,
  nameLatin: ShortText,
  headquarters: ShortText,
  type: CandidateType,
  website: Website,
  notes: LongText,
  /** Whether the candidate is one of the 3–5 compared side by side. */
  compared: z.boolean(),
  sortOrder: z.number().int(),
  // Intake (issue 5): how the candidate came to us.
  origin: CandidateOrigin,
  /** Who introduced them (referral or introducer), and that person's relationship to us. */
  introducer: ShortText,
  introducerRelationship: ShortText,
  firstContactOn: IsoDate.nullable(),
  approachedBy: ApproachedBy,
  /** What they said they want, in their words. */
  statedIntent: LongText,
  stage: PipelineStage,
  declinedReason: LongText,
});
export type Candidate = z.infer<typeof Candidate>;

export const Pillar = z.object({
  id: Id,
  nameEn: ShortText,
  nameJa: ShortText,
  weight: Weight,
  sortOrder: z.number().int(),
});
export type Pillar = z.infer<typeof Pillar>;

export const Criterion = z.object({
  id: Id,
  pillarId: Id,
  nameEn: ShortText,
  nameJa: ShortText,
  description: LongText,
  /** What a 1, a 3 and a 5 look like on this criterion's anchored scale. */
  anchor1: LongText,
  anchor3: LongText,
  anchor5: LongText,
  weight: Weight,
  knockout: z.boolean(),
  /** Pass mark m_c of a knock-out criterion (SCORING.md; default 3). */
  passMark: ScoreValue,
  sortOrder: z.number().int(),
  /** The criteria library entry it came from ('' when written by hand): questions link to criteria by it. */
  libraryKey: z.string().max(100),
});
export type Criterion = z.infer<typeof Criterion>;

export const Evaluator = z.object({
  id: Id,
  name: Name,
  department: ShortText,
  /** The evaluator's role on the panel or in the company (e.g. "Head of regulatory affairs"). */
  role: ShortText,
  /** When the evaluator submitted their sheet; a submitted sheet is locked until reopened. */
  submittedAt: IsoDateTime.nullable(),
});
export type Evaluator = z.infer<typeof Evaluator>;

/** One evaluator's score of one candidate on one criterion. */
export const Score = z.object({
  evaluatorId: Id,
  candidateId: Id,
  criterionId: Id,
  value: ScoreValue,
  rationale: LongText,
  confidence: Confidence,
  updatedAt: IsoDateTime,
});
export type Score = z.infer<typeof Score>;

/** A panel's agreed score for a cell, recorded after discussion. */
export const Consensus = z.object({
  candidateId: Id,
  criterionId: Id,
  value: ScoreValue,
  reason: LongText,
  updatedAt: IsoDateTime,
});
export type Consensus = z.infer<typeof Consensus>;

/**
 * An evaluator's declaration about one candidate: `none`, or a conflict of
 * interest (with a note saying what it is). A declared conflict stops the
 * evaluator scoring that candidate; SCORING.md leaves their entries uncounted.
 */
export const ConflictStatus = z.enum(['none', 'conflict']);
export type ConflictStatus = z.infer<typeof ConflictStatus>;
export const ConflictDeclaration = z.object({
  evaluatorId: Id,
  candidateId: Id,
  status: ConflictStatus,
  note: LongText,
  updatedAt: IsoDateTime,
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

/** An evaluator's recorded dissent from the panel's consensus on one cell. */
export const Dissent = z.object({
  evaluatorId: Id,
  candidateId: Id,
  criterionId: Id,
  note: LongText,
  updatedAt: IsoDateTime,
});
export type Dissent = z.infer<typeof Dissent>;

/** How a set of weights was chosen. */
export const WeightingMethod = z.enum(['direct', 'ahp']);
export type WeightingMethod = z.infer<typeof WeightingMethod>;

/** One pairwise judgement of AHP: how much more `a` matters than `b`, on Saaty's 1/9–9 scale. */
export const SaatyValue = z
  .number()
  .min(1 / 9 - 1e-9)
  .max(9);
export const PairwiseJudgement = z.object({ a: Id, b: Id, value: SaatyValue });
export type PairwiseJudgement = z.infer<typeof PairwiseJudgement>;

/**
 * How the weights of one scope were chosen: the pillar weights themselves
 * (`pillarId` empty) or the criteria inside one pillar. With AHP the pairwise
 * judgements are kept, so the panel can revisit them, with the consistency
 * ratio they gave.
 */
export const Weighting = z.object({
  /** '' for the pillar weights; otherwise the pillar whose criteria were weighted. */
  pillarId: z.string().max(100),
  method: WeightingMethod,
  judgements: z.array(PairwiseJudgement),
  consistencyRatio: z.number().nullable(),
  updatedAt: IsoDateTime,
});
export type Weighting = z.infer<typeof Weighting>;

/** Everything the app knows about one deal-room, as the renderer and engine see it. */
export const DealRoomDetail = z.object({
  dealRoom: DealRoom,
  candidates: z.array(Candidate),
  pillars: z.array(Pillar),
  criteria: z.array(Criterion),
  evaluators: z.array(Evaluator),
  scores: z.array(Score),
  consensus: z.array(Consensus),
  conflicts: z.array(ConflictDeclaration),
  dissent: z.array(Dissent),
  weightings: z.array(Weighting),
  signals: z.array(SuitorSignal),
  interviewItems: z.array(InterviewItem),
  answers: z.array(Answer),
  flags: z.array(RedFlag),
  evidence: z.array(EvidenceFile),
  dueDiligence: z.array(DueDiligenceItem),
  termSheets: z.array(TermSheet),
  phases: z.array(Phase),
  milestones: z.array(Milestone),
  triggers: z.array(Trigger),
  termComments: z.array(TermComment),
});
export type DealRoomDetail = z.infer<typeof DealRoomDetail>;

/** A deal-room as listed: its fields plus counts, or why its file cannot be opened. */
export const DealRoomSummary = z.object({
  id: Id,
  name: z.string(),
  productLine: z.string(),
  targetMarket: z.string(),
  archived: z.boolean(),
  updatedAt: z.string(),
  candidateCount: z.number().int().min(0),
  comparedCount: z.number().int().min(0),
  /** 'encrypted': encrypted at rest, its key at hand; 'locked': encrypted, waiting for its recovery key. */
  encryption: z.enum(['none', 'encrypted', 'locked']),
  /** Set when the deal-room's file could not be opened; the text says why. */
  problem: z.string().optional(),
});
export type DealRoomSummary = z.infer<typeof DealRoomSummary>;

/** One row of the append-only change log (ENGINEERING.md, pattern 6). */
export const ChangeLogEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntry>;

export const Language = z.enum(['en', 'ja']);
export type Language = z.infer<typeof Language>;

/** Automatic backups of the data folder (issue 7): how often, and how many are kept. */
export const BackupSettings = z.object({
  /** A backup is made at start-up when the newest one is older than this. */
  intervalHours: z.number().int().min(1).max(24 * 365),
  /** Only the newest `keep` backups stay; older ones are removed after each new one. */
  keep: z.number().int().min(1).max(1000),
});
export type BackupSettings = z.infer<typeof BackupSettings>;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalHours: 24, keep: 10 };

export const Settings = z.object({
  language: Language,
  /** The deal-room opened last, reopened at the next start. */
  lastDealRoomId: Id.nullable(),
  // A default, so settings.json files written before backups existed still read.
  backups: BackupSettings.default(DEFAULT_BACKUP_SETTINGS),
});
export type Settings = z.infer<typeof Settings>;
