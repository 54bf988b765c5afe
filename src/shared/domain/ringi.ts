/**
 * People and circulation (issue 8; DOMAIN.md, "ringi"): local profiles of
 * the people who act in the app, reusable approval routes, and per deal-room
 * the proposals that circulate along a route, with each approver's decision.
 *
 * Profiles and route templates belong to the data folder (shared by every
 * deal-room); proposals, their comments and decisions belong to the room.
 * A proposal copies its route (approvers by id and name) when it is created,
 * so a room keeps its history readable even if a profile is later removed.
 */
import { z } from 'zod';
import { Id, IsoDateTime, LongText, Name, ShortText } from './primitives';

export const ProfileRole = z.enum(['bd', 'legal', 'finance', 'executive', 'evaluator', 'partner_side']);
export type ProfileRole = z.infer<typeof ProfileRole>;

/** A person who acts in the app. At least one of the two names is given (checked by the store). */
export const Profile = z.object({
  id: Id,
  nameJa: ShortText,
  nameLatin: ShortText,
  department: ShortText,
  title: ShortText,
  role: ProfileRole,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Profile = z.infer<typeof Profile>;

/** `all`: every approver of the stage must approve (a joint review, in parallel); `any`: one approval moves it on. */
export const ApprovalMode = z.enum(['all', 'any']);
export type ApprovalMode = z.infer<typeof ApprovalMode>;

export const RouteStage = z.object({
  name: Name,
  mode: ApprovalMode,
  approverIds: z.array(Id).min(1).max(20),
});
export type RouteStage = z.infer<typeof RouteStage>;

/** An ordered approval route, reusable across deal-rooms. */
export const RouteTemplate = z.object({
  id: Id,
  name: Name,
  stages: z.array(RouteStage).min(1).max(12),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type RouteTemplate = z.infer<typeof RouteTemplate>;

/** What the data folder keeps about people: <data dir>/people.json. */
export const PeopleFile = z.object({
  format: z.literal('shinrai.people'),
  version: z.literal(1),
  profiles: z.array(Profile),
  routes: z.array(RouteTemplate),
  /** Who is acting now; every change is recorded under this profile's name. */
  actingProfileId: Id.nullable(),
});
export type PeopleFile = z.infer<typeof PeopleFile>;

/** An approver as a proposal's route remembers them: the id, and the name at the time. */
export const RouteApprover = z.object({ profileId: Id, name: z.string().max(400) });
export type RouteApprover = z.infer<typeof RouteApprover>;
export const ProposalStage = z.object({ name: Name, mode: ApprovalMode, approvers: z.array(RouteApprover).min(1).max(20) });
export type ProposalStage = z.infer<typeof ProposalStage>;

/**
 * `draft`: informal comments only (nemawashi); `circulating`: at stage
 * `currentStage`; `approved`: every stage passed; `rejected`: an approver
 * objected; `sent_back`: returned to the drafter (a new version restarts);
 * `withdrawn`: the drafter took it back.
 */
export const ProposalStatus = z.enum(['draft', 'circulating', 'approved', 'rejected', 'sent_back', 'withdrawn']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/**
 * What a proposal froze: the numbers and words the approvers decide on.
 * Built by src/shared/ringi/proposal-snapshot.ts from the room as it was.
 */
export const ProposalSnapshot = z.object({
  takenAt: IsoDateTime,
  dealRoomName: z.string(),
  candidates: z.array(
    z.object({
      id: Id,
      name: z.string(),
      total: z.number().nullable(),
      rank: z.number().int().nullable(),
      coverage: z.number(),
      knockedOut: z.boolean(),
    }),
  ),
  pillars: z.array(z.object({ id: Id, name: z.string(), weight: z.number(), effectiveWeight: z.number() })),
  criteria: z.array(
    z.object({ id: Id, pillarId: Id, name: z.string(), weight: z.number(), effectiveWeight: z.number(), knockout: z.boolean() }),
  ),
  /** The aggregated score of each cell (null where nobody scored). */
  cells: z.array(z.object({ candidateId: Id, criterionId: Id, value: z.number().nullable() })),
  /** Per candidate, the terms summary lines as printed (one line per aspect). */
  terms: z.array(z.object({ candidateId: Id, lines: z.array(z.object({ key: z.string(), en: z.string(), ja: z.string() })) })),
  /** The sensitivity and uncertainty sentences, in both languages. */
  sentences: z.object({ en: z.array(z.string()), ja: z.array(z.string()) }),
});
export type ProposalSnapshot = z.infer<typeof ProposalSnapshot>;

export const Proposal = z.object({
  id: Id,
  /** 1 for a first proposal; a send-back's revision is the next number, linked by previousId. */
  version: z.number().int().min(1),
  previousId: Id.nullable(),
  title: Name,
  recommendation: LongText,
  /** The candidate recommended, if the proposal names one. */
  candidateId: Id.nullable(),
  drafterId: Id,
  drafterName: z.string().max(400),
  route: z.array(ProposalStage).min(1).max(12),
  routeName: z.string().max(400),
  snapshot: ProposalSnapshot,
  /** SHA-256 (hex) of the snapshot's canonical JSON: two printouts of one version share it. */
  snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
  status: ProposalStatus,
  /** Index into `route` while circulating; the last stage's index once approved. */
  currentStage: z.number().int().min(0),
  /** When the current stage received it (for "waiting since"). */
  stageSince: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  circulatedAt: IsoDateTime.nullable(),
  closedAt: IsoDateTime.nullable(),
});
export type Proposal = z.infer<typeof Proposal>;

/** An informal comment (before or during circulation): kept, never an approval. */
export const ProposalComment = z.object({
  id: Id,
  proposalId: Id,
  authorId: Id,
  authorName: z.string().max(400),
  body: z.string().trim().min(1).max(20_000),
  createdAt: IsoDateTime,
});
export type ProposalComment = z.infer<typeof ProposalComment>;

export const DecisionKind = z.enum(['approve', 'approve_with_reservations', 'object', 'send_back', 'delegate']);
export type DecisionKind = z.infer<typeof DecisionKind>;

/**
 * One approver's decision at one stage. `approverId` is the route's slot;
 * `actorId` is who decided: the approver, or a deputy the approver delegated
 * to (then recorded as acting for the approver). `afterTheFact`: given after
 * the stage had already moved on (someone who was away, reviewing later);
 * it is kept and shown but does not move the circulation.
 */
export const Decision = z.object({
  id: Id,
  proposalId: Id,
  stageIndex: z.number().int().min(0),
  approverId: Id,
  approverName: z.string().max(400),
  actorId: Id,
  actorName: z.string().max(400),
  kind: DecisionKind,
  /** Required for reservations, objections and send-backs. */
  comment: LongText,
  /** The deputy named by a delegation. */
  delegateToId: Id.nullable(),
  afterTheFact: z.boolean(),
  decidedAt: IsoDateTime,
});
export type Decision = z.infer<typeof Decision>;
