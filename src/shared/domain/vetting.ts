/**
 * The vetting workflow's records (issue 5): how a candidate came to us and
 * what its approach signals, where it stands in the pipeline, the questions
 * asked and the answers given, red flags, evidence files and the
 * due-diligence request list. zod schemas, the one source of truth for the
 * store's rows and the contract's payloads, like entities.ts.
 */
import { z } from 'zod';
import { Id, IsoDateTime, LongText, ShortText } from './primitives';

/** A calendar date, YYYY-MM-DD (no time zone: a meeting happened on a day). */
export const IsoDate = z.iso.date();

/** How the candidate came to us (DOMAIN.md, "Intake"). */
export const CandidateOrigin = z.enum(['unknown', 'inbound', 'outreach', 'referral', 'introducer']);
export type CandidateOrigin = z.infer<typeof CandidateOrigin>;

export const ApproachedBy = z.enum(['unknown', 'they_approached_us', 'we_approached_them']);
export type ApproachedBy = z.infer<typeof ApproachedBy>;

/** The pipeline, in order; `declined` can be reached from any stage (with a reason). */
export const PIPELINE_STAGES = ['long_list', 'screening', 'shortlist', 'due_diligence', 'negotiation', 'pilot', 'partner', 'declined'] as const;
export const PipelineStage = z.enum(PIPELINE_STAGES);
export type PipelineStage = z.infer<typeof PipelineStage>;

/**
 * The signals an inbound approach gives (DOMAIN.md, "Intake"): each is read as
 * reassuring, a warning, or not yet known, with a note on what was seen.
 * - executive_approval: approved by their executives (reassuring) or exploratory (warning)
 * - committed_team: a committed team (reassuring) or one enthusiastic person (warning)
 * - strategic_motive: strategic fit (reassuring) or market access only (warning)
 * - measured_pace: a measured pace (reassuring) or unusual speed and bold promises (warning)
 * - product_focus: our product would get focus (reassuring) or be one line among many (warning)
 */
export const SUITOR_SIGNALS = ['executive_approval', 'committed_team', 'strategic_motive', 'measured_pace', 'product_focus'] as const;
export const SuitorSignalKind = z.enum(SUITOR_SIGNALS);
export type SuitorSignalKind = z.infer<typeof SuitorSignalKind>;
export const SignalReading = z.enum(['unknown', 'reassuring', 'warning']);
export type SignalReading = z.infer<typeof SignalReading>;

export const SuitorSignal = z.object({
  candidateId: Id,
  signal: SuitorSignalKind,
  reading: SignalReading,
  note: LongText,
  updatedAt: IsoDateTime,
});
export type SuitorSignal = z.infer<typeof SuitorSignal>;

/** Where an answer was given: people say different things in a group and one to one. */
export const AnswerSetting = z.enum(['group_meeting', 'one_to_one', 'written', 'other']);
export type AnswerSetting = z.infer<typeof AnswerSetting>;

/** One question of a candidate's interview guide: a question of the bank, or one of our own. */
export const InterviewItem = z.object({
  id: Id,
  candidateId: Id,
  /** The bank's question key, or '' for a question written for this candidate. */
  questionKey: z.string().max(100),
  customText: LongText,
  sortOrder: z.number().int(),
});
export type InterviewItem = z.infer<typeof InterviewItem>;

/** An answer a candidate gave; it is evidence for the scores of the criteria it informs. */
export const Answer = z.object({
  id: Id,
  candidateId: Id,
  /** The bank's question key, or '' when the question is written out in questionText. */
  questionKey: z.string().max(100),
  questionText: LongText,
  answeredBy: ShortText,
  answeredOn: IsoDate.nullable(),
  setting: AnswerSetting,
  text: LongText,
  /** The criteria this answer is evidence for (by default those its question informs). */
  criterionIds: z.array(Id).max(200),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Answer = z.infer<typeof Answer>;

export const FlagStatus = z.enum(['open', 'confirmed', 'cleared']);
export type FlagStatus = z.infer<typeof FlagStatus>;
/** What a confirmed flag does (SCORING.md, "Aggregated scores": penalties and knock-outs). */
export const FlagConsequence = z.enum(['note', 'penalty', 'knockout', 'contract_condition']);
export type FlagConsequence = z.infer<typeof FlagConsequence>;

/** A red flag observed on a candidate. */
export const RedFlag = z.object({
  id: Id,
  candidateId: Id,
  /** The red-flag library entry it matches, or ''. */
  libraryKey: z.string().max(100),
  said: LongText,
  saidBy: ShortText,
  observedOn: IsoDate.nullable(),
  source: ShortText,
  status: FlagStatus,
  /** What the check found (required to confirm or clear). */
  outcome: LongText,
  consequence: FlagConsequence,
  /** The criterion whose score a penalty lowers; null otherwise. */
  criterionId: Id.nullable(),
  /** Points off the criterion's aggregated score (0–5) for a confirmed penalty flag. */
  penalty: z.number().min(0).max(5),
  /** The contract condition a flag raises (kept for the terms). */
  condition: LongText,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RedFlag = z.infer<typeof RedFlag>;

/** What an evidence file is attached to. Score ids are "evaluatorId/candidateId/criterionId". */
export const EvidenceTarget = z.enum(['candidate', 'answer', 'score', 'flag', 'due_diligence']);
export type EvidenceTarget = z.infer<typeof EvidenceTarget>;

export const EvidenceFile = z.object({
  id: Id,
  candidateId: Id,
  attachedTo: EvidenceTarget,
  attachedId: z.string().max(400),
  fileName: ShortText,
  mediaType: z.string().max(200),
  size: z.number().int().min(0),
  /** Hex SHA-256 of the content; the content is stored once per deal-room under this name. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedBy: z.string().max(200),
  addedAt: IsoDateTime,
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const DueDiligenceStatus = z.enum(['requested', 'received', 'verified', 'refused']);
export type DueDiligenceStatus = z.infer<typeof DueDiligenceStatus>;

export const DueDiligenceItem = z.object({
  id: Id,
  candidateId: Id,
  item: ShortText,
  requestedOn: IsoDate.nullable(),
  dueOn: IsoDate.nullable(),
  status: DueDiligenceStatus,
  note: LongText,
  sortOrder: z.number().int(),
});
export type DueDiligenceItem = z.infer<typeof DueDiligenceItem>;

/** A candidate's intake fields before anyone has filled them in. */
export const CANDIDATE_INTAKE_DEFAULTS = {
  origin: 'unknown',
  introducer: '',
  introducerRelationship: '',
  firstContactOn: null,
  approachedBy: 'unknown',
  statedIntent: '',
  stage: 'long_list',
  declinedReason: '',
} as const satisfies {
  origin: CandidateOrigin;
  introducer: string;
  introducerRelationship: string;
  firstContactOn: string | null;
  approachedBy: ApproachedBy;
  statedIntent: string;
  stage: PipelineStage;
  declinedReason: string;
};

/** The vetting records of a deal-room with none yet (a new room, or a file from before issue 5). */
export function noVettingRecords(): {
  signals: SuitorSignal[];
  interviewItems: InterviewItem[];
  answers: Answer[];
  flags: RedFlag[];
  evidence: EvidenceFile[];
  dueDiligence: DueDiligenceItem[];
} {
  return { signals: [], interviewItems: [], answers: [], flags: [], evidence: [], dueDiligence: [] };
}
