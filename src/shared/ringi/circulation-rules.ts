/**
 * The rules of a circulation (issue 8, "Circulation"; DOMAIN.md, "ringi"):
 * who may decide on a proposal at which stage, what a decision needs, and
 * where the proposal goes next. Pure: the store reads the proposal and its
 * decisions, asks here, and writes what comes back in one transaction.
 *
 * - Decisions are taken only while the proposal circulates.
 * - The approver named must be on the current stage; one on an earlier stage
 *   (someone who was away) may still decide: the decision is kept, marked
 *   after the fact, and moves nothing.
 * - The actor is the approver, or the deputy the approver delegated to at
 *   that stage (recorded as acting for them). A delegation hands the slot
 *   over: afterwards only the deputy decides, and a deputy cannot pass it on
 *   (so a slot holds at most a delegation and one decision).
 * - Reservations, objections and send-backs carry a comment; a delegation
 *   names a known deputy other than the approver.
 * - A stage in mode `all` moves on when every approver has approved (with or
 *   without reservations); in mode `any`, at the first approval. After the
 *   last stage the proposal is approved; an objection rejects it; a
 *   send-back returns it to the drafter. Each of those closes it.
 */
import type { Decision, DecisionKind, Proposal } from '../domain/ringi';

export interface DecisionRequest {
  approverId: string;
  /** Who decides, already resolved (the caller's actorId, else the acting profile). */
  actorId: string;
  kind: DecisionKind;
  comment: string;
  delegateToId: string | null;
}

export interface DecisionSetting {
  /** The decision's moment (ISO 8601). */
  now: string;
  /** The id the new decision gets. */
  decisionId: string;
  /** Names of the known profiles by id: actors and deputies must be among them. */
  people: ReadonlyMap<string, string>;
}

export interface Refusal {
  code: 'rule_violation' | 'not_found';
  /** A key of the ringi namespace's errors block, qualified ("ringi:errors.…"). */
  messageKey: string;
  params: Record<string, string | number>;
  /** The input field at fault. */
  path: string;
}

export type DecisionOutcome = { ok: true; decision: Decision; proposal: Proposal } | { ok: false; refusal: Refusal };

const refuse = (code: Refusal['code'], messageKey: string, path: string, params: Refusal['params'] = {}): DecisionOutcome => ({
  ok: false,
  refusal: { code, messageKey, params, path },
});

const NEEDS_COMMENT: Partial<Record<DecisionKind, string>> = {
  approve_with_reservations: 'ringi:errors.reservationNeedsComment',
  object: 'ringi:errors.objectionNeedsReason',
  send_back: 'ringi:errors.sendBackNeedsComment',
};

const APPROVALS: ReadonlySet<DecisionKind> = new Set(['approve', 'approve_with_reservations']);

/** Decisions of one approver's slot at one stage. */
function slotDecisions(decisions: readonly Decision[], stageIndex: number, approverId: string): Decision[] {
  return decisions.filter((d) => d.stageIndex === stageIndex && d.approverId === approverId);
}

/**
 * The stage whose slot the approver decides in: the current one if they are
 * on it, else the latest earlier stage that names them (after the fact);
 * undefined when only a later stage names them, or none.
 */
function stageOfApprover(proposal: Proposal, approverId: string): { index: number; afterTheFact: boolean } | undefined {
  const names = (i: number) => proposal.route[i]?.approvers.some((a) => a.profileId === approverId) ?? false;
  if (names(proposal.currentStage)) return { index: proposal.currentStage, afterTheFact: false };
  for (let i = proposal.currentStage - 1; i >= 0; i--) if (names(i)) return { index: i, afterTheFact: true };
  return undefined;
}

