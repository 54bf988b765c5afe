/**
 * The term-risk rules that read the phases, milestones and triggers: rules
 * 1, 2, 7, 8 and 9 of term-risks.ts, whose header gives their exact
 * conditions and severities.
 */
import type { Language } from '../domain/entities';
import type { Scope } from '../domain/terms';
import { formatPoints } from '../i18n/format';
import { inBothLanguages, showDate, type Translate } from './bilingual-text';
import { describeCondition } from './evaluate-term-sheet';
import { describeScope, scopeUniverse, subtractScope } from './scope-sets';
import { monthsBetween, nextDay } from './term-months';
import { grantsOf, hasBaseTarget, lastPhase, phasesByStart, risk, type RiskRule } from './term-risk-rule';
import type { TermRisk } from './terms-evaluation';

/** A term longer than this, in months, needs review points (rule 9)… */
export const LONG_TERM_MONTHS = 24;
/** …no stretch of it longer than this without a milestone due. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** 1. The earliest phase is exclusive (high) or conditional (medium). */
export const exclusiveFromDayOne: RiskRule = ({ phases }) => {
  const first = phasesByStart(phases)[0];
  if (!first || first.exclusivity === 'none') return [];
  const exclusive = first.exclusivity === 'exclusive';
  const key = exclusive ? 'exclusive' : 'conditional';
  return [
    risk(
      'exclusive_from_day_one',
      exclusive ? 'high' : 'medium',
      `phase:${first.id}`,
      inBothLanguages((t) => t(`termRisks:rules.exclusiveFromDayOne.${key}Finding`, { phase: first.name, date: showDate(first.startsOn) })),
      inBothLanguages((t) => t(`termRisks:rules.exclusiveFromDayOne.${key}Remedy`)),
    ),
  ];
};

/**
 * 2. An exclusive or conditional phase that no milestone gates: none belongs
 * to it, and none of an earlier-starting phase is due on or before its start.
 * Also a trigger that grants exclusivity when milestones are MISSED.
 */
export const exclusivityWithoutMilestones: RiskRule = ({ phases, milestones, triggers }) => {
  const startOf = new Map(phases.map((p) => [p.id, p.startsOn]));
  const found: TermRisk[] = [];
  for (const p of phasesByStart(phases)) {
    if (p.exclusivity === 'none') continue;
    const gated = milestones.some((m) => {
      if (m.phaseId === p.id) return true;
      const ownStart = startOf.get(m.phaseId);
      return ownStart !== undefined && ownStart < p.startsOn && m.dueOn <= p.startsOn;
    });
    if (gated) continue;
    const key = p.exclusivity === 'exclusive' ? 'exclusiveFinding' : 'conditionalFinding';
    found.push(
      risk(
        'exclusivity_without_milestones',
        'high',
        `phase:${p.id}`,
        inBothLanguages((t) => t(`termRisks:rules.exclusivityWithoutMilestones.${key}`, { phase: p.name, date: showDate(p.startsOn) })),
        inBothLanguages((t) => t('termRisks:rules.exclusivityWithoutMilestones.remedy')),
      ),
    );
  }
  const rewarded = new Set(grantsOf(triggers).filter((g) => g.trigger.condition.outcome === 'missed').map((g) => g.trigger));
  for (const trigger of rewarded) {
    found.push(
      risk(
        'exclusivity_without_milestones',
        'high',
        `trigger:${trigger.id}`,
        inBothLanguages((t, lang) =>
          t('termRisks:rules.exclusivityWithoutMilestones.grantOnMissedFinding', { code: trigger.code, condition: describeCondition(trigger.condition, milestones, lang) }),
        ),
        inBothLanguages((t) => t('termRisks:rules.exclusivityWithoutMilestones.grantOnMissedRemedy')),
      ),
    );
  }
  return found;
};

/** 7. Automatic renewal while the last phase has no base target and no milestone (or there is no phase at all). */
export const autoRenewalWithoutTargets: RiskRule = ({ sheet, phases, milestones }) => {
  if (!sheet.clauses.autoRenewal) return [];
  const last = lastPhase(phases);
  if (last && (hasBaseTarget(last) || milestones.some((m) => m.phaseId === last.id))) return [];
  return [
    risk(
      'auto_renewal_without_targets',
      'high',
      'clause:autoRenewal',
      inBothLanguages((t) =>
        last ? t('termRisks:rules.autoRenewalWithoutTargets.finding', { phase: last.name }) : t('termRisks:rules.autoRenewalWithoutTargets.noPhasesFinding'),
      ),
      inBothLanguages((t) => t('termRisks:rules.autoRenewalWithoutTargets.remedy')),
    ),
  ];
};

