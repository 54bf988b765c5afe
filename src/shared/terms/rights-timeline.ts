/**
 * The rights of one term sheet over time, as known on an as-of date: the
 * phases (the last one extended by fired extend_term actions), then the
 * grants and reverts of fired triggers applied in order of their effective
 * dates. Both the as-of evaluation (rights in force on the date) and the
 * collision check (every stretch held, past and future, as known on the
 * date) read it. The rules are in
 * evaluate-term-sheet.ts's header.
 */
import type { Exclusivity, IncentiveTier, Milestone, Phase, Scope, TermSheet, Trigger, TriggerAction } from '../domain/terms';
import { addDays, lastDayOfMonths } from './calendar-dates';
import { extendTerminateConflictSentence, grantRevertConflictSentence, tierConflictSentence } from './right-sentences';
import { intersectScopes, normalizeScope, scopeUniverse, subtractScope, type ScopeUniverse } from './scope-sets';
import { evaluateCondition, type ConditionState } from './trigger-conditions';
import type { ActionConflict, CalendarDate } from './terms-evaluation';

export interface SheetRecords {
  sheet: TermSheet;
  phases: Phase[];
  milestones: Milestone[];
  triggers: Trigger[];
}

export interface EvaluatedTrigger {
  trigger: Trigger;
  state: ConditionState;
}

/** One action of a fired trigger, with the day it takes effect. */
export interface FiredAction<A extends TriggerAction = TriggerAction> {
  trigger: Trigger;
  state: ConditionState;
  action: A;
  /** Position of the action within its trigger, for a stable order. */
  index: number;
  on: CalendarDate;
}

export type SegmentOrigin =
  | { kind: 'phase'; phase: Phase; extendedBy: Trigger[]; phaseEndsOn: CalendarDate }
  | { kind: 'grant'; fired: FiredAction<Extract<TriggerAction, { kind: 'grant_exclusivity' }>>; grantFrom: CalendarDate; grantTo: CalendarDate }
  | { kind: 'revert'; fired: FiredAction<Extract<TriggerAction, { kind: 'revert_non_exclusive' }>> };

/** A stretch of time over which one scope has one exclusivity, and why. */
export interface RightSegment {
  exclusivity: Exclusivity;
  scope: Scope;
  from: CalendarDate;
  to: CalendarDate;
  origin: SegmentOrigin;
}

export interface TermsTimeline {
  triggers: EvaluatedTrigger[];
  segments: RightSegment[];
  /** Termination rights and renewal options opened by fired triggers. */
  opened: FiredAction<Extract<TriggerAction, { kind: 'termination_right' | 'renewal_option' }>>[];
  /** Tier moves that apply (those in a same-day conflict are left out), in order. */
  tiers: FiredAction<Extract<TriggerAction, { kind: 'incentive_tier' }>>[];
  termEndsOn: CalendarDate | null;
  conflicts: ActionConflict[];
}

function byOrder<T extends { sortOrder: number; code: string }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Effective date of a fired action: a grant's own start if it names one, else the day after the condition came to hold. */
function effectiveOn(action: TriggerAction, firedOn: CalendarDate): CalendarDate {
  return action.kind === 'grant_exclusivity' && action.startsOn !== null ? action.startsOn : addDays(firedOn, 1);
}

function firedActions(triggers: readonly EvaluatedTrigger[]): FiredAction[] {
  const out: FiredAction[] = [];
  for (const { trigger, state } of triggers) {
    if (state.status !== 'fired' || state.firedOn === null) continue;
    for (const [index, action] of trigger.actions.entries()) out.push({ trigger, state, action, index, on: effectiveOn(action, state.firedOn) });
  }
  // Effective date first, then the triggers' own order, then the order of actions within a trigger.
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : byOrder(a.trigger, b.trigger) || a.index - b.index));
}

function isKind<K extends TriggerAction['kind']>(kind: K) {
  return (f: FiredAction): f is FiredAction<Extract<TriggerAction, { kind: K }>> => f.action.kind === kind;
}

/** The phase whose end is the end of the term: the latest end, then the highest sort order. */
function lastPhase(phases: readonly Phase[]): Phase | undefined {
  return [...phases].sort((a, b) => (a.endsOn > b.endsOn ? -1 : a.endsOn < b.endsOn ? 1 : b.sortOrder - a.sortOrder))[0];
}

function subtractAll(pieces: readonly Scope[], remove: readonly Scope[], universe: ScopeUniverse): Scope[] {
  let out = [...pieces];
  for (const r of remove) out = out.flatMap((p) => subtractScope(p, r, universe));
  return out;
}

/**
 * A revert at `on` over one segment: if the segment is exclusive or
 * conditional and in force that day, the reverted part becomes
 * non-exclusive from `on` to the segment's end and the rest keeps its
 * exclusivity; before `on` nothing changes.
 */
function revertSegment(
  segment: RightSegment,
  revert: FiredAction<Extract<TriggerAction, { kind: 'revert_non_exclusive' }>>,
  exempt: readonly Scope[],
  universe: ScopeUniverse,
): RightSegment[] {
  const on = revert.on;
  if (segment.exclusivity === 'none' || segment.from > on || segment.to < on) return [segment];
  const target = revert.action.scope === null ? normalizeScope(segment.scope) : intersectScopes(segment.scope, revert.action.scope);
  if (target === null) return [segment];
  const reverted = subtractAll([target], exempt, universe);
  if (reverted.length === 0) return [segment];
  const kept = subtractAll([segment.scope], reverted, universe);
  const out: RightSegment[] = [];
  if (segment.from < on) out.push({ ...segment, to: addDays(on, -1) });
  for (const scope of kept) out.push({ ...segment, scope, from: on });
  for (const scope of reverted) out.push({ exclusivity: 'none', scope, from: on, to: segment.to, origin: { kind: 'revert', fired: revert } });
  return out;
}

