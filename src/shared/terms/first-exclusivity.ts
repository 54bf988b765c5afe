/**
 * When exclusivity can first start under a term sheet, and on what
 * conditions, in one line (the comparison matrix's terms section, issue 6):
 * "Conditional from 2027-07-01 (phase “Conditional exclusivity”) if all of
 * M1, M2 met by 2027-06-30 (T1); reverts to non-exclusive if any of M3, M4
 * missed (T2)".
 *
 * The candidates, as of a date:
 * - every exclusive or conditional phase, from its start;
 * - every grant_exclusivity of a trigger that has not lapsed: from the
 *   grant's own start when it names one; else, once the trigger has fired,
 *   the day after it fired; else the day after the day it is planned to
 *   fire: the needed-th earliest of the dates its milestones count or are
 *   due (an outcome already counting: its settledOn; one still open: its due
 *   date, or the as-of date when that has passed; one that can no longer
 *   count is left out), no later than its by-date. A lapsed trigger can no
 *   longer grant anything and is left out.
 * The earliest wins; on the same day a phase comes before a grant (it is
 * written into the sheet), then the sheet's order.
 *
 * Its conditions: for a phase, the grants planned to start within it over an
 * overlapping scope (they are what turns it exclusive) and, for a phase or a
 * grant, the revert triggers that have not lapsed and reach its scope (they
 * are what takes it away). Conditions are worded by the terms engine
 * (describeCondition) and tagged with the trigger's code.
 */
import type { Language } from '../domain/entities';
import type { Exclusivity, Milestone, Phase, Scope, Trigger } from '../domain/terms';
import { inBothLanguages, joinAlternatives, showDate, type Bilingual, type Translate } from './bilingual-text';
import { addDays, earlier, later } from './calendar-dates';
import { describeCondition, type SheetRecords } from './evaluate-term-sheet';
import { intersectScopes } from './scope-sets';
import { grantsOf, phasesByStart, type Grant } from './term-risk-rule';
import { evaluateCondition, type ConditionState } from './trigger-conditions';
import type { CalendarDate } from './terms-evaluation';

export interface FirstExclusivity {
  on: CalendarDate;
  text: Bilingual;
}

type Start =
  | { kind: 'phase'; on: CalendarDate; level: Exclusivity; phase: Phase }
  | { kind: 'grant'; on: CalendarDate; grant: Grant; state: ConditionState };

/** The day a waiting trigger is planned to fire (see the header), or null when it cannot be told. */
function plannedFiring(trigger: Trigger, state: ConditionState, milestones: readonly Milestone[], asOf: CalendarDate): CalendarDate | null {
  const dueOf = new Map(milestones.map((m) => [m.id, m.dueOn]));
  const counting = new Set(state.counting.map((s) => s.milestoneId));
  const blocking = new Set(state.blocking.map((s) => s.milestoneId));
  const dates = state.milestones
    .filter((s) => !blocking.has(s.milestoneId))
    .map((s) => (counting.has(s.milestoneId) ? s.since : later(dueOf.get(s.milestoneId) ?? asOf, asOf)))
    .filter((d): d is CalendarDate => d !== null)
    .sort();
  const planned = dates[state.needed - 1];
  if (planned === undefined) return null;
  return trigger.condition.by === null ? planned : earlier(planned, trigger.condition.by);
}

function grantStart(grant: Grant, state: ConditionState, milestones: readonly Milestone[], asOf: CalendarDate): CalendarDate | null {
  if (state.status === 'lapsed') return null;
  if (grant.startsOn !== null) return grant.startsOn;
  if (state.status === 'fired' && state.firedOn !== null) return addDays(state.firedOn, 1);
  const planned = plannedFiring(grant.trigger, state, milestones, asOf);
  return planned === null ? null : addDays(planned, 1);
}

function conditionOf(trigger: Trigger, milestones: readonly Milestone[], t: Translate, lang: Language): string {
  return t('termRisks:firstExclusivity.condition', { condition: describeCondition(trigger.condition, milestones, lang), code: trigger.code });
}

function reaches(scope: Scope, revertScope: Scope | null): boolean {
  return revertScope === null || intersectScopes(scope, revertScope) !== null;
}

export function firstExclusivity(records: SheetRecords, asOf: CalendarDate): FirstExclusivity | null {
  const { phases, milestones, triggers } = records;
  const states = new Map(triggers.map((tr) => [tr.id, evaluateCondition(tr.condition, milestones, asOf)]));
  const stateOf = (tr: Trigger) => states.get(tr.id)!;

  const grants = grantsOf(triggers).flatMap((grant) => {
    const state = stateOf(grant.trigger);
    const on = grantStart(grant, state, milestones, asOf);
    return on === null ? [] : [{ kind: 'grant' as const, on, grant, state }];
  });
  const starts: Start[] = [
    ...phasesByStart(phases)
      .filter((p) => p.exclusivity !== 'none')
      .map((phase) => ({ kind: 'phase' as const, on: phase.startsOn, level: phase.exclusivity, phase })),
    ...grants,
  ];
  // Stable sort: phases (listed first) before grants on the same day, each in the sheet's order.
  const first = starts.sort((a, b) => a.on.localeCompare(b.on))[0];
  if (!first) return null;

  const scope = first.kind === 'phase' ? first.phase.scope : first.grant.scope;
  const reverts = triggers
    .filter((tr) => stateOf(tr).status !== 'lapsed')
    .filter((tr) => tr.actions.some((a) => a.kind === 'revert_non_exclusive' && reaches(scope, a.scope)));

  const text = inBothLanguages((t, lang) => {
    const level = t(`termRisks:firstExclusivity.level.${first.kind === 'phase' ? first.level : 'exclusive'}`);
    const date = showDate(first.on);
    let lead: string;
    if (first.kind === 'phase') {
      const { phase } = first;
      const gating = grants.filter((g) => g.on >= phase.startsOn && g.on <= phase.endsOn && intersectScopes(phase.scope, g.grant.scope) !== null);
      const gatingTriggers = [...new Set(gating.map((g) => g.grant.trigger))];
      if (gatingTriggers.length > 0) {
        const conditions = joinAlternatives(gatingTriggers.map((tr) => conditionOf(tr, milestones, t, lang)), lang);
        lead = t('termRisks:firstExclusivity.phaseIf', { level, date, phase: phase.name, conditions });
      } else if (reverts.length > 0) {
        lead = t('termRisks:firstExclusivity.phase', { level, date, phase: phase.name });
      } else {
        return t('termRisks:firstExclusivity.phasePlain', { level, date, phase: phase.name });
      }
    } else if (first.state.status === 'fired') {
      const { trigger } = first.grant;
      lead = t('termRisks:firstExclusivity.grantFired', {
        level,
        date,
        code: trigger.code,
        firedOn: showDate(first.state.firedOn ?? first.on),
        condition: describeCondition(trigger.condition, milestones, lang),
      });
    } else {
      lead = t('termRisks:firstExclusivity.grantIf', { level, date, conditions: conditionOf(first.grant.trigger, milestones, t, lang) });
    }
    if (reverts.length === 0) return lead;
    const conditions = joinAlternatives(reverts.map((tr) => conditionOf(tr, milestones, t, lang)), lang);
    return lead + t('termRisks:firstExclusivity.revertsIf', { conditions });
  });
  return { on: first.on, text };
}
