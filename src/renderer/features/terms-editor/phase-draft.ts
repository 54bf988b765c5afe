/**
 * The phase form as text, and the operation input it becomes. The end is
 * typed as a date or as a duration in months (end = start + N months − 1 day,
 * phase-dates.ts); numbers typed as text reach the store as typed when they
 * do not parse, so its own message names the field.
 */
import type { Exclusivity, IncentiveTier, MilestoneMetric, Phase, PhaseTarget, Scope } from '../../../shared/domain/terms';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import { addDays, endFromDuration, exactMonths, isCalendarDate } from './phase-dates';

export interface TargetDraft {
  tier: IncentiveTier;
  metric: MilestoneMetric;
  customMetric: string;
  value: string;
  unit: string;
}

export type EndMode = 'date' | 'months';

export interface PhaseDraft {
  name: string;
  startsOn: string;
  endMode: EndMode;
  endsOn: string;
  months: string;
  exclusivity: Exclusivity;
  scope: Scope;
  targets: TargetDraft[];
}

/** Where a new phase starts from when nothing else is known: all of Japan, every channel, segment and product. */
export const ALL_OF_JAPAN: Scope = { territory: ['JP'], channels: [], segments: [], products: [] };

/** The tiers in the order a deal climbs them. */
export const TIERS: readonly IncentiveTier[] = ['base', 'stretch', 'exceed'];

/**
 * A new phase follows the last one: it starts the day after the latest end,
 * keeps its scope, and lasts 12 months (the usual length of a pilot or a step).
 */
export function newPhaseDraft(phases: readonly Phase[], today: string): PhaseDraft {
  const last = [...phases].sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0)).at(-1);
  const startsOn = last ? addDays(last.endsOn, 1) : today;
  return {
    name: '',
    startsOn,
    endMode: 'months',
    endsOn: endFromDuration(startsOn, 12),
    months: '12',
    exclusivity: 'none',
    scope: last ? structuredClone(last.scope) : structuredClone(ALL_OF_JAPAN),
    targets: [],
  };
}

export function draftFromPhase(phase: Phase): PhaseDraft {
  const months = exactMonths(phase.startsOn, phase.endsOn);
  return {
    name: phase.name,
    startsOn: phase.startsOn,
    endMode: months === null ? 'date' : 'months',
    endsOn: phase.endsOn,
    months: months === null ? '' : String(months),
    exclusivity: phase.exclusivity,
    scope: structuredClone(phase.scope),
    targets: phase.targets.map((t) => ({ tier: t.tier, metric: t.metric, customMetric: t.customMetric, value: numberToText(t.value), unit: t.unit })),
  };
}

/** The whole number of months typed, when it is one the form can turn into an end date (1–240). */
export function typedMonths(draft: Pick<PhaseDraft, 'months'>): number | null {
  const parsed = parseNumberText(draft.months);
  if (parsed.kind !== 'number' || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 240) return null;
  return parsed.value;
}

/** The end date the draft stands for, or '' while the duration or start cannot give one. */
export function draftEndsOn(draft: PhaseDraft): string {
  if (draft.endMode === 'date') return draft.endsOn;
  const months = typedMonths(draft);
  return months !== null && isCalendarDate(draft.startsOn) ? endFromDuration(draft.startsOn, months) : '';
}

/** True when the form must say the duration is not a whole number of months before anything is sent. */
export function monthsProblem(draft: PhaseDraft): boolean {
  return draft.endMode === 'months' && typedMonths(draft) === null;
}

export function newTargetDraft(existing: readonly TargetDraft[]): TargetDraft {
  const tier = TIERS.find((t) => !existing.some((e) => e.tier === t)) ?? 'base';
  const like = existing.at(-1);
  return { tier, metric: like?.metric ?? 'revenue', customMetric: like?.customMetric ?? '', value: '', unit: like?.unit ?? '' };
}

export function targetFromDraft(t: TargetDraft): PhaseTarget {
  return {
    tier: t.tier,
    metric: t.metric,
    // A custom name only means something for a custom metric; a stale one would show up in exports.
    customMetric: t.metric === 'custom' ? t.customMetric : '',
    value: numberForApi(parseNumberText(t.value)),
    unit: t.unit,
  };
}

export function phaseFieldsFromDraft(draft: PhaseDraft): Omit<Phase, 'id' | 'termSheetId' | 'sortOrder'> {
  return {
    name: draft.name,
    startsOn: draft.startsOn,
    endsOn: draftEndsOn(draft),
    exclusivity: draft.exclusivity,
    scope: draft.scope,
    targets: draft.targets.map(targetFromDraft),
  };
}
