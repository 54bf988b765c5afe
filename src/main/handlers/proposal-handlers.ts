/**
 * A room's proposals and their circulation (issue 8, "Circulation"): each
 * write is one transaction of the room with its change-log rows. The rules
 * of who decides what, and where the proposal goes next, are the pure
 * src/shared/ringi/circulation-rules.ts; the snapshot a proposal freezes is
 * src/shared/ringi/proposal-snapshot.ts, hashed here with node:crypto.
 */
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { PeopleFile, Profile, Proposal, ProposalStage } from '../../shared/domain/ringi';
import { acceptsComments, decide, isEditable, isRevisable, isWithdrawable } from '../../shared/ringi/circulation-rules';
import { personName } from '../../shared/ringi/person-name';
import { buildProposalSnapshot } from '../../shared/ringi/proposal-snapshot';
import { diffSnapshots } from '../../shared/ringi/snapshot-diff';
import type { DataDir } from '../store/data-dir';
import { decisionTable, proposalCommentTable, proposalTable } from '../store/entity-tables';
import type { RoomChange, RoomStore } from '../store/room-store';
import { newId } from '../store/room-id';
import { DomainError } from './domain-error';
import { notFound, openRoom } from './room-access';
import { snapshotHash } from './snapshot-hash';

type ProposalOps =
  | 'proposals.list'
  | 'proposals.create'
  | 'proposals.update'
  | 'proposals.circulate'
  | 'proposals.comment'
  | 'proposals.decide'
  | 'proposals.revise'
  | 'proposals.withdraw'
  | 'proposals.liveDiff';

function findProposal(room: RoomStore, id: string): Proposal {
  const proposal = room.row(proposalTable, { id });
  if (!proposal) throw new DomainError('not_found', 'ringi:errors.proposalNotFound', { id }, 'proposalId');
  return proposal;
}

/**
 * The profile named by `id`, else the acting profile; a refusal naming
 * `path` when neither gives one.
 */
function whoActs(file: PeopleFile, acting: Profile | null, id: string | undefined, path: string, keys: { required: string; unknown: string }): Profile {
  if (id === undefined) {
    if (!acting) throw new DomainError('rule_violation', keys.required, {}, path);
    return acting;
  }
  const profile = file.profiles.find((p) => p.id === id);
  if (!profile) throw new DomainError('not_found', keys.unknown, { id }, path);
  return profile;
}

function checkCandidate(room: RoomStore, candidateId: string | null | undefined, path: string): void {
  if (candidateId && room.count('candidate', 'id = @id', { id: candidateId }) === 0) throw notFound('candidate', candidateId, path);
}

/** The room as it is now, frozen at this change's moment. */
function freeze(room: RoomStore, tx: RoomChange): Pick<Proposal, 'snapshot' | 'snapshotHash'> {
  const snapshot = buildProposalSnapshot(room.detail(), tx.at);
  return { snapshot, snapshotHash: snapshotHash(snapshot) };
}

