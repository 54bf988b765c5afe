/**
 * Texts of the term-risk review (src/shared/terms/term-risks.ts), the exit
 * difficulty (exit-difficulty.ts) and the terms summary's first exclusivity
 * (first-exclusivity.ts), issue 6. Dates, scopes and lists arrive already
 * formatted for the reader's language; names of phases are the room's own.
 */
export const termRisks = {
  rules: {
    exclusiveFromDayOne: {
      exclusiveFinding:
        'The first phase, “{{phase}}”, is exclusive from its very first day ({{date}}): the partner would hold the market before it has shown a single result.',
      exclusiveRemedy:
        'Open with a non-exclusive pilot in a defined territory and let exclusivity follow only from milestones met, through a trigger.',
      conditionalFinding:
        'The first phase, “{{phase}}”, grants conditional exclusivity from its very first day ({{date}}), before there is any pilot result to judge the partner by.',
      conditionalRemedy:
        'Open with a non-exclusive pilot and move the conditional exclusivity to a later phase that the pilot’s milestones unlock.',
    },
    exclusivityWithoutMilestones: {
      exclusiveFinding:
        'Phase “{{phase}}” is exclusive but no milestone gates it: none falls within the phase and none is due on or before its start ({{date}}).',
      conditionalFinding:
        'Phase “{{phase}}” grants conditional exclusivity but no milestone gates it: none falls within the phase and none is due on or before its start ({{date}}).',
      remedy:
        'Tie the phase to measurable milestones due before or during it, and add a trigger that reverts it to non-exclusive when they are missed.',
      grantOnMissedFinding:
        'Trigger {{code}} grants exclusivity on missed milestones ({{condition}}): as written, it rewards failure.',
      grantOnMissedRemedy:
        'Make the grant depend on milestones being met; use missed milestones to revert exclusivity or to open a termination right instead.',
    },
    noPerformanceClause: {
      finding:
        'There is no performance clause and no phase sets a minimum (base) target: nothing obliges the partner to sell, and nothing lets us act if it does not.',
      remedy:
        'Set minimum targets for each phase and add a performance clause saying what follows when they are missed (loss of exclusivity, a right to terminate).',
    },
    registrationWithoutTransfer: {
      partnerFinding:
        'The partner would hold the product’s regulatory registration with no duty to transfer it: the product could not be sold through anyone else without registering it again.',
      thirdPartyFinding:
        'A third party would hold the product’s regulatory registration with no duty to transfer it: changing partner would depend on that third party’s goodwill.',
      remedy:
        'Add a clause that transfers the registration to us, or to a successor we name, when the agreement ends for any reason, with the holder’s full cooperation and at no charge.',
    },
    noDataSharing: {
      noneFinding: 'The partner has no obligation to share sales or customer data: we would see only what it chooses to report.',
      noneRemedy: 'Require account-level sell-out and activity data at a fixed cadence (monthly is usual), in a format we can check.',
      annualFinding:
        'Sales data is to be shared only once a year: by the time it arrives, it is too late to steer the year it describes.',
      annualRemedy: 'Ask for monthly, or at least quarterly, sell-out data, with one delivery ahead of each business review.',
    },
    noExitAssistance: {
      finding:
        'Nothing obliges the partner to help hand over to a successor: customers, open orders, service records and stock could be stranded when the agreement ends.',
      remedy:
        'Add transition assistance: a hand-over period in which the partner passes on customer lists, open orders, service records and stock, and keeps supplying until the successor takes over.',
    },
    autoRenewalWithoutTargets: {
      finding:
        'The term renews by itself, yet its last phase, “{{phase}}”, has neither a minimum target nor a milestone: renewal would come whatever the results.',
      noPhasesFinding: 'The term renews by itself and no phase sets a target or a milestone: renewal would come whatever the results.',
      remedy:
        'Make renewal depend on targets met in the last phase (a renewal option opened by a trigger), or drop automatic renewal.',
    },
    scopeWiderThanPilot: {
      phaseFinding:
        'Phase “{{phase}}” grants exclusivity beyond the scope the pilot “{{pilot}}” tests: {{extra}}. The pilot gives no evidence for that part.',
      grantFinding:
        'Trigger {{code}} grants exclusivity beyond the scope the pilot “{{pilot}}” tests: {{extra}}. The pilot gives no evidence for that part.',
      remedy:
        'Keep exclusivity within the scope the pilot covers, or widen the pilot (or run a second one) before granting rights in the rest.',
      separator: '; ',
    },
    longTermWithoutReview: {
      finding:
        'The term runs {{termMonths}} months ({{from}} to {{to}}), and for {{gapMonths}} months, from {{gapFrom}} to {{gapTo}}, no milestone is due.',
      remedy:
        'Add a review point at least once a year: a business review or a milestone whose outcome can open a termination right or revert exclusivity.',
    },
    noRightToAppointOthers: {
      finding:
        'The deal grants exclusivity but does not keep our right to appoint other partners in segments or channels the partner does not serve.',
      remedy:
        'Reserve the right to appoint others, after notice, in channels, segments or product lines the partner does not actively serve.',
    },
    redFlagCondition: {
      // What was said may end in its own full stop, so none is put right after the quote.
      finding: 'Confirmed red flag — what was said: “{{said}}”; what the contract should state: {{condition}}',
      findingWithSpeaker: 'Confirmed red flag — what {{saidBy}} said: “{{said}}”; what the contract should state: {{condition}}',
      remedy:
        'Write this condition into the term sheet before it is approved, and tie it to a milestone or a right to terminate so that it can be enforced.',
    },
  },
  exit: {
    registrationPartner:
      'The partner holds the registration and need not transfer it: leaving means registering the product again before anyone else can sell it.',
    registrationPartnerTransfer:
      'The partner holds the registration; it must be transferred on exit, but the transfer still takes time and the partner’s cooperation.',
    registrationThirdParty:
      'A third party holds the registration and need not transfer it: a change of partner depends on that third party.',
    registrationThirdPartyTransfer: 'A third party holds the registration; it must be transferred on exit, which still takes time.',
    customerDataPartner: 'The partner owns the customer data: a successor would start without knowing the accounts.',
    customerDataShared: 'Customer data is shared: a successor gets it, but the partner keeps using it too.',
    noExitAssistance: 'No transition assistance: the partner need not help a successor take over.',
    noInventoryBuyBack: 'No inventory buy-back: the partner’s remaining stock stays in the market, outside anyone’s plan.',
    notice: 'A notice period of {{months}} months, {{extra}} more than the usual 3, before the agreement can end.',
    nonCompete_one: 'After the end, no other partner may be appointed in the territory for {{count}} month.',
    nonCompete_other: 'After the end, no other partner may be appointed in the territory for {{count}} months.',
    exclusivePhase: 'Phase “{{phase}}” is exclusive: no one else can be appointed in its scope until it ends.',
    conditionalPhase: 'Phase “{{phase}}” grants conditional exclusivity: appointing someone else in its scope first needs its conditions to fail.',
  },
  firstExclusivity: {
    level: {
      exclusive: 'Exclusive',
      conditional: 'Conditional',
    },
    phase: '{{level}} from {{date}} (phase “{{phase}}”)',
    phaseIf: '{{level}} from {{date}} (phase “{{phase}}”) if {{conditions}}',
    phasePlain: '{{level}} from {{date}} (phase “{{phase}}”), with no milestone condition',
    grantIf: '{{level}} from {{date}} if {{conditions}}',
    grantFired: '{{level}} from {{date}}: trigger {{code}} fired on {{firedOn}} ({{condition}})',
    revertsIf: '; reverts to non-exclusive if {{conditions}}',
    /** One trigger's condition (worded by the terms engine) with its code. */
    condition: '{{condition}} ({{code}})',
  },
};
