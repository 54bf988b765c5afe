/**
 * The terms engine's sentences, in both languages at once ({ en, ja }) so
 * that the screen, the print-out and the CLI can show either. Words come from
 * the `terms` catalogue; dates stay YYYY-MM-DD, which reads the same in
 * English and Japanese and cannot be taken for a US or European order.
 */
import type { Language } from '../domain/entities';
import type { IncentiveTier, Milestone, Phase, Trigger, TriggerAction, TriggerCondition } from '../domain/terms';
import { translator } from '../i18n/translator';
import { joinList, describeScope } from './scope-sets';
import type { ConditionState } from './trigger-conditions';
import type { CalendarDate, MilestoneAsOf } from './terms-evaluation';
import type { Scope } from '../domain/terms';

export type Sentence = { en: string; ja: string };

const LANGUAGES: readonly Language[] = ['en', 'ja'];

/** The same sentence built in each language. */
export function bilingual(build: (lang: Language) => string): Sentence {
  const [en, ja] = LANGUAGES.map(build) as [string, string];
  return { en, ja };
}

/** Codes as a condition lists them: "M1, M2, M3" / 「M1・M2・M3」. */
function codeSeries(codes: readonly string[], lang: Language): string {
  return codes.join(lang === 'ja' ? '・' : ', ');
}

/** Codes inside a reason: "M1, M2 and M3" / 「M1・M2・M3」. */
function codeConjunction(codes: readonly string[], lang: Language): string {
  return lang === 'ja' ? codes.join('・') : joinList(codes, lang);
}

export function durationText(months: number, lang: Language): string {
  return translator(lang)('terms:duration', { count: months });
}

export function tierName(tier: IncentiveTier, lang: Language): string {
  return translator(lang)(`terms:tier.${tier}`);
}

/** A condition in words: "all of M1, M2, M3 met by 2027-06-30". */
export function describeCondition(condition: TriggerCondition, milestones: readonly Pick<Milestone, 'id' | 'code'>[], lang: Language): string {
  const t = translator(lang);
  const codeById = new Map(milestones.map((m) => [m.id, m.code]));
  const codes = condition.milestoneIds.map((id) => codeById.get(id) ?? id);
  // One milestone reads "M4 missed", not "any of M4 missed".
  const quantifier = codes.length === 1 && condition.quantifier !== 'at_least' ? 'single' : condition.quantifier === 'at_least' ? 'atLeast' : condition.quantifier;
  const text = t(`terms:condition.${quantifier}_${condition.outcome}`, { codes: codeSeries(codes, lang), k: condition.k ?? 1 });
  return condition.by === null ? text : t('terms:condition.by', { condition: text, date: condition.by });
}

/** One action in words, for a rule's preview: "exclusivity in Kinki, hospitals for 24 months from the day after". */
export function describeAction(action: TriggerAction, lang: Language): string {
  const t = translator(lang);
  switch (action.kind) {
    case 'grant_exclusivity': {
      const values = { scope: describeScope(action.scope, lang), duration: durationText(action.months, lang) };
      return action.startsOn === null ? t('terms:action.grantNextDay', values) : t('terms:action.grantFrom', { ...values, date: action.startsOn });
    }
    case 'extend_term':
      return t('terms:action.extend', { duration: durationText(action.months, lang) });
    case 'revert_non_exclusive':
      return action.scope === null ? t('terms:action.revertAll') : t('terms:action.revert', { scope: describeScope(action.scope, lang) });
    case 'termination_right':
      return t('terms:action.termination');
    case 'renewal_option':
      return t('terms:action.renewal', { duration: durationText(action.months, lang) });
    case 'incentive_tier':
      return t('terms:action.tier', { tier: tierName(action.tier, lang) });
  }
}

/** A whole rule in words: "When all of M1, M2, M3 met by 2027-06-30: exclusivity in Kinki, hospitals for 24 months from the day after." */
export function describeTrigger(trigger: Pick<Trigger, 'condition' | 'actions'>, milestones: readonly Pick<Milestone, 'id' | 'code'>[], lang: Language): string {
  return translator(lang)('terms:trigger.rule', {
    condition: describeCondition(trigger.condition, milestones, lang),
    actions: joinList(
      trigger.actions.map((a) => describeAction(a, lang)),
      lang,
    ),
  });
}

/** "M1 and M2 were met and M3 was waived": outcomes named by what they were. */
function outcomeParts(states: readonly MilestoneAsOf[], lang: Language): string {
  const t = translator(lang);
  const parts: string[] = [];
  for (const standing of ['met', 'waived', 'missed'] as const) {
    const codes = states.filter((s) => s.standing === standing).map((s) => s.code);
    if (codes.length > 0) parts.push(t(`terms:reason.${standing}`, { codes: codeConjunction(codes, lang), count: codes.length }));
  }
  return joinList(parts, lang);
}

