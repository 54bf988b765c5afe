/**
 * The approval boxes of a proposal (issue 8: "the approval boxes filled with
 * each decision, name and date in a stamp-like mark; reservations and
 * objections visible"): one box per stage and approver, in route order,
 * saying where that approver's slot stands. The printed matrix and the
 * circulation screen draw them; neither re-derives the rules.
 */
import type { Decision, DecisionKind, Proposal } from '../domain/ringi';

export type StampState = 'waiting' | 'approved' | 'approved_with_reservations' | 'objected' | 'sent_back' | 'delegated';

export interface ApprovalStamp {
  stageIndex: number;
  stageName: string;
  approverId: string;
  approverName: string;
  state: StampState;
  /** When the slot's decision (or, while only delegated, the delegation) was taken; null while waiting. */
  decidedAt: string | null;
  /** Who decided when it was not the approver: the deputy, acting for them. */
  actorName: string | null;
  /** The deputy a delegated slot waits on (null unless delegated). */
  deputyName: string | null;
  comment: string;
  afterTheFact: boolean;
}

const STATE_OF: Record<Exclude<DecisionKind, 'delegate'>, StampState> = {
  approve: 'approved',
  approve_with_reservations: 'approved_with_reservations',
  object: 'objected',
  send_back: 'sent_back',
};

/**
 * `people` names deputies (by profile id) for a slot that is delegated but
 * not yet decided; without it the deputy's id stands in.
 */
export function approvalStamps(
  proposal: Pick<Proposal, 'id' | 'route'>,
  decisions: readonly Decision[],
  people: ReadonlyMap<string, string> = new Map(),
): ApprovalStamp[] {
  const own = decisions.filter((d) => d.proposalId === proposal.id);
  return proposal.route.flatMap((stage, stageIndex) =>
    stage.approvers.map((approver): ApprovalStamp => {
      const slot = own.filter((d) => d.stageIndex === stageIndex && d.approverId === approver.profileId);
      const final = slot.find((d) => d.kind !== 'delegate');
      const delegation = slot.find((d) => d.kind === 'delegate');
      const base = { stageIndex, stageName: stage.name, approverId: approver.profileId, approverName: approver.name };
      if (final && final.kind !== 'delegate') {
        return {
          ...base,
          state: STATE_OF[final.kind],
          decidedAt: final.decidedAt,
          actorName: final.actorId !== final.approverId ? final.actorName : null,
          deputyName: null,
          comment: final.comment,
          afterTheFact: final.afterTheFact,
        };
      }
      if (delegation) {
        const deputyId = delegation.delegateToId ?? '';
        return {
          ...base,
          state: 'delegated',
          decidedAt: delegation.decidedAt,
          actorName: null,
          deputyName: people.get(deputyId) ?? deputyId,
          comment: delegation.comment,
          afterTheFact: delegation.afterTheFact,
        };
      }
      return { ...base, state: 'waiting', decidedAt: null, actorName: null, deputyName: null, comment: '', afterTheFact: false };
    }),
  );
}
