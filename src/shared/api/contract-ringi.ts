/**
 * Contract operations of people and circulation (issue 8): local profiles
 * and the acting profile, reusable approval routes (both for the whole data
 * folder), and per deal-room the proposals that circulate, their informal
 * comments, the approvers' decisions, and how far the live room has moved
 * on from a proposal's frozen snapshot.
 *
 * Rules the handlers enforce (refused with the field named, nothing
 * changed): a profile has a Japanese or a Latin name; a route's approvers are
 * existing profiles, no one twice in a stage; only a draft is edited or
 * starts circulating; only an approver of the current stage (or the deputy
 * they delegated to, recorded as acting for them) decides; reservations,
 * objections and send-backs need a comment; a delegation names a deputy
 * other than the approver; a decision at a stage already passed is kept as
 * "after the fact" and does not move the circulation; a revision is made
 * from a sent-back or rejected proposal and starts again as a draft with a
 * fresh snapshot, the old version kept.
 */
import { z } from 'zod';
import { Id, LongText } from '../domain/primitives';
import { Decision, DecisionKind, Profile, Proposal, ProposalComment, RouteStage, RouteTemplate } from '../domain/ringi';
import { Deleted, op, RequiredNote } from './contract-op';

const ProfileFields = Profile.pick({ nameJa: true, nameLatin: true, department: true, title: true, role: true }).strict();
const RouteFields = z.strictObject({ name: RouteTemplate.shape.name, stages: z.array(RouteStage.strict()).min(1).max(12) });
const ProposalFields = Proposal.pick({ title: true, recommendation: true, candidateId: true }).strict();

export const People = z.object({ profiles: z.array(Profile), routes: z.array(RouteTemplate), actingProfileId: Id.nullable() });
export type People = z.infer<typeof People>;

/** How the live room differs from a proposal's snapshot: each list empty when nothing of its kind moved. */
export const SnapshotDiff = z.object({
  moved: z.boolean(),
  snapshotHash: z.string(),
  liveHash: z.string(),
  scores: z.array(
    z.object({ candidateId: Id, candidateName: z.string(), criterionId: Id, criterionName: z.string(), before: z.number().nullable(), after: z.number().nullable() }),
  ),
  weights: z.array(z.object({ kind: z.enum(['pillar', 'criterion']), id: Id, name: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
  totals: z.array(
    z.object({
      candidateId: Id,
      name: z.string(),
      beforeTotal: z.number().nullable(),
      afterTotal: z.number().nullable(),
      beforeRank: z.number().int().nullable(),
      afterRank: z.number().int().nullable(),
    }),
  ),
  terms: z.array(z.object({ candidateId: Id, name: z.string(), key: z.string(), before: z.string(), after: z.string() })),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiff>;

export const Circulation = z.object({ proposals: z.array(Proposal), comments: z.array(ProposalComment), decisions: z.array(Decision) });
export type Circulation = z.infer<typeof Circulation>;

export const ringiOps = {
  'people.get': op(z.strictObject({}), People),
  'profiles.create': op(z.strictObject({ fields: ProfileFields.partial({ nameJa: true, nameLatin: true, department: true, title: true }) }), Profile),
  'profiles.update': op(z.strictObject({ profileId: Id, patch: ProfileFields.partial() }), Profile),
  /** Refused while a route names the profile (the message names the route). */
  'profiles.delete': op(z.strictObject({ profileId: Id }), Deleted),
  /** Who is acting from now on: every change is recorded under this profile's name (null: nobody chosen). */
  'profiles.setActing': op(z.strictObject({ profileId: Id.nullable() }), People),
  'routes.create': op(z.strictObject({ fields: RouteFields }), RouteTemplate),
  'routes.update': op(z.strictObject({ routeId: Id, patch: RouteFields.partial() }), RouteTemplate),
  'routes.delete': op(z.strictObject({ routeId: Id }), Deleted),

  /** Every proposal of the room (every version), with comments and decisions, oldest first. */
  'proposals.list': op(z.strictObject({ dealRoomId: Id }), Circulation),
  /** A draft, freezing the room's snapshot now; the drafter is `drafterId` or the acting profile. */
  'proposals.create': op(
    z.strictObject({ dealRoomId: Id, routeId: Id, drafterId: Id.optional(), fields: ProposalFields.partial({ recommendation: true, candidateId: true }) }),
    Proposal,
  ),
  /** Drafts only; `refreshSnapshot` freezes the room as it is now instead. */
  'proposals.update': op(
    z.strictObject({ dealRoomId: Id, proposalId: Id, patch: ProposalFields.partial(), refreshSnapshot: z.boolean().default(false) }),
    Proposal,
  ),
  'proposals.circulate': op(z.strictObject({ dealRoomId: Id, proposalId: Id }), Proposal),
  /** An informal comment by `authorId` or the acting profile; never an approval. */
  'proposals.comment': op(
    z.strictObject({ dealRoomId: Id, proposalId: Id, authorId: Id.optional(), body: ProposalComment.shape.body }),
    ProposalComment,
  ),
  'proposals.decide': op(
    z.strictObject({
      dealRoomId: Id,
      proposalId: Id,
      /** The route's approver whose decision this is. */
      approverId: Id,
      /** Who decides: the approver, or their deputy; default the acting profile. */
      actorId: Id.optional(),
      kind: DecisionKind,
      comment: LongText.default(''),
      delegateToId: Id.optional(),
    }),
    Proposal,
  ),
  /** A new version (draft, fresh snapshot, same route) of a sent-back or rejected proposal. */
  'proposals.revise': op(z.strictObject({ dealRoomId: Id, proposalId: Id }), Proposal),
  'proposals.withdraw': op(z.strictObject({ dealRoomId: Id, proposalId: Id, reason: RequiredNote }), Proposal),
  /** What changed in the live room since the proposal froze its snapshot. */
  'proposals.liveDiff': op(z.strictObject({ dealRoomId: Id, proposalId: Id }), SnapshotDiff),
} as const;