export function buildTermsTimeline(records: SheetRecords, asOf: CalendarDate): TermsTimeline {
  const phases = [...records.phases].sort((a, b) => a.sortOrder - b.sortOrder || (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const triggers = [...records.triggers].sort(byOrder).map((trigger) => ({ trigger, state: evaluateCondition(trigger.condition, records.milestones, asOf) }));
  const fired = firedActions(triggers);
  const conflicts: ActionConflict[] = [];
  const universe = scopeUniverse([
    ...phases.map((p) => p.scope),
    ...records.triggers.flatMap((t) =>
      t.actions.flatMap((a): Scope[] => (a.kind === 'grant_exclusivity' ? [a.scope] : a.kind === 'revert_non_exclusive' && a.scope !== null ? [a.scope] : [])),
    ),
  ]);

  // Extensions move the end of the last phase, whatever their order relative to reverts: a revert holds for the rest of the (extended) term.
  const last = lastPhase(phases);
  const extensions = fired.filter(isKind('extend_term'));
  let termEndsOn = last?.endsOn ?? null;
  if (termEndsOn !== null) for (const e of extensions) termEndsOn = lastDayOfMonths(addDays(termEndsOn, 1), e.action.months);

  let segments: RightSegment[] = phases.map((phase) => {
    const extended = phase === last && extensions.length > 0;
    return {
      exclusivity: phase.exclusivity,
      scope: normalizeScope(phase.scope),
      from: phase.startsOn,
      to: extended && termEndsOn !== null ? termEndsOn : phase.endsOn,
      origin: { kind: 'phase', phase, extendedBy: extended ? extensions.map((e) => e.trigger) : [], phaseEndsOn: phase.endsOn },
    };
  });

  const dates = [...new Set(fired.map((f) => f.on))];
  for (const on of dates) {
    const grants = fired.filter(isKind('grant_exclusivity')).filter((f) => f.on === on);
    const reverts = fired.filter(isKind('revert_non_exclusive')).filter((f) => f.on === on);
    const exempt = new Map<FiredAction, Scope[]>();
    const exemptOf = (f: FiredAction) => exempt.get(f) ?? exempt.set(f, []).get(f)!;
    for (const g of grants) {
      for (const r of reverts) {
        const overlap = r.action.scope === null ? normalizeScope(g.action.scope) : intersectScopes(g.action.scope, r.action.scope);
        if (overlap === null) continue;
        // Same day, same ground, opposite effects: the overlap keeps what it was before both, and the conflict is reported.
        exemptOf(g).push(overlap);
        exemptOf(r).push(overlap);
        conflicts.push({ triggerIds: [g.trigger.id, r.trigger.id], on, scope: overlap, sentence: grantRevertConflictSentence(on, g.trigger, r.trigger, overlap) });
      }
    }
    for (const r of reverts) segments = segments.flatMap((s) => revertSegment(s, r, exemptOf(r), universe));
    for (const g of grants) {
      const grantTo = lastDayOfMonths(on, g.action.months);
      for (const scope of subtractAll([normalizeScope(g.action.scope)], exemptOf(g), universe)) {
        segments.push({ exclusivity: 'exclusive', scope, from: on, to: grantTo, origin: { kind: 'grant', fired: g, grantFrom: on, grantTo } });
      }
    }

    const extendsToday = fired.filter(isKind('extend_term')).filter((f) => f.on === on);
    const terminatesToday = fired.filter(isKind('termination_right')).filter((f) => f.on === on);
    for (const e of extendsToday) {
      for (const x of terminatesToday) {
        conflicts.push({ triggerIds: [e.trigger.id, x.trigger.id], on, scope: null, sentence: extendTerminateConflictSentence(on, e.trigger, x.trigger) });
      }
    }
  }

  const tiers: TermsTimeline['tiers'] = [];
  for (const on of dates) {
    const moves = fired.filter(isKind('incentive_tier')).filter((f) => f.on === on);
    const distinctTiers = new Set<IncentiveTier>(moves.map((m) => m.action.tier));
    if (distinctTiers.size <= 1) {
      tiers.push(...moves.slice(0, 1));
      continue;
    }
    // Two different tiers the same day: neither applies, the earlier tier stays, and each contradicting pair is reported.
    for (const [i, a] of moves.entries()) {
      for (const b of moves.slice(i + 1)) {
        if (a.action.tier === b.action.tier) continue;
        conflicts.push({
          triggerIds: [a.trigger.id, b.trigger.id],
          on,
          scope: null,
          sentence: tierConflictSentence(on, { trigger: a.trigger, tier: a.action.tier }, { trigger: b.trigger, tier: b.action.tier }),
        });
      }
    }
  }

  return {
    triggers,
    segments,
    opened: fired.filter((f): f is TermsTimeline['opened'][number] => f.action.kind === 'termination_right' || f.action.kind === 'renewal_option'),
    tiers,
    termEndsOn,
    conflicts,
  };
}
