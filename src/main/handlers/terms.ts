/**
 * Staged terms (issue 6): each candidate's term sheet, its phases,
 * milestones and triggers, legal's review and comments. Every operation is
 * one transaction with its change-log rows; a refusal is thrown before
 * anything is written, so it changes nothing. The rules are in
 * terms-rules.ts; the outline a sheet may start from in
 * term-sheet-outline.ts; the cross-room check in commitments-elsewhere.ts.
 */
import type { Handlers, OperationName } from '../../shared/api/contract';
import { DEFAULT_TERM_CLAUSES, type Milestone, type Phase, type TermSheet, type Trigger } from '../../shared/domain/terms';
import type { DataDir } from '../store/data-dir';
import type { RoomChange, RoomStore } from '../store/room-store';
import { candidateTable, milestoneTable, phaseTable, termCommentTable, termSheetTable, triggerTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { commitmentsElsewhere } from './commitments-elsewhere';
import { DomainError } from './domain-error';
import { fieldProblem } from './evidence';
import { found, openRoom } from './room-access';
import { termSheetOutline } from './term-sheet-outline';
import {
  checkClauseRef,
  checkCodeFree,
  checkCondition,
  checkPhaseDates,
  commentOf,
  milestoneOf,
  milestonesOfSheet,
  nextCode,
  phaseOf,
  sheetOf,
  triggerCounting,
  triggerOf,
  triggersOfSheet,
} from './terms-rules';

type TermsOps = Extract<OperationName, `terms.${string}`>;

/** Reviewer comments about a record go with it, each logged: a comment about nothing could not be read, or exported. */
function removeCommentsAbout(room: RoomStore, tx: RoomChange, termSheetId: string, subjects: readonly string[]): void {
  if (subjects.length === 0) return;
  const about = new Set(subjects);
  for (const c of room.rows(termCommentTable, 'term_sheet_id = @termSheetId', { termSheetId })) if (about.has(c.clause)) tx.remove(termCommentTable, c);
}

/** The fields of a patch that were given: undefined leaves a field as it was. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function termsHandlers(store: DataDir): Pick<Handlers, TermsOps> {
  return {
    'terms.createSheet': ({ dealRoomId, candidateId, start, startsOn, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        if (room.count('term_sheet', 'candidate_id = @candidateId', { candidateId }) > 0)
          throw fieldProblem(ctx, 'candidateId', 'terms:errors.sheetExists');
        if (start === 'staged_outline' && startsOn === undefined) throw fieldProblem(ctx, 'startsOn', 'terms:errors.startsOnRequired');
        const sheet: TermSheet = {
          id: newId(),
          candidateId,
          title: fields?.title ?? '',
          clauses: { ...DEFAULT_TERM_CLAUSES, ...definedOnly(fields?.clauses ?? {}) },
          reviewStatus: 'draft',
          reviewer: fields?.reviewer ?? '',
          notes: fields?.notes ?? '',
          createdAt: tx.at,
          updatedAt: tx.at,
        };
        tx.insert(termSheetTable, sheet);
        if (start === 'staged_outline' && startsOn !== undefined) {
          const outline = termSheetOutline(sheet.id, startsOn, ctx.lang, newId);
          for (const phase of outline.phases) tx.insert(phaseTable, phase);
          for (const milestone of outline.milestones) tx.insert(milestoneTable, milestone);
          for (const trigger of outline.triggers) tx.insert(triggerTable, trigger);
        }
        return sheet;
      });
    },

    'terms.updateSheet': ({ dealRoomId, termSheetId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = sheetOf(room, termSheetId);
        const { clauses, ...rest } = patch;
        // A clauses patch names only the facts it changes; the others stay as agreed.
        const merged = { ...definedOnly(rest), ...(clauses ? { clauses: { ...before.clauses, ...definedOnly(clauses) } } : {}) };
        return tx.update(termSheetTable, before, { ...merged, updatedAt: tx.at });
      });
    },

    'terms.setReviewStatus': ({ dealRoomId, termSheetId, status, note, author }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = sheetOf(room, termSheetId);
        const text = note.trim();
        // Changes requested without saying which leaves the other side guessing.
        if (status === 'changes_requested' && text === '') throw fieldProblem(ctx, 'note', 'terms:errors.noteRequired');
        const after = tx.update(termSheetTable, before, { reviewStatus: status, updatedAt: tx.at });
        if (text !== '')
          tx.insert(termCommentTable, {
            id: newId(),
            termSheetId,
            clause: 'sheet',
            author: author.trim() || ctx.actor,
            body: text,
            resolved: false,
            createdAt: tx.at,
            updatedAt: tx.at,
          });
        return after;
      });
    },

    'terms.deleteSheet': ({ dealRoomId, termSheetId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const sheet = sheetOf(room, termSheetId);
        // Children first, each logged, so the change log tells what went with the sheet.
        for (const c of room.rows(termCommentTable, 'term_sheet_id = @termSheetId', { termSheetId })) tx.remove(termCommentTable, c);
        for (const t of triggersOfSheet(room, termSheetId)) tx.remove(triggerTable, t);
        for (const m of milestonesOfSheet(room, termSheetId)) tx.remove(milestoneTable, m);
        for (const p of room.rows(phaseTable, 'term_sheet_id = @termSheetId', { termSheetId })) tx.remove(phaseTable, p);
        tx.remove(termSheetTable, sheet);
      });
      return { deleted: true };
    },

    'terms.addPhase': ({ dealRoomId, termSheetId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        sheetOf(room, termSheetId);
        checkPhaseDates(fields, 'fields.endsOn', ctx);
        const sortOrder = room.nextSortOrder('term_phase', 'term_sheet_id = @termSheetId', { termSheetId });
        return tx.insert(phaseTable, { id: newId(), termSheetId, ...fields, sortOrder });
      });
    },

    'terms.updatePhase': ({ dealRoomId, phaseId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = phaseOf(room, phaseId);
        const given: Partial<Phase> = definedOnly(patch);
        checkPhaseDates({ ...before, ...given }, given.endsOn !== undefined ? 'patch.endsOn' : 'patch.startsOn', ctx);
        return tx.update(phaseTable, before, given);
      });
    },

    'terms.deletePhase': ({ dealRoomId, phaseId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const phase = phaseOf(room, phaseId);
        const milestones = room.rows(milestoneTable, 'phase_id = @phaseId', { phaseId });
        const used = triggerCounting(triggersOfSheet(room, phase.termSheetId), milestones);
        if (used)
          throw new DomainError('rule_violation', 'terms:errors.phaseInUse', { trigger: used.trigger.code, milestone: used.milestone.code }, 'phaseId');
        removeCommentsAbout(room, tx, phase.termSheetId, [`phase:${phase.id}`, ...milestones.map((m) => `milestone:${m.id}`)]);
        for (const m of milestones) tx.remove(milestoneTable, m);
        tx.remove(phaseTable, phase);
      });
      return { deleted: true };
    },

    'terms.addMilestone': ({ dealRoomId, phaseId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const phase = phaseOf(room, phaseId);
        const siblings = milestonesOfSheet(room, phase.termSheetId);
        const code = fields.code ?? nextCode('M', siblings);
        checkCodeFree(siblings, code, null, 'fields.code', ctx);
        const milestone: Milestone = {
          id: newId(),
          termSheetId: phase.termSheetId,
          phaseId,
          code,
          metric: fields.metric,
          customMetric: fields.customMetric ?? '',
          description: fields.description ?? '',
          target: fields.target,
          unit: fields.unit ?? '',
          dueOn: fields.dueOn,
          status: 'pending',
          actual: null,
          settledOn: null,
          evidence: '',
          waivedReason: '',
          sortOrder: room.nextSortOrder('term_milestone', 'term_sheet_id = @termSheetId', { termSheetId: phase.termSheetId }),
        };
        return tx.insert(milestoneTable, milestone);
      });
    },

    'terms.updateMilestone': ({ dealRoomId, milestoneId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = milestoneOf(room, milestoneId);
        const given: Partial<Milestone> = definedOnly(patch);
        if (given.phaseId !== undefined && given.phaseId !== before.phaseId) {
          const target = phaseOf(room, given.phaseId, 'patch.phaseId');
          // Triggers count milestones of their own sheet: a move across sheets would break them silently.
          if (target.termSheetId !== before.termSheetId) throw fieldProblem(ctx, 'patch.phaseId', 'terms:errors.phaseOfOtherSheet');
        }
        if (given.code !== undefined) checkCodeFree(milestonesOfSheet(room, before.termSheetId), given.code, before.id, 'patch.code', ctx);
        return tx.update(milestoneTable, before, given);
      });
    },

    'terms.recordOutcome': ({ dealRoomId, milestoneId, status, actual, settledOn, evidence, waivedReason }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = milestoneOf(room, milestoneId);
        // Back to pending: nothing has happened yet, so no outcome may linger for the engine to count.
        if (status === 'pending')
          return tx.update(milestoneTable, before, { status, actual: null, settledOn: null, waivedReason: '', evidence: evidence.trim() });
        // As-of evaluation counts an outcome from the day it was settled; without it the outcome has no place in time.
        if (settledOn === null) throw fieldProblem(ctx, 'settledOn', 'terms:errors.settledOnRequired');
        const reason = waivedReason.trim();
        if (status === 'waived' && reason === '') throw fieldProblem(ctx, 'waivedReason', 'terms:errors.waivedReasonRequired');
        return tx.update(milestoneTable, before, {
          status,
          actual,
          settledOn,
          evidence: evidence.trim(),
          waivedReason: status === 'waived' ? reason : '',
        });
      });
    },

    'terms.deleteMilestone': ({ dealRoomId, milestoneId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const milestone = milestoneOf(room, milestoneId);
        const used = triggerCounting(triggersOfSheet(room, milestone.termSheetId), [milestone]);
        if (used) throw new DomainError('rule_violation', 'terms:errors.milestoneInUse', { trigger: used.trigger.code }, 'milestoneId');
        removeCommentsAbout(room, tx, milestone.termSheetId, [`milestone:${milestone.id}`]);
        tx.remove(milestoneTable, milestone);
      });
      return { deleted: true };
    },

    'terms.addTrigger': ({ dealRoomId, termSheetId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        sheetOf(room, termSheetId);
        const siblings = triggersOfSheet(room, termSheetId);
        checkCondition(fields.condition, milestonesOfSheet(room, termSheetId), 'fields.condition', ctx);
        const code = fields.code ?? nextCode('T', siblings);
        checkCodeFree(siblings, code, null, 'fields.code', ctx);
        const sortOrder = room.nextSortOrder('term_trigger', 'term_sheet_id = @termSheetId', { termSheetId });
        return tx.insert(triggerTable, {
          id: newId(),
          termSheetId,
          code,
          name: fields.name ?? '',
          condition: fields.condition,
          actions: fields.actions,
          sortOrder,
        });
      });
    },

    'terms.updateTrigger': ({ dealRoomId, triggerId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = triggerOf(room, triggerId);
        const given: Partial<Trigger> = definedOnly(patch);
        if (given.condition !== undefined) checkCondition(given.condition, milestonesOfSheet(room, before.termSheetId), 'patch.condition', ctx);
        if (given.code !== undefined) checkCodeFree(triggersOfSheet(room, before.termSheetId), given.code, before.id, 'patch.code', ctx);
        return tx.update(triggerTable, before, given);
      });
    },

    'terms.deleteTrigger': ({ dealRoomId, triggerId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const trigger = triggerOf(room, triggerId);
        removeCommentsAbout(room, tx, trigger.termSheetId, [`trigger:${trigger.id}`]);
        tx.remove(triggerTable, trigger);
      });
      return { deleted: true };
    },

    'terms.addComment': ({ dealRoomId, termSheetId, clause, author, body }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        sheetOf(room, termSheetId);
        checkClauseRef(room, termSheetId, clause, ctx);
        return tx.insert(termCommentTable, { id: newId(), termSheetId, clause, author, body, resolved: false, createdAt: tx.at, updatedAt: tx.at });
      });
    },

    'terms.resolveComment': ({ dealRoomId, commentId, resolved }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = commentOf(room, commentId);
        return tx.update(termCommentTable, before, { resolved, updatedAt: tx.at });
      });
    },

    'terms.deleteComment': ({ dealRoomId, commentId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        tx.remove(termCommentTable, commentOf(room, commentId));
      });
      return { deleted: true };
    },

    'terms.commitmentsElsewhere': ({ dealRoomId, asOf }, ctx) => {
      // The room asked about must exist, even though its own rights are not listed.
      openRoom(store, dealRoomId, ctx);
      return commitmentsElsewhere(store, dealRoomId, asOf, ctx.lang);
    },
  };
}
