/**
 * Staged terms (issue 6; DOMAIN.md, "Staged terms"): each candidate's proposed
 * deal as a term sheet of phases, measurable milestones and trigger rules
 * over them, plus the clause facts legal checks for risk and exit difficulty.
 *
 * Dates are calendar dates (YYYY-MM-DD), inclusive at both ends: a phase from
 * 2027-01-01 to 2027-06-30 covers both days. The engine that reads these
 * records lives in src/shared/terms.
 */
import { z } from 'zod';
import { Id, IsoDateTime, LongText, Name, ShortText } from './primitives';
import { IsoDate } from './vetting';

/** A free label in a scope list (a channel, a customer segment, a product line). */
const ScopeLabel = z.string().trim().min(1).max(100);

/**
 * Where, through which channels, to whom and for what a right applies.
 *
 * - `territory`: place codes. Japan's prefectures are `JP-01` … `JP-47` (JIS
 *   X 0401 order), its eight regions `JP-R-hokkaido` … `JP-R-kyushu` (a region
 *   means all its prefectures), `JP` means all of Japan; any other country is
 *   its ISO 3166-1 alpha-2 code. Must not be empty.
 * - `channels`: built-in channel keys (src/shared/terms/channels.ts) or free
 *   labels a room adds. Empty means every channel.
 * - `segments`, `products`: free labels. Empty means every segment / product.
 */
export const Scope = z.object({
  territory: z.array(z.string().regex(/^(JP(-\d{2}|-R-[a-z_]+)?|[A-Z]{2})$/)).min(1).max(100),
  channels: z.array(ScopeLabel).max(50),
  segments: z.array(ScopeLabel).max(50),
  products: z.array(ScopeLabel).max(50),
});
export type Scope = z.infer<typeof Scope>;

export const Exclusivity = z.enum(['none', 'conditional', 'exclusive']);
export type Exclusivity = z.infer<typeof Exclusivity>;

export const IncentiveTier = z.enum(['base', 'stretch', 'exceed']);
export type IncentiveTier = z.infer<typeof IncentiveTier>;

/** What a milestone or a target measures. */
export const MilestoneMetric = z.enum([
  'revenue',
  'units',
  'new_accounts',
  'decision_maker_meetings',
  'events',
  'market_reports',
  'regulatory_filing',
  'monthly_data',
  'business_review',
  'custom',
]);
export type MilestoneMetric = z.infer<typeof MilestoneMetric>;

/** A minimum target (tier `base`) or an incentive tier of a phase: a metric and the value to reach. */
export const PhaseTarget = z.object({
  tier: IncentiveTier,
  metric: MilestoneMetric,
  /** The metric's name when `metric` is `custom`. */
  customMetric: ShortText,
  value: z.number().min(0).max(1e15),
  /** What the value counts (e.g. "JPY", "units"); free text. */
  unit: ShortText,
});
export type PhaseTarget = z.infer<typeof PhaseTarget>;

export const Phase = z.object({
  id: Id,
  termSheetId: Id,
  /** E.g. "Pilot", "Conditional exclusivity", "Renewal". */
  name: Name,
  startsOn: IsoDate,
  /** Inclusive; on or after `startsOn` (checked by the store). */
  endsOn: IsoDate,
  exclusivity: Exclusivity,
  scope: Scope,
  targets: z.array(PhaseTarget).max(30),
  sortOrder: z.number().int(),
});
export type Phase = z.infer<typeof Phase>;

export const MilestoneStatus = z.enum(['pending', 'met', 'missed', 'waived']);
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;

export const Milestone = z.object({
  id: Id,
  termSheetId: Id,
  phaseId: Id,
  /** Short handle used in triggers and sentences: "M1". Unique within a term sheet. */
  code: z.string().trim().min(1).max(20),
  metric: MilestoneMetric,
  customMetric: ShortText,
  /** Free description of what is to be achieved. */
  description: LongText,
  /** Target value (null for yes/no milestones such as a filing done). */
  target: z.number().min(0).max(1e15).nullable(),
  unit: ShortText,
  dueOn: IsoDate,
  status: MilestoneStatus,
  /** The value achieved, once known. */
  actual: z.number().min(0).max(1e15).nullable(),
  /**
   * When the outcome was settled: the day it was met, found missed or waived.
   * Null while pending. As-of evaluation counts the outcome from this date.
   */
  settledOn: IsoDate.nullable(),
  /** What shows the outcome (a report, a document id, an evidence file's name). */
  evidence: LongText,
  /** Required when the status is `waived`. */
  waivedReason: LongText,
  sortOrder: z.number().int(),
});
export type Milestone = z.infer<typeof Milestone>;

/**
 * When a trigger fires: `quantifier` over the listed milestones reaching
 * `outcome` (met, or missed), optionally no later than `by`.
 * `all`: every one; `any`: at least one; `at_least`: at least `k`.
 */
export const TriggerCondition = z.object({
  quantifier: z.enum(['all', 'any', 'at_least']),
  /** Used by `at_least` only; 1 ≤ k ≤ the number of milestones (checked by the store). */
  k: z.number().int().min(1).max(100).nullable(),
  outcome: z.enum(['met', 'missed']),
  milestoneIds: z.array(Id).min(1).max(100),
  by: IsoDate.nullable(),
});
export type TriggerCondition = z.infer<typeof TriggerCondition>;

/**
 * What a trigger does once its condition holds. `startsOn` null: from the day
 * after the condition came to hold.
 */
