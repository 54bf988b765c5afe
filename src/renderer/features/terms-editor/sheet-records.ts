/** A term sheet's own records out of the room's lists, in the order the editor shows them. */
import type { Milestone, Phase, Trigger } from '../../../shared/domain/terms';

/** Phases by start date; phases starting the same day keep the order they were added in. */
export function sheetPhasesInOrder(phases: readonly Phase[], termSheetId: string): Phase[] {
  return phases.filter((p) => p.termSheetId === termSheetId).sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.sortOrder - b.sortOrder);
}

/** Milestones in the order of their phases, then by due date: the order the trigger builder lists codes in. */
export function sheetMilestonesInOrder(phases: readonly Phase[], milestones: readonly Milestone[], termSheetId: string): Milestone[] {
  const rank = new Map(sheetPhasesInOrder(phases, termSheetId).map((p, i) => [p.id, i]));
  return milestones
    .filter((m) => m.termSheetId === termSheetId)
    .sort((a, b) => (rank.get(a.phaseId) ?? 0) - (rank.get(b.phaseId) ?? 0) || a.dueOn.localeCompare(b.dueOn) || a.sortOrder - b.sortOrder);
}

export function sheetTriggersInOrder(triggers: readonly Trigger[], termSheetId: string): Trigger[] {
  return triggers.filter((t) => t.termSheetId === termSheetId).sort((a, b) => a.sortOrder - b.sortOrder);
}