/**
 * 8. A later exclusive or conditional phase, or a grant, reaching beyond the
 * pilot's scope (the pilot: the first phase, by start, without exclusivity).
 * "Beyond" is subtractScope over the labels this sheet uses (scope-sets.ts,
 * header): a phase for "every channel" after a hospitals-only pilot reaches
 * into every other channel the sheet or the built-in list names.
 */
export const scopeWiderThanPilot: RiskRule = ({ phases, triggers }) => {
  const ordered = phasesByStart(phases);
  const pilotIndex = ordered.findIndex((p) => p.exclusivity === 'none');
  const pilot = ordered[pilotIndex];
  if (!pilot) return [];
  const grants = grantsOf(triggers);
  const universe = scopeUniverse([...phases.map((p) => p.scope), ...grants.map((g) => g.scope)]);
  const beyond = (scope: Scope) => subtractScope(scope, pilot.scope, universe);
  const extraText = (parts: readonly Scope[], t: Translate, lang: Language) =>
    parts.map((s) => describeScope(s, lang)).join(t('termRisks:rules.scopeWiderThanPilot.separator'));

  const found: TermRisk[] = [];
  for (const p of ordered.slice(pilotIndex + 1)) {
    if (p.exclusivity === 'none') continue;
    const extra = beyond(p.scope);
    if (extra.length === 0) continue;
    found.push(
      risk(
        'scope_wider_than_pilot',
        'medium',
        `phase:${p.id}`,
        inBothLanguages((t, lang) => t('termRisks:rules.scopeWiderThanPilot.phaseFinding', { phase: p.name, pilot: pilot.name, extra: extraText(extra, t, lang) })),
        inBothLanguages((t) => t('termRisks:rules.scopeWiderThanPilot.remedy')),
      ),
    );
  }
  // One finding per trigger, however many grants it makes.
  const byTrigger = new Map<string, { code: string; id: string; extra: Scope[] }>();
  for (const g of grants) {
    const extra = beyond(g.scope);
    if (extra.length === 0) continue;
    const entry = byTrigger.get(g.trigger.id) ?? { code: g.trigger.code, id: g.trigger.id, extra: [] };
    entry.extra.push(...extra);
    byTrigger.set(g.trigger.id, entry);
  }
  for (const { code, id, extra } of byTrigger.values()) {
    found.push(
      risk(
        'scope_wider_than_pilot',
        'medium',
        `trigger:${id}`,
        inBothLanguages((t, lang) => t('termRisks:rules.scopeWiderThanPilot.grantFinding', { code, pilot: pilot.name, extra: extraText(extra, t, lang) })),
        inBothLanguages((t) => t('termRisks:rules.scopeWiderThanPilot.remedy')),
      ),
    );
  }
  return found;
};

/** "24", or "24.5" when the stretch is not whole months. */
function showMonths(months: number, lang: Language): string {
  const rounded = Math.round(months * 10) / 10;
  return formatPoints(rounded, lang, Number.isInteger(rounded) ? 0 : 1);
}

/**
 * 9. The term (first phase start to last phase end) runs more than 24 months
 * and some stretch of it runs more than 12 months with no milestone due. A
 * due date closes a stretch: the term is cut into [start, first due],
 * [day after it, next due], … [day after the last due, end], each measured
 * in months including its last day. The longest such stretch is named.
 */
export const longTermWithoutReview: RiskRule = ({ phases, milestones }) => {
  const first = phasesByStart(phases)[0];
  const last = lastPhase(phases);
  if (!first || !last) return [];
  const start = first.startsOn;
  const end = last.endsOn;
  const termMonths = monthsBetween(start, nextDay(end));
  if (termMonths <= LONG_TERM_MONTHS) return [];

  const dues = [...new Set(milestones.map((m) => m.dueOn).filter((d) => d >= start && d <= end))].sort();
  const stretches: { from: string; to: string }[] = [];
  let from = start;
  for (const due of dues) {
    stretches.push({ from, to: due });
    from = nextDay(due);
  }
  if (from <= end) stretches.push({ from, to: end });
  let longest = { from: start, to: end, months: 0 };
  for (const s of stretches) {
    const months = monthsBetween(s.from, nextDay(s.to));
    if (months > longest.months) longest = { ...s, months };
  }
  if (longest.months <= REVIEW_INTERVAL_MONTHS) return [];
  return [
    risk(
      'long_term_without_review',
      'medium',
      'sheet',
      inBothLanguages((t, lang) =>
        t('termRisks:rules.longTermWithoutReview.finding', {
          termMonths: showMonths(termMonths, lang),
          from: showDate(start),
          to: showDate(end),
          gapMonths: showMonths(longest.months, lang),
          gapFrom: showDate(longest.from),
          gapTo: showDate(longest.to),
        }),
      ),
      inBothLanguages((t) => t('termRisks:rules.longTermWithoutReview.remedy')),
    ),
  ];
};