export function proposalHandlers(store: DataDir): Pick<Handlers, ProposalOps> {
  const people = store.people;
  const refuseIfNot = (allowed: boolean, key: string, proposal: Proposal) => {
    if (!allowed) throw new DomainError('rule_violation', key, { title: proposal.title }, 'proposalId');
  };

  return {
    'proposals.list': ({ dealRoomId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.inspect((db) => {
        // Oldest first by insertion (rowid): two decisions in the same millisecond (a delegation, then the deputy's) keep their order.
        const inserted = <T extends { id: string }>(table: string, rows: T[]): T[] => {
          const position = new Map((db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[]).map((id, i) => [id, i]));
          return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
        };
        return {
          proposals: inserted(proposalTable.table, room.rows(proposalTable)),
          comments: inserted(proposalCommentTable.table, room.rows(proposalCommentTable)),
          decisions: inserted(decisionTable.table, room.rows(decisionTable)),
        };
      });
    },

    'proposals.create': ({ dealRoomId, routeId, drafterId, fields }, ctx) => {
      const file = people.read();
      const template = file.routes.find((r) => r.id === routeId);
      if (!template) throw new DomainError('not_found', 'ringi:errors.routeNotFound', { id: routeId }, 'routeId');
      const drafter = whoActs(file, people.acting(), drafterId, 'drafterId', { required: 'ringi:errors.drafterRequired', unknown: 'ringi:errors.drafterUnknown' });
      // The route as it is today, with each approver's name at the time: later edits to profiles or the template do not reach it.
      const nameOf = new Map(file.profiles.map((p) => [p.id, personName(p)]));
      const route: ProposalStage[] = template.stages.map((s) => ({
        name: s.name,
        mode: s.mode,
        approvers: s.approverIds.map((id) => ({ profileId: id, name: nameOf.get(id) ?? id })),
      }));
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        checkCandidate(room, fields.candidateId, 'fields.candidateId');
        return tx.insert(proposalTable, {
          id: newId(),
          version: 1,
          previousId: null,
          title: fields.title,
          recommendation: fields.recommendation ?? '',
          candidateId: fields.candidateId ?? null,
          drafterId: drafter.id,
          drafterName: personName(drafter),
          route,
          routeName: template.name,
          ...freeze(room, tx),
          status: 'draft',
          currentStage: 0,
          stageSince: null,
          createdAt: tx.at,
          circulatedAt: null,
          closedAt: null,
        });
      });
    },

    'proposals.update': ({ dealRoomId, proposalId, patch, refreshSnapshot }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = findProposal(room, proposalId);
        refuseIfNot(isEditable(before), 'ringi:errors.notDraft', before);
        checkCandidate(room, patch.candidateId, 'patch.candidateId');
        return tx.update(proposalTable, before, { ...patch, ...(refreshSnapshot ? freeze(room, tx) : {}) });
      });
    },

    'proposals.circulate': ({ dealRoomId, proposalId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = findProposal(room, proposalId);
        refuseIfNot(isEditable(before), 'ringi:errors.notDraft', before);
        return tx.update(proposalTable, before, { status: 'circulating', currentStage: 0, stageSince: tx.at, circulatedAt: tx.at });
      });
    },

    'proposals.comment': ({ dealRoomId, proposalId, authorId, body }, ctx) => {
      const author = whoActs(people.read(), people.acting(), authorId, 'authorId', { required: 'ringi:errors.authorRequired', unknown: 'ringi:errors.authorUnknown' });
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const proposal = findProposal(room, proposalId);
        refuseIfNot(acceptsComments(proposal), 'ringi:errors.noCommentsWithdrawn', proposal);
        return tx.insert(proposalCommentTable, { id: newId(), proposalId, authorId: author.id, authorName: personName(author), body, createdAt: tx.at });
      });
    },

    'proposals.decide': ({ dealRoomId, proposalId, approverId, actorId, kind, comment, delegateToId }, ctx: CallContext) => {
      const file = people.read();
      const actor = actorId ?? people.acting()?.id;
      if (actor === undefined) throw new DomainError('rule_violation', 'ringi:errors.actorRequired', {}, 'actorId');
      const names = new Map(file.profiles.map((p) => [p.id, personName(p)]));
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = findProposal(room, proposalId);
        const decisions = room.rows(decisionTable, 'proposal_id = @proposalId', { proposalId });
        const outcome = decide(
          before,
          decisions,
          { approverId, actorId: actor, kind, comment, delegateToId: delegateToId ?? null },
          { now: tx.at, decisionId: newId(), people: names },
        );
        if (!outcome.ok) {
          const { code, messageKey, params, path } = outcome.refusal;
          throw new DomainError(code, messageKey, params, path);
        }
        tx.insert(decisionTable, outcome.decision);
        return tx.update(proposalTable, before, outcome.proposal);
      });
    },

    'proposals.revise': ({ dealRoomId, proposalId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const old = findProposal(room, proposalId);
        refuseIfNot(isRevisable(old), 'ringi:errors.notRevisable', old);
        const newer = room.rows(proposalTable, 'previous_id = @proposalId', { proposalId })[0];
        if (newer) throw new DomainError('rule_violation', 'ringi:errors.alreadyRevised', { title: old.title, version: newer.version }, 'proposalId');
        // The old version stays exactly as it was decided; the new one starts again from a draft.
        return tx.insert(proposalTable, {
          ...old,
          id: newId(),
          version: old.version + 1,
          previousId: old.id,
          ...freeze(room, tx),
          status: 'draft',
          currentStage: 0,
          stageSince: null,
          createdAt: tx.at,
          circulatedAt: null,
          closedAt: null,
        });
      });
    },

    'proposals.withdraw': ({ dealRoomId, proposalId, reason }, ctx) => {
      const acting = people.acting();
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = findProposal(room, proposalId);
        refuseIfNot(isWithdrawable(before), 'ringi:errors.notWithdrawable', before);
        const after = tx.update(proposalTable, before, { status: 'withdrawn', closedAt: tx.at });
        // The reason stays with the proposal as a comment, by whoever is acting (else the drafter, whose act a withdrawal is).
        tx.insert(proposalCommentTable, {
          id: newId(),
          proposalId,
          authorId: acting?.id ?? before.drafterId,
          authorName: acting ? personName(acting) : before.drafterName,
          body: reason.trim(),
          createdAt: tx.at,
        });
        return after;
      });
    },

    'proposals.liveDiff': ({ dealRoomId, proposalId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.inspect(() => {
        const proposal = findProposal(room, proposalId);
        // Rebuilt as of the snapshot's own moment: the hashes then agree exactly when nothing the snapshot holds has changed,
        // and the terms are read as of the same day, so the diff shows edits, not the calendar moving on.
        const live = buildProposalSnapshot(room.detail(), proposal.snapshot.takenAt);
        return diffSnapshots(proposal.snapshot, live, { snapshotHash: proposal.snapshotHash, liveHash: snapshotHash(live) }, ctx.lang);
      });
    },
  };
}