export const TriggerAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grant_exclusivity'), scope: Scope, months: z.number().int().min(1).max(240), startsOn: IsoDate.nullable() }),
  z.object({ kind: z.literal('extend_term'), months: z.number().int().min(1).max(240) }),
  /** `scope` null: every exclusive right of the term sheet. */
  z.object({ kind: z.literal('revert_non_exclusive'), scope: Scope.nullable() }),
  z.object({ kind: z.literal('termination_right') }),
  z.object({ kind: z.literal('renewal_option'), months: z.number().int().min(1).max(240) }),
  z.object({ kind: z.literal('incentive_tier'), tier: IncentiveTier }),
]);
export type TriggerAction = z.infer<typeof TriggerAction>;
export type TriggerActionKind = TriggerAction['kind'];

export const Trigger = z.object({
  id: Id,
  termSheetId: Id,
  /** "T1"; unique within a term sheet. */
  code: z.string().trim().min(1).max(20),
  name: ShortText,
  condition: TriggerCondition,
  actions: z.array(TriggerAction).min(1).max(10),
  sortOrder: z.number().int(),
});
export type Trigger = z.infer<typeof Trigger>;

/** Who holds the product's regulatory registration (e.g. the marketing authorisation in Japan). */
export const RegistrationHolder = z.enum(['not_needed', 'principal', 'partner', 'third_party']);
export type RegistrationHolder = z.infer<typeof RegistrationHolder>;
export const DataSharingCadence = z.enum(['none', 'monthly', 'quarterly', 'annually']);
export type DataSharingCadence = z.infer<typeof DataSharingCadence>;
export const CustomerDataOwner = z.enum(['principal', 'partner', 'shared']);
export type CustomerDataOwner = z.infer<typeof CustomerDataOwner>;

/**
 * The clause facts of a term sheet that the risk review and the exit
 * difficulty read: what the draft says, recorded by legal as structured
 * answers rather than free text.
 */
export const TermClauses = z.object({
  /** A performance clause: minimum targets with a consequence when missed. */
  performanceClause: z.boolean(),
  registrationHolder: RegistrationHolder,
  /** The registration passes to the principal or a successor it names, on exit. */
  registrationTransfer: z.boolean(),
  dataSharing: DataSharingCadence,
  customerDataOwner: CustomerDataOwner,
  /** The partner must help hand over to a successor (transition assistance). */
  exitAssistance: z.boolean(),
  /** The principal buys back, or the successor takes over, the partner's stock. */
  inventoryBuyBack: z.boolean(),
  /** Notice needed to end the agreement, in months. */
  noticePeriodMonths: z.number().int().min(0).max(60),
  /** Months after the end during which the principal may not appoint another partner in the territory. */
  nonCompeteMonths: z.number().int().min(0).max(120),
  /** The term renews by itself unless someone gives notice. */
  autoRenewal: z.boolean(),
  /** The principal may appoint others in segments or channels the partner does not serve. */
  rightToAppointOthers: z.boolean(),
});
export type TermClauses = z.infer<typeof TermClauses>;

/** A new term sheet's clause facts: nothing agreed yet, which the risk review then points out. */
export const DEFAULT_TERM_CLAUSES: TermClauses = {
  performanceClause: false,
  registrationHolder: 'not_needed',
  registrationTransfer: false,
  dataSharing: 'none',
  customerDataOwner: 'partner',
  exitAssistance: false,
  inventoryBuyBack: false,
  noticePeriodMonths: 3,
  nonCompeteMonths: 0,
  autoRenewal: false,
  rightToAppointOthers: false,
};

export const LegalReviewStatus = z.enum(['draft', 'in_review', 'changes_requested', 'approved']);
export type LegalReviewStatus = z.infer<typeof LegalReviewStatus>;

/** One candidate's proposed deal (at most one term sheet per candidate). */
export const TermSheet = z.object({
  id: Id,
  candidateId: Id,
  title: ShortText,
  clauses: TermClauses,
  reviewStatus: LegalReviewStatus,
  /** Who reviews it for legal (a name). */
  reviewer: ShortText,
  notes: LongText,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type TermSheet = z.infer<typeof TermSheet>;

/**
 * What a reviewer comment is about: the whole sheet, one clause fact, a phase,
 * a milestone or a trigger.
 */
export const ClauseRef = z.union([
  z.literal('sheet'),
  z.templateLiteral(['clause:', z.enum(Object.keys(TermClauses.shape) as [keyof TermClauses, ...(keyof TermClauses)[]])]),
  z.templateLiteral(['phase:', Id]),
  z.templateLiteral(['milestone:', Id]),
  z.templateLiteral(['trigger:', Id]),
]);
export type ClauseRef = z.infer<typeof ClauseRef>;

export const TermComment = z.object({
  id: Id,
  termSheetId: Id,
  clause: ClauseRef,
  author: Name,
  body: z.string().trim().min(1).max(20_000),
  resolved: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type TermComment = z.infer<typeof TermComment>;

/** Everything about staged terms in one room, as DealRoomDetail carries it. */
export interface TermsRecords {
  termSheets: TermSheet[];
  phases: Phase[];
  milestones: Milestone[];
  triggers: Trigger[];
  termComments: TermComment[];
}

export function noTermsRecords(): TermsRecords {
  return { termSheets: [], phases: [], milestones: [], triggers: [], termComments: [] };
}

/**
 * An exclusive or conditional right held by a partner in another deal-room,
 * for the collision check across rooms (`terms.commitmentsElsewhere`).
 */
export const ExternalCommitment = z.object({
  dealRoomId: Id,
  dealRoomName: z.string(),
  candidateId: Id,
  candidateName: z.string(),
  exclusivity: z.enum(['conditional', 'exclusive']),
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
});
export type ExternalCommitment = z.infer<typeof ExternalCommitment>;
