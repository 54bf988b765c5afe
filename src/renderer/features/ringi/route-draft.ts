/**
 * A route template as the People dialog edits it: an ordered list of stages
 * that can be added, removed and moved with buttons (so the order is set from
 * the keyboard as easily as with a mouse). Pure, so the order rules are tested
 * apart from the dialog.
 */
import type { ApprovalMode, RouteTemplate } from '../../../shared/domain/ringi';

export interface StageDraft {
  /** A key for React that survives reordering; never sent to the store. */
  key: number;
  name: string;
  mode: ApprovalMode;
  approverIds: string[];
}

export interface RouteDraft {
  name: string;
  stages: StageDraft[];
}

let nextKey = 1;
const freshKey = () => nextKey++;

export function emptyStage(): StageDraft {
  return { key: freshKey(), name: '', mode: 'all', approverIds: [] };
}

export function emptyRoute(): RouteDraft {
  return { name: '', stages: [emptyStage()] };
}

export function routeDraftOf(route: Pick<RouteTemplate, 'name' | 'stages'>): RouteDraft {
  return { name: route.name, stages: route.stages.map((s) => ({ key: freshKey(), name: s.name, mode: s.mode, approverIds: [...s.approverIds] })) };
}

export function addStage(draft: RouteDraft): RouteDraft {
  return { ...draft, stages: [...draft.stages, emptyStage()] };
}

/** The last stage stays: a route has at least one (the store refuses an empty one anyway). */
export function removeStage(draft: RouteDraft, index: number): RouteDraft {
  if (draft.stages.length <= 1 || index < 0 || index >= draft.stages.length) return draft;
  return { ...draft, stages: draft.stages.filter((_, i) => i !== index) };
}

/** Moves a stage one place earlier (-1) or later (+1); at either end nothing moves. */
export function moveStage(draft: RouteDraft, index: number, by: -1 | 1): RouteDraft {
  const target = index + by;
  if (index < 0 || index >= draft.stages.length || target < 0 || target >= draft.stages.length) return draft;
  const stages = [...draft.stages];
  const [moved] = stages.splice(index, 1);
  stages.splice(target, 0, moved!);
  return { ...draft, stages };
}

export function updateStage(draft: RouteDraft, index: number, patch: Partial<Omit<StageDraft, 'key'>>): RouteDraft {
  return { ...draft, stages: draft.stages.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/** Adds or takes away one approver, keeping the order in which the profiles are listed. */
export function toggleApprover(draft: RouteDraft, index: number, profileId: string, profileOrder: readonly string[]): RouteDraft {
  const stage = draft.stages[index];
  if (!stage) return draft;
  const chosen = new Set(stage.approverIds);
  if (chosen.has(profileId)) chosen.delete(profileId);
  else chosen.add(profileId);
  const ordered = profileOrder.filter((id) => chosen.has(id));
  // Ids no longer among the profiles are kept at the end, for the store to name in its refusal.
  const rest = [...chosen].filter((id) => !profileOrder.includes(id));
  return updateStage(draft, index, { approverIds: [...ordered, ...rest] });
}

/** What routes.create / routes.update take: the stages in order, without the editing keys. */
export function routeFields(draft: RouteDraft) {
  return { name: draft.name, stages: draft.stages.map(({ name, mode, approverIds }) => ({ name, mode, approverIds })) };
}

/**
 * Which stage and field a refusal is about: "fields.stages[1].approverIds[0]"
 * → stage 1, approverIds; anything outside the stages → null. The general
 * placement (api-error-placement.ts) drops indexes, and here the index is
 * what says which stage's field to mark.
 */
export function stageFieldOf(path: string | undefined): { stage: number; field: string } | null {
  const m = /stages\[(\d+)\]\.(\w+)/.exec(path ?? '');
  return m ? { stage: Number(m[1]), field: m[2]! } : null;
}
