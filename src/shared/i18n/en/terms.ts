/** Texts of the terms engine (issue 6): sentences of rights, triggers, collisions, risks and exit difficulty. */
export const terms = {
  /** Store refusals of the terms operations (src/main/handlers/terms*.ts). */
  errors: {
    sheetNotFound: 'There is no term sheet with id "{{id}}" in this deal-room.',
    phaseNotFound: 'There is no phase with id "{{id}}" in this deal-room.',
    milestoneNotFound: 'There is no milestone with id "{{id}}" in this deal-room.',
    triggerNotFound: 'There is no trigger with id "{{id}}" in this deal-room.',
    commentNotFound: 'There is no comment with id "{{id}}" in this deal-room.',
    sheetExists: 'this candidate already has a term sheet; open it instead of starting a second one',
    startsOnRequired: 'the staged outline needs the first day of the pilot',
    endsBeforeStarts: 'the phase must end on or after its first day ({{startsOn}})',
    phaseInUse: 'The phase cannot be deleted: trigger {{trigger}} still counts its milestone {{milestone}}. Change or delete the trigger first.',
    milestoneInUse: 'The milestone cannot be deleted: trigger {{trigger}} still counts it. Change or delete the trigger first.',
    phaseOfOtherSheet: 'the milestone can only move to a phase of its own term sheet',
    codeTaken: 'the code "{{code}}" is already used on this term sheet',
    settledOnRequired: 'a met, missed or waived milestone needs the date its outcome was settled',
    waivedReasonRequired: 'say why the milestone is waived',
    milestoneOfOtherSheet: 'the trigger can only count milestones of its own term sheet',
    milestoneTwice: 'this milestone is already listed in the condition',
    kRequired: '"at least" needs how many milestones must count',
    kOutOfRange: 'must be between 1 and the {{count}} milestones listed',
    kOnlyForAtLeast: 'only an "at least" condition takes a number; leave it empty for "all" or "any"',
    noteRequired: 'say what legal wants changed',
    clauseNotInSheet: 'the comment must be about this term sheet, or one of its phases, milestones or triggers',
  },
  /** Names of the staged outline a new term sheet can start from, in the caller's language. */
  outline: {
    pilot: 'Pilot',
    conditional: 'Conditional exclusivity',
    renewal: 'Renewal',
    revenue: 'Revenue against the pilot target',
    newAccounts: 'New hospital and clinic accounts opened',
    businessReview: 'Business review held with the principal before the pilot ends',
    grantTrigger: 'Pilot met: exclusivity for the conditional phase',
    revertTrigger: 'Pilot missed: back to non-exclusive',
  },
  /** Scopes in words (scope-sets.ts describeScope). */
  scope: {
    separator: ', ',
    allChannels: 'all channels',
    allChannelsExcept: 'all channels except {{names}}',
    placeExcept: '{{place}} except {{names}}',
  },
  /** Lengths of rights and extensions. */
  duration_one: '{{count}} month',
  duration_other: '{{count}} months',
  tier: {
    base: 'base',
    stretch: 'stretch',
    exceed: 'exceed',
  },
  /** A trigger's condition; codes are listed as "M1, M2, M3". */
  condition: {
    all_met: 'all of {{codes}} met',
    all_missed: 'all of {{codes}} missed',
    any_met: 'any of {{codes}} met',
    any_missed: 'any of {{codes}} missed',
    atLeast_met: 'at least {{k}} of {{codes}} met',
    atLeast_missed: 'at least {{k}} of {{codes}} missed',
    single_met: '{{codes}} met',
    single_missed: '{{codes}} missed',
    by: '{{condition}} by {{date}}',
  },
  /** Why a right exists or a trigger lapsed: the milestones behind it ({{codes}} is a list: "M1, M2 and M3"). */
  reason: {
    met_one: '{{codes}} was met',
    met_other: '{{codes}} were met',
    waived_one: '{{codes}} was waived',
    waived_other: '{{codes}} were waived',
    missed_one: '{{codes}} was missed',
    missed_other: '{{codes}} were missed',
    by: '{{reason}} by {{date}}',
  },
  trigger: {
    fired: '{{code}} fired on {{date}}: {{condition}}.',
    waiting: '{{code}} waits: {{condition}} ({{got}} of {{needed}} so far).',
    lapsedImpossible: '{{code}} lapsed: {{reason}}.',
    lapsedByDate_met: '{{code}} lapsed: by {{date}}, {{got}} of the {{needed}} needed had been met.',
    lapsedByDate_missed: '{{code}} lapsed: by {{date}}, {{got}} of the {{needed}} needed had been missed.',
    rule: 'When {{condition}}: {{actions}}.',
  },
  /** What a trigger's action does, for previews of a rule. */
  action: {
    grantFrom: 'exclusivity in {{scope}} for {{duration}} from {{date}}',
    grantNextDay: 'exclusivity in {{scope}} for {{duration}} from the day after',
    extend: 'the term extended by {{duration}}',
    revert: 'non-exclusive in {{scope}}',
    revertAll: 'every exclusive right becomes non-exclusive',
    termination: 'a termination right',
    renewal: 'an option to renew for {{duration}}',
    tier: 'the “{{tier}}” incentive tier',
  },
  /** Rights in force on the evaluation date. */
  right: {
    phase_exclusive: 'Exclusive in {{scope}}, {{from}} to {{to}} ({{note}}).',
    phase_conditional: 'Conditional exclusivity in {{scope}}, {{from}} to {{to}} ({{note}}).',
    phase_none: 'Non-exclusive in {{scope}}, {{from}} to {{to}} ({{note}}).',
    phaseNote: 'phase “{{phase}}”',
    phaseNoteExtended: 'phase “{{phase}}”, extended to {{to}} by {{codes}}',
    grant: 'Exclusive in {{scope}}, from {{from}} for {{duration}} (to {{to}}): {{reason}} ({{trigger}}).',
    reverted: 'Non-exclusive in {{scope}}, from {{from}} to {{to}}: {{reason}} ({{trigger}}).',
    termination: 'Termination right from {{from}}: {{reason}} ({{trigger}}).',
    renewal: 'Option to renew for {{duration}}, from {{from}}: {{reason}} ({{trigger}}).',
    tier: 'Incentive tier “{{tier}}” from {{from}}: {{reason}} ({{trigger}}).',
  },
  /** Actions that contradict each other on one date: reported, never resolved by the engine. */
  conflict: {
    grantRevert:
      'On {{date}}, {{grant}} grants exclusivity and {{revert}} reverts to non-exclusive in {{scope}}: that overlap stays as it was before both until the parties agree which applies.',
    tiers: 'On {{date}}, {{a}} moves to the “{{tierA}}” tier and {{b}} to the “{{tierB}}” tier: the tier stays as it was until the parties agree which applies.',
    extendTerminate:
      'On {{date}}, {{extend}} extends the term and {{terminate}} opens a termination right: both are shown, and the parties need to agree which prevails.',
  },
  /** Overlapping exclusive or conditional rights of different partners. */
  collision: {
    sentence: '{{scope}}, {{period}}: {{a}} and {{b}}.',
    period: '{{from}} to {{to}}',
    holder: '{{name}} ({{exclusivity}})',
    externalHolder: '{{name}} ({{exclusivity}}, deal-room “{{room}}”)',
    exclusive: 'exclusive',
    conditional: 'conditional',
  },
};