/**
 * Why a fired trigger's rights exist: "M1, M2 and M3 were met by 2027-06-30"
 * (the day the last needed one was met), or "M4 was missed".
 */
export function firedReason(state: ConditionState, outcome: TriggerCondition['outcome'], lang: Language): string {
  const text = outcomeParts(state.counted, lang);
  if (outcome === 'missed' || state.firedOn === null) return text;
  return translator(lang)('terms:reason.by', { reason: text, date: state.firedOn });
}

/** Where a trigger stands, in one sentence. */
export function triggerSentence(trigger: Trigger, state: ConditionState, milestones: readonly Pick<Milestone, 'id' | 'code'>[]): Sentence {
  return bilingual((lang) => {
    const t = translator(lang);
    const condition = describeCondition(trigger.condition, milestones, lang);
    if (state.status === 'fired') return t('terms:trigger.fired', { code: trigger.code, date: state.firedOn, condition });
    if (state.status === 'waiting') return t('terms:trigger.waiting', { code: trigger.code, condition, got: state.counting.length, needed: state.needed });
    if (state.lapsedBecause === 'impossible' && state.blocking.length > 0) {
      return t('terms:trigger.lapsedImpossible', { code: trigger.code, reason: outcomeParts(state.blocking, lang) });
    }
    return t(`terms:trigger.lapsedByDate_${trigger.condition.outcome}`, {
      code: trigger.code,
      got: state.counting.length,
      needed: state.needed,
      date: trigger.condition.by ?? '',
    });
  });
}

export function phaseRightSentence(
  segment: { exclusivity: Phase['exclusivity']; scope: Scope; from: CalendarDate; to: CalendarDate },
  phase: Phase,
  extendedBy: readonly Trigger[],
  extendedTo: CalendarDate,
): Sentence {
  return bilingual((lang) => {
    const t = translator(lang);
    const note =
      extendedBy.length === 0
        ? t('terms:right.phaseNote', { phase: phase.name })
        : t('terms:right.phaseNoteExtended', { phase: phase.name, to: extendedTo, codes: codeConjunction(extendedBy.map((x) => x.code), lang) });
    return t(`terms:right.phase_${segment.exclusivity}`, { scope: describeScope(segment.scope, lang), from: segment.from, to: segment.to, note });
  });
}

export function grantRightSentence(scope: Scope, grant: { from: CalendarDate; to: CalendarDate; months: number }, trigger: Trigger, state: ConditionState): Sentence {
  return bilingual((lang) =>
    translator(lang)('terms:right.grant', {
      scope: describeScope(scope, lang),
      from: grant.from,
      to: grant.to,
      duration: durationText(grant.months, lang),
      reason: firedReason(state, trigger.condition.outcome, lang),
      trigger: trigger.code,
    }),
  );
}

export function revertedRightSentence(scope: Scope, from: CalendarDate, to: CalendarDate, trigger: Trigger, state: ConditionState): Sentence {
  return bilingual((lang) =>
    translator(lang)('terms:right.reverted', {
      scope: describeScope(scope, lang),
      from,
      to,
      reason: firedReason(state, trigger.condition.outcome, lang),
      trigger: trigger.code,
    }),
  );
}

/** Termination right, renewal option or incentive tier, opened by a fired trigger. */
export function openedRightSentence(
  right: { kind: 'termination' } | { kind: 'renewal'; months: number } | { kind: 'tier'; tier: IncentiveTier },
  from: CalendarDate,
  trigger: Trigger,
  state: ConditionState,
): Sentence {
  return bilingual((lang) => {
    const values = { from, reason: firedReason(state, trigger.condition.outcome, lang), trigger: trigger.code };
    const t = translator(lang);
    if (right.kind === 'renewal') return t('terms:right.renewal', { ...values, duration: durationText(right.months, lang) });
    if (right.kind === 'tier') return t('terms:right.tier', { ...values, tier: tierName(right.tier, lang) });
    return t('terms:right.termination', values);
  });
}

export function grantRevertConflictSentence(on: CalendarDate, grant: Trigger, revert: Trigger, overlap: Scope): Sentence {
  return bilingual((lang) =>
    translator(lang)('terms:conflict.grantRevert', { date: on, grant: grant.code, revert: revert.code, scope: describeScope(overlap, lang) }),
  );
}

export function tierConflictSentence(on: CalendarDate, a: { trigger: Trigger; tier: IncentiveTier }, b: { trigger: Trigger; tier: IncentiveTier }): Sentence {
  return bilingual((lang) =>
    translator(lang)('terms:conflict.tiers', {
      date: on,
      a: a.trigger.code,
      b: b.trigger.code,
      tierA: tierName(a.tier, lang),
      tierB: tierName(b.tier, lang),
    }),
  );
}

export function extendTerminateConflictSentence(on: CalendarDate, extend: Trigger, terminate: Trigger): Sentence {
  return bilingual((lang) => translator(lang)('terms:conflict.extendTerminate', { date: on, extend: extend.code, terminate: terminate.code }));
}
