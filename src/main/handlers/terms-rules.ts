/**
 * The rules staged terms keep in the store (the header of
 * src/shared/api/contract-terms.ts), checked against each record as it would
 * be stored: a patch is merged with the stored record first. Lookups that
 * fail name the id field of the call; rule failures name the field at fault
 * and are worded in the terms namespace.
 */
import type { CallContext } from '../../shared/api/contract';
import type { ClauseRef, Milestone, Phase, TermComment, TermSheet, Trigger, TriggerCondition } from '../../shared/domain/terms';
import { milestoneTable, phaseTable, termCommentTable, termSheetTable, triggerTable } from '../store/entity-tables';
import type { RoomStore } from '../store/room-store';
import { DomainError } from './domain-error';
import { fieldProblem } from './evidence';

function missing(kind: 'sheet' | 'phase' | 'milestone' | 'trigger' | 'comment', id: string, path: string): DomainError {
  return new DomainError('not_found', `terms:errors.${kind}NotFound`, { id }, path);
}

export function sheetOf(room: RoomStore, termSheetId: string, path = 'termSheetId'): TermSheet {
  const sheet = room.row(termSheetTable, { id: termSheetId });
  if (!sheet) throw missing('sheet', termSheetId, path);
  return sheet;
}

export function phaseOf(room: RoomStore, phaseId: string, path = 'phaseId'): Phase {
  const phase = room.row(phaseTable, { id: phaseId });
  if (!phase) throw missing('phase', phaseId, path);
  return phase;
}

export function milestoneOf(room: RoomStore, milestoneId: string, path = 'milestoneId'): Milestone {
  const milestone = room.row(milestoneTable, { id: milestoneId });
  if (!milestone) throw missing('milestone', milestoneId, path);
  return milestone;
}

export function triggerOf(room: RoomStore, triggerId: string, path = 'triggerId'): Trigger {
  const trigger = room.row(triggerTable, { id: triggerId });
  if (!trigger) throw missing('trigger', triggerId, path);
  return trigger;
}

export function commentOf(room: RoomStore, commentId: string, path = 'commentId'): TermComment {
  const comment = room.row(termCommentTable, { id: commentId });
  if (!comment) throw missing('comment', commentId, path);
  return comment;
}

export function milestonesOfSheet(room: RoomStore, termSheetId: string): Milestone[] {
  return room.rows(milestoneTable, 'term_sheet_id = @termSheetId', { termSheetId });
}

export function triggersOfSheet(room: RoomStore, termSheetId: string): Trigger[] {
  return room.rows(triggerTable, 'term_sheet_id = @termSheetId', { termSheetId });
}

/** A phase covers whole calendar days from its first to its last (inclusive), so it cannot end before it starts. */
export function checkPhaseDates(phase: Pick<Phase, 'startsOn' | 'endsOn'>, path: string, ctx: CallContext): void {
  if (phase.endsOn < phase.startsOn) throw fieldProblem(ctx, path, 'terms:errors.endsBeforeStarts', { startsOn: phase.startsOn });
}

/**
 * Codes are how triggers and sentences name milestones ("M1") and triggers
 * ("T1"); two alike on one sheet would make "all of M1–M3" ambiguous.
 * `self` is the record being changed (it may keep its own code).
 */
export function checkCodeFree(
  taken: readonly { id: string; code: string }[],
  code: string,
  self: string | null,
  path: string,
  ctx: CallContext,
): void {
  if (taken.some((r) => r.code === code && r.id !== self)) throw fieldProblem(ctx, path, 'terms:errors.codeTaken', { code });
}

/**
 * The next code: one above the highest "<prefix><n>" in use (or above the
 * number of records, when codes were renamed), so a new milestone never takes
 * the code of one still on the sheet.
 */
export function nextCode(prefix: 'M' | 'T', taken: readonly { code: string }[]): string {
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const highest = Math.max(taken.length, ...taken.map((r) => Number(pattern.exec(r.code)?.[1] ?? 0)));
  const codes = new Set(taken.map((r) => r.code));
  let n = highest + 1;
  while (codes.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/**
 * A trigger's condition names milestones of its own sheet, each once, and a
 * k that makes sense for its quantifier. `path` is where the condition sits
 * in the call ("fields.condition" or "patch.condition").
 */
export function checkCondition(condition: TriggerCondition, sheetMilestones: readonly Milestone[], path: string, ctx: CallContext): void {
  const own = new Set(sheetMilestones.map((m) => m.id));
  const seen = new Set<string>();
  condition.milestoneIds.forEach((id, i) => {
    const at = `${path}.milestoneIds[${i}]`;
    if (!own.has(id)) throw fieldProblem(ctx, at, 'terms:errors.milestoneOfOtherSheet');
    if (seen.has(id)) throw fieldProblem(ctx, at, 'terms:errors.milestoneTwice');
    seen.add(id);
  });
  const count = condition.milestoneIds.length;
  if (condition.quantifier === 'at_least') {
    if (condition.k === null) throw fieldProblem(ctx, `${path}.k`, 'terms:errors.kRequired');
    if (condition.k < 1 || condition.k > count) throw fieldProblem(ctx, `${path}.k`, 'terms:errors.kOutOfRange', { count });
  } else if (condition.k !== null) {
    throw fieldProblem(ctx, `${path}.k`, 'terms:errors.kOnlyForAtLeast');
  }
}

/** The first trigger of the sheet whose condition counts any of the milestones, with the milestone it counts. */
export function triggerCounting(triggers: readonly Trigger[], milestones: readonly Milestone[]): { trigger: Trigger; milestone: Milestone } | null {
  for (const trigger of triggers) {
    const milestone = milestones.find((m) => trigger.condition.milestoneIds.includes(m.id));
    if (milestone) return { trigger, milestone };
  }
  return null;
}

/** A comment is about this sheet, one of its clause facts, or a phase, milestone or trigger of this sheet. */
export function checkClauseRef(room: RoomStore, termSheetId: string, clause: ClauseRef, ctx: CallContext): void {
  if (clause === 'sheet' || clause.startsWith('clause:')) return;
  const [kind, id = ''] = clause.split(':') as ['phase' | 'milestone' | 'trigger', string];
  const row = kind === 'phase' ? room.row(phaseTable, { id }) : kind === 'milestone' ? room.row(milestoneTable, { id }) : room.row(triggerTable, { id });
  if (!row || row.termSheetId !== termSheetId) throw fieldProblem(ctx, 'clause', 'terms:errors.clauseNotInSheet');
}
