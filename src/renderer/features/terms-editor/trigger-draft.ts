/**
 * The trigger builder as text: a condition over the sheet's milestones and a
 * list of actions. Every action draft carries the fields of every kind, so
 * switching the kind back and forth keeps what was typed. `triggerPreview`
 * gives a checked Trigger for the sentence under the form once the draft is
 * complete enough to read.
 */
import { TriggerAction, TriggerCondition, type IncentiveTier, type Phase, type Scope, type Trigger, type TriggerActionKind } from '../../../shared/domain/terms';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { nextFreeCode } from './next-code';
import { ALL_OF_JAPAN } from './phase-draft';

export interface ActionDraft {
  kind: TriggerActionKind;
  scope: Scope;
  months: string;
  /** grant_exclusivity: '' = from the day after the condition holds. */
  startsOn: string;
  /** revert_non_exclusive: true = every exclusive right of the sheet, false = only `scope`. */
  wholeSheet: boolean;
  tier: IncentiveTier;
}

export interface TriggerDraft {
  code: string;
  name: string;
  quantifier: TriggerCondition['quantifier'];
  k: string;
  outcome: TriggerCondition['outcome'];
  milestoneIds: string[];
  by: string;
  actions: ActionDraft[];
}

export const ACTION_KINDS: readonly TriggerActionKind[] = ['grant_exclusivity', 'extend_term', 'revert_non_exclusive', 'termination_right', 'renewal_option', 'incentive_tier'];

/**
 * The scope a grant offers first: that of the sheet's conditional phase (what
 * exclusivity is usually earned for), else of its last phase, else all of Japan.
 */
export function defaultGrantScope(phases: readonly Phase[]): Scope {
  const ordered = [...phases].sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.sortOrder - b.sortOrder));
  const conditional = ordered.find((p) => p.exclusivity === 'conditional');
  return structuredClone((conditional ?? ordered.at(-1))?.scope ?? ALL_OF_JAPAN);
}

export function newActionDraft(kind: TriggerActionKind, scope: Scope): ActionDraft {
  return { kind, scope: structuredClone(scope), months: kind === 'extend_term' || kind === 'renewal_option' ? '12' : '24', startsOn: '', wholeSheet: true, tier: 'stretch' };
}

export function newTriggerDraft(sheetTriggers: readonly Trigger[], phases: readonly Phase[]): TriggerDraft {
  return {
    code: nextFreeCode('T', sheetTriggers.map((t) => t.code)),
    name: '',
    quantifier: 'all',
    k: '',
    outcome: 'met',
    milestoneIds: [],
    by: '',
    actions: [newActionDraft('grant_exclusivity', defaultGrantScope(phases))],
  };
}

function actionDraft(a: TriggerAction, fallbackScope: Scope): ActionDraft {
  const base = newActionDraft(a.kind, fallbackScope);
  switch (a.kind) {
    case 'grant_exclusivity':
      return { ...base, scope: structuredClone(a.scope), months: String(a.months), startsOn: a.startsOn ?? '' };
    case 'extend_term':
    case 'renewal_option':
      return { ...base, months: String(a.months) };
    case 'revert_non_exclusive':
      return a.scope ? { ...base, wholeSheet: false, scope: structuredClone(a.scope) } : { ...base, wholeSheet: true };
    case 'incentive_tier':
      return { ...base, tier: a.tier };
    case 'termination_right':
      return base;
  }
}

export function draftFromTrigger(t: Trigger, phases: readonly Phase[]): TriggerDraft {
  const fallback = defaultGrantScope(phases);
  return {
    code: t.code,
    name: t.name,
    quantifier: t.condition.quantifier,
    k: numberToText(t.condition.k),
    outcome: t.condition.outcome,
    milestoneIds: [...t.condition.milestoneIds],
    by: t.condition.by ?? '',
    actions: t.actions.map((a) => actionDraft(a, fallback)),
  };
}

/** Months as typed: a number, or the text itself so that the store's message names the field. */
function months(text: string): number {
  return numberForApi(parseNumberText(text));
}

export function actionFromDraft(a: ActionDraft): TriggerAction {
  switch (a.kind) {
    case 'grant_exclusivity':
      return { kind: a.kind, scope: a.scope, months: months(a.months), startsOn: a.startsOn || null };
    case 'extend_term':
    case 'renewal_option':
      return { kind: a.kind, months: months(a.months) };
    case 'revert_non_exclusive':
      return { kind: a.kind, scope: a.wholeSheet ? null : a.scope };
    case 'termination_right':
      return { kind: a.kind };
    case 'incentive_tier':
      return { kind: a.kind, tier: a.tier };
  }
}

export function conditionFromDraft(d: TriggerDraft): TriggerCondition {
  const k = parseNumberText(d.k);
  return {
    quantifier: d.quantifier,
    // k means something only for "at least k of"; the store refuses it elsewhere.
    k: d.quantifier === 'at_least' && k.kind !== 'empty' ? numberForApi(k) : null,
    outcome: d.outcome,
    milestoneIds: d.milestoneIds,
    by: d.by || null,
  };
}

export function triggerFieldsFromDraft(d: TriggerDraft) {
  return { code: d.code, name: d.name, condition: conditionFromDraft(d), actions: d.actions.map(actionFromDraft) };
}

/** The draft as a checked trigger, for the sentence preview; null while some part would not pass the contract. */
export function triggerPreview(d: TriggerDraft, termSheetId: string): Trigger | null {
  const condition = TriggerCondition.safeParse(conditionFromDraft(d));
  // "At least k of" reads as nothing sensible until k is there (the store refuses it too).
  if (condition.success && condition.data.quantifier === 'at_least' && condition.data.k === null) return null;
  const actions = d.actions.map((a) => TriggerAction.safeParse(actionFromDraft(a)));
  if (!condition.success || actions.length === 0 || actions.some((a) => !a.success)) return null;
  return {
    id: 'preview',
    termSheetId,
    code: d.code.trim() || '?',
    name: d.name,
    condition: condition.data,
    actions: actions.flatMap((a) => (a.success ? [a.data] : [])),
    sortOrder: 0,
  };
}

/** Ticks or unticks a milestone in the condition, keeping the sheet's order of codes. */
export function toggleMilestone(selected: readonly string[], id: string, order: readonly string[]): string[] {
  const next = selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id];
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