export function decide(proposal: Proposal, decisions: readonly Decision[], request: DecisionRequest, setting: DecisionSetting): DecisionOutcome {
  if (proposal.status !== 'circulating') return refuse('rule_violation', 'ringi:errors.notCirculating', 'proposalId', { title: proposal.title });

  const approverOnRoute = proposal.route.flatMap((s) => s.approvers).find((a) => a.profileId === request.approverId);
  if (!approverOnRoute) return refuse('rule_violation', 'ringi:errors.notAnApprover', 'approverId', { id: request.approverId });
  const approverName = approverOnRoute.name;
  const stage = stageOfApprover(proposal, request.approverId);
  if (!stage) {
    return refuse('rule_violation', 'ringi:errors.notYetTheirTurn', 'approverId', {
      name: approverName,
      stage: proposal.route[proposal.currentStage]?.name ?? '',
    });
  }
  const stageName = proposal.route[stage.index]?.name ?? '';

  const actorName = setting.people.get(request.actorId);
  if (actorName === undefined) return refuse('not_found', 'ringi:errors.actorUnknown', 'actorId', { id: request.actorId });

  const slot = slotDecisions(decisions, stage.index, request.approverId);
  if (slot.some((d) => d.kind !== 'delegate')) return refuse('rule_violation', 'ringi:errors.alreadyDecided', 'approverId', { name: approverName, stage: stageName });
  const delegation = slot.find((d) => d.kind === 'delegate');
  const holder = delegation?.delegateToId ?? request.approverId;
  if (request.actorId !== holder) {
    if (delegation && request.actorId === request.approverId) {
      return refuse('rule_violation', 'ringi:errors.slotDelegated', 'actorId', {
        name: approverName,
        deputy: setting.people.get(holder) ?? holder,
      });
    }
    return refuse('rule_violation', 'ringi:errors.notTheApprover', 'actorId', { actor: actorName, name: approverName });
  }

  const comment = request.comment.trim();
  const commentKey = NEEDS_COMMENT[request.kind];
  if (commentKey && comment === '') return refuse('rule_violation', commentKey, 'comment');

  if (request.kind === 'delegate') {
    if (delegation) return refuse('rule_violation', 'ringi:errors.deputyCannotDelegate', 'kind', { name: approverName });
    if (request.delegateToId === null) return refuse('rule_violation', 'ringi:errors.deputyRequired', 'delegateToId');
    if (request.delegateToId === request.approverId) return refuse('rule_violation', 'ringi:errors.deputyIsApprover', 'delegateToId', { name: approverName });
    if (!setting.people.has(request.delegateToId)) return refuse('not_found', 'ringi:errors.deputyUnknown', 'delegateToId', { id: request.delegateToId });
  } else if (request.delegateToId !== null) {
    return refuse('rule_violation', 'ringi:errors.deputyOnlyForDelegation', 'delegateToId');
  }

  const decision: Decision = {
    id: setting.decisionId,
    proposalId: proposal.id,
    stageIndex: stage.index,
    approverId: request.approverId,
    approverName,
    actorId: request.actorId,
    actorName,
    kind: request.kind,
    comment,
    delegateToId: request.kind === 'delegate' ? request.delegateToId : null,
    afterTheFact: stage.afterTheFact,
    decidedAt: setting.now,
  };
  return { ok: true, decision, proposal: nextState(proposal, [...decisions, decision], decision, setting.now) };
}

/** Where the proposal stands once `decision` (already in `decisions`) is taken. */
function nextState(proposal: Proposal, decisions: readonly Decision[], decision: Decision, now: string): Proposal {
  if (decision.afterTheFact || decision.kind === 'delegate') return proposal;
  if (decision.kind === 'object') return { ...proposal, status: 'rejected', closedAt: now };
  if (decision.kind === 'send_back') return { ...proposal, status: 'sent_back', closedAt: now };

  const stage = proposal.route[proposal.currentStage];
  if (!stage) return proposal;
  const approved = (profileId: string) =>
    slotDecisions(decisions, proposal.currentStage, profileId).some((d) => APPROVALS.has(d.kind) && !d.afterTheFact);
  const passed = stage.mode === 'any' ? stage.approvers.some((a) => approved(a.profileId)) : stage.approvers.every((a) => approved(a.profileId));
  if (!passed) return proposal;
  if (proposal.currentStage + 1 < proposal.route.length) return { ...proposal, currentStage: proposal.currentStage + 1, stageSince: now };
  return { ...proposal, status: 'approved', closedAt: now };
}

/** Only a draft is edited or starts circulating. */
export function isEditable(p: Pick<Proposal, 'status'>): boolean {
  return p.status === 'draft';
}

/** Comments are welcome at any point but once the drafter has withdrawn it. */
export function acceptsComments(p: Pick<Proposal, 'status'>): boolean {
  return p.status !== 'withdrawn';
}

/** The drafter may take back a proposal that is not yet decided. */
export function isWithdrawable(p: Pick<Proposal, 'status'>): boolean {
  return p.status === 'draft' || p.status === 'circulating';
}

/** A new version is made from one that was sent back or rejected. */
export function isRevisable(p: Pick<Proposal, 'status'>): boolean {
  return p.status === 'sent_back' || p.status === 'rejected';
}
